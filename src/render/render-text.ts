import type { Citation } from '../corpus/types.js';
import type { Answer } from '../answers/types.js';
import type { PageInfo } from '../app/execute-command.js';
import { describeCitation, describePublished, labels, type Locale } from './describe-citation.js';

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
  }
  if (answer.results.length === 0 && answer.command !== 'help') {
    lines.push(locale === 'id' ? `Tidak ada hasil untuk ${quoteQuery(answer.query, locale)}.` : `No results for ${quoteQuery(answer.query, locale)}.`);
    if (answer.suggestions?.length) lines.push(`${locale === 'id' ? 'Mungkin maksud Anda' : 'Did you mean'}: ${answer.suggestions.join(', ')}?`);
  } else if (answer.command !== 'help') {
    const footer = countLine(answer, locale, offset, paging);
    if (footer) lines.push(footer);
  }
  return lines.join('\n');
}

/** "(results 11–20 of 53; page 2 of 6; /next for more)", or "(10 of 53 results)" without paging. */
function countLine(answer: Answer, locale: Locale, offset: number, paging?: PageInfo & { readonly hints?: PageHints }): string | null {
  const id = locale === 'id';
  const shown = answer.results.length;
  const total = Math.max(answer.total, offset + shown);
  const what = answer.command === 'search' && answer.matchRule ? ` (${matchRuleText(answer.matchRule, locale)})` : '';
  if (!paging || paging.pages <= 1) {
    if (total <= shown) return what ? `(${shown} ${id ? 'hasil' : shown === 1 ? 'result' : 'results'}${what})` : null;
    return id ? `(${shown} teratas dari ${total} hasil${what})` : `(best ${shown} of ${total} results${what})`;
  }
  const parts = [
    shown === 1
      ? id ? `hasil ${offset + 1} dari ${total}${what}` : `result ${offset + 1} of ${total}${what}`
      : id ? `hasil ${offset + 1}–${offset + shown} dari ${total}${what}` : `results ${offset + 1}–${offset + shown} of ${total}${what}`,
    id ? `halaman ${paging.page} dari ${paging.pages}` : `page ${paging.page} of ${paging.pages}`,
  ];
  const turns = [paging.page < paging.pages && paging.hints?.next, paging.page > 1 && paging.hints?.previous].filter((h): h is string => Boolean(h));
  if (turns.length) parts.push(turns.join(id ? ' atau ' : ' or '));
  return `(${parts.join('; ')})`;
}

/** "matching 3 or more of the query's 5 ideas" */
function matchRuleText(rule: { readonly required: number; readonly concepts: number }, locale: Locale): string {
  if (rule.concepts <= 1) return locale === 'id' ? 'paragraf yang memuat kata itu' : 'paragraphs holding the word';
  if (rule.required >= rule.concepts) return locale === 'id' ? `paragraf yang memuat ke-${rule.concepts} gagasan kueri` : `paragraphs holding all ${rule.concepts} of the query's ideas`;
  return locale === 'id'
    ? `paragraf yang memuat sedikitnya ${rule.required} dari ${rule.concepts} gagasan kueri`
    : `paragraphs holding at least ${rule.required} of the query's ${rule.concepts} ideas`;
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

const quoteQuery = (query: string, locale: Locale) => (query ? `“${query}”` : locale === 'id' ? 'permintaan ini' : 'this request');
