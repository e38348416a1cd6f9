import { foldWord } from '../../language/fold.js';
import type { QuoteMarks } from './find-quote-marks.js';

/**
 * Words and punctuation of one paragraph with their offsets, for attribution. Quotation marks that
 * open or close a found quotation are tokens of their own kind, and every token inside a quotation
 * knows which one, so that speech verbs inside quoted words are never read as attribution.
 */

export type TokenKind = 'word' | 'punct' | 'open' | 'close';

/** A word or a punctuation character with its offsets in the paragraph. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower case without diacritics; for words only (punctuation keeps its character). */
  readonly fold: string;
  readonly kind: TokenKind;
  /** Starts with a capital letter (or a digit-free acronym). */
  readonly cap: boolean;
  /** Index of the quotation it belongs to (inside or a mark of), or -1. */
  readonly quote: number;
  /** First word of its sentence (set once sentences are known): a capital there says nothing. */
  initial: boolean;
}

const NON_ASCII_WORD = /[\p{L}\p{N}]/u;
const NON_ASCII_SPACE = /\s/u;
const CAPITAL = /^\p{Lu}/u;

/** Letters and digits, with an ASCII fast path (most Indonesian and English text). */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return NON_ASCII_WORD.test(text[i]!) || (c >= 0xd800 && c <= 0xdbff && NON_ASCII_WORD.test(text.slice(i, i + 2)));
}

function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || (c >= 9 && c <= 13) || (c >= 128 && NON_ASCII_SPACE.test(text[i]!));
}

/** Inner joints of a word: "sekeras-kerasnya", "Korea's", "1.000". */
const isJoint = (c: number): boolean => c === 45 || c === 39 || c === 0x2019 || c === 46;

/** Tokenises a paragraph; `marks` are its quotations as found by `findQuoteMarks`. */
export function tokenize(text: string, marks: readonly QuoteMarks[]): Token[] {
  const markAt = new Map<number, number>();
  marks.forEach((m, q) => {
    if (m.open >= 0) markAt.set(m.open, q);
    if (m.close >= 0) markAt.set(m.close, q);
  });
  const tokens: Token[] = [];
  let q = 0;
  let from = marks.length > 0 ? innerFrom(marks[0]!) : Infinity;
  let to = marks.length > 0 ? innerTo(marks[0]!, text.length) : Infinity;
  const n = text.length;
  for (let i = 0; i < n; ) {
    if (isSpace(text, i)) {
      i++;
      continue;
    }
    const start = i;
    while (start >= to && q < marks.length - 1) {
      q++;
      from = innerFrom(marks[q]!);
      to = innerTo(marks[q]!, n);
    }
    const quote = start >= from && start < to ? q : -1;
    if (isWordChar(text, i)) {
      // plain: ASCII letters, digits and hyphens only, whose folded form is their lower case
      // (the word itself when it has no capital: the same string, hashed once by lookups)
      let plain = text.charCodeAt(i) < 128;
      let upper = plain && text.charCodeAt(i) <= 90;
      i++;
      for (;;) {
        if (i < n && isWordChar(text, i)) {
          const c = text.charCodeAt(i);
          if (c >= 128) plain = false;
          else if (c <= 90) upper = true;
          i++;
        } else if (i + 1 < n && isJoint(text.charCodeAt(i)) && isWordChar(text, i + 1)) {
          if (text.charCodeAt(i) !== 45 || text.charCodeAt(i + 1) >= 128) plain = false;
          else if (text.charCodeAt(i + 1) <= 90) upper = true;
          i += 2;
        } else break;
      }
      // "Nanik S. Deyang": an initial keeps its full stop, so the name stays one run of words
      if (
        i === start + 1 &&
        i + 2 < n &&
        text.charCodeAt(i) === 46 &&
        text.charCodeAt(i + 1) === 32 &&
        CAPITAL.test(text[start]!) &&
        CAPITAL.test(text[i + 2]!)
      ) {
        plain = false;
        i++;
      }
      const word = text.slice(start, i);
      const c = word.charCodeAt(0);
      const cap = c < 128 ? c >= 65 && c <= 90 : CAPITAL.test(word);
      tokens.push({ start, end: i, text: word, fold: plain ? (upper ? word.toLowerCase() : word) : foldWord(word), kind: 'word', cap, quote, initial: false });
      continue;
    }
    // "@bangjerrrr": a social media handle is a name
    if (text.charCodeAt(i) === 64 && i + 1 < n && isWordChar(text, i + 1) && (i === 0 || isSpace(text, i - 1))) {
      i++;
      while (i < n && (isWordChar(text, i) || text.charCodeAt(i) === 95)) i++;
      const handle = text.slice(start, i);
      tokens.push({ start, end: i, text: handle, fold: handle.toLowerCase(), kind: 'word', cap: true, quote, initial: false });
      continue;
    }
    const width = text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff ? 2 : 1;
    const ch = text.slice(i, i + width);
    i += width;
    const mark = markAt.get(start);
    if (mark !== undefined) {
      const kind = marks[mark]!.open === start ? 'open' : 'close';
      tokens.push({ start, end: start + 1, text: ch, fold: ch, kind, cap: false, quote: mark, initial: false });
    } else tokens.push({ start, end: start + width, text: ch, fold: ch, kind: 'punct', cap: false, quote, initial: false });
  }
  return tokens;
}

const innerFrom = (m: QuoteMarks): number => m.open + 1;
const innerTo = (m: QuoteMarks, length: number): number => (m.close === -1 ? length : m.close);

/** An acronym as written: two capitals or more, with digits, dots, '&' or '-' ("PBB", "G20", "AS"). */
export const isAcronym = (t: Token): boolean => t.kind === 'word' && t.text.length >= 2 && /^[\p{Lu}\p{N}.&-]+$/u.test(t.text) && /\p{Lu}{2}/u.test(t.text);
