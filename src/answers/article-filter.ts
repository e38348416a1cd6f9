import { BoundedCache } from '../bounded-cache.js';
import type { ArticleMeta } from '../corpus/types.js';
import type { CorpusIndex } from '../corpus-index/corpus-index.js';
import { foldText } from '../language/fold.js';

/** Which articles an answer is limited to: by outlet (words of its name) and by publication date. */
export interface ArticleFilter {
  /** Folded text the article's outlet must hold ("kompas" holds in "Kompas.com"). */
  readonly outlet?: string | undefined;
  /** First and last publication day, YYYY-MM-DD, inclusive. */
  readonly from?: string | null | undefined;
  readonly to?: string | null | undefined;
}

export const isFiltering = (filter: ArticleFilter): boolean => Boolean(filter.outlet || filter.from || filter.to);

/**
 * Whether an article passes a filter. An article without a known date passes no date bound (its
 * date is never guessed); an approximate date counts as its date.
 */
export function articlePasses(article: ArticleMeta, filter: ArticleFilter): boolean {
  if (filter.outlet) {
    if (!article.outlet || !foldText(article.outlet).includes(foldText(filter.outlet))) return false;
  }
  if (filter.from || filter.to) {
    if (!article.published) return false;
    if (filter.from && article.published < filter.from) return false;
    if (filter.to && article.published > filter.to) return false;
  }
  return true;
}

const cache = new WeakMap<CorpusIndex, BoundedCache<string, Uint32Array>>();
// Filters kept per index: the engine keys its own work on the list's identity, so a filter asked
// for again (a page turn, the next query on the same outlet) costs nothing; the bound keeps odd
// filters from filling memory.
const CACHED_FILTERS = 64;

/**
 * The paragraph ids (ascending) of the articles passing a filter, for the search engine's `within`.
 * An article's paragraphs have consecutive ids, so each article is one run.
 */
export function paragraphsPassing(index: CorpusIndex, filter: ArticleFilter): Uint32Array {
  const key = JSON.stringify([filter.outlet ? foldText(filter.outlet) : '', filter.from ?? '', filter.to ?? '']);
  let byKey = cache.get(index);
  if (!byKey) cache.set(index, (byKey = new BoundedCache(CACHED_FILTERS)));
  const known = byKey.get(key);
  if (known) return known;
  const ids: number[] = [];
  for (const article of index.articles) {
    if (!articlePasses(article, filter)) continue;
    for (let n = 1, id = index.paragraphId(article.article, 1); id !== undefined; n++, id = index.paragraphId(article.article, n)) ids.push(id);
  }
  const list = Uint32Array.from(ids).sort();
  byKey.set(key, list);
  return list;
}

/**
 * The corpus's outlets whose name holds `typed` (folded), most articles first, then by name: for
 * autocomplete and for "did you mean" when an outlet matched nothing.
 */
export function listOutlets(index: CorpusIndex, typed: string, limit = 25): string[] {
  const wanted = foldText(typed);
  const counts = new Map<string, number>();
  for (const a of index.articles) if (a.outlet && (wanted === '' || foldText(a.outlet).includes(wanted))) counts.set(a.outlet, (counts.get(a.outlet) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, limit)
    .map(([name]) => name);
}

/** "outlet EGINDO, from 2023-10, to 2023" for the answer's description of what was asked. */
export function describeFilter(filter: { outlet?: string | undefined; from?: string | undefined; to?: string | undefined; year?: string | undefined }): string {
  return [
    filter.outlet && `outlet ${filter.outlet}`,
    filter.year && `year ${filter.year}`,
    filter.from && `from ${filter.from}`,
    filter.to && `to ${filter.to}`,
  ]
    .filter(Boolean)
    .join(', ');
}
