/**
 * One measurement of `engine-sweep.ts`, in its own process: builds one engine over a synthetic
 * corpus (no extraction: the search command does not read records), then times the benchmark's
 * search queries through the `search` command and through `searchTop`.
 */
import type { CommandContext } from '../commands/command.js';
import { executeCommand } from '../src/app/execute-command.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { buildIndex } from '../src/corpus-index/build-index.js';
import { createCorpusIndex } from '../src/corpus-index/create-corpus-index.js';
import type { EngineName } from '../src/search/paragraph-engine.js';
import { childIo } from './child-process.js';
import { type Latency, measureLatency } from './latency.js';
import { SEARCH_QUERIES } from './query-set.js';

export interface SweepInput {
  readonly dataDir: string;
  readonly engine: EngineName;
  readonly rounds: number;
}

/** Latency over the query set, and the slowest query's median over the rounds (see `timeQueries`). */
export type SweepLatency = Latency & { readonly worst_query_median_ms: number; readonly worst_query: string };

export interface SweepResult {
  readonly paragraphs: number;
  readonly build_ms: number;
  readonly search: SweepLatency;
  readonly searchTop: SweepLatency;
}

/**
 * p50/p99 over every call (as the benchmark gives them), and the slowest query's median over the
 * rounds. With 21 queries the p99 is the slowest query when the machine is quiet; on a shared,
 * loaded machine it is rather the worst scheduling hiccup of the run (the compact engine's p99
 * then reads 30-60 ms at 10,000 paragraphs, ten times its quiet figure), while a query's median
 * over rounds stays its own cost.
 */
async function timeQueries(queries: readonly string[], run: (query: string) => unknown, rounds: number): Promise<SweepLatency> {
  const summary = await measureLatency(queries, run, rounds);
  const perQuery = queries.map((query) => {
    const times: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const before = performance.now();
      run(query);
      times.push(performance.now() - before);
    }
    return { query, median: times.sort((a, b) => a - b)[Math.floor(times.length / 2)]! };
  });
  const worst = perQuery.reduce((a, b) => (b.median > a.median ? b : a));
  return { ...summary, worst_query_median_ms: Math.round(worst.median * 1000) / 1000, worst_query: worst.query };
}

const { input, reply } = childIo<SweepInput>();
const corpus = loadCorpus(input.dataDir);
const started = performance.now();
const built = buildIndex(corpus, undefined, () => () => ({ quotes: [], speakers: [], events: [], denials: [] }), input.engine);
const buildMs = Math.round(performance.now() - started);
const index = createCorpusIndex(built.snapshot, built.engine);
const context: CommandContext = { index, locale: 'en' };
const search = await timeQueries(SEARCH_QUERIES, (query) => executeCommand('search', { query }, context), input.rounds);
const searchTop = await timeQueries(SEARCH_QUERIES, (query) => index.searchTop(query, { limit: 10 }), input.rounds);
reply({ paragraphs: built.snapshot.paragraphs.size, build_ms: buildMs, search, searchTop } satisfies SweepResult);
