/**
 * `npm run bench -- [--paragraphs N] [--json] [--seed S] [--rounds R] [--skip-peers a,b] [--keep] [--dir DIR]`
 *
 * Generates a seeded synthetic corpus of N paragraphs (default 100,000), then, each in a fresh
 * process: builds and saves Sumber's index, loads it and times every command, and builds, saves,
 * loads and queries each peer library on the same clean paragraphs and queries. Prints a table,
 * or with --json one JSON object.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defaultDataDir } from '../src/app/paths.js';
import { INDEX_PROCESS_FLAGS } from '../src/corpus/index-time-tuning.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { ENGINE_NAMES, type EngineName } from '../src/search/paragraph-engine.js';
import { type BenchReport, formatReport, type PeerFigure, peerRatios } from './bench-report.js';
import { runChild } from './child-process.js';
import type { OursBuildInput, OursBuildResult } from './ours-build.js';
import type { OursServeInput, OursServeResult } from './ours-serve.js';
import type { PeerInput } from './peer-child.js';
import { PEER_NAMES, type PeerName } from './peers/create-peer.js';
import { writeSyntheticCorpus } from './synthetic-corpus.js';

export interface BenchOptions {
  readonly paragraphs: number;
  readonly json: boolean;
  readonly seed: number;
  readonly rounds: number;
  readonly skipPeers: readonly PeerName[];
  readonly keep: boolean;
  readonly dir: string | null;
  /** The engines of ours to measure: by default both up to 100,000 paragraphs, the compact one alone above. */
  readonly engines: readonly EngineName[] | null;
}

const USAGE =
  'usage: npm run bench -- [--paragraphs N] [--json] [--seed S] [--rounds R] [--engines compact,minisearch] [--skip-peers minisearch_default,flexsearch,orama] [--keep] [--dir DIR]';

/** Reads the command line; throws a message for the user on bad input. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const options = {
    paragraphs: 100_000,
    json: false,
    seed: 1,
    rounds: 10,
    skipPeers: [] as PeerName[],
    keep: false,
    dir: null as string | null,
    engines: null as EngineName[] | null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`run-bench: ${arg} needs a value`);
      return v;
    };
    const whole = (v: string, min: number) => {
      const n = Number(v.replace(/[_,]/gu, ''));
      if (!Number.isInteger(n) || n < min) throw new Error(`run-bench: ${arg} must be a whole number of at least ${min}`);
      return n;
    };
    if (arg === '--paragraphs') options.paragraphs = whole(value(), 100);
    else if (arg === '--seed') options.seed = whole(value(), 0);
    else if (arg === '--rounds') options.rounds = whole(value(), 1);
    else if (arg === '--json') options.json = true;
    else if (arg === '--keep') options.keep = true;
    else if (arg === '--dir') options.dir = resolve(value());
    else if (arg === '--engines') {
      options.engines = [];
      for (const name of value().split(',').filter(Boolean)) {
        if (!(ENGINE_NAMES as readonly string[]).includes(name)) throw new Error(`run-bench: unknown engine ${name} (engines: ${ENGINE_NAMES.join(', ')})`);
        options.engines.push(name as EngineName);
      }
      if (options.engines.length === 0) throw new Error('run-bench: --engines needs at least one engine');
    } else if (arg === '--skip-peers') {
      for (const name of value().split(',').filter(Boolean)) {
        if (!(PEER_NAMES as readonly string[]).includes(name)) throw new Error(`run-bench: unknown peer ${name} (peers: ${PEER_NAMES.join(', ')})`);
        options.skipPeers.push(name as PeerName);
      }
    } else throw new Error(`run-bench: unknown argument ${arg}`);
  }
  return options;
}

/** Runs the whole benchmark; progress goes to stderr. */
export function runBench(options: BenchOptions): BenchReport {
  const work = options.dir ?? mkdtempSync(join(tmpdir(), 'sumber-bench-'));
  mkdirSync(work, { recursive: true });
  const say = (line: string) => process.stderr.write(`bench: ${line}\n`);
  try {
    const dataDir = join(work, 'corpus');
    rmSync(dataDir, { recursive: true, force: true });
    const generated = writeSyntheticCorpus(loadCorpus(defaultDataDir).articles, { paragraphs: options.paragraphs, seed: options.seed, dir: dataDir });
    say(`generated ${generated.paragraphs} paragraphs in ${generated.articles} articles (${Math.round(generated.bytes / 1048576)} MiB) in ${dataDir}`);
    // Heap room grows with the corpus: about 4 KiB per paragraph covers cleaning, extraction and indexing at once.
    const heapMb = Math.max(4096, Math.ceil(options.paragraphs / 250));
    const hour = 3_600_000;
    const paragraphsFile = join(work, 'paragraphs.jsonl');

    // Each engine of ours in turn (the compact one last, so that its saved index is the one left for --keep).
    const engineNames = (options.engines ?? (options.paragraphs <= 100_000 ? ['minisearch', 'compact'] : ['compact'])) as readonly EngineName[];
    const measured: Partial<Record<EngineName, { built: OursBuildResult; ours: OursServeResult }>> = {};
    for (const engine of [...engineNames].sort((a, b) => (a === 'compact' ? 1 : 0) - (b === 'compact' ? 1 : 0))) {
      say(`building Sumber’s index on the ${engine} engine (clean, extract, index, save)…`);
      // run as `npm run index` runs, with its flags
      const built = runChild<OursBuildResult>('./ours-build.ts', { dataDir, paragraphsFile, engine } satisfies OursBuildInput, {
        heapMb,
        timeoutMs: 2 * hour,
        nodeFlags: INDEX_PROCESS_FLAGS,
      });
      if (!built.ok) throw new Error(`run-bench: Sumber's build (${engine}) failed: ${built.error}`);
      say(`built in ${built.result.build_ms} ms; loading it and timing the commands…`);
      const served = runChild<OursServeResult>('./ours-serve.ts', { dataDir, rounds: options.rounds } satisfies OursServeInput, { heapMb, timeoutMs: hour });
      if (!served.ok) throw new Error(`run-bench: Sumber's serving run (${engine}) failed: ${served.error}`);
      const ours = served.result;
      for (const command of ['who-said', 'timeline', 'denials', 'cite'] as const) {
        say(`timing ${command} (${engine})…`);
        // A command whose single call outlasts the time budget is stopped with its process.
        const timeoutMs = 10 * 60_000;
        const run = runChild<OursServeResult>('./ours-serve.ts', { dataDir, rounds: options.rounds, commands: [command] } satisfies OursServeInput, {
          heapMb,
          timeoutMs,
        });
        ours.commands[command] = run.ok
          ? run.result.commands[command]!
          : { missing: `stopped: ${run.error} (limit ${timeoutMs / 60_000} minutes, index load included)` };
      }
      measured[engine] = { built: built.result, ours };
    }
    // the report's main figures are the compact engine's when it ran (the one used at scale), else the first's
    const main = measured.compact ?? measured[engineNames[0]!]!;
    const ours = main.ours;
    const built = { result: main.built };

    const peers: Partial<Record<PeerName, PeerFigure>> = {};
    for (const peer of PEER_NAMES) {
      if (options.skipPeers.includes(peer)) {
        peers[peer] = { skipped: 'skipped by --skip-peers' };
        continue;
      }
      say(`peer ${peer}: building and saving…`);
      const dir = join(work, `peer-${peer}`);
      const input = { peer, paragraphsFile, dir, rounds: options.rounds };
      const peerHeap = Math.max(8192, Math.ceil(options.paragraphs / 100));
      const build = runChild<{ build_ms: number; index_bytes: number; save_error: string | null }>(
        './peer-child.ts',
        { ...input, mode: 'build' } satisfies PeerInput,
        { heapMb: peerHeap, timeoutMs: 2 * hour },
      );
      if (!build.ok || build.result.save_error) {
        peers[peer] = { skipped: `build or save failed: ${build.ok ? build.result.save_error : build.error}` };
        continue;
      }
      say(`peer ${peer}: loading and querying…`);
      const serve = runChild<{ load_ms: number; rss_mb: number; p50_ms: number; p99_ms: number }>(
        './peer-child.ts',
        { ...input, mode: 'serve' } satisfies PeerInput,
        { heapMb: peerHeap, timeoutMs: hour },
      );
      rmSync(dir, { recursive: true, force: true });
      if (!serve.ok) {
        peers[peer] = { skipped: `load or search failed: ${serve.error}` };
        continue;
      }
      const figure = { build_ms: build.result.build_ms, index_bytes: build.result.index_bytes, ...serve.result };
      peers[peer] = {
        build_ms: figure.build_ms,
        load_ms: figure.load_ms,
        rss_mb: figure.rss_mb,
        p50_ms: figure.p50_ms,
        p99_ms: figure.p99_ms,
        index_bytes: figure.index_bytes,
        ratios: peerRatios(figure, ours.commands.search, ours.load_ms, ours.rss_mb),
      };
    }

    const b = built.result;
    return {
      paragraphs: b.paragraphs,
      build_ms: b.build_ms,
      load_ms: ours.load_ms,
      index_bytes: b.index_bytes,
      rss_mb: ours.rss_mb,
      commands: ours.commands,
      engine: measured.compact ? 'compact' : engineNames[0]!,
      engines: Object.fromEntries(
        Object.entries(measured).map(([name, m]) => [
          name,
          {
            build_ms: m.built.build_ms,
            build_paragraphs_per_s: Math.round(m.built.paragraphs / (m.built.build_ms / 1000)),
            index_ms: m.built.stages_ms.index,
            load_ms: m.ours.load_ms,
            index_bytes: m.built.index_bytes,
            rss_mb: m.ours.rss_mb,
            commands: m.ours.commands,
            primitives: m.ours.primitives,
          },
        ]),
      ),
      peers,
      details: {
        articles: b.articles,
        terms: b.terms,
        postings: b.postings,
        records: b.records,
        build_stages_ms: b.stages_ms,
        build_paragraphs_per_s: Math.round(b.paragraphs / (b.build_ms / 1000)),
        fingerprint_ms: ours.fingerprint_ms,
        warm_up_ms: ours.warm_up_ms,
        ...(ours.stale_analysis ? { stale_analysis: true as const } : {}),
        heap_mb: ours.heap_mb,
        external_mb: ours.external_mb,
        primitives: ours.primitives,
        cores: availableParallelism(),
        node: process.versions.node,
      },
    };
  } finally {
    if (!options.keep) rmSync(work, { recursive: true, force: true });
    else say(`kept ${work}`);
  }
}

function main(): number {
  let options: BenchOptions;
  try {
    options = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  try {
    const report = runBench(options);
    process.stdout.write(options.json ? `${JSON.stringify(report)}\n` : formatReport(report));
    return 0;
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n`);
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) process.exitCode = main();
