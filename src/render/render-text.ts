import type { Answer, Locale } from '../answers/types.js';
import type { PageInfo } from '../app/execute-command.js';
import type { Citation } from '../corpus/types.js';
import { citeWords } from './cite-words.js';
import { describeCitation, describePublished, labels } from './describe-citation.js';
import { renderCiteText } from './render-cite-text.js';
import { renderReadText } from './render-read-text.js';

const TITLES = {
  en: { search: 'Search', sources: 'Sources', 'who-said': 'Who said', timeline: 'Timeline', denials: 'Denials', cite: 'Cite', read: 'Read', help: 'Help' },
  id: {
    search: 'Pencarian',
    sources: 'Sumber',
    'who-said': 'Siapa yang berkata',
    timeline: 'Linimasa',
    denials: 'Bantahan',
    cite: 'Lacak sumber',
    read: 'Baca',
    help: 'Bantuan',
  },
} as const;

/** How the reader asks for the next or previous page where the text is shown ("/next", "--page 3"). */
export interface PageHints {
  readonly next?: string;
  readonly previous?: string;
}

/**
 * Plain-text rendering for the CLI and the local console: every result with its verbatim text and
 * full citation (outlet, date, title, paragraph, link, article file). With `paging`, results are
 * numbered from the page's first and the last line says which page this is and how to turn it.
 */
export function renderAnswerText(answer: Answer, locale: Locale = 'en', paging?: PageInfo & { readonly hints?: PageHints }): string {
  const offset = paging?.first ?? 0;
  const words = labels[locale];
  const lines: string[] = [];
  const cite = (c: Citation, indent = '   ') => {
    lines.push(`${indent}— ${describeCitation(c, locale)}`);
    lines.push(`${indent}  ${c.url ?? c.article}`);
  };
  // What was asked, as the answer understood it (a corrected name, a widened topic), above the results.
  if (answer.command !== 'help' && answer.results.length > 0)
    lines.push(answer.query ? `${TITLES[locale][answer.command]} — ${answer.query}` : TITLES[locale][answer.command]);
  switch (answer.command) {
    case 'search':
      answer.results.forEach((r, i) => {
        lines.push(`${offset + i + 1}. ${quoted(r.text)}`);
        cite(r.citation);
      });
      break;
    case 'sources':
      answer.results.forEach((r, i) => {
        lines.push(`${offset + i + 1}. ${r.outlet ?? words.outletUnknown} · ${describePublished(r, locale)} · ${r.title ?? words.untitled}`);
        lines.push(`   ${r.url ?? '(no link)'} · ${r.article} · ${r.paragraphs} ${words.paragraphs} · ${r.language}`);
      });
      break;
    case 'who-said':
      answer.results.forEach((r, i) => {
        const who = r.speakers.length > 1 ? r.speakers.join(', ') : (r.speaker ?? words.unattributed);
        const role = r.role ? ` (${r.role})` : '';
        const via = r.via ? ` via ${r.via}` : '';
        lines.push(`${offset + i + 1}. ${who}${role}${via}: ${quoted(r.quote)}${r.direct ? '' : ' [reported]'}`);
        cite(r.citation);
      });
      break;
    case 'timeline':
      answer.results.forEach((r, i) => {
        const when = r.end ? `${r.date} – ${r.end}` : r.date;
        lines.push(`${offset + i + 1}. ${when} [${r.precision}; “${r.evidence}”] ${quoted(r.text)}`);
        for (const c of r.citations) cite(c);
      });
      break;
    case 'denials':
      answer.results.forEach((r, i) => {
        lines.push(`${offset + i + 1}. ${r.party ?? words.unattributed} [${r.kind}]: ${quoted(r.statement)}`);
        if (r.denies) lines.push(`   denies: ${r.denies}`);
        cite(r.citation);
        if (r.answers) lines.push(`   answers: ${describeCitation(r.answers, locale)}`);
      });
      break;
    case 'help':
      for (const r of answer.results) lines.push(`${r.usage}\n   ${r.description}`);
      break;
    case 'read':
      lines.push(...renderReadText(answer, locale));
      break;
    case 'cite':
      renderCiteText(answer, locale, offset, lines, cite);
      break;
  }
  if (answer.results.length === 0 && answer.command === 'cite') {
    lines.push(`${citeNotFound(locale)}: ${quoteQuery(answer.query, locale)}.`);
  } else if (answer.results.length === 0 && answer.command !== 'help') {
    lines.push(locale === 'id' ? `Tidak ada hasil untuk ${quoteQuery(answer.query, locale)}.` : `No results for ${quoteQuery(answer.query, locale)}.`);
    if (answer.suggestions?.length) lines.push(`${locale === 'id' ? 'Mungkin maksud Anda' : 'Did you mean'}: ${answer.suggestions.join(', ')}?`);
  } else if (answer.command !== 'help') {
    const footer = countLine(answer, locale, offset, paging);
    if (footer) lines.push(footer);
  }
  return lines.join('\n');
}

/**
 * "(results 11–20 of 53; page 2 of 6; /next for more)", or "(best 10 of 53 results)" without
 * paging. A search of several ideas counts only the paragraphs holding most of them, and says so:
 * "(best 10 shown; 7 paragraphs hold at least 3 of the query's 5 ideas)".
 */
function countLine(answer: Answer, locale: Locale, offset: number, paging?: PageInfo & { readonly hints?: PageHints }): string | null {
  const id = locale === 'id';
  const shown = answer.results.length;
  const rule = answer.command === 'search' ? answer.matchRule : undefined;
  const parts: string[] = [];
  if (rule) {
    const range = shown === 1 ? `${offset + 1}` : `${offset + 1}–${offset + shown}`;
    parts.push(offset === 0 ? (id ? `${shown} terbaik ditampilkan` : `best ${shown} shown`) : id ? `hasil ${range}` : `results ${range}`);
    parts.push(matchRuleText(answer.total, rule, locale));
  } else {
    const total = Math.max(answer.total, offset + shown);
    if (!paging || paging.pages <= 1) {
      if (total <= shown) return null;
      return id ? `(${shown} teratas dari ${total} hasil)` : `(best ${shown} of ${total} results)`;
    }
    parts.push(
      shown === 1
        ? id
          ? `hasil ${offset + 1} dari ${total}`
          : `result ${offset + 1} of ${total}`
        : id
          ? `hasil ${offset + 1}–${offset + shown} dari ${total}`
          : `results ${offset + 1}–${offset + shown} of ${total}`,
    );
  }
  if (paging && paging.pages > 1) {
    parts.push(id ? `halaman ${paging.page} dari ${paging.pages}` : `page ${paging.page} of ${paging.pages}`);
    const turns = [paging.page < paging.pages && paging.hints?.next, paging.page > 1 && paging.hints?.previous].filter((h): h is string => Boolean(h));
    if (turns.length) parts.push(turns.join(id ? ' atau ' : ' or '));
  }
  return `(${parts.join('; ')})`;
}

/** "7 paragraphs hold at least 3 of the query's 5 ideas", "2 paragraphs hold both of the query's ideas" */
function matchRuleText(total: number, rule: { readonly required: number; readonly concepts: number }, locale: Locale): string {
  const id = locale === 'id';
  const paragraphs = id ? `${total} paragraf` : `${total} paragraph${total === 1 ? '' : 's'}`;
  const hold = id ? 'memuat' : total === 1 ? 'holds' : 'hold';
  if (rule.required >= rule.concepts) {
    const all = rule.concepts === 2 ? (id ? 'kedua' : 'both of') : id ? `ke-${rule.concepts}` : `all ${rule.concepts} of`;
    return id ? `${paragraphs} ${hold} ${all} gagasan kueri` : `${paragraphs} ${hold} ${all} the query's ideas`;
  }
  return id
    ? `${paragraphs} ${hold} sedikitnya ${rule.required} dari ${rule.concepts} gagasan kueri`
    : `${paragraphs} ${hold} at least ${rule.required} of the query's ${rule.concepts} ideas`;
}

// Quotation marks a snippet may open or close with (straight, curly, low, guillemets, corner brackets).
const OPENING = /^["“”„‟«»‹›'‘’‚「『]/u;
const CLOSING = /["“”„‟«»‹›'‘’‚」』]$/u;

/**
 * A verbatim snippet between “ ”, unless it opens or closes with a quotation mark of its own: a
 * paragraph that begins with a quote would otherwise show doubled marks (““Kami …,” kata …”).
 * Such a snippet is shown as written, its own marks delimiting it.
 */
export function quoted(text: string): string {
  const trimmed = text.trim();
  return OPENING.test(trimmed) || CLOSING.test(trimmed) ? trimmed : `“${trimmed}”`;
}

const citeNotFound = (locale: Locale) => citeWords[locale].notFound;

const quoteQuery = (query: string, locale: Locale) => (query ? `“${query}”` : locale === 'id' ? 'permintaan ini' : 'this request');
