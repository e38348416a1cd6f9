import { type FSWatcher, watch } from 'node:fs';
import { join } from 'node:path';
import { articleFileStamp, isArticleFileName, MAX_MANIFEST_BYTES } from '../corpus/article-files.js';
import type { Logger } from '../logger.js';

export interface CorpusWatcherOptions {
  readonly logger: Logger;
  /** Quiet time after the last event before the changed files are looked at (a burst is one change). */
  readonly debounceMs?: number;
  /** A changed file must keep its size and time this long before it is read (a copy or save in progress). */
  readonly settleMs?: number;
  /** However busy the folder, an update is asked for at least this often while changes keep coming. */
  readonly maxWaitMs?: number;
  /** How often to look for a watched folder that went away (deleted, unmounted) to come back. */
  readonly retryMs?: number;
}

/**
 * Watches a corpus folder (`fs.watch` on `articles/` and on the folder itself, for `sources.json`
 * and for `articles/` being replaced) and calls `onChange` once the changes have settled: events are
 * debounced (a burst of saves or a folder copied in is one change), then every file named by them
 * must keep its size and modification time for `settleMs` before `onChange` runs, so that a file
 * still being copied or saved is not read half-written. Names that are not articles (an editor's
 * swap or backup file, a hidden temporary file of a save or an rsync, the index's own folders) are
 * ignored. A watched folder that goes away is looked for again every `retryMs`; when it is back,
 * `onChange` runs (what it holds may have changed). Never throws into the process: a watch error is
 * a warning in the log.
 */
export class CorpusWatcher {
  #watchers: FSWatcher[] = [];
  #pending = new Set<string>();
  #stamps = new Map<string, string>();
  #debounce: NodeJS.Timeout | null = null;
  #retry: NodeJS.Timeout | null = null;
  #firstPending = 0;
  #closed = false;
  /** The folder could not be watched, and that has been logged (once, until it can be again). */
  #lostLogged = false;
  readonly #debounceMs: number;
  readonly #settleMs: number;
  readonly #maxWaitMs: number;
  readonly #retryMs: number;

  constructor(
    readonly dataDir: string,
    private readonly onChange: () => void,
    private readonly options: CorpusWatcherOptions,
  ) {
    this.#debounceMs = options.debounceMs ?? 250;
    this.#settleMs = options.settleMs ?? 400;
    this.#maxWaitMs = options.maxWaitMs ?? 10_000;
    this.#retryMs = options.retryMs ?? 2_000;
  }

  /** Starts watching; false (with a warning logged, and retries) when the folder cannot be watched now. */
  start(): boolean {
    if (this.#closed) return false;
    this.#stopWatchers();
    try {
      this.#watchers.push(this.#watch(this.dataDir, (name) => name === 'sources.json' || name === 'articles'));
      this.#watchers.push(this.#watch(join(this.dataDir, 'articles'), (name) => isArticleFileName(name) && !name.startsWith('.') && !name.startsWith('~')));
      if (this.#lostLogged) this.options.logger.info('watching the corpus folder again', { folder: this.dataDir });
      this.#lostLogged = false;
      return true;
    } catch (error) {
      this.#lost(error);
      return false;
    }
  }

  close(): void {
    this.#closed = true;
    this.#stopWatchers();
    if (this.#debounce) clearTimeout(this.#debounce);
    if (this.#retry) clearTimeout(this.#retry);
    this.#debounce = this.#retry = null;
  }

  #watch(dir: string, wanted: (name: string) => boolean): FSWatcher {
    const watcher = watch(dir, { persistent: true }, (event, name) => {
      const file = name === null ? null : String(name);
      // no name (some platforms): anything may have changed
      if (file !== null && !wanted(file)) return;
      const path = file === null ? dir : join(dir, file);
      // the articles/ folder itself renamed, removed or replaced: watch it again
      if (dir === this.dataDir && file === 'articles' && event === 'rename') this.#rewatchSoon();
      this.#changed(path);
    });
    watcher.on('error', (error) => this.#lost(error));
    return watcher;
  }

  #changed(path: string): void {
    if (this.#closed) return;
    if (this.#pending.size === 0) this.#firstPending = Date.now();
    this.#pending.add(path);
    this.#stamps.delete(path);
    this.#schedule(this.#debounceMs);
  }

  #schedule(ms: number): void {
    if (this.#debounce) clearTimeout(this.#debounce);
    // a folder that never goes quiet still gets its updates
    const wait = Math.max(0, Math.min(ms, this.#firstPending + this.#maxWaitMs - Date.now()));
    this.#debounce = setTimeout(() => this.#check(), wait);
    this.#debounce.unref();
  }

  /** Fires when every pending file has kept its stamp since the last look, else looks again later. */
  #check(): void {
    this.#debounce = null;
    if (this.#closed || this.#pending.size === 0) return;
    let settled = Date.now() - this.#firstPending >= this.#maxWaitMs;
    if (!settled) {
      settled = true;
      for (const path of this.#pending) {
        const stamp = articleFileStamp(path, MAX_MANIFEST_BYTES);
        if (this.#stamps.get(path) !== stamp) settled = false;
        this.#stamps.set(path, stamp);
      }
    }
    if (!settled) {
      this.#schedule(this.#settleMs);
      return;
    }
    this.#pending.clear();
    this.#stamps.clear();
    try {
      this.onChange();
    } catch (error) {
      this.options.logger.error('corpus change handler failed', { error });
    }
  }

  #rewatchSoon(): void {
    if (this.#retry || this.#closed) return;
    this.#retry = setTimeout(() => {
      this.#retry = null;
      if (this.start()) this.#changed(join(this.dataDir, 'articles'));
    }, this.#retryMs);
    this.#retry.unref();
  }

  #lost(error: unknown): void {
    if (this.#closed) return;
    if (!this.#lostLogged)
      this.options.logger.warn('cannot watch the corpus folder; the index served stays as it is, and the folder is looked for again', {
        folder: this.dataDir,
        error: (error as NodeJS.ErrnoException).code ?? (error as Error).message,
        retryInSeconds: this.#retryMs / 1000,
      });
    this.#lostLogged = true;
    this.#stopWatchers();
    this.#rewatchSoon();
  }

  #stopWatchers(): void {
    for (const w of this.#watchers) {
      try {
        w.close();
      } catch {
        // already closed
      }
    }
    this.#watchers = [];
  }
}
