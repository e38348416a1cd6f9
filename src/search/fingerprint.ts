import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isArticleFile } from '../corpus/article-files.js';

/**
 * Hash of a corpus folder's inputs: `sources.json` and every article file's name and bytes.
 * An index built from other inputs is stale.
 */
export function corpusFingerprint(dataDir: string): string {
  const hash = createHash('sha256');
  for (const name of ['sources.json']) {
    try {
      hash.update(`${name}\0`).update(readFileSync(join(dataDir, name)));
    } catch {
      hash.update(`${name}\0missing`);
    }
  }
  for (const file of articleFiles(dataDir)) {
    hash.update(`\0${file}\0`);
    try {
      hash.update(readFileSync(join(dataDir, 'articles', file)));
    } catch {
      hash.update('unreadable');
    }
  }
  return hash.digest('hex');
}

/**
 * Hash of a corpus folder's file names, sizes and modification times (`sources.json` and every
 * article): cheap (no file is read), and unchanged as long as no file is.
 */
export function corpusStatFingerprint(dataDir: string): string {
  const hash = createHash('sha256');
  const stamp = (path: string) => {
    try {
      const s = statSync(path);
      return `${s.size}:${s.mtimeMs}`;
    } catch {
      return 'missing';
    }
  };
  hash.update(`sources.json\0${stamp(join(dataDir, 'sources.json'))}`);
  for (const file of articleFiles(dataDir)) hash.update(`\0${file}\0${stamp(join(dataDir, 'articles', file))}`);
  return hash.digest('hex');
}

function articleFiles(dataDir: string): string[] {
  try {
    return readdirSync(join(dataDir, 'articles')).filter(isArticleFile).sort();
  } catch {
    return []; // no articles folder: the fingerprint of an empty corpus
  }
}

const srcDir = fileURLToPath(new URL('../', import.meta.url));
const ANALYSIS_DIRS = ['corpus', 'language', 'extract', 'search'];

/**
 * Hash of everything that shapes what the index holds: the analyzer, the lexicons, the cleaning and
 * extraction code, and the search engine's version. A code or lexicon change makes a saved index stale.
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
