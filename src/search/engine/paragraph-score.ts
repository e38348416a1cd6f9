import { saturation } from './bm25.js';
import type { PostingsIndex } from './postings.js';
import type { ConceptPlan } from './query-plan.js';

/** A doc id (inside the engine) or paragraph id (outside it) and its score. */
export interface ScoredParagraph {
  readonly id: number;
  readonly score: number;
}

/**
 * The score of one paragraph for a query, computed the one canonical way every path agrees on:
 * the sum, in query order, of each matched concept's best alternative, times the number of concepts
 * matched (MiniSearch's reward for matching more of the query, counted per idea, not per spelling).
 */
export function scoreParagraph(index: PostingsIndex, plans: readonly ConceptPlan[], doc: number): number {
  let sum = 0;
  let matched = 0;
  for (const plan of plans) {
    const s = conceptScoreAt(index, plan, doc);
    if (s > 0) {
      sum += s;
      matched++;
    }
  }
  return sum * matched;
}

/** A concept's score at one paragraph (0 when it does not match there), by binary search in each alternative's postings. */
export function conceptScoreAt(index: PostingsIndex, plan: ConceptPlan, doc: number): number {
  let best = 0;
  for (const alternative of plan.alternatives) {
    const end = index.termStarts[alternative.term + 1]!;
    const at = index.seek(index.termStarts[alternative.term]!, end, doc);
    if (at < end && index.docIds[at] === doc) {
      const s = alternative.weight * saturation(index.frequencies[at]!, index.norms[doc]!);
      if (s > best) best = s;
    }
  }
  return best;
}

/** Best first; equal scores in doc id order (shorter paragraph first), so results never depend on the path taken. */
export function byRank(a: ScoredParagraph, b: ScoredParagraph): number {
  return b.score - a.score || a.id - b.id;
}
