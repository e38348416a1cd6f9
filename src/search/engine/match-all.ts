import { saturation } from './bm25.js';
import type { PostingsIndex } from './postings.js';
import type { ConceptPlan } from './query-plan.js';
import { byRank, type ScoredParagraph } from './paragraph-score.js';

/**
 * Every matching doc with its score, best first (doc ids: see `PostingsData`): term at a time over
 * typed arrays. This is the exhaustive path (a caller that wants everything); top-k queries use
 * `topParagraphs`.
 */
export function allParagraphs(index: PostingsIndex, plans: readonly ConceptPlan[]): ScoredParagraph[] {
  const n = index.docCount;
  const sums = new Float64Array(n);
  const matched = new Uint8Array(n);
  const best = new Float64Array(n);
  const touched: number[] = [];
  const { docIds, frequencies, norms, termStarts } = index;
  for (const plan of plans) {
    for (const { term, weight } of plan.alternatives) {
      for (let at = termStarts[term]!; at < termStarts[term + 1]!; at++) {
        const doc = docIds[at]!;
        const s = weight * saturation(frequencies[at]!, norms[doc]!);
        if (best[doc] === 0) touched.push(doc);
        if (s > best[doc]!) best[doc] = s;
      }
    }
    for (const doc of touched) {
      sums[doc]! += best[doc]!;
      matched[doc]!++;
      best[doc] = 0;
    }
    touched.length = 0;
  }
  const results: ScoredParagraph[] = [];
  for (let doc = 0; doc < n; doc++) if (matched[doc]! > 0) results.push({ id: doc, score: sums[doc]! * matched[doc]! });
  return results.sort(byRank);
}

/** Marks (1), by paragraph id, every paragraph that matches at least one concept: membership without scoring. */
export function markMatches(index: PostingsIndex, plans: readonly ConceptPlan[]): Uint8Array {
  const marks = new Uint8Array(index.docCount);
  const { docIds, termStarts, paragraphOf } = index;
  for (const plan of plans) {
    for (const { term } of plan.alternatives) {
      for (let at = termStarts[term]!; at < termStarts[term + 1]!; at++) marks[paragraphOf[docIds[at]!]!] = 1;
    }
  }
  return marks;
}

/** How many paragraphs match (within `within`, ascending doc ids, when given). */
export function countMatches(index: PostingsIndex, plans: readonly ConceptPlan[], within?: Uint32Array): number {
  if (plans.length === 0) return 0;
  const marks = new Uint8Array(index.docCount);
  const { docIds, termStarts } = index;
  let count = 0;
  for (const plan of plans) {
    for (const { term } of plan.alternatives) {
      for (let at = termStarts[term]!; at < termStarts[term + 1]!; at++) {
        const doc = docIds[at]!;
        count += 1 - marks[doc]!;
        marks[doc] = 1;
      }
    }
  }
  if (!within) return count;
  count = 0;
  for (let i = 0; i < within.length; i++) count += marks[within[i]!]!;
  return count;
}
