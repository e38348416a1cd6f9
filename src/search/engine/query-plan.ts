import { BoundedCache } from '../../bounded-cache.js';
import type { QueryConcept } from '../query-terms.js';
import { SEARCH_OPTIONS, typoAllowance } from '../search-options.js';
import { fuzzyWeight, inverseDocumentFrequency } from './bm25.js';
import { fuzzyTerms } from './fuzzy-terms.js';
import type { PostingsIndex } from './postings.js';
import type { TermTable } from './term-table.js';

/** One index term that can stand for a concept, with its weight (match kind times IDF) and score bound. */
export interface Alternative {
  readonly term: number;
  readonly weight: number;
  readonly bound: number;
}

/** A query concept resolved against the vocabulary: its scoring is the best of its alternatives. */
export interface ConceptPlan {
  readonly alternatives: readonly Alternative[];
  /** The highest score this concept can give any paragraph. */
  readonly bound: number;
  /**
   * What matching this concept adds to the reward for covering the query (see `RankingOptions`):
   * a paragraph's score is the sum of its concepts' scores times the sum of their `coverage`.
   */
  readonly coverage: number;
}

/**
 * How a paragraph's concept scores combine (an option of the engine's scoring, so that another
 * engine behind the same interface can take the same choice):
 * - `coverage: 'concepts'`: the sum is multiplied by the number of concepts matched (MiniSearch's
 *   reward for matching more of the query, counted per idea, not per spelling);
 * - `coverage: 'information'`: each concept counts by how much it tells apart, its best term's
 *   weight (IDF) over the query's mean, so the counts still sum to the number of concepts.
 * The default is `concepts`: on 268 queries made of two lede words and three words of another
 * paragraph of the 302 Kompas dev articles, `information` found that paragraph first less often
 * (0.59 against 0.64; in the top 3, 0.84 against 0.86): IDF already weighs each concept's score,
 * and weighing its count by IDF again favours a rare word over the rest of the question.
 */
export interface RankingOptions {
  readonly coverage: 'concepts' | 'information';
}

export const DEFAULT_RANKING: RankingOptions = { coverage: SEARCH_OPTIONS.coverage };

/** Most near spellings kept per typed term, closest and most frequent first: bounds the work of one query. */
export const MAX_FUZZY_EXPANSIONS = SEARCH_OPTIONS.fuzzy.maxExpansions;

/** The edit distance allowed for a typed search term: the one typo allowance, from `fuzzy.minLength` letters. */
export const fuzzyDistance = (term: string): number => typoAllowance(term, SEARCH_OPTIONS.fuzzy.minLength);

/** Memo of near spellings per term, shared by the queries of one index (a query's words often repeat). */
export type FuzzyMemo = BoundedCache<string, readonly { id: number; distance: number }[]>;
/** A fresh memo of near spellings, bounded by `SEARCH_OPTIONS.memo.fuzzyTerms`. */
export const createFuzzyMemo = (): FuzzyMemo => new BoundedCache(SEARCH_OPTIONS.memo.fuzzyTerms);

/**
 * Resolves analysed query concepts to weighted index terms. Exact terms weigh 1, and so does a
 * phrase's rarest term; near spellings of the words as typed weigh `0.3 * length / (length +
 * distance)` as in MiniSearch. A concept absent
 * from the vocabulary is dropped; a concept repeated in the query counts once.
 */
export function planQuery(
  concepts: readonly QueryConcept[],
  table: TermTable,
  postings: PostingsIndex,
  memo?: FuzzyMemo,
  ranking: RankingOptions = DEFAULT_RANKING,
): ConceptPlan[] {
  const plans: { alternatives: Alternative[]; bound: number }[] = [];
  const seen = new Set<string>();
  for (const concept of concepts) {
    const weights = new Map<number, number>();
    const offer = (id: number, weight: number) => weights.set(id, Math.max(weight, weights.get(id) ?? 0));
    for (const term of concept.terms) {
      const id = table.find(term);
      if (id >= 0) offer(id, 1);
    }
    // a phrase stands by its rarest term, when every one of its terms is in the index
    for (const phrase of concept.phrases) {
      let rarest = -1;
      for (const term of phrase) {
        const id = table.find(term);
        if (id < 0) {
          rarest = -1;
          break;
        }
        // (equal counts: the later word, which in "tidak berdasar", "minta maaf" carries the sense)
        if (rarest < 0 || postings.documentFrequency(id) <= postings.documentFrequency(rarest)) rarest = id;
      }
      if (rarest >= 0) offer(rarest, 1);
    }
    for (const term of concept.typed) {
      for (const near of nearSpellings(term, table, postings, memo)) offer(near.id, fuzzyWeight(table.termLength(near.id), near.distance));
    }
    if (weights.size === 0) continue;
    const key = [...weights].sort((a, b) => a[0] - b[0]).join(';');
    if (seen.has(key)) continue;
    seen.add(key);
    const alternatives = [...weights].map(([term, match]) => {
      const weight = match * inverseDocumentFrequency(postings.documentFrequency(term), postings.docCount);
      return { term, weight, bound: weight * postings.maxSaturation[term]! };
    });
    plans.push({ alternatives, bound: Math.max(...alternatives.map((a) => a.bound)) });
  }
  if (ranking.coverage === 'concepts' || plans.length < 2) return plans.map((p) => ({ ...p, coverage: 1 }));
  const information = plans.map((p) => Math.max(...p.alternatives.map((a) => a.weight)));
  const mean = information.reduce((sum, x) => sum + x, 0) / information.length;
  return plans.map((p, i) => ({ ...p, coverage: mean > 0 ? information[i]! / mean : 1 }));
}

function nearSpellings(term: string, table: TermTable, postings: PostingsIndex, memo?: FuzzyMemo): readonly { id: number; distance: number }[] {
  const distance = fuzzyDistance(term);
  if (distance === 0) return [];
  const known = memo?.get(term);
  if (known) return known;
  const near = fuzzyTerms(table, term, distance)
    .filter((n) => n.distance > 0)
    .sort((a, b) => a.distance - b.distance || postings.documentFrequency(b.id) - postings.documentFrequency(a.id) || a.id - b.id)
    .slice(0, MAX_FUZZY_EXPANSIONS);
  memo?.set(term, near);
  return near;
}
