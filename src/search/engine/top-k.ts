import { type ConceptCursor, conceptCursor, EXHAUSTED as PAST_END } from './concept-cursor.js';
import { gallop } from './gallop.js';
import { byRank, type ScoredParagraph } from './paragraph-score.js';
import type { PostingsIndex } from './postings.js';
import type { ConceptPlan } from './query-plan.js';
import { RankHeap } from './rank-heap.js';

// A module constant, not an import, in the hot loop (some module loaders turn imports into getters).
const EXHAUSTED = PAST_END;
// MaxScore's bounds are sums of floats taken in another order than the scores they bound: a doc is
// only dropped when its bound is below the threshold by more than rounding could explain.
const SLACK = 1 + 1e-9;
// After failed block-max checks, up to this many candidates are evaluated before the next check.
const MAX_BACKOFF = 64;

interface Slot {
  readonly cursor: ConceptCursor;
  /** The concept's position in the query (scores are summed in this order). */
  readonly order: number;
  /** What matching the concept adds to the coverage factor (see `ConceptPlan.coverage`). */
  readonly coverage: number;
  /** Postings under the concept: fewer means a cheaper, more selective look-up. */
  readonly postings: number;
}

/**
 * The `k` best docs for a query, best first, by MaxScore with block-max bounds:
 * - concepts are ordered by the most they can add; those whose bounds together cannot lift a doc
 *   into the current top k are "non-essential": candidates come from the essential ones only, and
 *   non-essential ones are looked up (galloping) for a candidate, sparsest first, only while it can
 *   still make it. Since matching more concepts also multiplies the score (by their coverage), a
 *   query of several common words soon reads little more than its rarest word's postings: AND-like
 *   speed, OR results;
 * - per block of postings, a bound lets whole blocks that cannot beat the threshold be skipped.
 *   Docs are numbered shortest first (see `PostingsData`), so the bounds fall along the lists.
 *
 * `within` (ascending doc ids) restricts the search to those docs: the paragraphs that hold
 * quotes, events or denials, say. Ids in and out are doc ids.
 */
export function topParagraphs(index: PostingsIndex, plans: readonly ConceptPlan[], k: number, within?: Uint32Array): ScoredParagraph[] {
  if (k <= 0 || plans.length === 0 || within?.length === 0) return [];
  // Filled by push, so that every query's list has one elements kind: the array Array.prototype.map
  // returned here was packed in some calls and holey in others (V8's optimised and generic paths
  // make different kinds), and so were the lists sliced from it; the loop below lost its optimised
  // code to that after the warm-up.
  const slots: Slot[] = [];
  for (let order = 0; order < plans.length; order++) {
    const plan = plans[order]!;
    slots.push({
      cursor: conceptCursor(index, plan),
      order,
      coverage: plan.coverage,
      postings: plan.alternatives.reduce((n, a) => n + index.documentFrequency(a.term), 0),
    });
  }
  slots.sort((a, b) => a.cursor.bound - b.cursor.bound);
  const q = slots.length;
  const prefixBound = new Float64Array(q + 1);
  const prefixCoverage = new Float64Array(q + 1);
  for (let i = 0; i < q; i++) {
    prefixBound[i + 1] = prefixBound[i]! + slots[i]!.cursor.bound;
    prefixCoverage[i + 1] = prefixCoverage[i]! + slots[i]!.coverage;
  }
  // each concept's coverage by query position, and the coverage of the concepts a doc matched
  const coverageOf = new Float64Array(q);
  for (let i = 0; i < q; i++) coverageOf[slots[i]!.order] = slots[i]!.coverage;
  const conceptCovered = new Float64Array(q);
  const conceptScores = new Float64Array(q);
  const blockBounds = new Float64Array(q);
  const heap = new RankHeap(k);
  // Slots [0, essential) are non-essential; `lookups` lists them sparsest first.
  let essential = 0;
  // (a slice, not `[]`: an empty literal has another elements kind than the slices assigned later,
  // and a loop over both kinds loses its optimised code whenever the kind changes)
  let lookups: Slot[] = slots.slice(0, 0);
  // After a block-max check fails, the same blocks (up to `checkedUpTo`) fail again until the threshold rises.
  let checkedUpTo = -1;
  let checkedThreshold = -1;
  let backoff = 1;
  let untilCheck = 1;
  let withinAt = 0;

  for (;;) {
    let doc = EXHAUSTED;
    for (let i = essential; i < q; i++) if (slots[i]!.cursor.doc < doc) doc = slots[i]!.cursor.doc;
    if (doc === EXHAUSTED) break;
    if (within) {
      withinAt = gallop(within, withinAt, within.length, doc);
      if (withinAt >= within.length) break;
      const allowed = within[withinAt]!;
      if (allowed !== doc) {
        for (let i = essential; i < q; i++) slots[i]!.cursor.seek(allowed);
        continue;
      }
    }
    if (heap.full && (doc > checkedUpTo || heap.threshold !== checkedThreshold) && --untilCheck <= 0) {
      if (skipBlocks(doc)) {
        backoff = 1;
        untilCheck = 1;
        continue;
      }
      // Checks that keep failing cost more than they save (each looks the non-essential concepts up): back off.
      backoff = Math.min(backoff * 2, MAX_BACKOFF);
      untilCheck = backoff;
    }

    let sum = 0;
    let matched = 0;
    for (let i = essential; i < q; i++) {
      const { cursor, order, coverage } = slots[i]!;
      if (cursor.doc !== doc) continue;
      const s = cursor.score();
      conceptScores[order] = s;
      conceptCovered[order] = coverage;
      sum += s;
      matched += coverage;
      cursor.next();
    }
    let pruned = false;
    let remainingBound = prefixBound[essential]!;
    let remaining = prefixCoverage[essential]!;
    for (let j = 0; j < lookups.length; j++) {
      const { cursor, order, coverage } = lookups[j]!;
      if (heap.full && (sum + remainingBound) * (matched + remaining) * SLACK <= heap.threshold) {
        pruned = true;
        break;
      }
      remainingBound -= cursor.bound;
      remaining -= coverage;
      cursor.seek(doc);
      if (cursor.doc !== doc) continue;
      const s = cursor.score();
      conceptScores[order] = s;
      conceptCovered[order] = coverage;
      sum += s;
      matched += coverage;
    }
    // The canonical score: concepts and their coverage summed in query order (see byRank).
    let canonical = 0;
    let covered = 0;
    for (let i = 0; i < q; i++) {
      canonical += conceptScores[i]!;
      covered += conceptCovered[i]!;
      conceptScores[i] = 0;
      conceptCovered[i] = 0;
    }
    if (pruned) continue;
    if (heap.offer(doc, canonical * covered) && heap.full) {
      const before = essential;
      while (essential < q && prefixBound[essential + 1]! * prefixCoverage[essential + 1]! * SLACK <= heap.threshold) essential++;
      if (essential === q) break;
      if (essential !== before) lookups = slots.slice(0, essential).sort((a, b) => a.postings - b.postings);
    }
  }
  return heap.drain().sort(byRank);

  /**
   * Block-max: the docs from `doc` up to the end of the current blocks of the concepts there (and
   * before any other essential concept's next doc) can score at most the sum of those blocks'
   * bounds. When that cannot beat the threshold, the essential cursors jump past the blocks; true
   * when they did. Non-essential concepts count with their whole bound until looked up, sparsest
   * first, and the check stops as soon as the bound is low enough; a look-up moves the cursor where
   * evaluating the doc would move it anyway.
   */
  function skipBlocks(doc: number): boolean {
    let upto = EXHAUSTED - 1;
    for (let i = essential; i < q; i++) {
      const { cursor } = slots[i]!;
      upto = cursor.doc === doc ? cursor.blockLast(upto) : Math.min(upto, cursor.doc - 1);
    }
    // Each bound below holds up to the `upto` it was taken at, hence up to the final, smaller one.
    for (let i = essential; i < q; i++) {
      const { cursor, order } = slots[i]!;
      if (cursor.doc === doc) blockBounds[order] = cursor.blockBound(upto);
    }
    for (let j = 0; j < lookups.length; j++) blockBounds[lookups[j]!.order] = lookups[j]!.cursor.bound;
    let skip = cannotWin();
    for (let j = 0; j < lookups.length && !skip; j++) {
      const { cursor, order } = lookups[j]!;
      cursor.seek(doc);
      upto = cursor.blockLast(upto);
      blockBounds[order] = cursor.blockBound(upto);
      skip = cannotWin();
    }
    blockBounds.fill(0);
    if (!skip) {
      checkedUpTo = upto;
      checkedThreshold = heap.threshold;
      return false;
    }
    for (let i = essential; i < q; i++) {
      const { cursor } = slots[i]!;
      if (cursor.doc === doc) cursor.seek(upto + 1);
    }
    return true;
  }

  /**
   * Whether the block bounds rule the range out. Summed in query order, like the score itself:
   * float addition and multiplication are monotone, so the bound is never below the score it
   * bounds and the comparison is exact. (Exactness matters: docs tying with the threshold are
   * common, and they can be skipped, since a later doc loses a tie.)
   */
  function cannotWin(): boolean {
    let bound = 0;
    let covered = 0;
    for (let order = 0; order < q; order++) {
      if (blockBounds[order] === 0) continue;
      bound += blockBounds[order]!;
      covered += coverageOf[order]!;
    }
    return bound * covered <= heap.threshold;
  }
}
