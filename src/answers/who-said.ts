import type { Quote } from '../extract/types.js';
import { organisationKey } from '../extract/quotes/speaker-identity.js';
import { foldText } from '../language/fold.js';
import type { CorpusIndex } from '../search/corpus-index.js';
import type { AnswerFor, QuoteResult } from './types.js';

/** What `/who-said` filters by. */
export interface WhoSaidOptions {
  /** Words the quote's paragraph must match (the same analyzer and glossary as search). */
  readonly topic?: string | undefined;
  /** A speaker's name or part of it, any alias, accents and case ignored. */
  readonly speaker?: string | undefined;
  readonly limit?: number | undefined;
}

const DEFAULT_LIMIT = 10;
const WORDS = /[\p{L}\p{N}]+/gu;
const words = (text: string): string[] => foldText(text).match(WORDS) ?? [];

/**
 * Quotes and reported statements, with their speakers and citations. With a topic, the quotes whose
 * paragraph matches it, best paragraph first; with a speaker, only that speaker's quotes (any of
 * their names, any name of a joint statement); with neither, every quote in corpus order.
 */
export function whoSaid(index: CorpusIndex, options: WhoSaidOptions): AnswerFor<'who-said'> {
  const limit = options.limit ?? DEFAULT_LIMIT;
  const topic = options.topic?.trim() || undefined;
  const speaker = options.speaker?.trim() || undefined;
  const places = index.recordPlaces('quotes');
  let candidates = speaker === undefined ? null : quotesOfSpeaker(index, speaker);
  let ordered: number[];
  let total: number;
  if (topic === undefined) {
    const all = candidates ?? Array.from(index.quotes.keys());
    ordered = corpusOrder(index, all, places.paragraphIds).slice(0, limit);
    total = all.length;
  } else {
    const match = index.matchTopic(topic);
    candidates = (candidates ?? Array.from(index.quotes.keys())).filter((i) => match.hasId(places.paragraphIds[i]!));
    total = candidates.length;
    ordered = byRelevance(index, topic, candidates, places, limit);
  }
  const results: QuoteResult[] = ordered.map((i) => toResult(index, index.quotes[i]!));
  const query = [topic && `topic "${topic}"`, speaker && `speaker "${speaker}"`].filter(Boolean).join(', ');
  const suggestions =
    total > 0 ? [] : speaker !== undefined ? listSpeakers(index, '', 5).map((s) => s.name) : topic !== undefined ? index.suggest(topic) : [];
  return { command: 'who-said', query, results, total, ...(suggestions.length > 0 ? { suggestions } : {}) };
}

function toResult(index: CorpusIndex, q: Quote): QuoteResult {
  return {
    speaker: q.speaker,
    role: q.role,
    speakers: q.speakers,
    quote: q.quote,
    direct: q.direct,
    fragment: q.fragment,
    via: q.via,
    citation: index.citation(q.article, q.paragraph),
  };
}

/** Article order, paragraph, then offset in the paragraph. */
function corpusOrder(index: CorpusIndex, positions: readonly number[], paragraphIds: Uint32Array): number[] {
  return [...positions].sort((a, b) => paragraphIds[a]! - paragraphIds[b]! || index.quotes[a]!.start - index.quotes[b]!.start || a - b);
}

/**
 * The best `limit` quotes for a topic: paragraphs ranked by the search engine among those holding a
 * candidate quote, then the candidates of each paragraph in text order. Each ranked paragraph holds
 * at least one candidate, so `limit` paragraphs always give `limit` quotes when there are that many.
 */
function byRelevance(index: CorpusIndex, topic: string, candidates: readonly number[], places: ReturnType<CorpusIndex['recordPlaces']>, limit: number): number[] {
  if (candidates.length === 0) return [];
  const wanted = new Set(candidates);
  const within = Uint32Array.from(new Set(candidates.map((i) => places.paragraphIds[i]!))).sort();
  const out: number[] = [];
  for (const hit of index.searchTop(topic, { limit, within }).hits) {
    const here = [...places.at(hit.id)].filter((i) => wanted.has(i)).sort((a, b) => index.quotes[a]!.start - index.quotes[b]!.start);
    for (const i of here) {
      if (out.length === limit) return out;
      out.push(i);
    }
  }
  return out;
}

/**
 * Positions of the quotes a speaker option stands for: every speaker with a name or alias holding the
 * option's words in order (the last one may be the start of a word: "kir" finds Kirby), and speakers
 * that are the same body under another language's name ("AS" finds "United States").
 */
function quotesOfSpeaker(index: CorpusIndex, option: string): number[] {
  const wanted = words(option);
  if (wanted.length === 0) return [];
  const key = organisationKey(option);
  const names = new Set<string>();
  for (const s of index.speakers) {
    const forms = [s.name, ...s.aliases];
    if (forms.some((f) => holdsWords(words(f), wanted)) || (s.kind !== 'person' && forms.some((f) => organisationKey(f) === key))) names.add(foldText(s.name));
  }
  const positions = new Set<number>();
  for (const named of index.recordsByName('quotes')) {
    if (names.has(named.words.join(' ')) || names.has(foldText(named.name)) || holdsWords(named.words, wanted)) for (const i of named.records) positions.add(i);
  }
  return [...positions];
}

/** True when `wanted` stands in `field` as consecutive words, the last of which may be a word's start. */
function holdsWords(field: readonly string[], wanted: readonly string[]): boolean {
  for (let i = 0; i + wanted.length <= field.length; i++) {
    if (wanted.every((w, j) => (j === wanted.length - 1 ? field[i + j]!.startsWith(w) : field[i + j] === w))) return true;
  }
  return false;
}

/** Discord's longest autocomplete name. */
const MAX_CHOICE_LENGTH = 100;

/**
 * Speakers whose name or an alias starts with, or holds, `prefix` (accents and case ignored), most
 * quotes first, for autocomplete; with an empty prefix, the most quoted speakers.
 */
export function listSpeakers(index: CorpusIndex, prefix: string, limit = 25): { name: string; quotes: number }[] {
  const wanted = foldText(prefix);
  const found = new Map<string, number>();
  for (const s of index.speakersByPrefix(prefix, limit)) found.set(s.name, s.quotes);
  if (wanted !== '' && found.size < limit) {
    for (const s of index.speakers) {
      if (found.has(s.name)) continue;
      if ([s.name, ...s.aliases].some((n) => foldText(n).includes(wanted))) found.set(s.name, s.quotes);
    }
  }
  return [...found]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([name, quotes]) => ({ name: name.slice(0, MAX_CHOICE_LENGTH), quotes }));
}
