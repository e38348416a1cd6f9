import { closeSync, constants, fstatSync, openSync, readdirSync, readSync, type Stats, statSync } from 'node:fs';

/**
 * Which entries of `articles/` are articles, and how one is read. The loader and the corpus hash
 * (`src/corpus-index/fingerprint.ts`) both go through here, so that they agree on what the corpus is.
 */

/** True for the name of an article file (by extension, any case): raw scraped text (`.txt`) or a saved web page (`.html`, `.htm`). */
export function isArticleFileName(name: string): boolean {
  return /\.(?:txt|html?)$/iu.test(name);
}

/** A saved web page, read through `html-article.ts` before cleaning. */
export function isHtmlFileName(name: string): boolean {
  return /\.html?$/iu.test(name);
}

/** The article file names in a folder, sorted; null when the folder cannot be read. */
export function listArticleFiles(articlesDir: string): string[] | null {
  try {
    return readdirSync(articlesDir).filter(isArticleFileName).sort();
  } catch {
    return null;
  }
}

/** The largest `sources.json` read: 64 MB is about 300,000 entries. */
export const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

/**
 * The largest article read, in bytes. The dev sets' largest article is 16 KB; cleaning and
 * extraction grow faster than linearly with one huge "article" (a 50 MB file took 125 s and
 * 1.7 GB), which is a dump or a mistake, not a news page.
 */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export type ArticleBytes = { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly message: string };

/**
 * Reads an article file: regular files only, at most `MAX_ARTICLE_BYTES`. It is opened
 * non-blocking, so that a named pipe cannot hang start-up, and checked with `fstat` on the open
 * descriptor (what is checked is what is read): a pipe, a device (a symbolic link to /dev/zero
 * would be read forever), a socket or a folder is skipped with a message naming what it is.
 * A symbolic link to a regular file is read like the file.
 */
export function readArticleBytes(path: string): ArticleBytes {
  return readRegularFile(path, MAX_ARTICLE_BYTES);
}

/** `readArticleBytes` with another size limit (the manifest's). */
export function readRegularFile(path: string, maxBytes: number): ArticleBytes {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  }
  try {
    const stats = fstatSync(fd);
    const refused = refusal(stats, maxBytes);
    if (refused) return { ok: false, message: refused };
    const bytes = Buffer.allocUnsafe(stats.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break; // shrank while being read: what is there
      read += n;
    }
    return { ok: true, bytes: bytes.subarray(0, read) };
  } catch (error) {
    return { ok: false, message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
  } finally {
    closeSync(fd);
  }
}

/**
 * What the corpus hash records of a file without reading it: size and time of an article that would
 * be read, or why it would not be (the same rules as `readArticleBytes`).
 */
export function articleFileStamp(path: string, maxBytes = MAX_ARTICLE_BYTES): string {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    return `missing ${(error as NodeJS.ErrnoException).code ?? ''}`;
  }
  return `${refusal(stats, maxBytes) ?? ''}${stats.size}:${stats.mtimeMs}`;
}

/** Why a file is not read as an article, or null when it is. */
function refusal(stats: Stats, maxBytes: number): string | null {
  if (stats.isDirectory()) return 'cannot be read (EISDIR)';
  if (!stats.isFile()) return `is not a regular file (${kindOf(stats)}): skipped`;
  if (stats.size > maxBytes)
    return `is ${megabytes(stats.size)}, over the ${megabytes(maxBytes)} limit${maxBytes === MAX_ARTICLE_BYTES ? ' for one article' : ''}: skipped`;
  return null;
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a file';
}

const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(bytes < 10 * 1048576 ? 1 : 0)} MB`;
