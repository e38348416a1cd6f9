/**
 * Every setting of the search engine, in one documented object (as MiniSearch's options are):
 * scoring, typo tolerance, query length, suggestions and the memos' bounds. The engine's modules
 * read their numbers here; nothing else in src/search sets one.
 */
export interface SearchOptions {
  /**
   * BM25+ with MiniSearch's parameters, so that scores keep the meaning they had: `k` is term
   * frequency saturation, `b` length normalisation, `d` the lower bound a matching term always adds.
   */
  readonly bm25: { readonly k: number; readonly b: number; readonly d: number };
  /** How a paragraph's concept scores combine (see `RankingOptions` in engine/query-plan.ts). */
  readonly coverage: 'concepts' | 'information';
  /**
   * Typo tolerance, the one allowance every typed word gets (search terms, suggestions, names):
   * `share` of the word's length in edits, rounded, at most `maxDistance`; none for a word with a digit.
   */
  readonly typos: { readonly share: number; readonly maxDistance: number };
  /** Shortest typed search term expanded to near spellings (a typo is likelier in a long word), and the most near spellings kept per term. */
  readonly fuzzy: { readonly minLength: number; readonly maxExpansions: number };
  /** Most query words considered; the rest of an over-long query is ignored rather than slowing every search. */
  readonly maxQueryWords: number;
  /**
   * "Did you mean": words shorter than `minLength` are not corrected; `prefixScan` vocabulary terms
   * are looked at per prefix (enough for the frequent ones, bounded for a one-letter prefix); `perWord`
   * candidates per query word and `total` suggestions in all.
   */
  readonly suggest: { readonly minLength: number; readonly prefixScan: number; readonly perWord: number; readonly total: number };
  /** Bounds of the memos: near spellings per typed term (shared by an index's queries), analysed words per build. */
  readonly memo: { readonly fuzzyTerms: number; readonly analysedWords: number };
}

export const SEARCH_OPTIONS: SearchOptions = {
  bm25: { k: 1.2, b: 0.7, d: 0.5 },
  coverage: 'concepts',
  typos: { share: 0.2, maxDistance: 2 },
  fuzzy: { minLength: 6, maxExpansions: 8 },
  maxQueryWords: 32,
  suggest: { minLength: 3, prefixScan: 5_000, perWord: 3, total: 5 },
  memo: { fuzzyTerms: 10_000, analysedWords: 300_000 },
};

/** The edits allowed in a typed word of `minLength` letters or more: `typos.share` of its length, rounded, at most `typos.maxDistance`. */
export function typoAllowance(word: string, minLength: number): number {
  if (word.length < minLength || /\p{N}/u.test(word)) return 0;
  const { share, maxDistance } = SEARCH_OPTIONS.typos;
  return Math.min(maxDistance, Math.round(word.length * share));
}
