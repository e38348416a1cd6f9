/**
 * Where a date pattern's match can begin, so that each pattern is tried only there (sticky) instead
 * of being scanned over the whole sentence. Every pattern starts at a word boundary, with a word of
 * its vocabulary (a weekday, a month, a cue such as "bulan"), a digit, or an opening bracket; trying
 * it at each such position in order finds exactly the matches a scan (resumed one character after
 * each match) finds.
 */

/** What a pattern's match can begin with. */
export interface MatchStarts {
  /** Lower-case words (letters and digits) a match can open with. */
  readonly words: ReadonlySet<string>;
  /** A match can open with an ASCII digit. */
  readonly digit: boolean;
  /** A match can open with "(" ("(26/10)"). */
  readonly bracket: boolean;
}

/** The union of some vocabularies' first words, and whether a digit or a bracket can open the match. */
export function matchStarts(vocabularies: readonly ReadonlySet<string>[], options: { digit?: boolean; bracket?: boolean } = {}): MatchStarts {
  const words = new Set<string>();
  for (const v of vocabularies) for (const w of v) words.add(w);
  return { words, digit: options.digit === true, bracket: options.bracket === true };
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const PLAIN_WORD = /^[a-z0-9]+$/u;
/** Whether each BMP character is a letter or digit: 0 unknown, 1 no, 2 yes (filled in as met). */
const bmpLetterOrDigit = new Uint8Array(0x10000);

/** Offsets where patterns can begin, ascending, each with a bit mask of those patterns (bit k: pattern k). */
export interface Starts {
  readonly at: readonly number[];
  readonly masks: readonly number[];
}

/**
 * The starts of a text that fall within [from, to), shifted to offsets of `text.slice(from, to)`:
 * a sentence's starts from its paragraph's (a sentence begins and ends at a word boundary, so its
 * words are the paragraph's words between its ends).
 */
export function startsWithin(starts: Starts, from: number, to: number): Starts {
  const at: number[] = [];
  const masks: number[] = [];
  for (let j = 0; j < starts.at.length; j++) {
    const offset = starts.at[j]!;
    if (offset < from) continue;
    if (offset >= to) break;
    at.push(offset - from);
    masks.push(starts.masks[j]!);
  }
  return { at, masks };
}

/**
 * The places of a sentence where some of up to 31 patterns can begin, found in one pass: for each,
 * its offset and a bit mask of the patterns (bit k: pattern k) that may begin there.
 */
export class StartFinder {
  private readonly byWord = new Map<string, number>();
  private readonly digitMask: number;
  private readonly bracketMask: number;
  private readonly allMask: number;
  /** Patterns with a word that is not plain ASCII: tried at every word (see `find`). */
  private readonly anyWordMask: number;
  private readonly longest: number;
  /**
   * Hashes of the plain words (see `wordHash`), as a filter: most words of a sentence hash to an
   * empty slot and are never cut out, lower-cased and looked up.
   */
  private readonly hashes: Uint8Array;

  constructor(starts: readonly MatchStarts[]) {
    let digitMask = 0;
    let bracketMask = 0;
    let anyWordMask = 0;
    let longest = 0;
    starts.forEach((s, k) => {
      const bit = 1 << k;
      if (s.digit) digitMask |= bit;
      if (s.bracket) bracketMask |= bit;
      for (const w of s.words) {
        // a word that is not plain ASCII has no plain lower-case form to look up: try every word for it
        if (!PLAIN_WORD.test(w)) anyWordMask |= bit;
        this.byWord.set(w, (this.byWord.get(w) ?? 0) | bit);
        longest = Math.max(longest, w.length);
      }
    });
    this.digitMask = digitMask;
    this.bracketMask = bracketMask;
    this.allMask = starts.length >= 31 ? -1 : (1 << starts.length) - 1;
    this.longest = longest;
    this.hashes = new Uint8Array(HASH_SLOTS);
    for (const w of this.byWord.keys()) {
      if (!PLAIN_WORD.test(w)) continue;
      let hash = 0;
      for (let i = 0; i < w.length; i++) hash = wordHash(hash, w.charCodeAt(i));
      this.hashes[slot(hash)] = 1;
    }
    if (anyWordMask !== 0) for (const [w, m] of this.byWord) this.byWord.set(w, m | anyWordMask);
    this.anyWordMask = anyWordMask;
  }

  /**
   * Offsets and masks, ascending. A word that is not plain ASCII may begin any pattern (its case
   * folding is not plain lower case), so it gets every bit.
   */
  find(text: string): Starts {
    const at: number[] = [];
    const masks: number[] = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) {
          if (c === 40 && this.bracketMask !== 0) at.push(i), masks.push(this.bracketMask);
          i++;
          continue;
        }
      } else {
        const width = letterOrDigitWidth(text, i);
        if (width === 0) {
          i += text.codePointAt(i)! > 0xffff ? 2 : 1;
          continue;
        }
      }
      const start = i;
      let ascii = true;
      let hash = 0;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57)) (hash = wordHash(hash, d)), i++;
          else break;
        } else {
          const width = letterOrDigitWidth(text, i);
          if (width === 0) break;
          ascii = false;
          i += width;
        }
      }
      const first = text.charCodeAt(start);
      let mask: number;
      if (!ascii) mask = this.allMask;
      else if (first >= 48 && first <= 57) mask = this.digitMask | this.anyWordMask;
      else if (i - start > this.longest || this.hashes[slot(hash)] === 0) mask = this.anyWordMask;
      else mask = this.byWord.get(text.slice(start, i).toLowerCase()) ?? this.anyWordMask;
      if (mask !== 0) at.push(start), masks.push(mask);
    }
    return { at, masks };
  }
}

/** The hash of a plain word so far, taking its next ASCII letter or digit (letters in lower case: `| 32`). */
const wordHash = (hash: number, code: number): number => (Math.imul(hash, 31) + (code | 32)) | 0;
const HASH_SLOTS = 1 << 16;
const slot = (hash: number): number => (hash ^ (hash >>> 16)) & (HASH_SLOTS - 1);

function letterOrDigitWidth(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdbff) {
    let known = bmpLetterOrDigit[unit]!;
    if (known === 0) known = bmpLetterOrDigit[unit] = LETTER_OR_DIGIT.test(String.fromCharCode(unit)) ? 2 : 1;
    return known === 2 ? 1 : 0;
  }
  const ch = String.fromCodePoint(text.codePointAt(i)!);
  return LETTER_OR_DIGIT.test(ch) ? ch.length : 0;
}
