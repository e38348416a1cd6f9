import type { CommandContext } from '../../commands/command.js';
import { type CommandName, commands } from '../../commands/index.js';
import type { CorpusIndex } from '../corpus-index/corpus-index.js';
import { glossaryWords } from '../language/glossary.js';
import { executeCommand } from './execute-command.js';

/** How a warm-up went: rounds run, calls made, and the time it took. */
export interface WarmUpReport {
  readonly rounds: number;
  readonly calls: number;
  readonly ms: number;
}

/** Rounds of the query set: V8 has settled its optimised code for the query loops after about this many. */
const DEFAULT_ROUNDS = 2;
/** A warm-up never holds start-up longer than this, whatever the corpus size. */
const DEFAULT_BUDGET_MS = 3_000;

type WarmQuery = readonly [CommandName, Readonly<Record<string, string>>];

/**
 * Runs every command a few times over queries made from the index's own vocabulary, speakers and
 * parties (never a fixed word list: any corpus works) before the first interaction is taken. Why:
 * V8 runs a function's first calls unoptimised, and throws optimised code away whenever a call
 * meets a kind of value it has not seen (a search with or without a paragraph filter, a word with
 * or without near spellings); on a large corpus the first queries of each kind were several times
 * slower than the later ones. Stops after `rounds` rounds or once `budgetMs` is spent; never throws
 * (a query that fails here would fail for a user too, and is reported there).
 */
export function warmUp(index: CorpusIndex, options: { readonly rounds?: number; readonly budgetMs?: number } = {}): WarmUpReport {
  const started = performance.now();
  const rounds = options.rounds ?? DEFAULT_ROUNDS;
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const context: CommandContext = { index, locale: 'en' };
  const queries = warmUpQueries(index);
  const completions = warmUpCompletions(index);
  let calls = 0;
  let round = 0;
  for (; round < rounds && performance.now() - started < budget; round++) {
    for (const [name, options] of queries) {
      try {
        executeCommand(name, options, context);
      } catch {
        // see above
      }
      calls++;
    }
    for (const [name, option, value] of completions) {
      try {
        commands[name].autocomplete?.(option, value, context);
      } catch {
        // see above
      }
      calls++;
    }
  }
  return { rounds: round, calls, ms: Math.round(performance.now() - started) };
}

/** The query set: common words alone and together (the costliest searches), a near spelling, a speaker, a party. */
export function warmUpQueries(index: CorpusIndex): WarmQuery[] {
  const vocabulary = index.commonTerms(50).filter((t) => /\p{L}/u.test(t));
  const common = vocabulary.slice(0, 6);
  const first = common[0];
  if (first === undefined) return [];
  const second = common[1] ?? first;
  const several = common.slice(0, 3).join(' ');
  // Concepts of several terms take other paths than single words: a word with a letter dropped
  // (its near spellings), and English words the glossary translates into common Indonesian ones.
  const long = vocabulary.find((t) => t.length >= 8);
  const misspelt = long ? `${long.slice(0, 2)}${long.slice(3)}` : several;
  const known = new Set(vocabulary);
  const english = glossaryWords()
    .filter(([, indonesian]) => indonesian.some((w) => known.has(w.toLowerCase())))
    .slice(0, 3)
    .map(([word]) => word)
    .join(' ');
  const translated = english || several;
  const speaker = lastWord(mostQuoted(index));
  const party = lastWord(mostRecords(index.recordsByName('denials'))?.name);
  const queries: WarmQuery[] = [
    ['search', { query: first }],
    ['search', { query: several }],
    ['search', { query: misspelt }],
    ['search', { query: translated }],
    ['who-said', { topic: first }],
    ['who-said', { topic: several }],
    ['who-said', { topic: misspelt }],
    ['who-said', { topic: translated }],
    ['timeline', {}],
    ['timeline', { topic: several }],
    ['timeline', { topic: translated }],
    ['denials', { topic: several }],
    ['denials', { topic: translated }],
    // /cite: a claim of common words (many candidate paragraphs to align), one naming a speaker, one in English.
    ['cite', { claim: several }],
    ['cite', { claim: `${speaker ?? first}: ${several} ${second}` }],
    ['cite', { claim: translated }],
  ];
  if (speaker) queries.push(['who-said', { speaker }], ['who-said', { speaker, topic: second }]);
  if (party) queries.push(['denials', { party }], ['denials', { party, topic: second }]);
  return queries;
}

/** Autocomplete as a user types a speaker's name. */
function warmUpCompletions(index: CorpusIndex): (readonly [CommandName, string, string])[] {
  const name = mostQuoted(index) ?? '';
  return [name.slice(0, 1), name.slice(0, 3)].flatMap((p) => [['who-said', 'speaker', p] as const, ['denials', 'party', p] as const]);
}

function mostQuoted(index: CorpusIndex): string | undefined {
  let best: { name: string; quotes: number } | undefined;
  for (const s of index.speakers) if (!best || s.quotes > best.quotes) best = s;
  return best?.name;
}

function mostRecords<T extends { readonly records: ArrayLike<number> }>(named: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const n of named) if (!best || n.records.length > best.records.length) best = n;
  return best;
}

function lastWord(name: string | null | undefined): string | undefined {
  return name
    ?.split(/\s+/u)
    .filter((w) => /\p{L}/u.test(w))
    .pop();
}
