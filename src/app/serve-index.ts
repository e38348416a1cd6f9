import { type OpenedIndex, openCorpusIndex } from '../corpus-index/open-index.js';
import type { Logger } from '../logger.js';
import type { Config } from './config.js';
import { CorpusWatcher } from './corpus-watcher.js';
import { LiveIndex, type ReloadReport } from './live-index.js';
import { type WarmUpReport, warmUp } from './warm-up.js';

/** The index a long-running process serves: opened, warmed, held, and kept up to date. */
export interface ServedIndex {
  /** What every transport reads its index from, at the start of each command. */
  readonly live: LiveIndex;
  /** How the index was opened (loaded, built, rebuilt or kept), with its warnings. */
  readonly opened: OpenedIndex;
  readonly warmed: WarmUpReport;
  /** From the start of opening to ready, in milliseconds. */
  readonly readyMs: number;
  /** True when the corpus folder is watched (SUMBER_WATCH=on). */
  readonly watching: boolean;
  /** Updates the index from the corpus folder now (the admins' reload command, the console's /reload). */
  reload(): Promise<ReloadReport>;
  /** Stops watching and updating. */
  close(): void;
}

/**
 * The one way `npm start` (gateway bot or console) and `npm run serve` (HTTP endpoint) make their
 * index ready: open it (load, or build and save), warm it up, hold it in a `LiveIndex` that every
 * transport reads at the start of each command, and, unless SUMBER_WATCH=off, watch the corpus
 * folder so that an article dropped in is answered within seconds, without a restart. With
 * watching on, a first update runs at once in the background: it reads every article and makes its
 * extraction, so that later updates only clean and extract the files that change (and it catches
 * what changed while the index was opening).
 */
export function openServedIndex(config: Config, logger: Logger, options: { readonly watch?: boolean } = {}): ServedIndex {
  const started = Date.now();
  const opened = openCorpusIndex(config.dataDir, { write: true, engine: config.SUMBER_ENGINE });
  const warmed = warmUp(opened.index);
  const readyMs = Date.now() - started;
  const live = new LiveIndex(config.dataDir, opened.index, { logger, write: true, engine: config.SUMBER_ENGINE }, opened.searchEngine);
  const watching = (options.watch ?? true) && config.SUMBER_WATCH === 'on';
  let watcher: CorpusWatcher | null = null;
  if (watching) {
    watcher = new CorpusWatcher(config.dataDir, () => void live.reload('watch'), { logger });
    watcher.start();
    void live.reload('start');
  }
  return {
    live,
    opened,
    warmed,
    readyMs,
    watching,
    reload: () => live.reload('command'),
    close() {
      watcher?.close();
      live.close();
    },
  };
}
