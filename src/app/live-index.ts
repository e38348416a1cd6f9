import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { setImmediate as yieldToQueries } from 'node:timers/promises';
import { articleFileStamp, isHtmlFileName, listArticleFiles, readArticleBytes } from '../corpus/article-files.js';
import { decodeArticleText } from '../corpus/decode-text.js';
import { htmlToPage } from '../corpus/html-article.js';
import { articleFromText } from '../corpus/load-corpus.js';
import { readManifest, type SourceEntry } from '../corpus/manifest.js';
import type { Article, ArticleMeta, CorpusProblem, Paragraph } from '../corpus/types.js';
import type { BuiltIndex } from '../corpus-index/build-index.js';
import type { CorpusIndex } from '../corpus-index/corpus-index.js';
import { createCorpusIndex, type IndexSnapshot } from '../corpus-index/create-corpus-index.js';
import { analysisFingerprint, corpusFingerprint, corpusStatFingerprint } from '../corpus-index/fingerprint.js';
import { ENGINE_VERSION, engineVersion, INDEX_FORMAT, type IndexManifest, saveIndex } from '../corpus-index/index-store.js';
import { indexDir } from '../corpus-index/open-index.js';
import { ParagraphStore } from '../corpus-index/paragraph-store.js';
import { extractArticle, mergeArticleParts } from '../extract/article-extraction.js';
import { unpackArticle } from '../extract/pack-article.js';
import type { PackedExtraction } from '../extract/packed-extraction.js';
import type { Extractions } from '../extract/types.js';
import type { Logger } from '../logger.js';
import { chooseEngine, type EngineChoice } from '../search/engine-choice.js';
import { buildEngine } from '../search/engines.js';
import { type EngineName, isLive, type ParagraphEngine, paragraphKey } from '../search/paragraph-engine.js';
import { buildCompactOffThread } from './compact-build.js';
import type { IndexSource } from './index-source.js';

/**
 * The one holder of the index every transport answers from, and its live updates.
 *
 * Every command reads `current` once, when it starts, and answers from that index to its end
 * (commands are synchronous: nothing can change under one). An update builds a whole new index
 * aside and puts it in place with one assignment, so no command ever sees a half-built index.
 *
 * An update reads the corpus folder by the loader's rules and reuses what it can: an article file
 * whose size, time, manifest entry (or, when those moved, content hash) are unchanged keeps its
 * cleaned article and its extraction (the per-article half of extraction: quotes with their
 * article-level speakers, dated events, denials); only new and changed files are cleaned and
 * extracted. The cross-article steps (speakers merged across articles, events grouped into a
 * timeline, denials linked to the accusations they answer, where each record sits) and the search
 * engine are then made again over the whole corpus, and the new index is saved as a build saves it
 * (atomic, checksummed), so that a restart loads it.
 *
 * Nothing is lost: a folder that cannot be read or holds no article file keeps the current index;
 * an article whose file is still there but can no longer be read (half-written, emptied, too
 * large, its permissions changed) keeps its last good version and is named in the report; an
 * update that throws keeps the current index. Updates never run two at once: changes made during
 * one give one more update after it.
 */

export type { IndexSource } from './index-source.js';

/** What made an update run. */
export type ReloadTrigger = 'watch' | 'command' | 'start';

/** What an update did, for the log, the console and the admins' reload command. */
export interface ReloadReport {
  /** `updated`: a new index is in place; `unchanged`: nothing to do; `kept`/`failed`: the current index stays. */
  readonly outcome: 'updated' | 'unchanged' | 'kept' | 'failed';
  readonly trigger: ReloadTrigger;
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
  /** Articles whose file cannot be read now: their last good version is still served. */
  readonly held: readonly CorpusProblem[];
  /** Articles and paragraphs served after the update (the same as before when nothing changed). */
  readonly articles: number;
  readonly paragraphs: number;
  readonly paragraphsBefore: number;
  /** Articles cleaned and extracted by this update (the others were reused). */
  readonly extracted: number;
  /** From the start of the update to the new index in place. */
  readonly ms: number;
  /** Where that time went: reading the folder (and cleaning), extracting, the cross-article merge, the search engine and index. */
  readonly phases?: { readonly scanMs: number; readonly extractMs: number; readonly mergeMs: number; readonly indexMs: number };
  /** How the search side was updated, in words: "compact engine rebuilt and swapped". */
  readonly enginePath: string | null;
  /** Saved for the next start (true), not saved (false: nothing to save, or saving is off), or why it failed. */
  readonly saved: boolean | string;
  readonly saveMs: number;
  /** Why the index was kept, or what failed. */
  readonly reason: string | null;
}

/** One article file as last read: the stamp and hash it was read with, and what it gave. */
interface FileVersion {
  readonly stamp: string;
  readonly entry: string;
  readonly hash: string;
  readonly article: Article | null;
  readonly problem: CorpusProblem | null;
  /** This article's own extraction, made once (lazily, when an update needs it). */
  packed: PackedExtraction | null;
}

export interface LiveIndexOptions {
  readonly logger: Logger;
  /** Save each updated index into `<dataDir>/index/` (false: memory only, as `--data` does). */
  readonly write: boolean;
  /** Time spent on this thread before letting queries in again, during the per-article steps. */
  readonly sliceMs?: number;
  /** SUMBER_ENGINE: the engine for the updated corpus, by its size when `auto` (the default). */
  readonly engine?: EngineChoice;
  /** From this many paragraphs the compact engine is rebuilt in a worker thread (default `OFF_THREAD_MIN_PARAGRAPHS`). */
  readonly offThreadMinParagraphs?: number;
}

/**
 * From this many paragraphs the compact engine is rebuilt in a worker thread. Below it the build
 * on this thread is shorter than a worker's start (about a second here, loading the code): 59
 * paragraphs took 1 ms here and 0.8 to 1 s in a worker; 10,000 took 0.2 to 0.7 s here.
 */
export const OFF_THREAD_MIN_PARAGRAPHS = 20_000;

/** Why an update did not save: the one queued after it does. */
const SAVED_BY_NEXT = 'another update follows, which saves';

/** The largest share of a corpus the manifest may name as missing, one line each. */
const MISSING_LISTED = 5;

/**
 * The index currently served, and the serialised updates that replace it. `opened`: the index
 * opened at start-up (loaded, built or kept).
 */
export class LiveIndex implements IndexSource {
  #current: CorpusIndex;
  /** The file versions the current index was made from (empty until the first update has read the folder). */
  #files = new Map<string, FileVersion>();
  #running: Promise<ReloadReport> | null = null;
  #next: Promise<ReloadReport> | null = null;
  #nextTrigger: ReloadTrigger = 'watch';
  #closed = false;
  /** The search engine of the current index (null: not known, built at the first change). */
  #engine: ParagraphEngine | null;
  readonly #sliceMs: number;

  /** `opened`: the index opened at start-up, and its engine when known (`OpenedIndex.searchEngine`). */
  constructor(
    readonly dataDir: string,
    opened: CorpusIndex,
    private readonly options: LiveIndexOptions,
    engine: ParagraphEngine | null = null,
  ) {
    this.#current = opened;
    this.#engine = engine;
    this.#sliceMs = options.sliceMs ?? 25;
  }

  get current(): CorpusIndex {
    return this.#current;
  }

  /** True while an update runs. */
  get updating(): boolean {
    return this.#running !== null;
  }

  /**
   * Runs an update now, or, when one is running, once more after it: however many times this is
   * called during an update, one more runs after it, and every caller gets its report.
   */
  reload(trigger: ReloadTrigger): Promise<ReloadReport> {
    if (this.#running === null) return this.#start(trigger);
    // A command asked for it: say so in the report, over a watcher's trigger.
    if (trigger === 'command' || this.#next === null) this.#nextTrigger = trigger;
    this.#next ??= this.#running.then(
      () => this.#startQueued(),
      () => this.#startQueued(),
    );
    return this.#next;
  }

  /** Stops further updates (an update already running finishes, but its index is not swapped in). */
  close(): void {
    this.#closed = true;
  }

  #startQueued(): Promise<ReloadReport> {
    this.#next = null;
    return this.#start(this.#nextTrigger);
  }

  #start(trigger: ReloadTrigger): Promise<ReloadReport> {
    const run = this.#update(trigger).finally(() => {
      if (this.#running === run) this.#running = null;
    });
    this.#running = run;
    return run;
  }

  async #update(trigger: ReloadTrigger): Promise<ReloadReport> {
    const started = performance.now();
    const before = this.#current;
    const base = {
      trigger,
      added: [],
      changed: [],
      removed: [],
      held: [],
      articles: before.articles.length,
      paragraphs: before.paragraphCount,
      paragraphsBefore: before.paragraphCount,
      extracted: 0,
      enginePath: null,
      saved: false,
      saveMs: 0,
    };
    const report = (fields: Partial<ReloadReport> & Pick<ReloadReport, 'outcome'>): ReloadReport => {
      const done: ReloadReport = { ...base, reason: null, ...fields, ms: fields.ms ?? Math.round(performance.now() - started) };
      this.#log(done);
      return done;
    };
    try {
      return await this.#updateNow(before, started, report);
    } catch (error) {
      return report({ outcome: 'failed', reason: `${(error as Error).name}: ${(error as Error).message}`.split('\n')[0]! });
    }
  }

  async #updateNow(
    before: CorpusIndex,
    started: number,
    report: (fields: Partial<ReloadReport> & Pick<ReloadReport, 'outcome'>) => ReloadReport,
  ): Promise<ReloadReport> {
    const { dataDir } = this;
    const articlesDir = join(dataDir, 'articles');
    // The folder's stamp before anything is read: the saved index is said to be of this folder
    // only if the stamp is the same once the update is done (see #save).
    const statBefore = corpusStatFingerprint(dataDir);
    const manifest = readManifest(join(dataDir, 'sources.json'));
    const names = listArticleFiles(articlesDir);
    if (names === null) return report({ outcome: 'kept', reason: 'articles/ cannot be read (missing, unmounted or not permitted)' });
    if (names.length === 0 && before.articles.length > 0) return report({ outcome: 'kept', reason: 'articles/ holds no article file' });

    // Per file: reuse, or read, clean and extract (giving queries their turn between files).
    let slice = performance.now();
    const pause = async () => {
      if (performance.now() - slice < this.#sliceMs) return;
      await yieldToQueries();
      slice = performance.now();
    };
    const phaseStart = performance.now();
    const versions = new Map<string, FileVersion>();
    const held: CorpusProblem[] = [];
    let extracted = 0;
    for (const file of names) {
      const entry = manifest.entries.get(file);
      let version = this.#readFile(join(articlesDir, file), file, entry);
      if (version.article === null && before.article(file) !== undefined) {
        // still there, but not readable now (half-written, emptied, refused): keep what is served
        const problem = version.problem ?? { file, message: 'cannot be read' };
        held.push(problem);
        const known = this.#files.get(file);
        version = known?.article ? known : lastGoodVersion(before, file);
      }
      versions.set(file, version);
      await pause();
    }
    const scanned = performance.now();
    for (const version of versions.values()) {
      if (version.article === null || version.packed !== null) continue;
      version.packed = extractArticle(version.article);
      extracted++;
      await pause();
    }

    const extractedAt = performance.now();
    const articles: Article[] = [];
    const problems: CorpusProblem[] = [...manifest.problems];
    for (const [file, version] of versions) {
      if (version.article) articles.push(version.article);
      const heldProblem = held.find((p) => p.file === file);
      if (heldProblem) problems.push({ file, message: `${heldProblem.message}; its last readable version is still served` });
      else if (version.problem) problems.push(version.problem);
    }
    const missing = [...manifest.entries.keys()].filter((name) => !versions.has(name));
    if (missing.length <= MISSING_LISTED)
      for (const name of missing) problems.push({ file: 'sources.json', message: `lists ${name}, which is not in articles/` });
    else problems.push({ file: 'sources.json', message: `lists ${missing.length} files that are not in articles/ (${missing.slice(0, 3).join(', ')}, …)` });

    // What changed against the index served now.
    const now = new Set(articles.map((a) => a.article));
    const added = articles.filter((a) => before.article(a.article) === undefined).map((a) => a.article);
    const removed = before.articles.filter((a) => !now.has(a.article)).map((a) => a.article);
    const changed = articles
      .filter((a) => before.article(a.article) !== undefined && this.#files.get(a.article)?.article !== a && !sameArticle(before, a))
      .map((a) => a.article);
    const counts = { added, changed, removed, held, extracted };
    if (articles.length === 0 && before.articles.length > 0)
      return report({ outcome: 'kept', ...counts, reason: 'the corpus folder gives no readable article' });
    if (added.length + changed.length + removed.length === 0) {
      this.#files = versions;
      return report({ outcome: 'unchanged', ...counts });
    }
    if (this.#closed) return report({ outcome: 'kept', ...counts, reason: 'stopping' });

    // The cross-article steps and the search engine, over the whole corpus, in one go: a new index aside.
    // Each article's records unpacked (between queries), then the merge and the engine: the two
    // steps over the whole corpus, each in one stretch, with queries let in between them.
    const parts = [];
    for (const a of articles) {
      parts.push(unpackArticle(a, versions.get(a.article)!.packed!));
      await pause();
    }
    const extractions = mergeArticleParts(articles, parts);
    const merged = performance.now();
    const paragraphCount = articles.reduce((n, a) => n + a.paragraphs.length, 0);
    const chosen = chooseEngine(this.options.engine ?? 'auto', paragraphCount);
    // the compact engine is rebuilt in a worker thread, the current index answering meanwhile
    const prebuilt =
      chosen.name === 'compact' && paragraphCount >= (this.options.offThreadMinParagraphs ?? OFF_THREAD_MIN_PARAGRAPHS)
        ? await buildCompactOffThread(articles.flatMap((a) => a.paragraphs.map((p) => p.text)))
        : (await yieldToQueries(), null);
    if (this.#closed) return report({ outcome: 'kept', ...counts, reason: 'stopping' });
    const indexStart = performance.now();
    // From here to the swap, one synchronous stretch: no query runs while the engine may be changed in place.
    const { built, enginePath } = this.#nextEngine(before, articles, problems, extractions, chosen, { added, changed, removed }, prebuilt);
    const next = createCorpusIndex(built.snapshot, built.engine);
    const phases = {
      scanMs: Math.round(scanned - phaseStart),
      extractMs: Math.round(extractedAt - scanned),
      mergeMs: Math.round(merged - extractedAt),
      indexMs: Math.round(performance.now() - indexStart),
    };
    this.#current = next; // the swap: one assignment
    this.#engine = built.engine;
    this.#files = versions;
    const ms = Math.round(performance.now() - started);
    // the commands that waited for the swap go first; saving (a few hundred ms at 10,000 paragraphs) after them
    await yieldToQueries();
    const saveStarted = performance.now();
    // with another update already asked for, that one saves: a burst of changes is saved once
    const saved = !this.options.write ? false : this.#next !== null ? SAVED_BY_NEXT : this.#save(built, statBefore, held.length > 0);
    return report({
      outcome: 'updated',
      ...counts,
      articles: articles.length,
      paragraphs: next.paragraphCount,
      ms,
      phases,
      enginePath,
      saved,
      saveMs: Math.round(performance.now() - saveStarted),
    });
  }

  /**
   * The search side of the new index. The MiniSearch engine, when it stays the chosen one, takes
   * the changed articles in place: their old paragraphs discarded, their new ones added, the corpus
   * order given again (`reorder`); the compact engine, or a change of engine (a corpus crossing the
   * threshold of SUMBER_ENGINE=auto), is a build. Synchronous, with the swap that follows it: the
   * engine of the index being served is changed only when no query can run before the swap. If
   * the change in place fails, the engine is built instead, in the same stretch.
   */
  #nextEngine(
    before: CorpusIndex,
    articles: readonly Article[],
    problems: readonly CorpusProblem[],
    extractions: Extractions,
    chosen: { readonly name: EngineName; readonly why: string },
    change: { readonly added: readonly string[]; readonly changed: readonly string[]; readonly removed: readonly string[] },
    prebuilt: ParagraphEngine | null,
  ): { built: BuiltIndex; enginePath: string } {
    const engine = this.#engine;
    const metas = articles.map(({ paragraphs: _omit, ...meta }) => meta);
    const paragraphs = articles.flatMap((a) => a.paragraphs);
    // made before the engine is touched: nothing that can fail is left between a change in place and the swap but the engine's own calls
    const snapshot: IndexSnapshot = { articles: metas, paragraphs: ParagraphStore.fromParagraphs(paragraphs), problems, ...extractions };
    if (engine !== null && isLive(engine) && engine.name === chosen.name) {
      const started = performance.now();
      try {
        const byId = new Map(articles.map((a) => [a.article, a]));
        let discarded = 0;
        for (const id of [...change.changed, ...change.removed]) {
          for (let n = 1; before.paragraphId(id, n) !== undefined; n++) if (engine.discard(paragraphKey(id, n))) discarded++;
        }
        let added = 0;
        for (const id of [...change.changed, ...change.added]) {
          for (const p of byId.get(id)!.paragraphs) {
            engine.add(paragraphKey(id, p.number), p.text);
            added++;
          }
        }
        engine.reorder(paragraphs.map((p) => paragraphKey(p.article, p.number)));
        const ms = Math.round(performance.now() - started);
        return {
          built: { snapshot, engine },
          enginePath: `MiniSearch engine updated in place (${discarded} paragraphs discarded, ${added} added, in ${ms} ms)`,
        };
      } catch (error) {
        this.options.logger.warn('the search engine could not be changed in place; building it again', { error });
      }
    }
    const rebuilt = prebuilt ?? buildEngine(chosen.name, paragraphs);
    const where = prebuilt ? ' in a worker thread' : '';
    const path =
      engine !== null && engine.name !== chosen.name
        ? `${chosen.name} engine built${where} in place of ${engine.name} (${chosen.why}), swapped`
        : `${chosen.name} engine rebuilt${where} and swapped`;
    return { built: { snapshot, engine: rebuilt }, enginePath: path };
  }

  /** The version of one article file: the one already read when it has not changed, else read now. */
  #readFile(path: string, file: string, entry: SourceEntry | undefined): FileVersion {
    const stamp = articleFileStamp(path);
    const entryKey = JSON.stringify(entry ?? null);
    const known = this.#files.get(file);
    if (known && known.stamp === stamp && known.entry === entryKey) return known;
    const read = readArticleBytes(path);
    if (!read.ok) return { stamp, entry: entryKey, hash: '', article: null, problem: { file, message: read.message }, packed: null };
    const hash = createHash('sha256').update(read.bytes).digest('hex');
    if (known && known.hash === hash && known.entry === entryKey) return { ...known, stamp };
    const decoded = decodeArticleText(read.bytes);
    if (!decoded.ok) return { stamp, entry: entryKey, hash, article: null, problem: { file, message: decoded.message }, packed: null };
    const page = isHtmlFileName(file) ? htmlToPage(decoded.text) : { text: decoded.text, hints: undefined };
    const article = articleFromText(page.text, file, entry, page.hints);
    if (!article) return { stamp, entry: entryKey, hash, article: null, problem: { file, message: 'has no article text after cleaning' }, packed: null };
    return { stamp, entry: entryKey, hash, article, problem: decoded.note === null ? null : { file, message: decoded.note }, packed: null };
  }

  /**
   * Saves the new index as a build does. Its manifest names the folder as it was when the update
   * began; if any file changed meanwhile, nothing is saved (the watcher has an update coming, which
   * saves). With articles held at their last good version, the saved index is marked as not
   * matching the folder, so that a restart rebuilds and applies open-index's own rule to them.
   */
  #save(built: BuiltIndex, statBefore: string, heldBack: boolean): boolean | string {
    try {
      const corpus = corpusFingerprint(this.dataDir);
      if (corpusStatFingerprint(this.dataDir) !== statBefore) return 'the corpus changed during the update; the next update saves';
      const manifest: Omit<IndexManifest, 'files'> = {
        format: INDEX_FORMAT,
        corpus: heldBack ? `held-back:${corpus}` : corpus,
        corpusStat: heldBack ? `held-back:${statBefore}` : statBefore,
        analysis: analysisFingerprint(ENGINE_VERSION),
        engine: built.engine.name,
        engineVersion: engineVersion(built.engine.name),
        builtAt: new Date().toISOString(),
        articles: built.snapshot.articles.length,
        paragraphs: built.snapshot.paragraphs.size,
        articleFiles: listArticleFiles(join(this.dataDir, 'articles'))?.length ?? 0,
      };
      saveIndex(indexDir(this.dataDir), built, manifest);
      return true;
    } catch (error) {
      return (error as Error).message;
    }
  }

  #log(report: ReloadReport): void {
    const { logger } = this.options;
    const fields = {
      trigger: report.trigger,
      added: report.added.length,
      changed: report.changed.length,
      removed: report.removed.length,
      articles: report.articles,
      paragraphs: report.paragraphs,
      extracted: report.extracted,
      ms: report.ms,
      ...(report.phases ?? {}),
      ...(report.enginePath ? { engine: report.enginePath } : {}),
      ...(report.outcome === 'updated' ? { saved: report.saved, saveMs: report.saveMs } : {}),
      ...(report.reason ? { reason: report.reason } : {}),
    };
    for (const problem of report.held)
      logger.warn('corpus file cannot be read now; its last good version is still served', { file: problem.file, problem: problem.message });
    if (report.outcome === 'updated') {
      logger.info('index updated', { ...fields, files: [...report.added, ...report.changed, ...report.removed].slice(0, 10) });
      // as at a start (open-index), files removed from articles/ make a smaller index: said loudly
      if (report.removed.length > 0)
        logger.warn('articles removed from the corpus folder are no longer served', {
          removed: report.removed.length,
          files: report.removed.slice(0, 10),
          articles: report.articles,
        });
    } else if (report.outcome === 'unchanged') logger.debug('corpus checked: nothing to update', fields);
    else
      logger.warn(
        report.outcome === 'kept' ? 'corpus update not applied; the current index is still served' : 'corpus update failed; the current index is still served',
        fields,
      );
    if (typeof report.saved === 'string' && report.saved !== SAVED_BY_NEXT) logger.warn('the updated index was not saved', { reason: report.saved });
  }
}

/** True when an article of `index` has the same metadata and paragraphs as `article`. */
function sameArticle(index: CorpusIndex, article: Article): boolean {
  const meta = index.article(article.article);
  if (!meta || !sameMeta(meta, article)) return false;
  for (const p of article.paragraphs) if (index.paragraph(article.article, p.number)?.text !== p.text) return false;
  return index.paragraph(article.article, article.paragraphs.length + 1) === undefined;
}

function sameMeta(a: ArticleMeta, b: ArticleMeta): boolean {
  const { paragraphs: _p, ...rest } = b as Article;
  return JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(rest).sort());
}

/** An article as the index serves it (its metadata and paragraphs), for holding it when its file turns unreadable. */
function lastGoodVersion(index: CorpusIndex, file: string): FileVersion {
  const meta = index.article(file)!;
  const paragraphs: Paragraph[] = [];
  for (let n = 1; ; n++) {
    const p = index.paragraph(file, n);
    if (!p) break;
    paragraphs.push(p);
  }
  return { stamp: '', entry: '', hash: '', article: { ...meta, paragraphs }, problem: null, packed: null };
}
