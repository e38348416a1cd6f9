import type { ParagraphView } from '../paragraph-view.js';
import { lexicon } from './lexicon.js';
import { matchingOpen } from './token-ranges.js';
import { anchorLength, isTimeWord, isVerbLike } from './word-classes.js';

/**
 * What may stand between a subject and its verb and is not part of the subject: adverbs ("juga",
 * "telah"), a time ("pada Kamis (26/10)", "pekan lalu") and a short adjunct ("dalam pernyataannya").
 * Each returns the token the subject ends at.
 */

/** "Kirby juga telah mengatakan": adverbs before the verb. */
export function skipAdverbsBack(view: ParagraphView, sFrom: number, j: number): number {
  for (;;) {
    const len = j >= sFrom ? lexicon.adverbs.matchEndingAt(view.keys, j, sFrom) : 0;
    // ("Selandia Baru mengatakan": a capitalised word inside a sentence is a name's, not an adverb)
    if (len === 0 || view.tokens[j]!.kind !== 'word' || (view.tokens[j]!.cap && !view.tokens[j]!.initial)) return j;
    j -= len;
  }
}

/**
 * "Gedung Putih dalam pernyataannya mengatakan", "Guterres melalui juru bicaranya menyatakan": a
 * short prepositional phrase between a named subject and its verb is skipped.
 */
export function skipAdjunctBack(view: ParagraphView, sFrom: number, j: number): number {
  const { tokens, keys: words } = view;
  for (let p = j; p >= Math.max(sFrom + 1, j - 5); p--) {
    const t = tokens[p]!;
    if (t.kind !== 'word' || t.quote !== -1 || (p < j && isVerbLike(t))) return j;
    if (!lexicon.adjunctsBeforeVerb.has(t.fold) || t.cap) continue;
    const before = tokens[p - 1]!;
    // "the foreign ministry in Pyongyang" names the body; "Lavrov di Moskow" only places the man.
    const place = lexicon.locationPrepositions.has(t.fold) && tokens[p + 1]?.cap === true;
    if (place && anchorLength(words, p - 1) > 0) return j;
    if (before.kind === 'word' && before.quote === -1 && (before.cap || anchorLength(words, p - 1) > 0 || lexicon.demonstratives.has(before.fold)))
      return p - 1;
    return j;
  }
  return j;
}

/** "Pernyataan pada Kamis (26/10) mengatakan", "Washington pekan lalu memperingatkan": a time before the verb. */
export function skipTimeBack(view: ParagraphView, sFrom: number, j: number): number {
  const { tokens, keys: words } = view;
  let k = j;
  if (tokens[k]?.text === ')') k = matchingOpen(view, sFrom, k) - 1;
  let sawTime = false;
  while (k >= sFrom && tokens[k]!.kind === 'word' && (isTimeWord(tokens[k]!) || /^\d/u.test(words[k]!))) k--, (sawTime = true);
  if (sawTime && k >= sFrom && (words[k] === 'pada' || words[k] === 'on' || words[k] === 'hari')) {
    k--;
    if (words[k] === 'pada') k--;
    return k;
  }
  // "Washington pekan lalu memperingatkan": a time phrase right after a name.
  if (sawTime && k >= sFrom && tokens[k]!.cap && !isTimeWord(tokens[k]!)) return k;
  return j;
}
