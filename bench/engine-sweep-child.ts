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

export interface SweepResult {
  readonly paragraphs: number;
  readonly build_ms: number;
  readonly search: Latency;
  readonly searchTop: Latency;
}

const { input, reply } = childIo<SweepInput>();
const corpus = loadCorpus(input.dataDir);
const started = performance.now();
const built = buildIndex(corpus, undefined, () => () => ({ quotes: [], speakers: [], events: [], denials: [] }), input.engine);
const buildMs = Math.round(performance.now() - started);
const index = createCorpusIndex(built.snapshot, built.engine);
const context: CommandContext = { index, locale: 'en' };
const search = await measureLatency(SEARCH_QUERIES, (query) => executeCommand('search', { query }, context), input.rounds);
const searchTop = await measureLatency(SEARCH_QUERIES, (query) => index.searchTop(query, { limit: 10 }), input.rounds);
reply({ paragraphs: built.snapshot.paragraphs.size, build_ms: buildMs, search, searchTop } satisfies SweepResult);
