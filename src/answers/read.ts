import type { ArticleMeta } from '../corpus/types.js';
import type { CorpusIndex } from '../corpus-index/corpus-index.js';
import { foldText } from '../language/fold.js';
import { UserFacingError } from './errors.js';
import type { Locale, ReadAnswer, ReadResult } from './types.js';

export interface ReadOptions {
  /** The article's id: its file name, as every citation gives it. */
  readonly article: string;
  /** 1-based paragraph to start from (default 1). */
  readonly paragraph?: number | undefined;
}

const SUGGESTIONS = 5;
const CHOICES = 25;

/** How many paragraphs an article has (read from the id table, without reading any text). */
export function paragraphCount(index: CorpusIndex, article: string): number {
  let count = 0;
  while (index.paragraphId(article, count + 1) !== undefined) count++;
  return count;
}

/**
 * The article `article` (its id; or words that name one article only), from paragraph `paragraph`
 * on. An article the corpus does not hold is no error
 * (no results, with the articles whose id, title or outlet hold its words as suggestions); a
 * paragraph past the article's end is a user error that says how many it has.
 */
export function readAnswer(index: CorpusIndex, { article, paragraph = 1 }: ReadOptions, locale: Locale = 'en'): ReadAnswer {
  // An exact id, or else words that name one article only (its id, title or outlet).
  const candidates = index.article(article) ? [] : findArticles(index, article, 2);
  const meta = index.article(article) ?? (candidates.length === 1 ? (candidates[0] ?? null) : null);
  if (!meta) {
    const suggestions = findArticles(index, article, SUGGESTIONS).map((a) => a.article);
    return { command: 'read', query: article, results: [], total: 0, article: null, paragraphs: 0, ...(suggestions.length ? { suggestions } : {}) };
  }
  const id = meta.article;
  const paragraphs = paragraphCount(index, id);
  if (paragraph > paragraphs) {
    throw new UserFacingError(
      locale === 'id'
        ? `paragraf ${paragraph}: artikel ${id} hanya punya ${paragraphs} paragraf.`
        : `paragraph ${paragraph}: ${id} has ${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}.`,
    );
  }
  const results: ReadResult[] = [];
  for (let number = paragraph; number <= paragraphs; number++) {
    const found = index.paragraph(id, number);
    if (found) results.push({ paragraph: number, text: found.text, citation: index.citation(id, number) });
  }
  return { command: 'read', query: paragraph > 1 ? `${id} #${paragraph}` : id, results, total: results.length, article: meta, paragraphs };
}

/** Articles whose id, title or outlet contain every word typed, in corpus order. */
export function findArticles(index: CorpusIndex, typed: string, limit: number = CHOICES): ArticleMeta[] {
  const words = foldText(typed).split(' ').filter(Boolean);
  const found: ArticleMeta[] = [];
  for (const a of index.articles) {
    if (found.length >= limit) break;
    const haystack = foldText(`${a.article} ${a.title ?? ''} ${a.outlet ?? ''}`);
    if (words.every((w) => haystack.includes(w))) found.push(a);
  }
  return found;
}
