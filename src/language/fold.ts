/**
 * The one text folding of the code base (for comparisons and lookups, never for display): case,
 * diacritics and typographic quotes, so that "Sergeï Lavrov", "sergei lavrov" and "SERGEI LAVROV"
 * compare equal. `foldText` folds any text; `foldWord` is its variant for one word looked up in the
 * lexicons, which must differ in two ways (see there).
 */

const MARKS = /\p{M}+/gu;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const ASCII = /^[\x00-\x7F]*$/;
const TYPOGRAPHIC_SINGLE = /[\u2018\u2019]/g;
const TYPOGRAPHIC_DOUBLE = /[\u201C\u201D]/g;

/**
 * Folds a text: decomposed, without combining marks, typographic quotes as ' and ", lower case,
 * single spaces, trimmed. Plain ASCII text needs only lower case and single spaces, and text that
 * is already single-spaced and trimmed (as lines are after cleaning) with no other non-ASCII
 * character than typographic quotes (most lines; those quotes have no decomposition) only lower
 * case and the quotes: both are answered without the full folding, the hot path of the cleaning.
 */
export function foldText(text: string): string {
  let quotes = false;
  let previous = 32;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 ? previous === 32 : c < 32 && c >= 9 && c <= 13) return foldSlowly(text);
    if (c >= 128) {
      if (c !== 0x2018 && c !== 0x2019 && c !== 0x201c && c !== 0x201d) return foldSlowly(text);
      quotes = true;
    }
    previous = c;
  }
  if (previous === 32) return foldSlowly(text);
  const lower = text.toLowerCase();
  return quotes ? lower.replace(TYPOGRAPHIC_SINGLE, "'").replace(TYPOGRAPHIC_DOUBLE, '"') : lower;
}

function foldSlowly(text: string): string {
  if (ASCII.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim();
  return text.normalize('NFKD').replace(MARKS, '').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').toLowerCase().replace(/\s+/g, ' ').trim();
}

const ASCII_LOWER = /^[a-z0-9-]+$/;

/**
 * `foldText` of one word for a lexicon lookup, which differs in two ways: an English possessive is
 * dropped ("Korea's" looks up as "korea"), and only the apostrophe ’ becomes ' (a word's own
 * joint; the other quotation marks are punctuation, never part of a word, and are left as they are).
 */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  if (ASCII_LOWER.test(lower)) return lower;
  return lower
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(/\u2019/g, "'")
    .replace(/'s$/u, '');
}
