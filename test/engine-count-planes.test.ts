import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CountPlanes } from '../src/search/engine/count-planes.js';

const bitsetOf = (docCount: number, docs: Iterable<number>): Int32Array => {
  const bits = new Int32Array((docCount >>> 5) + 1);
  for (const d of docs) bits[d >>> 5] = bits[d >>> 5]! | (1 << (d & 31));
  return bits;
};

describe('CountPlanes', () => {
  it('sums the counts of the docs in a bitset', () => {
    const counts = [0, 1, 2, 3, 0, 7, 300, 1];
    const planes = new CountPlanes(counts.length, (d) => counts[d]!);
    expect(planes.sumOver(bitsetOf(counts.length, [1, 2, 3]))).toBe(6);
    expect(planes.sumOver(bitsetOf(counts.length, [0, 4]))).toBe(0);
    expect(planes.sumOver(bitsetOf(counts.length, [5, 6, 7]))).toBe(308);
    expect(planes.sumOver(bitsetOf(counts.length, []))).toBe(0);
  });

  it('is empty when every count is zero', () => {
    const planes = new CountPlanes(100, () => 0);
    expect(planes.sumOver(bitsetOf(100, [0, 50, 99]))).toBe(0);
  });

  it('agrees with summing doc by doc, whatever the counts and the set', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1000 }), { minLength: 1, maxLength: 300 }), fc.array(fc.nat(), { maxLength: 300 }), (counts, picks) => {
        const docs = new Set(picks.map((p) => p % counts.length));
        const planes = new CountPlanes(counts.length, (d) => counts[d]!);
        const expected = [...docs].reduce((sum, d) => sum + counts[d]!, 0);
        expect(planes.sumOver(bitsetOf(counts.length, docs))).toBe(expected);
      }),
    );
  });
});
