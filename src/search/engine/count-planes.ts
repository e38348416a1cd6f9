import { popCount } from './match-all.js';

/**
 * Per-doc counts (how many quotes, say, each paragraph holds) laid out as bit planes over doc ids:
 * plane j holds the docs whose count has bit j set. The sum of the counts over a set of docs given
 * as a bitset is then a popcount of each plane ANDed with it, weighted by 2^j: a few passes over
 * words (a million docs are 31,250 words) instead of a look-up per matching doc.
 */
export class CountPlanes {
  private readonly planes: Int32Array[];

  /** `countOf(doc)` for every doc in [0, docCount). */
  constructor(docCount: number, countOf: (doc: number) => number) {
    const words = (docCount >>> 5) + 1;
    this.planes = [];
    for (let doc = 0; doc < docCount; doc++) {
      let count = countOf(doc);
      for (let j = 0; count > 0; j++, count >>>= 1) {
        if ((count & 1) === 0) continue;
        const plane = (this.planes[j] ??= new Int32Array(words));
        plane[doc >>> 5] = plane[doc >>> 5]! | (1 << (doc & 31));
      }
    }
    // a plane never created (no count has that bit) stays empty
    for (let j = 0; j < this.planes.length; j++) this.planes[j] ??= new Int32Array(words);
  }

  /** The sum of the counts of the docs in `bits` (a bitset over doc ids, as `matchBits` gives). */
  sumOver(bits: Int32Array): number {
    let sum = 0;
    for (let j = 0; j < this.planes.length; j++) {
      const plane = this.planes[j]!;
      const n = Math.min(plane.length, bits.length);
      let ones = 0;
      for (let w = 0; w < n; w++) ones += popCount(plane[w]! & bits[w]!);
      sum += ones * 2 ** j;
    }
    return sum;
  }
}
