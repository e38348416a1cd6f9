import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../src/bounded-cache.js';

describe('BoundedCache', () => {
  it('never holds more than its capacity, and keeps the latest value of every key it still holds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer())), (capacity, writes) => {
        const cache = new BoundedCache<number, number>(capacity);
        const latest = new Map<number, number>();
        for (const [key, value] of writes) {
          cache.set(key, value);
          latest.set(key, value);
          expect(cache.size).toBeLessThanOrEqual(capacity);
          expect(cache.get(key)).toBe(value);
        }
        for (const [key, value] of latest) if (cache.get(key) !== undefined) expect(cache.get(key)).toBe(value);
      }),
    );
  });

  it('forgets the entry stored first when full', () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('a', 3); // a stored key is replaced, nothing forgotten
    expect([cache.get('a'), cache.get('b')]).toEqual([3, 2]);
    cache.set('c', 4);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, 2, 4]);
  });

  it('memoises a function: computed once per held key, again once forgotten, false and 0 held too', () => {
    const cache = new BoundedCache<string, boolean>(2);
    const calls: string[] = [];
    const isShort = (w: string): boolean => (calls.push(w), w.length < 4);
    expect([cache.memo('dan', isShort), cache.memo('dan', isShort), cache.memo('senjata', isShort), cache.memo('senjata', isShort)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(calls).toEqual(['dan', 'senjata']);
    cache.memo('rudal', isShort); // full: 'dan' is forgotten
    expect(cache.memo('dan', isShort)).toBe(true);
    expect(calls).toEqual(['dan', 'senjata', 'rudal', 'dan']);
    expect(cache.size).toBe(2);
  });

  it('refuses a capacity below one', () => {
    expect(() => new BoundedCache(0)).toThrow(/bounded-cache: capacity/u);
  });
});
