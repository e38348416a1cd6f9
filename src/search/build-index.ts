import { extractAll } from '../extract/index.js';
import type { Extractions, LoadedCorpus } from './corpus-index.js';
import type { IndexSnapshot } from './create-corpus-index.js';
import { ParagraphStore } from './paragraph-store.js';
import { SearchEngine } from './search-engine.js';

/** Progress of a build, for `npm run index` on a large corpus. */
export type BuildProgress = (stage: 'extract' | 'index', done: number, total: number) => void;

/** A freshly built index: what is saved, and the search engine over its paragraphs. */
export interface BuiltIndex {
  readonly snapshot: IndexSnapshot;
  readonly engine: SearchEngine;
}

/**
 * Extracts quotes, events and denials and indexes every paragraph: the whole index-time work.
 * `extract` replaces the extractors (for tests that give their own records).
 */
export function buildIndex(corpus: LoadedCorpus, onProgress?: BuildProgress, extract: () => Extractions = () => extractAll(corpus.articles)): BuiltIndex {
  onProgress?.('extract', 0, corpus.articles.length);
  const extractions = extract();
  onProgress?.('extract', corpus.articles.length, corpus.articles.length);
  const paragraphs = corpus.articles.flatMap((a) => a.paragraphs);
  const engine = SearchEngine.build(
    paragraphs.map((p) => p.text),
    (done, total) => onProgress?.('index', done, total),
  );
  const articles = corpus.articles.map(({ paragraphs: _omit, ...meta }) => meta);
  return { snapshot: { articles, paragraphs: ParagraphStore.fromParagraphs(paragraphs), problems: corpus.problems, ...extractions }, engine };
}
