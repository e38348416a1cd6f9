import { atIndexTime } from '../corpus/index-time-tuning.js';
import type { LoadedCorpus } from '../corpus/types.js';
import { startExtraction } from '../extract/index.js';
import type { Extractions } from '../extract/types.js';
import { buildEngine } from '../search/engines.js';
import type { EngineName, ParagraphEngine } from '../search/paragraph-engine.js';
import type { IndexSnapshot } from './create-corpus-index.js';
import { ParagraphStore } from './paragraph-store.js';

/** Progress of a build, for `npm run index` on a large corpus. */
export type BuildProgress = (stage: 'extract' | 'index', done: number, total: number) => void;

/** A freshly built index: what is saved, and the search engine over its paragraphs. */
export interface BuiltIndex {
  readonly snapshot: IndexSnapshot;
  readonly engine: ParagraphEngine;
}

/**
 * Starts extraction, returning the function that finishes it and gives the records. The default
 * starts the extraction worker threads (on a large corpus) and leaves the rest to the caller's thread.
 */
export type StartExtraction = (corpus: LoadedCorpus) => () => Extractions;

/**
 * Extracts quotes, events and denials and indexes every paragraph: the whole index-time work. On a
 * large corpus the extraction workers start first and this thread indexes the paragraphs while
 * they extract, then joins them: the two do not wait on each other. `extract` replaces the
 * extractors (for tests that give their own records, and for timing).
 */
export function buildIndex(
  corpus: LoadedCorpus,
  onProgress?: BuildProgress,
  extract: StartExtraction = (c) => startExtraction(c.articles),
  engineName: EngineName = 'compact',
): BuiltIndex {
  return atIndexTime(() => buildIndexNow(corpus, onProgress, extract, engineName));
}

function buildIndexNow(corpus: LoadedCorpus, onProgress: BuildProgress | undefined, extract: StartExtraction, engineName: EngineName): BuiltIndex {
  onProgress?.('extract', 0, corpus.articles.length);
  const finishExtraction = extract(corpus);
  const paragraphs = corpus.articles.flatMap((a) => a.paragraphs);
  const engine = buildEngine(engineName, paragraphs, (done, total) => onProgress?.('index', done, total));
  const extractions = finishExtraction();
  onProgress?.('extract', corpus.articles.length, corpus.articles.length);
  const articles = corpus.articles.map(({ paragraphs: _omit, ...meta }) => meta);
  return { snapshot: { articles, paragraphs: ParagraphStore.fromParagraphs(paragraphs), problems: corpus.problems, ...extractions }, engine };
}
