import { join } from 'node:path';
import { loadCorpus } from '../corpus/load-corpus.js';
import { buildIndex, type BuildProgress } from './build-index.js';
import type { CorpusIndex } from './corpus-index.js';
import { createCorpusIndex } from './create-corpus-index.js';
import { analysisFingerprint, corpusFingerprint, corpusStatFingerprint } from './fingerprint.js';
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

/** What identifies the inputs of an index: the manifest minus when it was built and its counts. */
export type IndexIdentity = Omit<IndexManifest, 'builtAt' | 'articles' | 'paragraphs'>;

/**
 * What a fresh saved index of a corpus folder must have been built from. The corpus's content hash
 * reads every article file; when the files' names, sizes and modification times are those recorded
 * in `saved`, the corpus is the one indexed and its recorded hash is reused (as make and rsync
 * trust times), so that starting on a million paragraphs does not read 300 MB first.
 */
export function indexIdentity(dataDir: string, saved: IndexManifest | null = null): IndexIdentity {
  const corpusStat = corpusStatFingerprint(dataDir);
  const corpus = saved !== null && saved.corpusStat === corpusStat ? saved.corpus : corpusFingerprint(dataDir);
  return { format: INDEX_FORMAT, corpus, corpusStat, analysis: analysisFingerprint(ENGINE_VERSION), engine: ENGINE_VERSION };
}

/** The saved index's folder inside a corpus folder. */
export const indexDir = (dataDir: string): string => join(dataDir, 'index');

/**
 * Loads the saved index of a corpus folder when it is fresh (same corpus, same analysis code and
 * lexicons, same search engine), and otherwise builds it from the articles, saving it when allowed.
 */
export function openCorpusIndex(dataDir: string, options: OpenIndexOptions): OpenedIndex {
  const dir = indexDir(dataDir);
  const saved = readIndexManifest(dir);
  const expected = indexIdentity(dataDir, options.force ? null : saved);
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

function build(dataDir: string, options: OpenIndexOptions, expected: IndexIdentity, reason: string, existed: boolean): OpenedIndex {
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

function staleness(saved: IndexManifest | null, expected: IndexIdentity): string | null {
  if (saved === null) return 'there is no saved index';
  if (saved.format !== expected.format) return 'the saved index has an older format';
  if (saved.corpus !== expected.corpus) return 'the corpus changed since the index was built';
  if (saved.analysis !== expected.analysis) return 'the analyzer, lexicons or extraction changed since the index was built';
  if (saved.engine !== expected.engine) return `the search engine changed (${saved.engine} → ${expected.engine})`;
  return null;
}
