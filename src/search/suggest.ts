import { foldToken } from '../language/analyzer.js';
import { tokenize } from '../language/tokenize.js';
import { fuzzyTerms } from './engine/fuzzy-terms.js';
import type { PostingsIndex } from './engine/postings.js';
import type { TermTable } from './engine/term-table.js';
import { SEARCH_OPTIONS, typoAllowance } from './search-options.js';

const { minLength, prefixScan, perWord, total } = SEARCH_OPTIONS.suggest;

/** What "did you mean" reads of the compact engine: its vocabulary and postings (not the engine, which calls this). */
export interface SuggestSource {
  readonly terms: TermTable;
  readonly postings: PostingsIndex;
}

/**
 * Up to `suggest.total` corpus words near a query that found nothing ("kontainr" → "kontainer"): vocabulary
 * terms within the typo allowance of, or starting with, each query word, the most frequent first, shown
 * as a word of a paragraph that holds them, so the user sees real words rather than index stems.
 */
export function suggestWords(engine: SuggestSource, textOf: (paragraphId: number) => string, query: string): string[] {
  const words = tokenize(query).slice(0, 8).map(foldToken);
  const { terms, postings } = engine;
  const suggestions: string[] = [];
  for (const word of words) {
    if (word.length < minLength) continue;
    const candidates = new Map<number, number>();
    for (const near of fuzzyTerms(terms, word, typoAllowance(word, minLength))) candidates.set(near.id, near.distance);
    const [lo, hi] = terms.prefixRange(word);
    for (let id = lo; id < Math.min(hi, lo + prefixScan); id++) if (!candidates.has(id)) candidates.set(id, 0.5);
    const best = [...candidates]
      .sort((a, b) => a[1] - b[1] || postings.documentFrequency(b[0]) - postings.documentFrequency(a[0]) || a[0] - b[0])
      .slice(0, perWord);
    for (const [id] of best) {
      const first = postings.termStarts[id]!;
      if (first === postings.termStarts[id + 1]) continue;
      const surface = surfaceForm(textOf(postings.paragraphOf[postings.docIds[first]!]!), terms.term(id));
      if (surface && surface !== word && !suggestions.includes(surface)) suggestions.push(surface);
    }
    if (suggestions.length >= total) break;
  }
  return suggestions.slice(0, total);
}

/** The word of a paragraph whose folded form starts with an index term (the stem "kirim" → "mengirimkan" is not sought). */
function surfaceForm(text: string, term: string): string | null {
  for (const token of tokenize(text)) {
    const folded = foldToken(token);
    if (folded === term || folded.startsWith(term)) return folded;
  }
  return null;
}
