/** Latency figures of one operation over a query set, in milliseconds. */
export interface Latency {
  readonly p50_ms: number;
  readonly p99_ms: number;
  readonly max_ms: number;
  readonly samples: number;
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
 */
export async function measureLatency<Q>(queries: readonly Q[], run: (query: Q) => unknown, rounds = 5): Promise<Latency> {
  for (const query of queries) await run(query);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const query of queries) {
      const started = performance.now();
      await run(query);
      samples.push(performance.now() - started);
    }
  }
  samples.sort((a, b) => a - b);
  return { p50_ms: round(percentile(samples, 50)), p99_ms: round(percentile(samples, 99)), max_ms: round(samples.at(-1) ?? Number.NaN), samples: samples.length };
}

/** Resident memory after a full garbage collection (when the process was started with --expose-gc), in MiB. */
export function residentMegabytes(): { rss_mb: number; heap_mb: number; external_mb: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  const mb = (bytes: number) => Math.round(bytes / 1048576);
  return { rss_mb: mb(m.rss), heap_mb: mb(m.heapUsed), external_mb: mb(m.external + m.arrayBuffers) };
}
