import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isArticleFile, isHtmlFile } from './article-files.js';
import { cleanArticle, type PageHints } from './clean-article.js';
import { htmlToPage } from './html-article.js';
import { readManifest, type SourceEntry } from './manifest.js';
import { looksBinary } from './normalize.js';
import { defaultWorkers, mapInParallel, moduleBeside, type ParallelOptions } from './parallel-map.js';
import { atIndexTime } from './index-time-tuning.js';
import type { Article, CorpusProblem } from './types.js';
import type { LoadedCorpus } from '../search/corpus-index.js';

/** How loading may use worker threads (defaults: one fewer than the cores, from PARALLEL_MIN_FILES files); see `ParallelOptions`. */
export interface LoadOptions extends Partial<ParallelOptions> {
  readonly minFiles?: number;
}

/**
 * Loads a corpus folder laid out like `index-data/`: `articles/*.txt` (raw scraped text) and an
 * optional `sources.json`. Manifest fields win over what is read from the text. A file that cannot
 * be used is reported by name and the rest still load. A large folder is read and cleaned in
 * worker threads as well as this one.
 */
export function loadCorpus(dir: string, options: LoadOptions = {}): LoadedCorpus {
  return atIndexTime(() => loadCorpusNow(dir, options));
}

function loadCorpusNow(dir: string, options: LoadOptions): LoadedCorpus {
  const manifest = readManifest(join(dir, 'sources.json'));
  const problems: CorpusProblem[] = [...manifest.problems];
  const articlesDir = join(dir, 'articles');
  let files: string[];
  try {
    files = readdirSync(articlesDir).filter(isArticleFile).sort();
  } catch (error) {
    return { articles: [], problems: [...problems, { file: 'articles/', message: `cannot be read (${(error as Error).message})` }] };
  }
  const read = mapInParallel(
    files.map((file) => ({ path: join(articlesDir, file), file, entry: manifest.entries.get(file) })),
    readArticleFile,
    { module: moduleBeside(import.meta.url, 'load-corpus'), name: 'readArticleFile' },
    { ...options, workers: files.length >= (options.minFiles ?? PARALLEL_MIN_FILES) ? (options.workers ?? defaultWorkers()) : 0 },
  );
  const articles: Article[] = [];
  for (const result of read) {
    if ('message' in result) problems.push(result);
    else articles.push(result);
  }
  const listed = new Set(files);
  for (const name of manifest.entries.keys()) {
    if (!listed.has(name)) problems.push({ file: 'sources.json', message: `lists ${name}, which is not in articles/` });
  }
  return { articles, problems };
}

/** Below this many files a worker thread's start-up costs more than cleaning them in parallel saves. */
const PARALLEL_MIN_FILES = 3_000;

/** `readArticle` of one file of the folder, as a worker thread runs it. */
export function readArticleFile(item: { readonly path: string; readonly file: string; readonly entry: SourceEntry | undefined }): Article | CorpusProblem {
  return readArticle(item.path, item.file, item.entry);
}

/** One article from its raw text and optional manifest entry, or the problem that stops it loading. */
export function readArticle(path: string, file: string, entry?: SourceEntry): Article | CorpusProblem {
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch (error) {
    return { file, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
  if (buffer.length === 0) return { file, message: 'is empty' };
  const raw = buffer.toString('utf8');
  if (looksBinary(buffer, raw)) return { file, message: 'is not text (binary content)' };
  // a saved web page: its article's text and what its markup says (html-article.ts)
  const page = isHtmlFile(file) ? htmlToPage(raw) : { text: raw, hints: undefined };
  return articleFromText(page.text, file, entry, page.hints) ?? { file, message: 'has no article text after cleaning' };
}

/** Cleans raw text and merges its metadata with the manifest entry; null when no body text remains. */
export function articleFromText(raw: string, file: string, entry?: SourceEntry, hints?: PageHints): Article | null {
  const clean = cleanArticle(raw, hints);
  if (clean.paragraphs.length === 0) return null;
  const published = entry?.published ?? clean.published;
  return {
    article: file,
    title: entry?.title ?? clean.title,
    outlet: entry?.outlet ?? clean.outlet,
    url: entry?.url ?? null,
    published,
    // A date read from the page's byline is exact; an estimate only comes from the manifest.
    approximate: entry?.published ? entry.approximate === true : false,
    language: entry?.language ?? clean.language,
    byline: clean.byline,
    wire: clean.wire,
    captions: clean.captions,
    dateline: clean.dateline,
    note: entry?.note ?? null,
    paragraphs: clean.paragraphs.map((text, i) => ({ article: file, number: i + 1, text })),
  };
}
