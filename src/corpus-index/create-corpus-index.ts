import type { ArticleMeta, Citation, CorpusProblem } from '../corpus/types.js';
import type { Extractions } from '../extract/types.js';
import type { ParagraphCounts, ParagraphEngine } from '../search/paragraph-engine.js';
import type { CorpusIndex, RecordKind, TopicMatch } from './corpus-index.js';
import type { ParagraphStore } from './paragraph-store.js';
import { recordPlaces, recordsByName } from './record-places.js';
import { SpeakerDirectory } from './speaker-directory.js';

/** What is saved and loaded besides the search engine: metadata, paragraphs and extraction records. */
export interface IndexSnapshot extends Extractions {
  readonly articles: readonly ArticleMeta[];
  readonly paragraphs: ParagraphStore;
  readonly problems: readonly CorpusProblem[];
}

/** Wraps a snapshot and its search engine in the `CorpusIndex` that answers read. */
export function createCorpusIndex(snapshot: IndexSnapshot, engine: ParagraphEngine): CorpusIndex {
  const articles = new Map(snapshot.articles.map((a) => [a.article, a]));
  const store = snapshot.paragraphs;
  const places = { quotes: recordPlaces(snapshot.quotes, store), events: recordPlaces(snapshot.events, store), denials: recordPlaces(snapshot.denials, store) };
  const named = {
    quotes: recordsByName(snapshot.quotes, (q) => (q.speakers.length > 0 ? q.speakers : [q.speaker])),
    denials: recordsByName(snapshot.denials, (d) => [d.party]),
  };
  const directory = new SpeakerDirectory(snapshot.speakers);
  const planes = new Map<RecordKind, ParagraphCounts>();
  // how many records of a kind each paragraph holds, laid out for counting a topic's records at once
  const countPlanes = (kind: RecordKind): ParagraphCounts => {
    let found = planes.get(kind);
    if (!found) {
      const counts = new Uint32Array(store.size);
      for (const id of places[kind].paragraphIds) counts[id] = counts[id]! + 1;
      planes.set(kind, (found = engine.counts((id) => counts[id] ?? 0)));
    }
    return found;
  };
  const paragraph = (article: string, number: number) => {
    const id = store.idOf(article, number);
    return id === undefined ? undefined : store.get(id);
  };
  return {
    articles: snapshot.articles,
    problems: snapshot.problems,
    quotes: snapshot.quotes,
    speakers: snapshot.speakers,
    events: snapshot.events,
    denials: snapshot.denials,
    article: (id) => articles.get(id),
    paragraph,
    citation(article, number): Citation {
      const meta = articles.get(article);
      if (!meta || store.idOf(article, number) === undefined) throw new Error(`citation: no paragraph ${number} in ${article}`);
      return {
        article,
        outlet: meta.outlet,
        published: meta.published,
        approximate: meta.approximate,
        title: meta.title,
        url: meta.url,
        paragraph: number,
      };
    },
    suggest: (query) => engine.suggest(query, (id) => store.textOf(id)),
    commonTerms: (limit) => engine.commonTerms(limit),
    paragraphCount: store.size,
    paragraphId: (article, number) => store.idOf(article, number),
    paragraphAt: (id) => store.get(id),
    searchTop(query, { limit, within, count }) {
      const found = engine.topAndCount(query, limit, within, count ?? true);
      return {
        hits: found.hits.map(({ id, score }) => ({ id, paragraph: store.get(id), score })),
        total: found.total,
        concepts: found.concepts,
        required: found.required,
      };
    },
    matchTopic(topic): TopicMatch {
      const matches = engine.matches(topic);
      return {
        size: matches.size,
        hasId: (id) => matches.has(id),
        recordCount: (kind) => matches.sum(countPlanes(kind)),
      };
    },
    recordPlaces: (kind) => places[kind],
    recordsByName: (kind) => named[kind],
    speakersByPrefix: (prefix, limit) => directory.byPrefix(prefix, limit),
    speakersMatching: (name, limit) => directory.matching(name, limit),
  };
}
