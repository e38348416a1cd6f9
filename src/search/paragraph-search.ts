import MiniSearch, { type Options, type Query, type SearchOptions } from 'minisearch';
import { analyzeToken } from '../language/analyzer.js';
import { tokenize } from '../language/tokenize.js';
import { analyzeQuery } from './query-terms.js';

/** A paragraph as MiniSearch indexes it: `id` is its position in the corpus's paragraph list. */
export interface IndexedParagraph {
  readonly id: number;
  readonly text: string;
}

/**
 * Search-time options. Queries are analysed by `analyzeQuery` before they reach MiniSearch,
 * so MiniSearch must take each query term as it is. Fuzzy matching only for longer terms,
 * where a typo is likelier than a different word.
 */
export const paragraphSearchOptions: SearchOptions = {
  tokenize: (term) => [term],
  processTerm: (term) => term,
  fuzzy: (term) => (term.length >= 6 && !/\p{N}/u.test(term) ? 0.2 : false),
  maxFuzzy: 2,
  prefix: false,
  weights: { fuzzy: 0.3, prefix: 0.5 },
  combineWith: 'OR',
};

/** The one options object shared by index build and load (`loadJSON` needs the same functions). */
export const paragraphIndexOptions: Options<IndexedParagraph> = {
  idField: 'id',
  fields: ['text'],
  storeFields: [],
  tokenize,
  processTerm: analyzeToken,
  searchOptions: paragraphSearchOptions,
  autoSuggestOptions: { ...paragraphSearchOptions, prefix: true, combineWith: 'AND' },
};

export function createParagraphIndex(): MiniSearch<IndexedParagraph> {
  return new MiniSearch(paragraphIndexOptions);
}

/** Ranked paragraph ids for a query, best first; empty when the query has no searchable word. */
export function searchParagraphIds(index: MiniSearch<IndexedParagraph>, query: string): { id: number; score: number }[] {
  const concepts = analyzeQuery(query);
  if (concepts.length === 0) return [];
  const expression: Query = {
    combineWith: 'OR',
    queries: concepts.map((concept) => ({ combineWith: 'OR', queries: [...concept.terms] })),
  };
  return index.search(expression).map((r) => ({ id: r.id as number, score: r.score }));
}
