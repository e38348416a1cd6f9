import type { QueryConcept } from '../query-terms.js';
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
}

/** Shortest typed term expanded to near spellings (MiniSearch's setting here: a typo is likelier in a long word). */
export const FUZZY_MIN_LENGTH = 6;
/** Most near spellings kept per typed term, closest and most frequent first: bounds the work of one query. */
export const MAX_FUZZY_EXPANSIONS = 8;

/** The edit distance allowed for a term: 20% of its length, at most 2, none for numbers or short words. */
export function fuzzyDistance(term: string): number {
  if (term.length < FUZZY_MIN_LENGTH || /\p{N}/u.test(term)) return 0;
  return Math.min(2, Math.round(term.length * 0.2));
}

/** Memo of near spellings per term, shared by the queries of one index (a query's words often repeat). */
export type FuzzyMemo = Map<string, readonly { id: number; distance: number }[]>;
const FUZZY_MEMO_LIMIT = 10_000;

/**
 * Resolves analysed query concepts to weighted index terms. Exact terms weigh 1; near spellings of
 * the words as typed weigh `0.3 * length / (length + distance)` as in MiniSearch. A concept absent
 * from the vocabulary is dropped; a concept repeated in the query counts once.
 */
export function planQuery(concepts: readonly QueryConcept[], table: TermTable, postings: PostingsIndex, memo?: FuzzyMemo): ConceptPlan[] {
  const plans: ConceptPlan[] = [];
  const seen = new Set<string>();
  for (const concept of concepts) {
    const weights = new Map<number, number>();
    const offer = (id: number, weight: number) => weights.set(id, Math.max(weight, weights.get(id) ?? 0));
    for (const term of concept.terms) {
      const id = table.find(term);
      if (id >= 0) offer(id, 1);
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
  return plans;
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
  if (memo) {
    if (memo.size >= FUZZY_MEMO_LIMIT) memo.clear();
    memo.set(term, near);
  }
  return near;
}
