import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import MiniSearch from 'minisearch';
import type { IndexSnapshot } from './create-corpus-index.js';
import { type IndexedParagraph, paragraphIndexOptions } from './paragraph-search.js';

/** Bump when the saved layout changes, so an older saved index is rebuilt rather than misread. */
export const INDEX_FORMAT = 1;

/** The installed MiniSearch's version (its package.json is not exported, so it is found beside its entry point). */
export const miniSearchVersion: string = readMiniSearchVersion();

function readMiniSearchVersion(): string {
  let dir = dirname(createRequire(import.meta.url).resolve('minisearch'));
  for (let i = 0; i < 5; i++, dir = dirname(dir)) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'minisearch' && pkg.version) return pkg.version;
    } catch {
      // not this folder: go up
    }
  }
  return 'unknown';
}

/** Written beside the saved index: what it was built from, to tell whether it is still fresh. */
export interface IndexManifest {
  readonly format: number;
  readonly corpus: string;
  readonly analysis: string;
  readonly minisearch: string;
  readonly builtAt: string;
  readonly articles: number;
  readonly paragraphs: number;
}

const FILES = { manifest: 'manifest.json', snapshot: 'corpus.json', miniSearch: 'paragraphs.minisearch.json' } as const;

/** Saves an index into `dir` (usually `index-data/index/`), replacing what was there only once all is written. */
export function saveIndex(dir: string, snapshot: IndexSnapshot, miniSearch: MiniSearch<IndexedParagraph>, manifest: IndexManifest): void {
  const staging = `${dir}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  writeFileSync(join(staging, FILES.snapshot), JSON.stringify(snapshot));
  writeFileSync(join(staging, FILES.miniSearch), JSON.stringify(miniSearch));
  writeFileSync(join(staging, FILES.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
  try {
    rmSync(dir, { recursive: true, force: true });
    renameSync(staging, dir);
  } catch (error) {
    // Another process saved the same index at the same moment: its copy is as good as ours.
    rmSync(staging, { recursive: true, force: true });
    if (readIndexManifest(dir) === null) throw error;
  }
}

/** Reads a saved index's manifest, or null when there is none or it cannot be read. */
export function readIndexManifest(dir: string): IndexManifest | null {
  try {
    return JSON.parse(readFileSync(join(dir, FILES.manifest), 'utf8')) as IndexManifest;
  } catch {
    return null;
  }
}

/** Loads a saved index (the caller has checked its manifest is fresh). */
export function loadIndex(dir: string): { snapshot: IndexSnapshot; miniSearch: MiniSearch<IndexedParagraph> } {
  const snapshot = JSON.parse(readFileSync(join(dir, FILES.snapshot), 'utf8')) as IndexSnapshot;
  const miniSearch = MiniSearch.loadJSON<IndexedParagraph>(readFileSync(join(dir, FILES.miniSearch), 'utf8'), paragraphIndexOptions);
  return { snapshot, miniSearch };
}
