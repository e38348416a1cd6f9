/** A word or number of a text, as offsets into it: `text.slice(start, end) === token`. */
export interface Token {
  readonly token: string;
  readonly start: number;
  readonly end: number;
}

/**
 * What a token is. Numbers keep their separators ("1.000", "2,5", "60.000"); words keep inner
 * hyphens and apostrophes ("kontainer-kontainer", "non-proliferasi", "jum'at"). The scanner below
 * finds exactly this expression's matches, several times faster on mostly-ASCII news text (every
 * paragraph is tokenised at index time); a property test checks that both agree.
 */
export const TOKEN = /\p{N}+(?:[.,]\p{N}+)*|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;

const LETTER = 1;
const NUMBER = 2;
const MARK = 4;
const KNOWN = 8;
const WORD_PART = LETTER | NUMBER | MARK;

/** Character classes of the Basic Multilingual Plane, filled in as characters are met (ASCII up front). */
const bmpClasses = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  bmpClasses[c] = KNOWN | (c >= 48 && c <= 57 ? NUMBER : 0) | ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? LETTER : 0);
}

/** The classes of a code point, by the same Unicode properties as TOKEN. */
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

/** Calls `visit(start, end)` for each token of a text, in order: the matches of TOKEN. */
export function scanTokens(text: string, visit: (start: number, end: number) => void): void {
  const n = text.length;
  // The class of the code point at `at`, leaving its width in code units in `width` (0 past the end).
  let width = 1;
  const classAt = (at: number): number => {
    if (at >= n) {
      width = 0;
      return 0;
    }
    const unit = text.charCodeAt(at);
    if (unit < 0xd800 || unit > 0xdbff) {
      width = 1;
      let c = bmpClasses[unit]!;
      if (c === 0) c = bmpClasses[unit] = classify(unit);
      return c;
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
      visit(start, i);
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
      visit(start, i);
    } else {
      i += width;
    }
  }
}

/** The words and numbers of a text, in order. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  scanTokens(text, (start, end) => tokens.push(text.slice(start, end)));
  return tokens;
}

/** The words and numbers of a text with their offsets. */
export function tokenizeWithOffsets(text: string): Token[] {
  const tokens: Token[] = [];
  scanTokens(text, (start, end) => tokens.push({ token: text.slice(start, end), start, end }));
  return tokens;
}

/**
 * The runs of letters and digits of a text ("Korea's" → "Korea", "s"): the plain word split of
 * names and keys (matched and compared word by word), where TOKEN's joints do not matter.
 */
const WORD_RUNS = /[\p{L}\p{N}]+/gu;

/** The runs of letters and digits of a text, in order (see WORD_RUNS). */
export const wordRuns = (text: string): string[] => text.match(WORD_RUNS) ?? [];

/** The first run of letters and digits of a text, '' when it has none. */
export const firstWordRun = (text: string): string => FIRST_RUN.exec(text)?.[0] ?? '';
const FIRST_RUN = /[\p{L}\p{N}]+/u;

/** The run of letters and digits starting exactly at `offset`, if one does. */
export function wordRunAt(text: string, offset: number): string | undefined {
  RUN_AT.lastIndex = offset;
  return RUN_AT.exec(text)?.[0];
}
const RUN_AT = /[\p{L}\p{N}]+/uy;
