/** The answer of a cooldown: go ahead, or wait this long. */
export type CooldownDecision = { readonly ok: true } | { readonly ok: false; readonly retryAfterMs: number };

/**
 * A per-user rate limit: at most `max` actions in any `windowMs`. Memory is bounded: users whose
 * window has passed are forgotten, and beyond `maxUsers` the least recently seen go first.
 */
export class Cooldown {
  readonly #recent = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly maxUsers = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one action by `user` when allowed. */
  take(user: string): CooldownDecision {
    const now = this.now();
    const times = (this.#recent.get(user) ?? []).filter((t) => now - t < this.windowMs);
    this.#recent.delete(user);
    if (times.length >= this.max) {
      this.#recent.set(user, times);
      return { ok: false, retryAfterMs: this.windowMs - (now - (times[0] ?? now)) };
    }
    times.push(now);
    this.#recent.set(user, times);
    while (this.#recent.size > this.maxUsers) {
      const oldest = this.#recent.keys().next().value;
      if (oldest === undefined) break;
      this.#recent.delete(oldest);
    }
    return { ok: true };
  }
}
