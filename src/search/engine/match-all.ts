import { saturation } from './bm25.js';
import { byRank, type ScoredParagraph } from './paragraph-score.js';
import type { PostingsIndex } from './postings.js';
import type { ConceptPlan } from './query-plan.js';

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

/**
 * How many docs match at least `required` of the concepts (within `within`, ascending doc ids,
 * when given). Each concept's bitset is added into a bit-sliced counter (plane p holds bit p of
 * every doc's count), and the docs whose count reaches `required` are found word by word: a few
 * word operations per concept and per 32 docs, with no per-doc work.
 */
export function countMatchingAtLeast(index: PostingsIndex, plans: readonly ConceptPlan[], required: number, within?: Uint32Array): number {
  if (plans.length === 0 || required > plans.length) return 0;
  if (required <= 1) return countMatches(index, plans, within);
  const words = (index.docCount >>> 5) + 1;
  const planeCount = 32 - Math.clz32(plans.length);
  // plane p of word w at planes[p * words + w]; one buffer per call (kept per index, as the
  // allocation of a fresh 125 KB bitset per concept was most of the cost at a million docs)
  const { planes, bits } = scratch(index, words * planeCount, words);
  planes.fill(0, 0, words * planeCount);
  const { docIds, termStarts, denseBits } = index;
  for (const plan of plans) {
    bits.fill(0);
    for (const { term } of plan.alternatives) {
      const dense = denseBits.get(term);
      if (dense) {
        for (let w = 0; w < words; w++) bits[w] = bits[w]! | dense[w]!;
        continue;
      }
      for (let at = termStarts[term]!; at < termStarts[term + 1]!; at++) {
        const doc = docIds[at]!;
        bits[doc >>> 5] = bits[doc >>> 5]! | (1 << (doc & 31));
      }
    }
    for (let w = 0; w < words; w++) {
      let carry = bits[w]!;
      for (let at = w; carry !== 0 && at < words * planeCount; at += words) {
        const next = planes[at]! & carry;
        planes[at] = planes[at]! ^ carry;
        carry = next;
      }
    }
  }
  // count >= required, compared bit plane by bit plane from the highest, into `bits`
  for (let w = 0; w < words; w++) {
    let greater = 0;
    let equal = -1;
    for (let p = planeCount - 1; p >= 0; p--) {
      const bit = planes[p * words + w]!;
      if ((required >>> p) & 1) equal &= bit;
      else {
        greater |= equal & bit;
        equal &= ~bit;
      }
    }
    bits[w] = greater | equal;
  }
  if (within) {
    let count = 0;
    for (let i = 0; i < within.length; i++) if (hasBit(bits, within[i]!)) count++;
    return count;
  }
  // (a doc of no concept, or past the last doc, has count 0 and never reaches `required` >= 1)
  return countBits(bits);
}

const scratches = new WeakMap<PostingsIndex, { planes: Int32Array; bits: Int32Array }>();

function scratch(index: PostingsIndex, planeWords: number, words: number): { planes: Int32Array; bits: Int32Array } {
  let found = scratches.get(index);
  if (!found || found.planes.length < planeWords) {
    found = { planes: new Int32Array(Math.max(planeWords, words * 3)), bits: new Int32Array(words) };
    scratches.set(index, found);
  }
  return found;
}

/**
 * How many of a query's concepts a paragraph must hold to count as a match: all of them up to
 * two, more than half beyond ("North Korea denies supplying weapons to Russia": 3 of 5). A reader
 * would not call a paragraph that shares one common word with a five-word question a match.
 */
export function requiredConcepts(concepts: number): number {
  return concepts <= 2 ? concepts : Math.floor(concepts / 2) + 1;
}
