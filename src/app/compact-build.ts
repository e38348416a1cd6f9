import { getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { moduleBeside } from '../corpus/parallel-map.js';
import type { PostingsData } from '../search/engine/postings.js';
import { TermTable } from '../search/engine/term-table.js';
import { SearchEngine } from '../search/search-engine.js';

/** What the worker posts back: the compact engine's arrays (its vocabulary's, then its postings'). */
type CompactArrays = PostingsData & { readonly units: Uint16Array; readonly offsets: Uint32Array };

/**
 * Builds the compact engine over paragraph texts in a worker thread, so that a live update's
 * rebuild (seconds on a large corpus) does not hold the queries of the index being served: this
 * thread only copies the texts over and takes the arrays back (transferred). Where no worker can
 * run (it fails to start, or throws), the engine is built here instead: the update is slower, never
 * lost.
 */
export async function buildCompactOffThread(texts: readonly string[]): Promise<SearchEngine> {
  try {
    const arrays = await inWorker(texts);
    const { units, offsets, ...postings } = arrays;
    return new SearchEngine(new TermTable(units, offsets), postings);
  } catch {
    return SearchEngine.build(texts);
  }
}

function inWorker(texts: readonly string[]): Promise<CompactArrays> {
  const entry = moduleBeside(import.meta.url, 'compact-build-worker');
  // TypeScript sources run through tsx's loader, which a worker thread must register for itself.
  const loader = entry.endsWith('.ts') ? import.meta.resolve('tsx/esm/api') : null;
  const boot = loader
    ? `import(${JSON.stringify(loader)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`
    : `import(${JSON.stringify(entry)});`;
  const heapMb = Math.ceil(getHeapStatistics().heap_size_limit / 1_048_576);
  return new Promise((resolve, reject) => {
    const worker = new Worker(boot, { eval: true, workerData: texts, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    let done = false;
    worker.once('message', (arrays: CompactArrays) => {
      done = true;
      resolve(arrays);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      done = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!done) reject(new Error(`the engine worker exited (${code}) without an engine`));
    });
  });
}
