import type MiniSearch from 'minisearch';
import type { Paragraph } from '../corpus/types.js';
import { tokenize } from '../language/tokenize.js';
import { foldToken } from '../language/analyzer.js';
import type { IndexedParagraph } from './paragraph-search.js';

/**
 * Up to five corpus words near a query that found nothing ("kontainr" → "kontainer"), read from
 * the best fuzzy matches, so the user sees real words of the corpus rather than index stems.
 */
export function suggestWords(index: MiniSearch<IndexedParagraph>, paragraphs: readonly Paragraph[], query: string): string[] {
  const words = tokenize(query).slice(0, 8).map(foldToken);
  if (words.length === 0) return [];
  const suggestions: string[] = [];
  for (const word of words) {
    if (word.length < 3) continue;
    const hits = index.search(word, { fuzzy: 0.34, maxFuzzy: 3, prefix: true, combineWith: 'OR' }).slice(0, 3);
    for (const hit of hits) {
      for (const term of hit.terms) {
        const surface = surfaceForm(paragraphs[hit.id as number]?.text ?? '', term);
        if (surface && surface !== word && !suggestions.includes(surface)) suggestions.push(surface);
      }
    }
    if (suggestions.length >= 5) break;
  }
  return suggestions.slice(0, 5);
}

/** The word of a paragraph whose folded form starts with an index term (the stem "kirim" → "mengirimkan" is not sought). */
function surfaceForm(text: string, term: string): string | null {
  for (const token of tokenize(text)) {
    const folded = foldToken(token);
    if (folded === term || folded.startsWith(term)) return folded;
  }
  return null;
}
