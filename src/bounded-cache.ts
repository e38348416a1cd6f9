/**
 * The one bounded cache of the code base: a Map that holds at most `capacity` entries and, when
 * full, forgets the entry stored first. Memos of pure functions use it (stems, analysed words, near
 * spellings, filters), so odd input can never grow one without bound, and every memo forgets the
 * same way. A cache belongs to whoever computes its values: an engine, a builder, a lookup.
 */
export class BoundedCache<K, V> {
  readonly #entries = new Map<K, V>();

  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new RangeError(`bounded-cache: capacity must be at least 1 (got ${capacity})`);
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: K): V | undefined {
    return this.#entries.get(key);
  }

  /** The value held for `key`, else `compute(key)`, stored (the memo of a pure function). */
  memo(key: K, compute: (key: K) => V): V {
    const held = this.#entries.get(key);
    if (held !== undefined) return held;
    const value = compute(key);
    this.set(key, value);
    return value;
  }

  /** Stores a value, forgetting the oldest entry first when the cache is full. */
  set(key: K, value: V): void {
    const entries = this.#entries;
    if (entries.size >= this.capacity && !entries.has(key)) entries.delete(entries.keys().next().value as K);
    entries.set(key, value);
  }
}
