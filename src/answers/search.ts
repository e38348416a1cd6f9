import type { CorpusIndex } from '../search/corpus-index.js';
import type { AnswerFor } from './types.js';

export interface SearchOptions {
  readonly query: string;
  readonly limit: number;
}

/** Paragraphs matching a query (Indonesian or English), best first, each with its citation. */
export function searchAnswer(index: CorpusIndex, { query, limit }: SearchOptions): AnswerFor<'search'> {
  const hits = index.searchParagraphs(query);
  const results = hits.slice(0, limit).map(({ paragraph, score }) => ({
    text: paragraph.text,
    score: Math.round(score * 1000) / 1000,
    citation: index.citation(paragraph.article, paragraph.number),
  }));
  return {
    command: 'search',
    query,
    results,
    total: hits.length,
    ...(hits.length === 0 ? { suggestions: index.suggest(query) } : {}),
  };
}
