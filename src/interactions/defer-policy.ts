/** Decides whether an HTTP interaction is answered at once (type 4/7) or deferred (type 5/6) and followed up. */
export interface DeferPolicy {
  shouldDefer(command: string): boolean;
  record(command: string, elapsedMs: number): void;
}

/**
 * Defers a command once its recent answers took longer than `thresholdMs` (a moving average per
 * command). Answers run synchronously, so the only way to keep within Discord's 3 seconds is to
 * predict: a command that was slow is deferred next time, and one that became fast again is not.
 */
export class LatencyDeferPolicy implements DeferPolicy {
  readonly #average = new Map<string, number>();

  constructor(private readonly thresholdMs = 1_500) {}

  shouldDefer(command: string): boolean {
    return (this.#average.get(command) ?? 0) > this.thresholdMs;
  }

  record(command: string, elapsedMs: number): void {
    const previous = this.#average.get(command);
    this.#average.set(command, previous === undefined ? elapsedMs : previous * 0.7 + elapsedMs * 0.3);
  }
}
