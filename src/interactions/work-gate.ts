/**
 * A global cap on interactions being worked on at once. Answers run on the event loop, so the cap
 * bounds the queue of pending work (and memory) rather than parallelism: past it, users are told to
 * retry instead of waiting behind everyone else. `close` stops admissions for a graceful shutdown.
 */
export class WorkGate {
  #active = 0;
  #closed = false;
  #waiters: (() => void)[] = [];

  constructor(private readonly limit: number) {}

  /** Takes a slot; false when the gate is full or closed. */
  tryEnter(): boolean {
    if (this.#closed || this.#active >= this.limit) return false;
    this.#active++;
    return true;
  }

  leave(): void {
    this.#active = Math.max(0, this.#active - 1);
    if (this.#active === 0) for (const wake of this.#waiters.splice(0)) wake();
  }

  get active(): number {
    return this.#active;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Admits nothing more; resolves once the work in progress has finished. */
  close(): Promise<void> {
    this.#closed = true;
    if (this.#active === 0) return Promise.resolve();
    return new Promise((resolve) => this.#waiters.push(resolve));
  }
}
