import type { Paragraph } from '../../corpus/types.js';
import { foldText } from '../../language/fold.js';
import { scanTokens } from '../../language/tokenize.js';

/** A word of a paragraph with its folded form, for cue and clause matching. */
export interface Word {
  readonly text: string;
  readonly folded: string;
  readonly start: number;
  readonly end: number;
  readonly capitalised: boolean;
}

/** A paragraph as words, with its quotation spans, built once per paragraph. */
export interface ParagraphView {
  readonly paragraph: Paragraph;
  readonly words: readonly Word[];
  /** [open, close] offsets of double quotation marks; close is the text length when unclosed. */
  readonly quotes: readonly (readonly [number, number])[];
}

const CAPITAL = /^\p{Lu}/u;

/**
 * Folding is the hot path of extraction: plain ASCII words (printable characters only) need only
 * lower case, and a word with no capital is its own folded form (the same string, so a lookup of
 * either hashes it once).
 */
function foldWord(word: string): string {
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return foldText(word);
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper ? word.toLowerCase() : word;
}
const CLAUSE_PUNCTUATION = /[,;:()"\u201C\u201D\u00AB\u00BB\u2013\u2014]|\s-\s/u;
const SENTENCE_END = /[.!?]/u;

/** Starts with a capital letter (ASCII answered without a regular expression). */
function capitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITAL.test(word);
}

/** Splits a paragraph into words and finds its double-quoted spans (“…”, "…", «…»). */
export function viewParagraph(paragraph: Paragraph): ParagraphView {
  const text = paragraph.text;
  const words: Word[] = [];
  scanTokens(text, (start, end) => {
    const token = text.slice(start, end);
    words.push({ text: token, folded: foldWord(token), start, end, capitalised: capitalised(token) });
  });
  return { paragraph, words, quotes: quoteSpans(text) };
}

function quoteSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\u201C' || ch === '\u00AB' || (ch === '"' && open < 0)) {
      if (open < 0) open = i;
    } else if ((ch === '\u201D' || ch === '\u00BB' || ch === '"') && open >= 0) {
      spans.push([open, i]);
      open = -1;
    }
  }
  if (open >= 0) spans.push([open, text.length]);
  return spans;
}

/** The quotation span holding an offset, if any. */
export function quoteAround(view: ParagraphView, offset: number): readonly [number, number] | undefined {
  return view.quotes.find(([open, close]) => open < offset && offset < close);
}

/** True when clause punctuation (comma, colon, bracket, quotation mark, dash) stands between word i-1 and word i. */
export function punctuationBefore(view: ParagraphView, i: number): boolean {
  const prev = view.words[i - 1];
  const word = view.words[i];
  if (!prev || !word) return true;
  const gap = view.paragraph.text.slice(prev.end, word.start);
  if (!CLAUSE_PUNCTUATION.test(gap) && !SENTENCE_END.test(gap)) return false;
  // an initial's full stop inside a name ("Nanik S. Deyang") ends nothing
  return !(INITIAL_GAP.test(gap) && prev.end - prev.start === 1 && word.capitalised && CAPITAL.test(prev.text));
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
  return view.paragraph.text.slice(view.words[i]!.start, view.words[j]!.end);
}

/** The text between word i-1 and word i ('' before the first word). */
export function gapBefore(view: ParagraphView, i: number): string {
  const prev = view.words[i - 1];
  const word = view.words[i];
  return prev && word ? view.paragraph.text.slice(prev.end, word.start) : '';
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
    if (BRACKET_OPEN.test(gap)) return view.words[k - 1]!.capitalised ? k - 1 : -1;
    if (CLAUSE_PUNCTUATION.test(gap) || SENTENCE_END.test(gap)) return -1;
  }
  return -1;
}
