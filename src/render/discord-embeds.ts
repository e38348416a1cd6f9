import type { APIEmbed } from 'discord-api-types/v10';
import type { Locale } from '../answers/types.js';
import type { Citation } from '../corpus/types.js';
import { describePublished, labels } from './describe-citation.js';
import { DISCORD_LIMITS, embedTextLength } from './discord-limits.js';
import { cutMarkdown, escapeDiscordMarkdown, fitMarkdown, fitPlain, quoteLines, safeLinkUrl } from './discord-text.js';
import { discordWords } from './discord-words.js';
import type { ResultView } from './result-view.js';

const OUTLET_MAX = 80;
const TITLE_MAX = 150;
const FOOTER_MAX = 200;
// Most citation lines one result shows; the Context button shows them all.
const CITATION_LINES = 3;
// Shares of a description the parts around the snippet may take at most when space is short.
const LEAD_SHARE = 0.25;
const NOTES_SHARE = 0.2;
const CITATIONS_SHARE = 0.35;

/** "Outlet · 2023-10-14 (approximate) · [Title](url) · paragraph 7", escaped; the title is linked when the URL is a safe http(s) one. */
export function citationLine(citation: Citation, locale: Locale, withLink: boolean): string {
  const words = labels[locale];
  const title = fitMarkdown(citation.title ?? words.untitled, TITLE_MAX);
  const url = withLink ? safeLinkUrl(citation.url) : null;
  return [
    fitMarkdown(citation.outlet ?? words.outletUnknown, OUTLET_MAX),
    escapeDiscordMarkdown(describePublished(citation, locale)),
    url ? `[${title}](${url})` : title,
    `${words.paragraph} ${citation.paragraph}`,
  ].join(' · ');
}

function citationBlock(view: ResultView, locale: Locale, max: number): string {
  const words = discordWords[locale];
  const variant = (withLink: boolean, lines: number) => {
    const shown = view.citations.slice(0, lines).map((c) => `— ${citationLine(c, locale, withLink)}`);
    if (view.citations.length > lines) shown.push(`— ${words.moreSources(view.citations.length - lines)}`);
    if (view.related) shown.push(`${view.related.label}: ${citationLine(view.related.citation, locale, withLink)}`);
    return shown.join('\n');
  };
  for (const [withLink, lines] of [
    [true, CITATION_LINES],
    [false, CITATION_LINES],
    [true, 1],
    [false, 1],
  ] as const) {
    const block = variant(withLink, lines);
    if (block.length <= max) return block;
  }
  return cutMarkdown(variant(false, 1), max);
}

/** The description of one result within `max` characters: quoted snippet, lead, notes, citations. */
function composeDescription(view: ResultView, locale: Locale, max: number): string {
  const fixed: string[] = [];
  if (view.lead) fixed.push(cutMarkdown(view.lead, Math.floor(max * LEAD_SHARE)));
  if (view.notes.length) fixed.push(cutMarkdown(view.notes.join('\n'), Math.floor(max * NOTES_SHARE)));
  fixed.push(citationBlock(view, locale, Math.floor(max * CITATIONS_SHARE)));
  const parts = fixed.filter((p) => p.length > 0);
  const room = max - parts.reduce((sum, p) => sum + p.length + 1, 0);
  const quoted = room > 2 ? (view.marked ? view.marked(room) : cutMarkdown(quoteLines(fitMarkdown(view.snippet, room)), room)) : '';
  return cutMarkdown([quoted, ...parts].filter((p) => p.length > 0).join('\n'), max);
}

/** One result as an embed of at most `budget` counted characters (description plus footer). */
export function resultEmbed(view: ResultView, footer: string, locale: Locale, budget: number): APIEmbed {
  const footerText = fitPlain(footer, Math.min(FOOTER_MAX, Math.floor(budget / 4)));
  const room = Math.min(DISCORD_LIMITS.embedDescription, budget - footerText.length);
  const description = composeDescription(view, locale, Math.max(0, room));
  return { ...(description ? { description } : {}), ...(footerText ? { footer: { text: footerText } } : {}) };
}

/**
 * Shares `available` characters between embeds the way water fills vessels: small ones get all
 * they need, the large ones share the rest equally. The result never sums to more than `available`.
 */
export function shareBudget(needs: readonly number[], available: number): number[] {
  if (needs.reduce((a, b) => a + b, 0) <= available) return [...needs];
  let remaining = available;
  let count = needs.length;
  let cap = 0;
  for (const need of [...needs].sort((a, b) => a - b)) {
    const share = Math.floor(remaining / count);
    if (need > share) {
      cap = share;
      break;
    }
    remaining -= need;
    count--;
  }
  return needs.map((need) => Math.min(need, cap));
}

/** Result embeds for one message, together within the 6,000-character total (at most 10). */
export function fitResultEmbeds(items: readonly { view: ResultView; footer: string }[], locale: Locale): APIEmbed[] {
  const shown = items.slice(0, DISCORD_LIMITS.embedsPerMessage);
  const widest = DISCORD_LIMITS.embedDescription + FOOTER_MAX;
  const natural = shown.map(({ view, footer }) => resultEmbed(view, footer, locale, widest));
  const budgets = shareBudget(natural.map(embedTextLength), DISCORD_LIMITS.embedsTotal);
  return shown.map(({ view, footer }, i) => {
    const embed = natural[i] as APIEmbed;
    const budget = budgets[i] ?? 0;
    return embedTextLength(embed) <= budget ? embed : resultEmbed(view, footer, locale, budget);
  });
}

/** A list (sources, help) as one embed: each line fitted to an equal share of the description. */
export function listEmbed(lines: readonly (readonly string[])[]): APIEmbed {
  if (lines.length === 0) return {};
  const share = Math.floor((DISCORD_LIMITS.embedDescription - (lines.length - 1)) / lines.length);
  const fitted = lines.map((variants) => variants.find((v) => v.length <= share) ?? cutMarkdown(variants[variants.length - 1] ?? '', share));
  return { description: fitted.join('\n') };
}
