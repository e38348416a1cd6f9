import type { CorpusIndex } from '../corpus-index/corpus-index.js';
import { foldText } from '../language/fold.js';
import { articlePasses, describeFilter, listOutlets } from './article-filter.js';
import type { AnswerFor, SourceResult } from './types.js';

export interface SourcesOptions {
  /** Words to find in the outlet, title or file name; every article when absent. */
  readonly filter?: string | undefined;
  /** Only articles from this outlet (words of its name). */
  readonly outlet?: string | undefined;
  /** Only articles published in this year (YYYY); an article with no known date is left out. */
  readonly year?: string | undefined;
  readonly limit: number;
}

/** The corpus's articles in file order, with outlet, date, title, link and paragraph count. */
export function sourcesAnswer(index: CorpusIndex, { filter, outlet, year, limit }: SourcesOptions): AnswerFor<'sources'> {
  const words = filter ? foldText(filter).split(' ') : [];
  const dates = year ? { from: `${year}-01-01`, to: `${year}-12-31` } : {};
  const matching: SourceResult[] = [];
  for (const a of index.articles) {
    if (!articlePasses(a, { outlet, ...dates })) continue;
    const haystack = foldText(`${a.outlet ?? ''} ${a.title ?? ''} ${a.article} ${a.url ?? ''}`);
    if (!words.every((w) => haystack.includes(w))) continue;
    let paragraphs = 0;
    // paragraphId, not paragraph(): it answers from the id table without reading the text from disk
    while (index.paragraphId(a.article, paragraphs + 1) !== undefined) paragraphs++;
    matching.push({
      article: a.article,
      outlet: a.outlet,
      published: a.published,
      approximate: a.approximate,
      title: a.title,
      url: a.url,
      language: a.language,
      paragraphs,
    });
  }
  const query = [filter, describeFilter({ outlet, year })].filter(Boolean).join(', ');
  const suggestions = matching.length === 0 && outlet && !index.articles.some((a) => articlePasses(a, { outlet })) ? listOutlets(index, '', 5) : [];
  return { command: 'sources', query, results: matching.slice(0, limit), total: matching.length, ...(suggestions.length ? { suggestions } : {}) };
}
