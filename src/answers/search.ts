import type { CorpusIndex } from '../search/corpus-index.js';
import { describeFilter, isFiltering, listOutlets, paragraphsPassing } from './article-filter.js';
import { dayRange } from './date-range.js';
import type { AnswerFor } from './types.js';

export interface SearchOptions {
  readonly query: string;
  /** Only articles whose outlet's name holds these words ("kompas" → Kompas.com). */
  readonly outlet?: string | undefined;
  /** Only articles published from this day, month or year on (YYYY-MM-DD, YYYY-MM, YYYY). */
  readonly from?: string | undefined;
  /** Only articles published up to this day, or the end of this month or year. */
  readonly to?: string | undefined;
  readonly limit: number;
}

/**
 * Paragraphs matching a query (Indonesian or English), best first, each with its citation. Only the
 * `limit` best are ranked (top-k), so a query of very common words costs the same as any other.
 * An outlet or a date range limits the search to the articles that pass them (an article whose
 * date is unknown passes no date bound).
 */
export function searchAnswer(index: CorpusIndex, options: SearchOptions, locale: 'en' | 'id' = 'en'): AnswerFor<'search'> {
  const { query, limit } = options;
  const range = dayRange(options.from, options.to, locale);
  const filter = { outlet: options.outlet, from: range.from, to: range.to };
  const within = isFiltering(filter) ? paragraphsPassing(index, filter) : undefined;
  const described = describeFilter(options);
  const shownQuery = described ? `${query} (${described})` : query;
  if (within && within.length === 0) {
    // nothing passes the filter: say which outlets there are when the outlet is what matched nothing
    const outlets = options.outlet && paragraphsPassing(index, { outlet: options.outlet }).length === 0 ? listOutlets(index, '', 5) : [];
    return { command: 'search', query: shownQuery, results: [], total: 0, ...(outlets.length ? { suggestions: outlets } : {}) };
  }
  const { hits, total, concepts, required } = index.searchTop(query, { limit, ...(within ? { within } : {}) });
  const results = hits.map(({ paragraph, score }) => ({
    text: paragraph.text,
    score: Math.round(score * 1000) / 1000,
    citation: index.citation(paragraph.article, paragraph.number),
  }));
  return {
    command: 'search',
    query: shownQuery,
    results,
    total,
    // a query of several ideas counts the paragraphs holding most of them, and says so
    ...(concepts !== undefined && required !== undefined && concepts > 1 ? { matchRule: { required, concepts } } : {}),
    ...(results.length === 0 ? { suggestions: index.suggest(query) } : {}),
  };
}
