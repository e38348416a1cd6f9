import type MiniSearch from 'minisearch';
import type { ArticleMeta, Citation, CorpusProblem, Paragraph } from '../corpus/types.js';
import { type CorpusIndex, type Extractions, paragraphKey } from './corpus-index.js';
import { type IndexedParagraph, searchParagraphIds } from './paragraph-search.js';
import { suggestWords } from './suggest.js';

/** What is saved and loaded: everything but the MiniSearch index itself. */
export interface IndexSnapshot extends Extractions {
  readonly articles: readonly ArticleMeta[];
  readonly paragraphs: readonly Paragraph[];
  readonly problems: readonly CorpusProblem[];
}

/** Wraps a snapshot and its paragraph index in the `CorpusIndex` that answers read. */
export function createCorpusIndex(snapshot: IndexSnapshot, miniSearch: MiniSearch<IndexedParagraph>): CorpusIndex {
  const articles = new Map(snapshot.articles.map((a) => [a.article, a]));
  const paragraphIds = new Map(snapshot.paragraphs.map((p, id) => [paragraphKey(p.article, p.number), id]));
  const paragraph = (article: string, number: number) => {
    const id = paragraphIds.get(paragraphKey(article, number));
    return id === undefined ? undefined : snapshot.paragraphs[id];
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
      if (!meta || !paragraph(article, number)) throw new Error(`citation: no paragraph ${number} in ${article}`);
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
    searchParagraphs(query, options = {}) {
      const hits = searchParagraphIds(miniSearch, query);
      const limited = options.limit === undefined ? hits : hits.slice(0, options.limit);
      return limited.map(({ id, score }) => ({ paragraph: snapshot.paragraphs[id]!, score }));
    },
    topicScores(topic) {
      const scores = new Map<string, number>();
      for (const { id, score } of searchParagraphIds(miniSearch, topic)) {
        const p = snapshot.paragraphs[id]!;
        scores.set(paragraphKey(p.article, p.number), score);
      }
      return scores;
    },
    suggest: (query) => suggestWords(miniSearch, snapshot.paragraphs, query),
  };
}
