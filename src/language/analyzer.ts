import { foldText } from './fold.js';
import { stopwordLexicon } from './lexicons.js';
import { stemWord } from './stem.js';

const stopwords = new Set([...stopwordLexicon.id, ...stopwordLexicon.en]);

/**
 * Longest term the index and queries keep. MiniSearch's fuzzy matching allocates memory that grows
 * with the square of a term's length (a 20,000-character term takes about 400 MB), so a longer token
 * is cut here, before it can reach the index or a fuzzy search; no real word is this long.
 */
export const MAX_TERM_LENGTH = 40;

/** Folds one token (case, diacritics, typographic apostrophes) without stemming it. */
export function foldToken(token: string): string {
  const folded = foldText(token);
  return folded.length > MAX_TERM_LENGTH ? folded.slice(0, MAX_TERM_LENGTH) : folded;
}

/** True for words too frequent to help a search (never negation or attribution cues). */
export function isStopword(folded: string): boolean {
  return stopwords.has(folded);
}

/**
 * The index terms of one token: folded and stemmed ("Mengirimkan" → "kirim",
 * "kontainer-kontainer" → "kontainer"); numbers kept whole ("1.000"); a hyphenated compound
 * also yields its parts ("non-proliferasi" → "non-proliferasi", "non", "proliferasi") so either
 * finds it. Stop words yield nothing.
 */
export function analyzeToken(token: string): string[] {
  const folded = foldToken(token);
  if (folded === '' || isStopword(folded)) return [];
  if (/\p{N}/u.test(folded)) return [folded];
  const stem = stemWord(folded);
  if (!stem.includes('-')) return [stem];
  const parts = stem
    .split('-')
    .filter((p) => p !== '' && !isStopword(p))
    .map(stemWord);
  return [stem, ...parts.filter((p, i) => parts.indexOf(p) === i && p !== stem)];
}
