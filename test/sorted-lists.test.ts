import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countAtMost, countBelow, holdsSorted } from '../src/corpus-index/sorted-lists.js';

describe('sorted-list searches', () => {
  it('count below and at most a value, strings and numbers alike', () => {
    expect(countBelow(['a', 'b', 'b', 'c'], 'b')).toBe(1);
    expect(countAtMost(['a', 'b', 'b', 'c'], 'b')).toBe(3);
    expect(countBelow(Uint32Array.from([1, 3, 5]), 0)).toBe(0);
    expect(countAtMost(Uint32Array.from([1, 3, 5]), 9)).toBe(3);
    expect(holdsSorted(Uint32Array.from([1, 3, 5]), 3)).toBe(true);
    expect(holdsSorted(Uint32Array.from([1, 3, 5]), 4)).toBe(false);
    expect(holdsSorted([], 'x')).toBe(false);
  });

  it('agree with counting one by one', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (values, value) => {
        const list = [...values].sort((a, b) => a - b);
        expect(countBelow(list, value)).toBe(list.filter((v) => v < value).length);
        expect(countAtMost(list, value)).toBe(list.filter((v) => v <= value).length);
        expect(holdsSorted(list, value)).toBe(list.includes(value));
      }),
    );
  });
});
