import type MiniSearch from 'minisearch';
import { extractAll } from '../extract/index.js';
import type { LoadedCorpus } from './corpus-index.js';
import type { IndexSnapshot } from './create-corpus-index.js';
import { createParagraphIndex, type IndexedParagraph } from './paragraph-search.js';

/** Progress of a build, for `npm run index` on a large corpus. */
export type BuildProgress = (stage: 'extract' | 'index', done: number, total: number) => void;

/** Extracts quotes, events and denials and indexes every paragraph: the whole index-time work. */
export function buildIndex(corpus: LoadedCorpus, onProgress?: BuildProgress): { snapshot: IndexSnapshot; miniSearch: MiniSearch<IndexedParagraph> } {
  const paragraphs = corpus.articles.flatMap((a) => a.paragraphs);
  onProgress?.('extract', 0, corpus.articles.length);
  const extractions = extractAll(corpus.articles);
  onProgress?.('extract', corpus.articles.length, corpus.articles.length);
  const miniSearch = createParagraphIndex();
  const chunk = 10_000;
  for (let i = 0; i < paragraphs.length; i += chunk) {
    miniSearch.addAll(paragraphs.slice(i, i + chunk).map((p, j) => ({ id: i + j, text: p.text })));
    onProgress?.('index', Math.min(i + chunk, paragraphs.length), paragraphs.length);
  }
  const articles = corpus.articles.map(({ paragraphs: _omit, ...meta }) => meta);
  return { snapshot: { articles, paragraphs, problems: corpus.problems, ...extractions }, miniSearch };
}
