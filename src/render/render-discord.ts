import type { APIEmbed } from 'discord-api-types/v10';
import type { Answer, Locale } from '../answers/types.js';
import { citeWords } from './cite-words.js';
import { describeNote, describePublished, labels } from './describe-citation.js';
import { citeHeaderLines } from './discord-cite.js';
import { fitResultEmbeds, listEmbed } from './discord-embeds.js';
import { DISCORD_LIMITS } from './discord-limits.js';
import { type ContextSource, renderReadingPage } from './discord-reading.js';
import { contextCitations, isResultAnswer, resultViews } from './discord-result-views.js';
import { cutMarkdown, escapeDiscordMarkdown, fitContentMarkdown, fitMarkdown, safeLinkUrl } from './discord-text.js';
import { discordWords } from './discord-words.js';

/** Results per page for answers shown one embed per result (one Context button each, five to a row). */
export const RESULTS_PER_PAGE = 5;
/** Lines per page for answers shown as a list (sources, help). */
export const LIST_LINES_PER_PAGE = 10;

const QUERY_MAX = 300;
const SUGGESTIONS_MAX = 10;
const SUGGESTION_MAX = 60;

/** One option of what was asked, for the header: its value, and its name as the client shows it (null for the main option). */
export interface ShownOption {
  readonly label: string | null;
  readonly value: string;
}

/** One page of an answer, as Discord message parts (no buttons: those belong to the transport). */
export interface DiscordPage {
  readonly content: string;
  readonly embeds: APIEmbed[];
  /** 0-based page shown, after clamping into range. */
  readonly page: number;
  readonly pages: number;
  /** 0-based index in `answer.results` of the first result on this page. */
  readonly first: number;
  /** Results on this page that have a paragraph to show with the Context button. */
  readonly withContext: number;
}

export const pageSizeOf = (command: Answer['command']): number =>
  command === 'sources' || command === 'help' ? LIST_LINES_PER_PAGE : command === 'read' ? Number.MAX_SAFE_INTEGER : RESULTS_PER_PAGE;

export const pageCountOf = (answer: Answer): number => Math.max(1, Math.ceil(answer.results.length / pageSizeOf(answer.command)));

/**
 * Renders page `page` of an answer for Discord: a header line saying what was searched and which
 * results are shown, then the results. Every string is escaped and every limit counted here.
 */
export function renderDiscordPage(answer: Answer, locale: Locale, page: number, asked?: readonly ShownOption[]): DiscordPage {
  const size = pageSizeOf(answer.command);
  const pages = pageCountOf(answer);
  const current = Math.min(Math.max(0, Math.trunc(page) || 0), pages - 1);
  const first = current * size;
  const count = Math.max(0, Math.min(size, answer.results.length - first));
  const content = cutMarkdown(header(answer, locale, first, count, asked), DISCORD_LIMITS.content);
  if (count === 0) return { content, embeds: [], page: current, pages, first, withContext: 0 };

  if (isResultAnswer(answer)) {
    const views = resultViews(answer, locale).slice(first, first + count);
    const items = views.map((view, i) => ({ view, footer: `${first + i + 1} / ${answer.results.length} · ${view.citations[0]?.article ?? ''}` }));
    const embeds = fitResultEmbeds(items, locale).filter(nonEmpty);
    return { content, embeds, page: current, pages, first, withContext: views.filter((v) => v.citations.length > 0).length };
  }
  if (answer.command === 'read') {
    // A reading from the answer's first paragraph (the transports read the whole article, to page back too).
    const article = answer.article;
    if (!article) return { content, embeds: [], page: current, pages, first, withContext: 0 };
    const reading = renderReadingPage(
      { article, paragraphs: answer.results, from: { paragraph: answer.results[0]?.paragraph ?? 1, part: 0 }, focus: null, sources: null, hint: null },
      locale,
    );
    return { content: reading.content, embeds: reading.embeds, page: 0, pages: 1, first: 0, withContext: 0 };
  }
  const lines = answer.command === 'sources' ? sourceLines(answer, locale, first, count) : helpLines(answer, first, count);
  return { content, embeds: [listEmbed(lines)].filter(nonEmpty), page: current, pages, first, withContext: 0 };
}

/**
 * The sources the Context button of result `index` (0-based, over the whole answer) opens: each
 * citation of the result (a timeline entry may have many), then the source it answers (a denial's
 * accusation), labelled. Every one is kept: Context shows one at a time and names the others.
 */
export function contextSourcesOf(answer: Answer, locale: Locale, index: number): ContextSource[] {
  if (!isResultAnswer(answer)) return [];
  const view = resultViews(answer, locale)[index];
  if (!view) return [];
  const related = view.related;
  return contextCitations(view).map((citation) => ({
    citation,
    label:
      related &&
      related.citation.article === citation.article &&
      related.citation.paragraph === citation.paragraph &&
      !view.citations.some((c) => c.article === citation.article && c.paragraph === citation.paragraph)
        ? related.label
        : null,
  }));
}

/** A short message (an error, a notice), escaped and within the content limit. */
export function renderDiscordNotice(text: string): string {
  return fitContentMarkdown(text, DISCORD_LIMITS.content) || '…';
}

/**
 * What was asked, as the header shows it: the options as given (`pembicara “Kirby”`, in the user's
 * language) when the transport passes them, else the answer's own summary.
 */
function askedText(answer: Answer, asked: readonly ShownOption[] | undefined): string {
  if (!asked) return answer.query ? `“${fitContentMarkdown(answer.query, QUERY_MAX)}”` : '';
  return asked.map((o) => `${o.label ? `${fitMarkdown(o.label, 40)} ` : ''}“${fitContentMarkdown(o.value, QUERY_MAX)}”`).join(' · ');
}

function header(answer: Answer, locale: Locale, first: number, count: number, asked: readonly ShownOption[] | undefined): string {
  const words = discordWords[locale];
  const title = `**${words.titles[answer.command]}**`;
  const query = askedText(answer, asked);
  if (answer.results.length === 0) {
    const cite = answer.command === 'cite' ? citeWords[locale] : null;
    const lines = [
      cite ? `${title} — **${cite.notFound}**${query ? `: ${query}` : ''}` : `${title} — ${query ? words.noResults(query) : words.noResultsAtAll}`,
    ];
    const suggestions = (answer.suggestions ?? []).slice(0, SUGGESTIONS_MAX).map((s) => fitContentMarkdown(s, SUGGESTION_MAX));
    if (suggestions.length) lines.push(`${words.didYouMean}: ${suggestions.join(', ')}?`);
    return lines.join('\n');
  }
  if (answer.command === 'help') return title;
  const lines = [[title, query, `— ${words.range(first + 1, first + count, answer.results.length)}`].filter(Boolean).join(' ')];
  if (answer.total > answer.results.length) lines.push(`-# ${words.firstOf(answer.results.length, answer.total)}`);
  for (const note of ('notes' in answer ? answer.notes : undefined) ?? []) lines.push(`-# ${fitContentMarkdown(describeNote(note, locale), QUERY_MAX)}`);
  if (answer.command === 'cite') lines.push(...citeHeaderLines(answer.results, locale));
  return lines.join('\n');
}

function sourceLines(answer: Extract<Answer, { command: 'sources' }>, locale: Locale, first: number, count: number): string[][] {
  const words = labels[locale];
  return answer.results.slice(first, first + count).map((r, i) => {
    const title = fitMarkdown(r.title ?? words.untitled, 150);
    const url = safeLinkUrl(r.url);
    const line = (shownTitle: string) =>
      [
        `**${first + i + 1}.** ${fitMarkdown(r.outlet ?? words.outletUnknown, 80)}`,
        escapeDiscordMarkdown(describePublished(r, locale)),
        shownTitle,
        `${r.paragraphs} ${words.paragraphs}`,
        r.language,
        fitMarkdown(r.article, 80),
      ].join(' · ');
    // The linked line first; the plain one when a long URL would not fit the line's share.
    return url ? [line(`[${title}](${url})`), line(title)] : [line(title)];
  });
}

function helpLines(answer: Extract<Answer, { command: 'help' }>, first: number, count: number): string[][] {
  return answer.results.slice(first, first + count).map((r) => [`**${fitMarkdown(r.usage, 200)}** — ${fitMarkdown(r.description, 200)}`]);
}

const nonEmpty = (embed: APIEmbed): boolean => Boolean(embed.description || embed.footer?.text || embed.title);
