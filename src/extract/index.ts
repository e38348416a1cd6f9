import { defaultWorkers, moduleBeside, type ParallelStats, startMapInParallel } from '../corpus/parallel-map.js';
import type { Article } from '../corpus/types.js';
import { type ArticleExtraction, mergeArticleParts, readArticle } from './article-extraction.js';
import { extractDenials } from './denials/index.js';
import { extractEvents } from './events.js';
import { type ArticleParts, unpackArticle } from './pack-article.js';
import { extractQuotes } from './quotes/index.js';
import { timelineGroups } from './timeline-groups.js';
import type { Extractions } from './types.js';

/** Below this many paragraphs a worker thread's start-up costs more than it saves. */
const PARALLEL_MIN_PARAGRAPHS = 20_000;

/** How extraction may use worker threads (defaults: one fewer than the cores, from PARALLEL_MIN_PARAGRAPHS paragraphs). */
export interface ExtractOptions {
  readonly workers?: number;
  readonly minParagraphs?: number;
  /** Articles per chunk a thread claims at a time. */
  readonly chunk?: number;
  /** False: leave the articles to the worker threads (tests of the workers). */
  readonly mainThread?: boolean;
  /** How long to wait for a worker's chunk before extracting it here. */
  readonly timeoutMs?: number;
  /** Told how the work was shared (tests, benchmarks). */
  readonly stats?: (stats: ParallelStats) => void;
}

/**
 * Runs every extractor over the corpus, once, at index time. The results are saved with the
 * index; queries read them and never extract again. Each article is read on its own first
 * (sentences split once for all extractors; on a large corpus, in worker threads as well as this
 * one), then speakers, events and denials are merged across the corpus.
 */
export function extractAll(articles: readonly Article[], options: ExtractOptions = {}): Extractions {
  return startExtraction(articles, options)();
}

/**
 * Starts `extractAll`: on a large corpus the worker threads start extracting at once, while this
 * thread does other index-time work (building the search engine, say); the function returned
 * finishes the extraction here and returns the records.
 */
export function startExtraction(articles: readonly Article[], options: ExtractOptions = {}): () => Extractions {
  // Articles sharing an id would share their paragraphs' quotes: only the corpus-wide pass keeps that.
  if (new Set(articles.map((a) => a.article)).size !== articles.length) {
    return () => {
      const { quotes, speakers } = extractQuotes(articles);
      return { quotes, speakers, events: extractEvents(articles), denials: extractDenials(articles, quotes) };
    };
  }
  let paragraphs = 0;
  for (const a of articles) paragraphs += a.paragraphs.length;
  const workers = paragraphs >= (options.minParagraphs ?? PARALLEL_MIN_PARAGRAPHS) ? (options.workers ?? defaultWorkers()) : 0;
  const task = { module: moduleBeside(import.meta.url, 'article-extraction'), name: 'extractArticle' };
  // The workers pack each article's extraction for the trip (extractArticle); this thread reads its
  // own articles unpacked (readArticle) and unpacks the workers' as they come, between its own
  // chunks: the unpacking is then shared out with the extraction instead of waiting for its end.
  const settle = (read: ArticleParts | ArticleExtraction, i: number): ArticleParts => ('numbers' in read ? unpackArticle(articles[i]!, read) : read);
  const run = (article: Article): ArticleParts | ArticleExtraction => readArticle(article);
  const finish = startMapInParallel(
    articles,
    run,
    task,
    { workers, chunk: options.chunk, mainThread: options.mainThread, timeoutMs: options.timeoutMs, stats: options.stats, keepWorkers: true },
    settle,
  );
  // a worker, free once the articles are read, groups the events while this thread merges the quotes and links the denials
  const grouping = { module: moduleBeside(import.meta.url, 'timeline-groups'), name: 'timelineGroups' };
  return () => mergeArticleParts(articles, finish(), (tellings) => finish.offload(grouping, tellings, timelineGroups));
}
