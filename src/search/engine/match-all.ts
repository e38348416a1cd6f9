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
  const covered = new Float64Array(n);
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
      covered[doc]! += plan.coverage;
      best[doc] = 0;
    }
    touched.length = 0;
  }
  const results: ScoredParagraph[] = [];
  for (let doc = 0; doc < n; doc++) if (covered[doc]! > 0) results.push({ id: doc, score: sums[doc]! * covered[doc]! });
  return results.sort(byRank);
}

/**
 * The docs matching at least one concept, as a bitset over doc ids (bit `d & 31` of word `d >>> 5`):
 * membership without scoring. A bitset of a million docs is 125 KB and stays in cache, and the
 * postings fill it in ascending order.
 */
export function matchBits(index: PostingsIndex, plans: readonly ConceptPlan[]): Int32Array {
  const bits = new Int32Array((index.docCount >>> 5) + 1);
  const { docIds, termStarts, denseBits } = index;
  for (const plan of plans) {
    for (const { term } of plan.alternatives) {
      const dense = denseBits.get(term);
      if (dense) {
        for (let w = 0; w < bits.length; w++) bits[w] = bits[w]! | dense[w]!;
        continue;
      }
      for (let at = termStarts[term]!; at < termStarts[term + 1]!; at++) {
        const doc = docIds[at]!;
        bits[doc >>> 5] = bits[doc >>> 5]! | (1 << (doc & 31));
      }
    }
  }
  return bits;
}

/** Whether doc `doc` is in a bitset from `matchBits`. */
export function hasBit(bits: Int32Array, doc: number): boolean {
  return ((bits[doc >>> 5]! >>> (doc & 31)) & 1) === 1;
}

/** How many docs match (within `within`, ascending doc ids, when given). */
export function countMatches(index: PostingsIndex, plans: readonly ConceptPlan[], within?: Uint32Array): number {
  if (plans.length === 0) return 0;
  const bits = matchBits(index, plans);
  let count = 0;
  if (within) {
    for (let i = 0; i < within.length; i++) if (hasBit(bits, within[i]!)) count++;
    return count;
  }
  return countBits(bits);
}

/** How many docs a bitset from `matchBits` holds. */
export function countBits(bits: Int32Array): number {
  let count = 0;
  for (let w = 0; w < bits.length; w++) count += popCount(bits[w]!);
  return count;
}

/** How many bits of a 32-bit word are set. */
export function popCount(word: number): number {
  let v = word - ((word >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
