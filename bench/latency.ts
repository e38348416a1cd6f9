/** Latency figures of one operation over a query set, in milliseconds. */
export interface Latency {
  readonly p50_ms: number;
  readonly p99_ms: number;
  readonly max_ms: number;
  readonly samples: number;
  /** Set when the time budget ran out before every round was measured (the figures cover what was). */
  readonly truncated?: true;
}

/** The value at a percentile of sorted samples (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const round = (ms: number): number => Math.round(ms * 1000) / 1000;

/**
 * Runs `run` over every query `rounds` times, after one unmeasured round (the first call of a code
 * path compiles it, which is not what a running bot pays), and reports p50, p99 and the maximum.
 * A very slow operation stops once `budgetMs` is spent, so that one command cannot hold the
 * benchmark for hours: the figures then cover the calls made (the warm-up calls themselves when
 * not even those fit), and say so.
 */
export async function measureLatency<Q>(queries: readonly Q[], run: (query: Q) => unknown, rounds = 5, budgetMs = 120_000): Promise<Latency> {
  const started = performance.now();
  const timed = async (query: Q) => {
    const before = performance.now();
    await run(query);
    return performance.now() - before;
  };
  const warmUp: number[] = [];
  for (const query of queries) {
    warmUp.push(await timed(query));
    if (performance.now() - started > budgetMs) return summarize(warmUp, true);
  }
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const query of queries) {
      samples.push(await timed(query));
      if (performance.now() - started > budgetMs && samples.length < rounds * queries.length) return summarize(samples, true);
    }
  }
  return summarize(samples, false);
}

function summarize(samples: number[], truncated: boolean): Latency {
  samples.sort((a, b) => a - b);
  return {
    p50_ms: round(percentile(samples, 50)),
    p99_ms: round(percentile(samples, 99)),
    max_ms: round(samples.at(-1) ?? Number.NaN),
    samples: samples.length,
    ...(truncated ? { truncated: true as const } : {}),
  };
}

/**
 * Resident memory of a settled process, in MiB: after `idleMs` without work (V8's memory reducer
 * gives back the room it grew for loading, as it does in a bot between requests) and a full
 * garbage collection (when the process was started with --expose-gc).
 */
export async function settledMegabytes(idleMs = 15_000): Promise<{ rss_mb: number; heap_mb: number; external_mb: number }> {
  await new Promise((resolve) => setTimeout(resolve, idleMs));
  return residentMegabytes();
}

/** Resident memory after a full garbage collection (when the process was started with --expose-gc), in MiB. */
export function residentMegabytes(): { rss_mb: number; heap_mb: number; external_mb: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  const mb = (bytes: number) => Math.round(bytes / 1048576);
  return { rss_mb: mb(m.rss), heap_mb: mb(m.heapUsed), external_mb: mb(m.external) };
}
