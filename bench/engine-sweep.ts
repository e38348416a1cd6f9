/**
 * `npx tsx bench/engine-sweep.ts [--sizes 10000,20000,50000,100000] [--rounds R] [--repeats N] [--engines minisearch,compact] [--seed S]`
 *
 * Where MiniSearch stops serving: for each corpus size, the benchmark's synthetic corpus (same
 * generator and seed as `npm run bench`), each engine built in its own fresh process over its
 * paragraphs, then the benchmark's search query set timed through the `search` command (what a
 * user waits for) and through `searchTop` (the engine alone), `rounds` rounds after a warm-up round,
 * the whole repeated `repeats` times (each repeat a fresh process). Prints one JSON object: per size
 * and engine, every repeat's p50/p99 and the median of the repeats' p99.
 *
 * Records are not extracted (the search command does not read them): this measures the engines,
 * not extraction. Run it niced on a shared machine, and read the repeats' spread.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultDataDir } from '../src/app/paths.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import type { EngineName } from '../src/search/paragraph-engine.js';
import { runChild } from './child-process.js';
import type { SweepInput, SweepResult } from './engine-sweep-child.js';
import { writeSyntheticCorpus } from './synthetic-corpus.js';

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1]! : fallback;
}

const sizes = option('sizes', '10000,20000,50000,100000')
  .split(',')
  .map((s) => Number(s.replace(/_/gu, '')));
const rounds = Number(option('rounds', '5'));
const repeats = Number(option('repeats', '3'));
const seed = Number(option('seed', '1'));
const engines = option('engines', 'minisearch,compact').split(',') as EngineName[];
const say = (line: string) => process.stderr.write(`sweep: ${line}\n`);

const work = mkdtempSync(join(tmpdir(), 'sumber-sweep-'));
const results: Record<string, Record<string, unknown>> = {};
try {
  const seeds = loadCorpus(defaultDataDir).articles;
  for (const size of sizes) {
    const dataDir = join(work, `corpus-${size}`);
    const generated = writeSyntheticCorpus(seeds, { paragraphs: size, seed, dir: dataDir });
    say(`${generated.paragraphs} paragraphs generated`);
    results[size] = {};
    for (const engine of engines) {
      const runs: SweepResult[] = [];
      for (let r = 0; r < repeats; r++) {
        const run = runChild<SweepResult>('./engine-sweep-child.ts', { dataDir, engine, rounds } satisfies SweepInput, { heapMb: 8192, timeoutMs: 3_600_000 });
        if (!run.ok) throw new Error(`${engine} at ${size}: ${run.error}`);
        runs.push(run.result);
        say(
          `${size} ${engine} #${r + 1}: build ${run.result.build_ms} ms, search p50 ${run.result.search.p50_ms} p99 ${run.result.search.p99_ms} ms (slowest query's median ${run.result.search.worst_query_median_ms} ms), searchTop p99 ${run.result.searchTop.p99_ms} ms (${run.result.searchTop.worst_query_median_ms})`,
        );
      }
      const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
      results[size]![engine] = {
        paragraphs: runs[0]!.paragraphs,
        build_ms: median(runs.map((x) => x.build_ms)),
        search_p99_ms_median: median(runs.map((x) => x.search.p99_ms)),
        search_p50_ms_median: median(runs.map((x) => x.search.p50_ms)),
        searchTop_p99_ms_median: median(runs.map((x) => x.searchTop.p99_ms)),
        search_worst_query_median_ms: median(runs.map((x) => x.search.worst_query_median_ms)),
        runs,
      };
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
  process.stdout.write(`${JSON.stringify({ seed, rounds, repeats, sizes: results })}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
