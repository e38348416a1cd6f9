import { join } from 'node:path';
import { loadCorpus } from '../corpus/load-corpus.js';
import { buildIndex, type BuildProgress } from './build-index.js';
import type { CorpusIndex } from './corpus-index.js';
import { createCorpusIndex } from './create-corpus-index.js';
import { analysisFingerprint, corpusFingerprint } from './fingerprint.js';
import { ENGINE_VERSION, INDEX_FORMAT, type IndexManifest, loadIndex, readIndexManifest, saveIndex } from './index-store.js';

/** How an index was made ready, for the start-up message. */
export type IndexStatus = 'loaded' | 'built' | 'rebuilt';

export interface OpenedIndex {
  readonly index: CorpusIndex;
  readonly status: IndexStatus;
  /** Why it was (re)built: "no saved index", "the corpus changed", … */
  readonly reason: string | null;
  /** Set when a built index could not be saved (the answers are still right, from memory). */
  readonly saveError?: string;
}

export interface OpenIndexOptions {
  /** Save a (re)built index into `<dataDir>/index/`; false answers from memory and writes nothing. */
  readonly write: boolean;
  /** Rebuild even when the saved index is fresh. */
  readonly force?: boolean;
  readonly onProgress?: BuildProgress;
}

/** What a fresh saved index of a corpus folder must have been built from (reads every article file to hash it). */
export function indexIdentity(dataDir: string): Omit<IndexManifest, 'builtAt' | 'articles' | 'paragraphs'> {
  return { format: INDEX_FORMAT, corpus: corpusFingerprint(dataDir), analysis: analysisFingerprint(ENGINE_VERSION), engine: ENGINE_VERSION };
}

/** The saved index's folder inside a corpus folder. */
export const indexDir = (dataDir: string): string => join(dataDir, 'index');

/**
 * Loads the saved index of a corpus folder when it is fresh (same corpus, same analysis code and
 * lexicons, same search engine), and otherwise builds it from the articles, saving it when allowed.
 */
export function openCorpusIndex(dataDir: string, options: OpenIndexOptions): OpenedIndex {
  const dir = indexDir(dataDir);
  const expected = indexIdentity(dataDir);
  const saved = readIndexManifest(dir);
  const reason = options.force ? 'a rebuild was asked for' : staleness(saved, expected);
  if (reason === null) {
    try {
      const { snapshot, engine } = loadIndex(dir);
      return { index: createCorpusIndex(snapshot, engine), status: 'loaded', reason: null };
    } catch (error) {
      return build(dataDir, options, expected, `the saved index could not be read (${(error as Error).message})`, true);
    }
  }
  return build(dataDir, options, expected, reason, saved !== null);
}

function build(dataDir: string, options: OpenIndexOptions, expected: Omit<IndexManifest, 'builtAt' | 'articles' | 'paragraphs'>, reason: string, existed: boolean): OpenedIndex {
  const corpus = loadCorpus(dataDir);
  const built = buildIndex(corpus, options.onProgress);
  const { snapshot, engine } = built;
  let saveError: string | undefined;
  if (options.write) {
    const manifest: IndexManifest = { ...expected, builtAt: new Date().toISOString(), articles: snapshot.articles.length, paragraphs: snapshot.paragraphs.size };
    try {
      saveIndex(indexDir(dataDir), built, manifest);
    } catch (error) {
      saveError = (error as Error).message;
    }
  }
  return { index: createCorpusIndex(snapshot, engine), status: existed ? 'rebuilt' : 'built', reason, ...(saveError ? { saveError } : {}) };
}

function staleness(saved: IndexManifest | null, expected: Omit<IndexManifest, 'builtAt' | 'articles' | 'paragraphs'>): string | null {
  if (saved === null) return 'there is no saved index';
  if (saved.format !== expected.format) return 'the saved index has an older format';
  if (saved.corpus !== expected.corpus) return 'the corpus changed since the index was built';
  if (saved.analysis !== expected.analysis) return 'the analyzer, lexicons or extraction changed since the index was built';
  if (saved.engine !== expected.engine) return `the search engine changed (${saved.engine} → ${expected.engine})`;
  return null;
}
