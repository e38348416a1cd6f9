import type { APIEmbed } from 'discord-api-types/v10';
import type { Locale } from '../answers/types.js';
import type { ArticleMeta, Citation } from '../corpus/types.js';
import { describePublished, labels } from './describe-citation.js';
import { DISCORD_LIMITS } from './discord-limits.js';
import { cleanDisplayText, cutMarkdown, escapeDiscordMarkdown, fitContentMarkdown, fitMarkdown, safeLinkUrl } from './discord-text.js';
import { discordWords } from './discord-words.js';

/**
 * Reading an article on Discord, a page at a time: `/read`, and the Context of a result (the cited
 * paragraph with the paragraphs around it). Every paragraph is shown whole and verbatim: one longer
 * than an embed's description is split into parts (at spaces, each part escaped on its own) shown
 * as consecutive embeds, and across pages when it is longer than a message can hold.
 */

/** Most characters of markdown in one embed's description (Discord's limit is 4,096). */
export const PART_MAX = 3_900;
/** What a page's embeds may hold together (Discord's limit is 6,000 for titles, descriptions, …). */
export const PAGE_BUDGET = 5_800;
/** Paragraphs on one page, at most (a page is for reading, not for holding as much as fits). */
export const PARAGRAPHS_PER_PAGE = 4;

const TITLE_MAX = 150;
const OUTLET_MAX = 80;
const HINT_MAX = 300;
/** The colour of the cited paragraph's embed (the bar at its left). */
export const CITED_COLOUR = 0xe0a526;

/** A place in an article: a paragraph, and a part of it (0 for the first, and for short ones). */
export interface ReadingPosition {
  readonly paragraph: number;
  readonly part: number;
}

/** One part of one paragraph, escaped, ready to be an embed. */
interface Part {
  readonly paragraph: number;
  readonly part: number;
  readonly parts: number;
  /** The raw text of the part: the parts of a paragraph, joined, are the paragraph. */
  readonly raw: string;
  readonly markdown: string;
}

/** A source of a result in Context: its citation, and a label ("answers") when it is not the result's own. */
export interface ContextSource {
  readonly citation: Citation;
  readonly label: string | null;
}

export interface ReadingInput {
  readonly article: ArticleMeta;
  /** Every paragraph of the article, in order. */
  readonly paragraphs: readonly { readonly paragraph: number; readonly text: string }[];
  /** Where the page starts. */
  readonly from: ReadingPosition;
  /** The cited paragraph, marked (Context), or null (`/read`). */
  readonly focus: number | null;
  /** Context: the result's sources and which one this is; null for `/read`. */
  readonly sources: { readonly all: readonly ContextSource[]; readonly current: number } | null;
  /** A line saying how to read the whole article (raw text, e.g. the `/read` command to type). */
  readonly hint: string | null;
}

export interface ReadingPage {
  readonly content: string;
  readonly embeds: APIEmbed[];
  /** The first and last paragraphs shown (whole or in part). */
  readonly firstParagraph: number;
  readonly lastParagraph: number;
  readonly paragraphs: number;
  /** Where "Earlier" and "Later" start, or null at the article's ends. */
  readonly earlier: ReadingPosition | null;
  readonly later: ReadingPosition | null;
}

/** The parts of a paragraph: raw pieces cut after a space, each at most `PART_MAX` once escaped. */
export function paragraphParts(paragraph: number, text: string): Part[] {
  const clean = cleanDisplayText(text);
  const pieces: string[] = [];
  let start = 0;
  while (start < clean.length) {
    let end = clean.length;
    let markdown = escapeDiscordMarkdown(clean.slice(start, end));
    // Escaping only adds characters: shrink the window in proportion until it fits, cutting after a space.
    while (markdown.length > PART_MAX) {
      const window = Math.max(1, Math.floor(((end - start) * PART_MAX) / markdown.length) - 1);
      let cut = start + window;
      const space = clean.lastIndexOf(' ', cut - 1);
      if (space > start + window / 2) cut = space + 1;
      else if (isHighSurrogate(clean.charCodeAt(cut - 1))) cut--;
      end = cut;
      markdown = escapeDiscordMarkdown(clean.slice(start, end));
    }
    pieces.push(clean.slice(start, end));
    start = end;
  }
  if (pieces.length === 0) pieces.push('');
  return pieces.map((raw, part) => ({ paragraph, part, parts: pieces.length, raw, markdown: escapeDiscordMarkdown(raw) || '\u200b' }));
}

/**
 * Lays out one page of an article from `from`: whole parts, in order, while they fit the page's
 * budget, ten embeds and `PARAGRAPHS_PER_PAGE` paragraphs (the first part always goes in).
 */
export function renderReadingPage(input: ReadingInput, locale: Locale): ReadingPage {
  const words = discordWords[locale];
  const all = input.paragraphs.flatMap((p) => paragraphParts(p.paragraph, p.text));
  const at = (position: ReadingPosition) => {
    const index = all.findIndex((p) => p.paragraph === position.paragraph && p.part === position.part);
    return index >= 0
      ? index
      : Math.max(
          0,
          all.findIndex((p) => p.paragraph >= position.paragraph),
        );
  };
  const first = Math.min(at(input.from), Math.max(0, all.length - 1));
  const take = (from: number, step: 1 | -1): number[] => {
    const taken: number[] = [];
    const paragraphs = new Set<number>();
    let used = 0;
    for (let i = from; i >= 0 && i < all.length; i += step) {
      const part = all[i] as Part;
      const cost = part.markdown.length + titleOf(part, input.focus, locale).length;
      const newParagraph = !paragraphs.has(part.paragraph);
      if (
        taken.length > 0 &&
        (used + cost > PAGE_BUDGET || taken.length >= DISCORD_LIMITS.embedsPerMessage || (newParagraph && paragraphs.size >= PARAGRAPHS_PER_PAGE))
      )
        break;
      taken.push(i);
      paragraphs.add(part.paragraph);
      used += cost;
    }
    return step === 1 ? taken : taken.reverse();
  };
  const shown = take(first, 1);
  const last = shown[shown.length - 1] ?? first;
  const earlierStart = first > 0 ? take(first - 1, -1)[0] : undefined;
  const position = (i: number | undefined): ReadingPosition | null => {
    const part = i === undefined ? undefined : all[i];
    return part ? { paragraph: part.paragraph, part: part.part } : null;
  };
  const parts = shown.map((i) => all[i] as Part);
  const embeds = parts.map((part) => ({
    title: titleOf(part, input.focus, locale),
    description: part.markdown,
    ...(part.paragraph === input.focus ? { color: CITED_COLOUR } : {}),
  }));
  const firstParagraph = parts[0]?.paragraph ?? 1;
  const lastParagraph = parts[parts.length - 1]?.paragraph ?? firstParagraph;
  const total = input.paragraphs.length;
  return {
    content: header(input, firstParagraph, lastParagraph, total, locale),
    embeds,
    firstParagraph,
    lastParagraph,
    paragraphs: total,
    earlier: position(earlierStart),
    later: position(last + 1 < all.length ? last + 1 : undefined),
  };

  function header(reading: ReadingInput, from: number, to: number, count: number, at: Locale): string {
    const l = labels[at];
    const a = reading.article;
    const title = fitMarkdown(a.title ?? l.untitled, TITLE_MAX);
    const url = safeLinkUrl(a.url);
    // A masked link in content is previewed unless its URL is in <…>.
    const source = [
      fitMarkdown(a.outlet ?? l.outletUnknown, OUTLET_MAX),
      escapeDiscordMarkdown(describePublished(a, at)),
      url ? `[${title}](<${url}>)` : title,
    ].join(' · ');
    const range = from === to ? words.paragraphOf(from, count) : words.paragraphsOf(from, to, count);
    const lines = [`**${reading.focus === null ? words.titles.read : words.contextTitle}** · ${source} — ${range}`];
    if (reading.sources && reading.sources.all.length > 1) lines.push(`-# ${sourcesLine(reading.sources.all, reading.sources.current, at)}`);
    lines.push(`-# ${fitMarkdown(a.article, OUTLET_MAX)}${reading.hint ? ` · ${fitContentMarkdown(reading.hint, HINT_MAX)}` : ''}`);
    return cutMarkdown(lines.join('\n'), DISCORD_LIMITS.content);
  }
}

/** "Source 1 of 3 · also: Outlet B ¶ 7 · Outlet C (answers) ¶ 2", every other source named, or counted when too many. */
function sourcesLine(sources: readonly ContextSource[], current: number, locale: Locale): string {
  const words = discordWords[locale];
  const l = labels[locale];
  const others = sources
    .map((s, i) => ({ s, i }))
    .filter(({ i }) => i !== current)
    .map(
      ({ s, i }) =>
        `${i + 1}. ${fitMarkdown(s.citation.outlet ?? l.outletUnknown, 40)}${s.label ? ` (${escapeDiscordMarkdown(s.label)})` : ''} ¶ ${s.citation.paragraph}`,
    );
  const head = words.sourceOf(current + 1, sources.length);
  const room = 1_000;
  const listed: string[] = [];
  let used = head.length;
  for (const item of others) {
    if (used + item.length + 3 > room) break;
    listed.push(item);
    used += item.length + 3;
  }
  const more = others.length - listed.length;
  return [head, ...listed, ...(more > 0 ? [words.moreSourcesCount(more)] : [])].join(' · ');
}

function titleOf(part: Part, focus: number | null, locale: Locale): string {
  const words = discordWords[locale];
  const continued = part.parts > 1 ? ` (${part.part + 1}/${part.parts})` : '';
  return `¶ ${part.paragraph}${continued}${part.paragraph === focus ? ` · ${words.cited}` : ''}`;
}

/**
 * Where Context starts so that the cited paragraph shows whole with what comes before and after:
 * the paragraph before it when the two fit on one page with the whole cited paragraph, else the
 * cited paragraph itself (split over pages only when longer than a page).
 */
export function contextStart(paragraphs: readonly { readonly paragraph: number; readonly text: string }[], focus: number): ReadingPosition {
  const before = paragraphs.find((p) => p.paragraph === focus - 1);
  const cited = paragraphs.find((p) => p.paragraph === focus);
  if (!before || !cited) return { paragraph: focus, part: 0 };
  const cost = (p: { paragraph: number; text: string }) => paragraphParts(p.paragraph, p.text).reduce((sum, part) => sum + part.markdown.length + 24, 0);
  const parts = paragraphParts(before.paragraph, before.text).length + paragraphParts(cited.paragraph, cited.text).length;
  return cost(before) + cost(cited) <= PAGE_BUDGET && parts <= DISCORD_LIMITS.embedsPerMessage
    ? { paragraph: focus - 1, part: 0 }
    : { paragraph: focus, part: 0 };
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
