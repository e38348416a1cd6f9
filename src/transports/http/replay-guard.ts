/**
 * Signed requests cannot be replayed: a valid signature proves Discord sent the request once, not
 * that it is sending it now. Discord's own libraries refuse a timestamp more than a few minutes
 * from now; within that window, an interaction id already seen is refused, so that a captured
 * request answered again cannot spend the user's cooldown or post a second reply.
 */

/** How far from now a request's signed timestamp may be, in seconds (Discord delivers within seconds). */
export const MAX_CLOCK_SKEW_S = 300;

/** True when a signed timestamp (seconds since the epoch, as sent) is within `MAX_CLOCK_SKEW_S` of `nowMs`. */
export function timestampIsCurrent(timestamp: string, nowMs: number): boolean {
  const seconds = Number(timestamp);
  return Number.isSafeInteger(seconds) && Math.abs(nowMs / 1000 - seconds) <= MAX_CLOCK_SKEW_S;
}

/**
 * Interaction ids seen within the window in which their request could still be accepted (twice the
 * skew: a timestamp up to the skew behind, then replayed up to the skew ahead), bounded in number:
 * past `max` ids the oldest are forgotten (by then their timestamps are long refused).
 */
export class SeenInteractions {
  readonly #expiries = new Map<string, number>();

  constructor(
    private readonly max = 100_000,
    private readonly ttlMs = 2 * MAX_CLOCK_SKEW_S * 1000,
  ) {}

  /** Records `id`; false when it was already seen and has not expired. */
  firstTime(id: string, nowMs: number): boolean {
    const expires = this.#expiries.get(id);
    if (expires !== undefined && expires > nowMs) return false;
    this.#expiries.delete(id);
    this.#expiries.set(id, nowMs + this.ttlMs);
    // insertion order is expiry order: drop from the front what has expired, or what is over the bound
    for (const [oldest, at] of this.#expiries) {
      if (at > nowMs && this.#expiries.size <= this.max) break;
      this.#expiries.delete(oldest);
    }
    return true;
  }

  get size(): number {
    return this.#expiries.size;
  }
}
