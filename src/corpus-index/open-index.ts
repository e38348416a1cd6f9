import { join } from 'node:path';
import { loadCorpus } from '../corpus/load-corpus.js';
import type { LoadedCorpus } from '../corpus/types.js';
import { chooseEngine, type EngineChoice } from '../search/engine-choice.js';
import type { EngineName, ParagraphEngine } from '../search/paragraph-engine.js';
import { type BuildProgress, buildIndex } from './build-index.js';
import type { CorpusIndex } from './corpus-index.js';
import { createCorpusIndex } from './create-corpus-index.js';
import { analysisFingerprint, articleFileNames, corpusFingerprint, corpusStatFingerprint } from './fingerprint.js';
import { clearSaveLeftovers, ENGINE_VERSION, engineVersion, INDEX_FORMAT, type IndexManifest, loadIndex, readIndexManifest, saveIndex } from './index-store.js';

/**
 * How an index was made ready, for the start-up message. `kept`: the corpus folder now gives fewer
 * readable articles than the saved index holds (none, or files that cannot be read), so the saved
 * index is served as it is and nothing is saved over it.
 */
export type IndexStatus = 'loaded' | 'built' | 'rebuilt' | 'kept';

export interface OpenedIndex {
  readonly index: CorpusIndex;
  readonly status: IndexStatus;
  /** Why it was (re)built or kept: "no saved index", "the corpus changed", … */
  readonly reason: string | null;
  /** The search engine serving, and why it was chosen ("auto: 59 paragraphs, MiniSearch up to 40,000"). */
  readonly engine: { readonly name: EngineName; readonly why: string };
  /** The engine object itself, for live updates (src/app/live-index.ts) to change in place or replace. */
  readonly searchEngine: ParagraphEngine;
  /** Set when a built index could not be saved (the answers are still right, from memory). */
  readonly saveError?: string;
  /** What the operator must be told loudly (an index kept or shrunk, leftovers of a killed save cleared). */
  readonly warnings: readonly string[];
}

export interface OpenIndexOptions {
  /** Save a (re)built index into `<dataDir>/index/`; false answers from memory and writes nothing. */
  readonly write: boolean;
  /** Rebuild even when the saved index is fresh. */
  readonly force?: boolean;
  readonly onProgress?: BuildProgress;
  /** `SUMBER_ENGINE`: the engine, or `auto` (the default) to choose by the corpus's size (`chooseEngine`). */
  readonly engine?: EngineChoice;
}

/** What identifies the inputs of an index: the manifest minus when it was built, its counts, checksums and engine (chosen by its size). */
export type IndexIdentity = Omit<IndexManifest, 'builtAt' | 'articles' | 'paragraphs' | 'articleFiles' | 'files' | 'engine' | 'engineVersion'>;

/**
 * What a fresh saved index of a corpus folder must have been built from. The corpus's content hash
 * reads every article file; when the files' names, sizes and modification times are those recorded
 * in `saved`, the corpus is the one indexed and its recorded hash is reused (as make and rsync
 * trust times), so that starting on a million paragraphs does not read 300 MB first.
 */
export function indexIdentity(dataDir: string, saved: IndexManifest | null = null): IndexIdentity {
  const corpusStat = corpusStatFingerprint(dataDir);
  const corpus = saved !== null && saved.corpusStat === corpusStat ? saved.corpus : corpusFingerprint(dataDir);
  return { format: INDEX_FORMAT, corpus, corpusStat, analysis: analysisFingerprint(ENGINE_VERSION) };
}

/** The saved index's folder inside a corpus folder. */
export const indexDir = (dataDir: string): string => join(dataDir, 'index');

/**
 * Loads the saved index of a corpus folder when it is fresh (same corpus, same analysis code and
 * lexicons, same search engine) and undamaged, and otherwise builds it from the articles, saving it
 * when allowed. A saved index is never replaced by one built from fewer readable articles without
 * a warning, and is kept (served, not overwritten) when the folder gives none or some files cannot
 * be read: a corpus folder that is missing, unmounted or unreadable at start-up loses nothing.
 */
export function openCorpusIndex(dataDir: string, options: OpenIndexOptions): OpenedIndex {
  const dir = indexDir(dataDir);
  const warnings = options.write ? clearSaveLeftovers(dir) : [];
  const saved = readIndexManifest(dir);
  const expected = indexIdentity(dataDir, options.force ? null : saved);
  let reason = options.force ? 'a rebuild was asked for' : staleness(saved, expected);
  // a fresh saved index tells the corpus's size: the engine chosen for it must be the one saved
  const chosen = reason === null ? chooseEngine(options.engine ?? 'auto', saved!.paragraphs) : null;
  if (chosen && (saved!.engine !== chosen.name || saved!.engineVersion !== engineVersion(chosen.name))) {
    reason =
      saved!.engine !== chosen.name
        ? `the saved index is of the ${String(saved!.engine)} engine, and ${chosen.name} is chosen (${chosen.why})`
        : `the ${chosen.name} engine changed (${String(saved!.engineVersion)} → ${engineVersion(chosen.name)})`;
  }
  if (reason !== null || chosen === null) return build(dataDir, options, expected, reason ?? 'there is no saved index', saved, warnings);
  try {
    const { snapshot, engine } = loadIndex(dir);
    return { index: createCorpusIndex(snapshot, engine), status: 'loaded', reason: null, engine: chosen, searchEngine: engine, warnings };
  } catch (error) {
    return build(dataDir, options, expected, `the saved index could not be read (${(error as Error).message})`, saved, warnings);
  }
}

function build(
  dataDir: string,
  options: OpenIndexOptions,
  expected: IndexIdentity,
  reason: string,
  saved: IndexManifest | null,
  warnings: string[],
): OpenedIndex {
  const dir = indexDir(dataDir);
  const before = saved !== null && Number.isInteger(saved.articles) && saved.articles > 0 ? saved.articles : 0;
  const files = articleFileNames(dataDir);
  // Nothing to read at all (no articles/ folder, or an empty one): no need to build to know.
  if (before > 0 && !options.force && (files === null || files.length === 0)) {
    const kept = keepSaved(dir, saved!, `articles/ ${files === null ? 'cannot be read' : 'holds no article file'}`, reason, warnings);
    if (kept) return kept;
  }
  const corpus = loadCorpus(dataDir);
  const chosen = chooseEngine(
    options.engine ?? 'auto',
    corpus.articles.reduce((n, a) => n + a.paragraphs.length, 0),
  );
  const built = buildIndex(corpus, options.onProgress, undefined, chosen.name);
  const { snapshot, engine } = built;
  const now = snapshot.articles.length;
  let write = options.write;
  let saveError: string | undefined;
  if (before > 0 && now < before) {
    // Files removed from articles/ explain a smaller index; files that are there and unreadable do not.
    const removed = Math.max(0, (saved!.articleFiles ?? before) - (files?.length ?? 0));
    const lost = `the corpus gives ${now} readable article${now === 1 ? '' : 's'} where the saved index holds ${before}${describeLoss(corpus)}`;
    if (now === 0 || before - now > removed) {
      if (!options.force) {
        const kept = keepSaved(dir, saved!, lost, reason, warnings);
        if (kept) return kept;
      }
      if (now === 0 && write) {
        write = false;
        saveError = `not saving an index of 0 articles over the saved one of ${before} (${lost}); remove ${dir} first to empty it`;
      }
    }
    warnings.push(`${lost}: ${write ? 'the saved index is replaced by the smaller one' : 'answering from the smaller one, in memory'}`);
  }
  if (write) {
    const manifest = {
      ...expected,
      engine: chosen.name,
      engineVersion: engineVersion(chosen.name),
      builtAt: new Date().toISOString(),
      articles: now,
      paragraphs: snapshot.paragraphs.size,
      articleFiles: files?.length ?? 0,
    };
    try {
      saveIndex(dir, built, manifest);
    } catch (error) {
      saveError = (error as Error).message;
    }
  }
  return {
    index: createCorpusIndex(snapshot, engine),
    status: saved !== null ? 'rebuilt' : 'built',
    reason,
    engine: chosen,
    searchEngine: engine,
    warnings,
    ...(saveError ? { saveError } : {}),
  };
}

/** Serves the saved index as it is (even if stale), or null when it cannot be read either. */
function keepSaved(dir: string, saved: IndexManifest, lost: string, reason: string, warnings: string[]): OpenedIndex | null {
  try {
    const { snapshot, engine } = loadIndex(dir);
    warnings.push(
      `${lost}: keeping the saved index (${saved.articles} articles, built ${saved.builtAt}) and not saving over it; fix the corpus folder, or run npm run index to replace it`,
    );
    return {
      index: createCorpusIndex(snapshot, engine),
      status: 'kept',
      reason: `${lost}; ${reason}`,
      engine: { name: engine.name, why: 'the engine of the saved index, kept as it is' },
      searchEngine: engine,
      warnings,
    };
  } catch (error) {
    warnings.push(`${lost}, and the saved index cannot be read either (${(error as Error).message})`);
    return null;
  }
}

/** The corpus problems that explain unreadable articles, briefly: "(articles/: cannot be read (EACCES))". */
function describeLoss(corpus: LoadedCorpus): string {
  const unreadable = corpus.problems.filter((p) => /cannot be read/u.test(p.message));
  if (unreadable.length === 0) return '';
  const first = unreadable[0]!;
  return ` (${first.file}: ${first.message}${unreadable.length > 1 ? `, and ${unreadable.length - 1} more unreadable` : ''})`;
}

function staleness(saved: IndexManifest | null, expected: IndexIdentity): string | null {
  if (saved === null) return 'there is no saved index';
  if (saved.format !== expected.format) return 'the saved index has an older format';
  if (saved.corpus !== expected.corpus) return 'the corpus changed since the index was built';
  if (saved.analysis !== expected.analysis) return 'the analyzer, lexicons or extraction changed since the index was built';
  return null;
}
