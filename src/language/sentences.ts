import { abbreviationLexicon } from './lexicons.js';

/** A sentence as offsets into the text it was split from: `text.slice(start, end)` is verbatim. */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

const abbreviations = new Set(abbreviationLexicon.abbreviations.map((a) => a.toLowerCase()));
const closers = new Set(['"', "'", '\u201D', '\u2019', '\u00BB', ')', ']']);
const openers = /["'\u201C\u2018\u00AB([]/u;

/**
 * Splits a paragraph into sentences. A sentence ends at . ! ? (plus any closing quotes or brackets)
 * followed by white space and a capital letter, digit or opening quote; not after a known
 * abbreviation, a single capital initial ("J."), or inside a number ("1.000", "2,5").
 * Quoted speech that ends with "." inside the marks and continues with an attribution
 * ("…,” kata Kirby.") stays one sentence because the attribution starts in lower case.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = skipSpace(text, 0);
  for (let i = start; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < text.length && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end++;
    while (end < text.length && closers.has(text[end]!)) end++;
    if (end >= text.length) break;
    if (!/\s/u.test(text[end]!)) continue;
    const next = skipSpace(text, end);
    if (next >= text.length) break;
    const following = text[next]!;
    if (!/[\p{Lu}\p{N}]/u.test(following) && !openers.test(following)) continue;
    if (ch === '.' && endsWithAbbreviation(text, start, i)) continue;
    spans.push({ start, end });
    start = next;
    i = next - 1;
  }
  const last = trimEnd(text, text.length);
  if (last > start) spans.push({ start, end: last });
  return spans;
}

function endsWithAbbreviation(text: string, sentenceStart: number, dot: number): boolean {
  let w = dot;
  while (w > sentenceStart && /[\p{L}.]/u.test(text[w - 1]!)) w--;
  const word = text.slice(w, dot);
  if (word.length === 0) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "J. Kirby"
  return abbreviations.has(word.toLowerCase());
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/u.test(text[i]!)) i++;
  return i;
}

function trimEnd(text: string, end: number): number {
  while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
  return end;
}
