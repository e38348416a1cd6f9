import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isHtmlFileName, listArticleFiles, readArticleBytes } from './article-files.js';
import { cleanArticle, type PageHints } from './clean-article.js';
import { decodeArticleText } from './decode-text.js';
import { htmlToPage } from './html-article.js';
import { atIndexTime } from './index-time-tuning.js';
import { readManifest, type SourceEntry } from './manifest.js';
import { defaultWorkers, mapInParallel, moduleBeside, type ParallelOptions } from './parallel-map.js';
import type { Article, CorpusProblem, LoadedCorpus } from './types.js';

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
  const files = listArticleFiles(articlesDir);
  if (files === null) return { articles: [], problems: [...problems, { file: 'articles/', message: `cannot be read (${folderError(articlesDir)})` }] };
  const read = mapInParallel(
    files.map((file) => ({ path: join(articlesDir, file), file, entry: manifest.entries.get(file) })),
    readArticleFile,
    { module: moduleBeside(import.meta.url, 'load-corpus'), name: 'readArticleFile' },
    { ...options, workers: files.length >= (options.minFiles ?? PARALLEL_MIN_FILES) ? (options.workers ?? defaultWorkers()) : 0 },
  );
  const articles: Article[] = [];
  for (const result of read) {
    if (result.problem) problems.push(result.problem);
    if (result.article) articles.push(result.article);
  }
  const listed = new Set(files);
  const missing = [...manifest.entries.keys()].filter((name) => !listed.has(name));
  // One line each for a few; a manifest of another folder (thousands of entries) is one line, not thousands at every start.
  if (missing.length <= MISSING_LISTED)
    for (const name of missing) problems.push({ file: 'sources.json', message: `lists ${name}, which is not in articles/` });
  else problems.push({ file: 'sources.json', message: `lists ${missing.length} files that are not in articles/ (${missing.slice(0, 3).join(', ')}, …)` });
  return { articles, problems };
}

const MISSING_LISTED = 5;

function folderError(dir: string): string {
  try {
    readdirSync(dir);
    return 'unknown error';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  }
}

/** Below this many files a worker thread's start-up costs more than cleaning them in parallel saves. */
const PARALLEL_MIN_FILES = 3_000;

/** `readArticle` of one file of the folder, as a worker thread runs it. */
export function readArticleFile(item: { readonly path: string; readonly file: string; readonly entry: SourceEntry | undefined }): ArticleFileResult {
  return readArticle(item.path, item.file, item.entry);
}

/** What one article file gives: the article (null when it cannot be used) and what to report about the file, if anything. */
export interface ArticleFileResult {
  readonly article: Article | null;
  readonly problem: CorpusProblem | null;
}

/**
 * One article from its file and optional manifest entry: the file's bytes (a regular file of
 * bounded size, see `readArticleBytes`), decoded (UTF-8, UTF-16 with a byte-order mark, or
 * Latin-1, see `decodeArticleText`), then cleaned. A file that cannot be used gives a problem naming
 * why; a file that loads with a caveat (its encoding guessed) gives both.
 */
export function readArticle(path: string, file: string, entry?: SourceEntry): ArticleFileResult {
  const read = readArticleBytes(path);
  if (!read.ok) return { article: null, problem: { file, message: read.message } };
  const decoded = decodeArticleText(read.bytes);
  if (!decoded.ok) return { article: null, problem: { file, message: decoded.message } };
  // a saved web page: its article's text and what its markup says (html-article.ts)
  const page = isHtmlFileName(file) ? htmlToPage(decoded.text) : { text: decoded.text, hints: undefined };
  const article = articleFromText(page.text, file, entry, page.hints);
  if (!article) return { article: null, problem: { file, message: 'has no article text after cleaning' } };
  return { article, problem: decoded.note === null ? null : { file, message: decoded.note } };
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
    // A date read from the page's byline is exact; one read from a URL the page prints (an image
    // uploaded with the article) is shown as approximate; else an estimate only comes from the manifest.
    approximate: entry?.published ? entry.approximate === true : clean.publishedFromUrl,
    language: entry?.language ?? clean.language,
    byline: clean.byline,
    wire: clean.wire,
    captions: clean.captions,
    dateline: clean.dateline,
    note: entry?.note ?? null,
    paragraphs: clean.paragraphs.map((text, i) => ({ article: file, number: i + 1, text })),
  };
}
