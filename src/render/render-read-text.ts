import type { Locale, ReadAnswer } from '../answers/types.js';
import { describePublished, labels } from './describe-citation.js';

/**
 * `/read` as plain text (the CLI and the local console): the article's outlet, date, title, link
 * and file, then each paragraph from the one asked for, numbered, verbatim.
 */
export function renderReadText(answer: ReadAnswer, locale: Locale = 'en'): string[] {
  const words = labels[locale];
  const a = answer.article;
  if (!a) return [];
  const lines = [
    `${a.outlet ?? words.outletUnknown} · ${describePublished(a, locale)} · ${a.title ?? words.untitled}`,
    `${a.url ?? (locale === 'id' ? '(tanpa tautan)' : '(no link)')} · ${a.article} · ${answer.paragraphs} ${words.paragraphs}`,
    '',
  ];
  for (const r of answer.results) lines.push(`¶ ${r.paragraph}  ${r.text}`, '');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
