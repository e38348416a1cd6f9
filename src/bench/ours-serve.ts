/**
 * Bench child: starts Sumber as a bot does, from the saved index (freshness check included),
 * then times every command on the fixed query set through the same path as every transport
 * (`executeCommand`), and speaker autocomplete. Commands not in the command table yet are
 * reported missing.
 */
import type { CommandContext } from '../../commands/command.js';
import { commands, isCommandName } from '../../commands/index.js';
import { executeCommand } from '../app/execute-command.js';
import { corpusFingerprint } from '../search/fingerprint.js';
import { openCorpusIndex } from '../search/open-index.js';
import { childIo } from './child-process.js';
import { type Latency, measureLatency, residentMegabytes } from './latency.js';
import { AUTOCOMPLETE_PREFIXES, COMMAND_QUERIES, SEARCH_QUERIES } from './query-set.js';

export interface OursServeInput {
  readonly dataDir: string;
  readonly rounds: number;
}

/** A command's latency, or why it was not measured. */
export type CommandFigure = (Latency & { readonly via?: string }) | { readonly missing: string };

export interface OursServeResult {
  readonly load_ms: number;
  /** Part of load_ms spent hashing the corpus files for the freshness check. */
  readonly fingerprint_ms: number;
  readonly rss_mb: number;
  readonly heap_mb: number;
  readonly external_mb: number;
  readonly commands: Record<string, CommandFigure>;
  /** The engine's fast paths measured directly, for commands that do not use them yet. */
  readonly primitives: Record<string, CommandFigure>;
}

const { input, reply } = childIo<OursServeInput>();
residentMegabytes(); // a collection first, so the load is timed from a quiet heap
const started = performance.now();
const opened = openCorpusIndex(input.dataDir, { write: false });
const loadMs = Math.round(performance.now() - started);
if (opened.status !== 'loaded') throw new Error(`the saved index was not used: ${opened.reason}`);
const fingerprintStarted = performance.now();
corpusFingerprint(input.dataDir);
const fingerprintMs = Math.round(performance.now() - fingerprintStarted);
const context: CommandContext = { index: opened.index, locale: 'en' };
const { index } = opened;

const figures: Record<string, CommandFigure> = {};
figures.search = await measureLatency(SEARCH_QUERIES, (query) => executeCommand('search', { query }, context), input.rounds);
for (const name of ['who-said', 'timeline', 'denials'] as const) {
  if (!isCommandName(name)) {
    figures[name] = { missing: 'not in the command table yet' };
    continue;
  }
  const declared = new Set((commands[name].definition.options ?? []).map((o) => o.name));
  const queries = COMMAND_QUERIES[name].map((q) => Object.fromEntries(Object.entries(q).filter(([option]) => declared.has(option))));
  figures[name] = await measureLatency(queries, (options) => executeCommand(name, options, context), input.rounds);
}
figures.autocomplete = await measureAutocomplete();

const primitives: Record<string, CommandFigure> = {
  'search (searchTop, limit 10)': await measureLatency(SEARCH_QUERIES, (query) => index.searchTop(query, { limit: 10 }), input.rounds),
  'topic filter (matchTopic)': await measureLatency(SEARCH_QUERIES, (query) => index.matchTopic(query), input.rounds),
  'speaker prefix (speakersByPrefix)': await measureLatency(AUTOCOMPLETE_PREFIXES, (prefix) => index.speakersByPrefix(prefix, 25), input.rounds),
};

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

const memory = residentMegabytes();
const result: OursServeResult = { load_ms: loadMs, fingerprint_ms: fingerprintMs, ...memory, commands: figures, primitives };
reply(result);
