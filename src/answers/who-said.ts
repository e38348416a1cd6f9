import type { CorpusIndex, RecordPlaces } from '../corpus-index/corpus-index.js';
import { holdsSorted } from '../corpus-index/sorted-lists.js';
import { organisationKey } from '../extract/quotes/speaker-identity.js';
import type { Quote } from '../extract/types.js';
import { foldText } from '../language/fold.js';
import { wordRuns } from '../language/tokenize.js';
import { correctNameWords, nameVocabulary } from './name-correction.js';
import { nameLookup, speakerNames } from './name-lookup.js';
import { affiliatedByKey, bodiesByKey, firstInCorpusOrder, firstOfInCorpusOrder, speakersContaining } from './quote-lookup.js';
import { byText } from './text-order.js';
import type { AnswerFor, AnswerNote, QuoteResult } from './types.js';

/** What `/who-said` filters by. */
export interface WhoSaidOptions {
  /** Words the quote's paragraph must match (the same analyzer and glossary as search). */
  readonly topic?: string | undefined;
  /** A speaker's name or part of it, any alias, accents and case ignored. */
  readonly speaker?: string | undefined;
  readonly limit: number;
}

const words = (text: string): string[] => wordRuns(foldText(text));

/**
 * Quotes and reported statements, with their speakers and citations. With a topic, the quotes whose
 * paragraph matches it, best paragraph first; with a speaker, only that speaker's quotes (any of
 * their names, any name of a joint statement); with neither, every quote in corpus order.
 */
export function whoSaid(index: CorpusIndex, options: WhoSaidOptions): AnswerFor<'who-said'> {
  const { limit } = options;
  const topic = options.topic?.trim() || undefined;
  const speaker = options.speaker?.trim() || undefined;
  const places = index.recordPlaces('quotes');
  const lookup = speaker === undefined ? null : findSpeaker(index, speaker);
  const candidates = lookup?.quotes ?? null;
  let ordered: number[];
  let total: number;
  // Set when no quote of the speaker sits in a paragraph about the topic, and their quotes in
  // articles about it are shown instead ("kontainer" is in the lede; the spokesman's words are below).
  let widened = false;
  if (topic === undefined) {
    ordered = candidates === null ? firstInCorpusOrder(index, limit) : firstOfInCorpusOrder(index, candidates, limit);
    total = candidates === null ? index.quotes.length : candidates.length;
  } else {
    const match = index.matchTopic(topic);
    if (candidates === null) {
      total = match.recordCount('quotes');
      ordered = total === 0 ? [] : byRelevance(index, topic, places.paragraphs, () => true, places, limit, match.hasId);
    } else {
      // ascending positions, so membership is a binary search
      const kept = candidates.filter((i) => match.hasId(places.paragraphIds[i]!));
      total = kept.length;
      const within = distinct(Uint32Array.from(kept, (i) => places.paragraphIds[i]!).sort());
      ordered = kept.length === 0 ? [] : byRelevance(index, topic, within, (i) => holdsSorted(kept, i), places, limit, match.hasId);
      if (kept.length === 0 && candidates.length > 0) {
        const inArticles = quotesInTopicArticles(index, candidates, match.hasId);
        if (inArticles.length > 0) {
          widened = true;
          total = inArticles.length;
          ordered = firstOfInCorpusOrder(index, inArticles, limit);
        }
      }
    }
  }
  const results: QuoteResult[] = ordered.map((i) => toResult(index, index.quotes[i]!));
  const topicPart = topic && (widened ? `topic "${topic}" (in the article, not the quote's paragraph)` : `topic "${topic}"`);
  const speakerPart = speaker && (lookup?.readAs ? `speaker "${speaker}" (nearest name: ${lookup.readAs})` : `speaker "${speaker}"`);
  const query = [topicPart, speakerPart].filter(Boolean).join(', ');
  // Suggest other speakers only when the speaker matched nobody; when the topic is what excluded
  // their quotes, suggest words for the topic instead (never the speaker just matched).
  const suggestions =
    total > 0
      ? []
      : candidates !== null && candidates.length === 0
        ? listSpeakers(index, '', 5).map((s) => s.name)
        : topic !== undefined
          ? index.suggest(topic)
          : [];
  const notes: AnswerNote[] = [];
  if (speaker && lookup?.readAs) notes.push({ kind: 'nearest-name', option: 'speaker', typed: speaker, name: lookup.readAs });
  if (topic && widened) notes.push({ kind: 'topic-in-article', topic });
  return { command: 'who-said', query, results, total, ...(suggestions.length > 0 ? { suggestions } : {}), ...(notes.length > 0 ? { notes } : {}) };
}

/**
 * The quotes a speaker option stands for; when its words match no name, the nearest names within
 * the typo allowance ("Kirbi" → Kirby), with `readAs` naming the speaker they found.
 */
export function findSpeaker(index: CorpusIndex, option: string): { quotes: Uint32Array; readAs: string | null } {
  const quotes = quotesOfSpeaker(index, option);
  if (quotes.length > 0) return { quotes, readAs: null };
  const names = index.recordsByName('quotes');
  const vocabulary = nameVocabulary(names, () => [
    ...names.map((n) => ({ words: n.words, weight: n.records.length })),
    ...index.speakers.flatMap((s) => s.aliases.map((a) => ({ words: words(a), weight: s.quotes }))),
  ]);
  const corrected = correctNameWords(words(option), vocabulary);
  if (corrected === null) return { quotes, readAs: null };
  const found = quotesOfSpeaker(index, corrected.join(' '));
  if (found.length === 0) return { quotes, readAs: null };
  const named = index.speakersMatching(corrected.join(' '), 1)[0]?.name ?? corrected.join(' ');
  return { quotes: found, readAs: named };
}

/**
 * Of some quote positions (ascending), those whose article has a paragraph matching the topic:
 * each article's paragraphs are looked at once (their ids are consecutive).
 */
function quotesInTopicArticles(index: CorpusIndex, positions: Uint32Array, matches: (paragraphId: number) => boolean): Uint32Array {
  const verdict = new Map<string, boolean>();
  const kept: number[] = [];
  for (const i of positions) {
    const article = index.quotes[i]!.article;
    let about = verdict.get(article);
    if (about === undefined) {
      about = false;
      const first = index.paragraphId(article, 1);
      for (let n = 1, id = first; id !== undefined; n++, id = index.paragraphId(article, n)) {
        if (matches(id)) {
          about = true;
          break;
        }
      }
      verdict.set(article, about);
    }
    if (about) kept.push(i);
  }
  return Uint32Array.from(kept);
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
    affiliations: q.affiliations ?? [],
    citation: index.citation(q.article, q.paragraph),
  };
}

/**
 * The best `limit` quotes for a topic: paragraphs ranked by the search engine among those holding a
 * candidate quote (`within`; the index's own list of quote paragraphs when every quote is a
 * candidate, which the engine has ready), then the candidates (`wanted`) of each paragraph in text
 * order. Each ranked paragraph holds at least one candidate, so `limit` paragraphs always give
 * `limit` quotes when there are that many.
 */
function byRelevance(
  index: CorpusIndex,
  topic: string,
  within: Uint32Array,
  wanted: (position: number) => boolean,
  places: RecordPlaces,
  limit: number,
  matches: (paragraphId: number) => boolean,
): number[] {
  let hits = index.searchTop(topic, { limit, within, count: false }).hits;
  // The ranking only ever holds matching paragraphs; should it not, rank among the matching ones alone.
  if (!hits.every((h) => matches(h.id))) hits = index.searchTop(topic, { limit, within: within.filter(matches), count: false }).hits;
  const out: number[] = [];
  for (const hit of hits) {
    const here = [...places.at(hit.id)].filter(wanted).sort((a, b) => index.quotes[a]!.start - index.quotes[b]!.start);
    for (const i of here) {
      if (out.length === limit) return out;
      out.push(i);
    }
  }
  return out;
}

/** An ascending list without repeats (in place). */
function distinct(list: Uint32Array): Uint32Array {
  let n = 0;
  for (let k = 0; k < list.length; k++) if (k === 0 || list[k] !== list[k - 1]) list[n++] = list[k]!;
  return list.subarray(0, n);
}

/**
 * Positions of the quotes a speaker option stands for: every speaker with a name or alias holding the
 * option's words in order (the last one may be the start of a word: "kir" finds Kirby), and speakers
 * that are the same body under another language's name ("AS" finds "United States").
 */
function quotesOfSpeaker(index: CorpusIndex, option: string): Uint32Array {
  const wanted = words(option);
  if (wanted.length === 0) return new Uint32Array(0);
  const names = new Set<string>();
  for (const s of index.speakersByPrefix(option, Number.POSITIVE_INFINITY)) names.add(speakerNames(s).folded);
  for (const s of bodiesByKey(index).get(organisationKey(option)) ?? []) names.add(speakerNames(s).folded);
  // "Rusia" also finds those who speak for it: Lavrov ("Menteri Luar Negeri Rusia"), Peskov, the Kremlin.
  for (const s of affiliatedByKey(index).get(organisationKey(option)) ?? []) names.add(speakerNames(s).folded);
  const lookup = nameLookup(index.recordsByName('quotes'));
  const groups = new Set<number>(lookup.holdingPrefix(wanted));
  for (const name of names) for (const n of lookup.withKey(name)) groups.add(n);
  let count = 0;
  for (const n of groups) count += lookup.names[n]!.records.length;
  const positions = new Uint32Array(count);
  count = 0;
  for (const n of groups) {
    positions.set(lookup.names[n]!.records, count);
    count += lookup.names[n]!.records.length;
  }
  // ascending, each once (a joint statement is filed under each of its speakers)
  return distinct(positions.sort());
}

/**
 * Speakers whose name or an alias starts with, or holds, `prefix` (accents and case ignored), most
 * quotes first, for autocomplete; with an empty prefix, the most quoted speakers.
 */
export function listSpeakers(index: CorpusIndex, prefix: string, limit = 25): { name: string; quotes: number }[] {
  const wanted = foldText(prefix);
  const found = new Map<string, number>();
  for (const s of index.speakersByPrefix(prefix, limit)) found.set(s.name, s.quotes);
  if (wanted !== '' && found.size < limit) {
    for (const i of speakersContaining(index, wanted)) {
      const s = index.speakers[i]!;
      if (!found.has(s.name)) found.set(s.name, s.quotes);
    }
  }
  return topByQuotes([...found], limit).map(([name, quotes]) => ({ name, quotes }));
}

/**
 * The first `limit` entries by quotes (most first), then name (`localeCompare`), then given order:
 * entries below the `limit`-th largest count cannot be among them, so only the rest are sorted.
 */
function topByQuotes(entries: [string, number][], limit: number): [string, number][] {
  let pool = entries;
  if (limit > 0 && entries.length > limit) {
    const threshold = Float64Array.from(entries, (e) => -e[1]).sort()[limit - 1]!;
    pool = entries.filter((e) => -e[1] <= threshold);
  }
  return pool.sort((a, b) => b[1] - a[1] || byText(a[0], b[0])).slice(0, limit);
}
