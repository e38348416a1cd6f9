import type { CorpusIndex } from '../search/corpus-index.js';
import type { AnswerFor } from './types.js';

export interface SearchOptions {
  readonly query: string;
  readonly limit: number;
}

/**
 * Paragraphs matching a query (Indonesian or English), best first, each with its citation. Only the
 * `limit` best are ranked (top-k), so a query of very common words costs the same as any other.
 */
export function searchAnswer(index: CorpusIndex, { query, limit }: SearchOptions): AnswerFor<'search'> {
  const { hits, total } = index.searchTop(query, { limit });
  const results = hits.map(({ paragraph, score }) => ({
    text: paragraph.text,
    score: Math.round(score * 1000) / 1000,
    citation: index.citation(paragraph.article, paragraph.number),
  }));
  return {
    command: 'search',
    query,
    results,
    total,
    ...(total === 0 ? { suggestions: index.suggest(query) } : {}),
  };
}
