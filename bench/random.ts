/** A seeded pseudo-random generator (mulberry32): the same seed gives the same corpus on every machine. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.below(max - min + 1);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.below(items.length)]!;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /**
   * A rank from an unbounded Zipf-like law with exponent `s` > 1: rank r has probability about
   * proportional to r^-s. Draws keep finding new ranks at a rate that falls as more are drawn,
   * which is how the vocabulary of real text grows (Heaps' law).
   */
  zipf(s: number): number {
    return Math.floor((1 - this.next()) ** (-1 / (s - 1))) - 1;
  }
}
