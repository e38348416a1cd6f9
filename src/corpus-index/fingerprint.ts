import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { articleFileStamp, listArticleFiles, MAX_MANIFEST_BYTES, readArticleBytes, readRegularFile } from '../corpus/article-files.js';

/**
 * Hash of a corpus folder's inputs: `sources.json` and every article file's name and bytes, read
 * by the loader's rules (regular files of bounded size only: a named pipe or a link to a device is
 * hashed as what it is, never read). An index built from other inputs is stale.
 */
export function corpusFingerprint(dataDir: string): string {
  const hash = createHash('sha256');
  const sources = readRegularFile(join(dataDir, 'sources.json'), MAX_MANIFEST_BYTES);
  hash.update('sources.json\0').update(sources.ok ? sources.bytes : `unread: ${sources.message}`);
  for (const file of articleFileNames(dataDir) ?? []) {
    hash.update(`\0${file}\0`);
    const read = readArticleBytes(join(dataDir, 'articles', file));
    hash.update(read.ok ? read.bytes : `unread: ${read.message}`);
  }
  return hash.digest('hex');
}

/**
 * Hash of a corpus folder's file names, sizes and modification times (`sources.json` and every
 * article): cheap (no file is read), and unchanged as long as no file is.
 */
export function corpusStatFingerprint(dataDir: string): string {
  const hash = createHash('sha256');
  hash.update(`sources.json\0${articleFileStamp(join(dataDir, 'sources.json'), MAX_MANIFEST_BYTES)}`);
  const files = articleFileNames(dataDir);
  // no articles folder is not an empty one: an index of a folder that came back must not look fresh
  if (files === null) hash.update('\0articles/ cannot be read');
  for (const file of files ?? []) hash.update(`\0${file}\0${articleFileStamp(join(dataDir, 'articles', file))}`);
  return hash.digest('hex');
}

/** The article files of a corpus folder, sorted; null when `articles/` cannot be read. */
export function articleFileNames(dataDir: string): string[] | null {
  return listArticleFiles(join(dataDir, 'articles'));
}

const srcDir = fileURLToPath(new URL('../', import.meta.url));
const ANALYSIS_DIRS = ['corpus', 'language', 'extract', 'search', 'corpus-index'];

/**
 * Hash of everything that shapes what the index holds: the analyzer, the lexicons, the cleaning and
 * extraction code, the index's assembly, and the search engine's version. A code or lexicon change makes a saved index stale.
 */
export function analysisFingerprint(engineVersion: string): string {
  const hash = createHash('sha256').update(`engine ${engineVersion}\0`);
  const files: string[] = [];
  for (const dir of ANALYSIS_DIRS) collectFiles(join(srcDir, dir), files);
  for (const file of files.sort()) hash.update(`\0${relative(srcDir, file)}\0`).update(readFileSync(file));
  return hash.digest('hex');
}

function collectFiles(dir: string, into: string[]): void {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) collectFiles(path, into);
    else if (/\.(ts|json|txt)$/u.test(entry)) into.push(path);
  }
}
