import type { Citation } from '../corpus/types.js';
import type { Answer } from '../answers/types.js';
import { describeCitation, describePublished, labels, type Locale } from './describe-citation.js';
import { renderReadText } from './render-read-text.js';

/**
 * Plain-text rendering for the CLI and the local console: every result with its verbatim text and
 * full citation (outlet, date, title, paragraph, link, article file).
 */
export function renderAnswerText(answer: Answer, locale: Locale = 'en'): string {
  const words = labels[locale];
  const lines: string[] = [];
  const cite = (c: Citation, indent = '   ') => {
    lines.push(`${indent}— ${describeCitation(c, locale)}`);
    lines.push(`${indent}  ${c.url ?? c.article}`);
  };
  switch (answer.command) {
    case 'search':
      answer.results.forEach((r, i) => {
        lines.push(`${i + 1}. “${r.text}”`);
        cite(r.citation);
      });
      break;
    case 'sources':
      answer.results.forEach((r, i) => {
        lines.push(`${i + 1}. ${r.outlet ?? words.outletUnknown} · ${describePublished(r, locale)} · ${r.title ?? words.untitled}`);
        lines.push(`   ${r.url ?? '(no link)'} · ${r.article} · ${r.paragraphs} ${words.paragraphs} · ${r.language}`);
      });
      break;
    case 'who-said':
      answer.results.forEach((r, i) => {
        const who = r.speakers.length > 1 ? r.speakers.join(', ') : (r.speaker ?? words.unattributed);
        const role = r.role ? ` (${r.role})` : '';
        const via = r.via ? ` via ${r.via}` : '';
        lines.push(`${i + 1}. ${who}${role}${via}: “${r.quote}”${r.direct ? '' : ' [reported]'}`);
        cite(r.citation);
      });
      break;
    case 'timeline':
      answer.results.forEach((r, i) => {
        const when = r.end ? `${r.date} – ${r.end}` : r.date;
        lines.push(`${i + 1}. ${when} [${r.precision}; “${r.evidence}”] “${r.text}”`);
        for (const c of r.citations) cite(c);
      });
      break;
    case 'denials':
      answer.results.forEach((r, i) => {
        lines.push(`${i + 1}. ${r.party ?? words.unattributed} [${r.kind}]: “${r.statement}”`);
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
  }
  if (answer.results.length === 0 && answer.command !== 'help') {
    lines.push(locale === 'id' ? `Tidak ada hasil untuk ${quoteQuery(answer.query)}.` : `No results for ${quoteQuery(answer.query)}.`);
    if (answer.suggestions?.length) lines.push(`${locale === 'id' ? 'Mungkin maksud Anda' : 'Did you mean'}: ${answer.suggestions.join(', ')}?`);
  } else if (answer.total > answer.results.length) {
    lines.push(locale === 'id' ? `(${answer.results.length} dari ${answer.total} hasil)` : `(${answer.results.length} of ${answer.total} results)`);
  }
  return lines.join('\n');
}

const quoteQuery = (query: string) => (query ? `“${query}”` : 'this request');
