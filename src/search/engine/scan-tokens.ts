/**
 * The same tokens as `tokenize` (src/language/tokenize.ts), found by a hand-written scanner:
 * indexing reads every character of the corpus, and the Unicode-class regular expression runs
 * at about 50 MB/s where this runs several times faster on mostly-ASCII news text. Characters
 * outside ASCII are classified by the very Unicode properties the regular expression uses
 * (memoised per code unit), and a property test checks that both always agree.
 */
const LETTER = 1;
const NUMBER = 2;
const MARK = 4;
const KNOWN = 8;
const WORD_PART = LETTER | NUMBER | MARK;

const bmpClasses = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  bmpClasses[c] = KNOWN | (c >= 48 && c <= 57 ? NUMBER : 0) | ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? LETTER : 0);
}

function classify(codePoint: number): number {
  const ch = String.fromCodePoint(codePoint);
  return KNOWN | (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{N}/u.test(ch) ? NUMBER : 0) | (/\p{M}/u.test(ch) ? MARK : 0);
}

function classOf(codePoint: number): number {
  if (codePoint > 0xffff) return classify(codePoint);
  let c = bmpClasses[codePoint]!;
  if (c === 0) c = bmpClasses[codePoint] = classify(codePoint);
  return c;
}

const DOT = 46;
const COMMA = 44;
const HYPHEN = 45;
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

/** The words and numbers of a text, in order: exactly `tokenize(text)`. */
export function scanTokens(text: string): string[] {
  const tokens: string[] = [];
  const n = text.length;
  // The class of the code point at `at` and its width in code units (0 past the end).
  let width = 1;
  const classAt = (at: number): number => {
    if (at >= n) {
      width = 0;
      return 0;
    }
    const cp = text.codePointAt(at)!;
    width = cp > 0xffff ? 2 : 1;
    return classOf(cp);
  };
  let i = 0;
  while (i < n) {
    const c = classAt(i);
    const start = i;
    if (c & NUMBER) {
      // \p{N}+(?:[.,]\p{N}+)*
      i += width;
      while (classAt(i) & NUMBER) i += width;
      for (;;) {
        const sep = text.charCodeAt(i);
        if ((sep !== DOT && sep !== COMMA) || !(classAt(i + 1) & NUMBER)) break;
        i += 1 + width;
        while (classAt(i) & NUMBER) i += width;
      }
      tokens.push(text.slice(start, i));
    } else if (c & LETTER) {
      // \p{L}[\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*
      i += width;
      while (classAt(i) & WORD_PART) i += width;
      for (;;) {
        const sep = text.charCodeAt(i);
        if ((sep !== HYPHEN && sep !== APOSTROPHE && sep !== RIGHT_QUOTE) || !(classAt(i + 1) & WORD_PART)) break;
        i += 1 + width;
        while (classAt(i) & WORD_PART) i += width;
      }
      tokens.push(text.slice(start, i));
    } else {
      i += width;
    }
  }
  return tokens;
}
