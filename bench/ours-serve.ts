/**
 * Bench child: starts Sumber as a bot does, from the saved index (freshness check included),
 * then times commands on the fixed query set through the same path as every transport
 * (`executeCommand`). With `commands` absent: search, speaker autocomplete, the engine's fast
 * paths and resident memory; otherwise only the commands listed (the parent runs each
 * extraction-backed command in its own child, so that one too slow to finish can be stopped).
 * Commands not in the command table yet are reported missing.
 */
import type { CommandContext } from '../commands/command.js';
import { commands, isCommandName } from '../commands/index.js';
import { executeCommand } from '../src/app/execute-command.js';
import { warmUp } from '../src/app/warm-up.js';
import { createCorpusIndex } from '../src/corpus-index/create-corpus-index.js';
import { corpusFingerprint } from '../src/corpus-index/fingerprint.js';
import { loadIndex, readIndexManifest } from '../src/corpus-index/index-store.js';
import { indexDir, indexIdentity } from '../src/corpus-index/open-index.js';
import { childIo } from './child-process.js';
import { type Latency, measureLatency, residentMegabytes, settledMegabytes } from './latency.js';
import { AUTOCOMPLETE_PREFIXES, COMMAND_QUERIES, SEARCH_QUERIES } from './query-set.js';

export interface OursServeInput {
  readonly dataDir: string;
  readonly rounds: number;
  readonly commands?: readonly ('who-said' | 'timeline' | 'denials' | 'cite')[];
}

/** A command's latency, or why it was not measured. */
export type CommandFigure = (Latency & { readonly via?: string }) | { readonly missing: string };

export interface OursServeResult {
  /** Load-to-ready: the freshness check, loading, and the warm-up (`warmUp`). */
  readonly load_ms: number;
  /** The warm-up's part of `load_ms`. */
  readonly warm_up_ms: number;
  /** What hashing every corpus file takes (the freshness check does it only when file times changed). */
  readonly fingerprint_ms: number;
  /** Set when the analysis code changed between build and load (the index was loaded all the same). */
  readonly stale_analysis?: true;
  readonly rss_mb: number;
  readonly heap_mb: number;
  readonly external_mb: number;
  readonly commands: Record<string, CommandFigure>;
  /** The engine's fast paths measured directly, for commands that do not use them yet. */
  readonly primitives: Record<string, CommandFigure>;
}

const { input, reply } = childIo<OursServeInput>();
residentMegabytes(); // a collection first, so the load is timed from a quiet heap
// The work of `openCorpusIndex` on a fresh saved index, step by step: the freshness check (file
// times, or hashes when times changed), then loading. Done here rather than through
// `openCorpusIndex` so that an edit to the analysis code during a long benchmark (a shared
// working tree) is reported instead of silently turning the load into a rebuild.
const started = performance.now();
const saved = readIndexManifest(indexDir(input.dataDir));
const identity = indexIdentity(input.dataDir, saved);
const stale = saved === null ? 'no saved index' : (['format', 'corpus', 'analysis'] as const).find((key) => saved[key] !== identity[key]);
const loaded = loadIndex(indexDir(input.dataDir));
const index = createCorpusIndex(loaded.snapshot, loaded.engine);
// then, as every entry point does before taking interactions, the warm-up (counted in load-to-ready)
const warmed = warmUp(index);
const loadMs = Math.round(performance.now() - started);
if (stale === 'no saved index' || stale === 'format' || stale === 'corpus') throw new Error(`the saved index is not fresh (${stale})`);
const context: CommandContext = { index, locale: 'en' };

const figures: Record<string, CommandFigure> = {};
let primitives: Record<string, CommandFigure> = {};
if (input.commands === undefined) {
  figures.search = await measureLatency(SEARCH_QUERIES, (query) => executeCommand('search', { query }, context), input.rounds);
  figures.autocomplete = await measureAutocomplete();
  primitives = {
    'search (searchTop, limit 10)': await measureLatency(SEARCH_QUERIES, (query) => index.searchTop(query, { limit: 10 }), input.rounds),
    'topic filter (matchTopic)': await measureLatency(SEARCH_QUERIES, (query) => index.matchTopic(query), input.rounds),
    'speaker prefix (speakersByPrefix)': await measureLatency(AUTOCOMPLETE_PREFIXES, (prefix) => index.speakersByPrefix(prefix, 25), input.rounds),
  };
}
for (const name of input.commands ?? []) {
  if (!isCommandName(name)) {
    figures[name] = { missing: 'not in the command table yet' };
    continue;
  }
  const declared = new Set((commands[name].definition.options ?? []).map((o) => o.name));
  const queries = COMMAND_QUERIES[name].map((q) => Object.fromEntries(Object.entries(q).filter(([option]) => declared.has(option))));
  figures[name] = await measureLatency(queries, (options) => executeCommand(name, options, context), input.rounds);
}

async function measureAutocomplete(): Promise<CommandFigure> {
  const offers: readonly (readonly [string, string])[] = [
    ['who-said', 'speaker'],
    ['denials', 'party'],
  ];
  for (const [name, option] of offers) {
    if (!isCommandName(name)) continue;
    const complete = commands[name].autocomplete;
    if (!complete) continue;
    const figure = await measureLatency(AUTOCOMPLETE_PREFIXES, (prefix) => complete(option, prefix, context), input.rounds);
    return { ...figure, via: `${name} ${option}` };
  }
  return { missing: 'no command offers speaker autocomplete yet' };
}

const memory = input.commands === undefined ? await settledMegabytes() : residentMegabytes();
// The content hash of every article file, timed after the memory is measured: a start with a fresh
// index only compares file sizes and times, and reading every file here would leave the allocator
// holding pages that a serving bot never touches (24 MiB at 100,000 paragraphs).
const fingerprintStarted = performance.now();
corpusFingerprint(input.dataDir);
const fingerprintMs = Math.round(performance.now() - fingerprintStarted);
const result: OursServeResult = {
  load_ms: loadMs,
  warm_up_ms: warmed.ms,
  fingerprint_ms: fingerprintMs,
  ...memory,
  commands: figures,
  primitives,
  ...(stale === 'analysis' ? { stale_analysis: true as const } : {}),
};
reply(result);
