import type { ParagraphView } from '../paragraph-view.js';

/**
 * Reading a paragraph word by word, as the denial reader does: the punctuation and the text
 * between words, quotations around an offset, words at offsets. (The words are the shared
 * paragraph view's `words`.)
 */

export type { ParagraphView, Word } from '../paragraph-view.js';

const CAPITAL = /^\p{Lu}/u;
const CLAUSE_PUNCTUATION = /[,;:()"\u201C\u201D\u00AB\u00BB\u2013\u2014]|\s-\s/u;
const SENTENCE_END = /[.!?]/u;

/** The quotation span holding an offset, if any. */
export function quoteAround(view: ParagraphView, offset: number): readonly [number, number] | undefined {
  return view.quotes.find(([open, close]) => open < offset && offset < close);
}

/** True when clause punctuation (comma, colon, bracket, quotation mark, dash) stands between word i-1 and word i. */
export function punctuationBefore(view: ParagraphView, i: number): boolean {
  const prev = view.words[i - 1];
  const word = view.words[i];
  if (!prev || !word) return true;
  const gap = view.text.slice(prev.end, word.start);
  if (!CLAUSE_PUNCTUATION.test(gap) && !SENTENCE_END.test(gap)) return false;
  // an initial's full stop inside a name ("Nanik S. Deyang") ends nothing
  return !(INITIAL_GAP.test(gap) && prev.end - prev.start === 1 && word.cap && CAPITAL.test(prev.text));
}

const INITIAL_GAP = /^\.\s+$/u;

/** Index of the first word starting at or after an offset (words.length when none). */
export function wordAt(view: ParagraphView, offset: number): number {
  let lo = 0;
  let hi = view.words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (view.words[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The verbatim text from word i to word j (inclusive). */
export function textOf(view: ParagraphView, i: number, j: number): string {
  return view.text.slice(view.words[i]!.start, view.words[j]!.end);
}

/** The text between word i-1 and word i ('' before the first word). */
export function gapBefore(view: ParagraphView, i: number): string {
  const prev = view.words[i - 1];
  const word = view.words[i];
  return prev && word ? view.text.slice(prev.end, word.start) : '';
}

const BRACKET_CLOSE = /^\)\s*$/u;
const BRACKET_OPEN = /^\s*\($/u;

/**
 * When word i follows a short bracket ("… Malaysia (FAM) have", "Nasional (BGN) Dadan") that
 * opened within five words after a capitalised word, the index of that word; -1 otherwise.
 */
export function bracketBefore(view: ParagraphView, i: number): number {
  if (i <= 0 || i >= view.words.length || !BRACKET_CLOSE.test(gapBefore(view, i))) return -1;
  for (let k = i - 1; k >= Math.max(1, i - 5); k--) {
    const gap = gapBefore(view, k);
    if (BRACKET_OPEN.test(gap)) return view.words[k - 1]!.cap ? k - 1 : -1;
    if (CLAUSE_PUNCTUATION.test(gap) || SENTENCE_END.test(gap)) return -1;
  }
  return -1;
}
