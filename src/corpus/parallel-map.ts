import { availableParallelism } from 'node:os';
import { getHeapStatistics } from 'node:v8';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { WORKER_YOUNG_GENERATION_MB } from './index-time-tuning.js';

/**
 * `items.map(run)` spread over worker threads behind a synchronous call, for the index-time work
 * done item by item (cleaning articles, extracting from them). The items are cut into chunks that
 * this thread and the workers claim one at a time from a shared counter, so a worker that starts
 * late (a worker spends about half a second loading the code) or runs slow simply takes fewer;
 * this thread then waits for the chunks the workers took. A chunk a worker does not deliver (it
 * could not start, threw, or died) is done here instead. The result is `items.map(run)`, in order.
 */

/** A function a worker thread can load and run: a module's export, by name. */
export interface WorkerTask {
  /** URL of the module (a .ts module when this code runs from TypeScript sources through tsx). */
  readonly module: string;
  readonly name: string;
}

/** How many items go in one chunk: small enough to balance the threads, large enough to post few messages. */
const DEFAULT_CHUNK = 32;
/** How long to wait for one chunk a worker has taken before doing it here instead. */
const CHUNK_TIMEOUT_MS = 120_000;

export const UNCLAIMED = 0;
export const CLAIMED = 1;
export const DELIVERED = 2;
export const FAILED = 3;

/** What a worker receives (see parallel-map-worker.ts). */
export interface WorkerInput {
  readonly task: WorkerTask;
  readonly items: readonly unknown[];
  readonly chunk: number;
  /** [0]: the next chunk to claim. */
  readonly counter: SharedArrayBuffer;
  /** One state per chunk: UNCLAIMED, CLAIMED, DELIVERED or FAILED. */
  readonly states: SharedArrayBuffer;
  readonly port: MessagePort;
  /**
   * Set when the workers stay once the chunks are done, for one job more (see `MapRun.offload`):
   * [0] is the job's state (UNCLAIMED, CLAIMED, DELIVERED or FAILED), the worker or this thread
   * that claims it first does it.
   */
  readonly job?: SharedArrayBuffer;
}

/** The job a worker kept after the map runs (see `MapRun.offload`), as posted to it. */
export interface JobMessage {
  readonly task: WorkerTask;
  readonly input: unknown;
}

/** A job's result, as the worker that did it posts it. */
export interface JobResult {
  readonly job: unknown;
}

/** A chunk's results, as a worker posts them. */
export interface ChunkMessage {
  readonly chunk: number;
  readonly results: readonly unknown[];
}

/** How the work was shared: chunks done by this thread and by workers (for tests and benchmarks). */
export interface ParallelStats {
  readonly chunks: number;
  readonly byWorkers: number;
}

/**
 * URL of the module `name` beside the module at `base` (an `import.meta.url`), with the same
 * extension: .ts when running from TypeScript sources, .js when compiled.
 */
export function moduleBeside(base: string, name: string): string {
  return new URL(`./${name}.${base.endsWith('.ts') ? 'ts' : 'js'}`, base).href;
}

/** Worker threads worth starting besides this one: one fewer than the cores, at most three. */
export const defaultWorkers = (): number => Math.max(0, Math.min(3, availableParallelism() - 1));

/** `items.map(run)`, with `workers` worker threads running `task` (the same function) besides this thread. */
export function mapInParallel<T, R>(items: readonly T[], run: (item: T) => R, task: WorkerTask, options: ParallelOptions): R[] {
  return startMapInParallel(items, run, task, options)();
}

/** How many worker threads, how many items per chunk, and who to tell how the work was shared. */
export interface ParallelOptions {
  readonly workers: number;
  readonly chunk?: number;
  /** False: this thread leaves the chunks to the workers, doing only those they do not deliver (tests). */
  readonly mainThread?: boolean;
  /** How long to wait for a chunk a worker has taken before doing it here (default two minutes). */
  readonly timeoutMs?: number;
  readonly stats?: (stats: ParallelStats) => void;
  /**
   * True: the workers stay once the map is done, for the one job `offload` gives them (the caller
   * must then call `offload` once, which lets them go).
   */
  readonly keepWorkers?: boolean;
}

/** Finishes the map (see `startMapInParallel`); then, with `keepWorkers`, hands one more job to a worker. */
export interface MapRun<S> {
  (): S[];
  /**
   * After the map, starts `task(input)` on a worker that is free (one the map kept), while this
   * thread goes on with other work; the function returned gives the result: the worker's, or
   * `local(input)` done here when no worker has taken the job yet (none was started, or none is
   * free), or when the worker that took it does not deliver it (fails, or lets `timeoutMs` pass).
   * Either way the result is `local(input)`'s. The workers are let go once it is given.
   */
  offload<A, B>(task: WorkerTask, input: A, local: (input: A) => B): () => B;
}

/**
 * Starts `items.map(run)`: the workers start at once and take chunks while this thread does
 * something else; the function returned finishes the map here (this thread takes the chunks left,
 * then waits for the workers') and returns the results in order.
 */
export function startMapInParallel<T, R>(items: readonly T[], run: (item: T) => R, task: WorkerTask, options: ParallelOptions): MapRun<R>;
/**
 * As above, then `settle` on this thread turns each result into what is returned (`settle(run(items[i]), i)`),
 * chunk by chunk as this thread does one or receives one from a worker between its own: work on
 * the results that must be done here is then shared out with the map (a worker takes more chunks
 * meanwhile) instead of waiting until every chunk is done.
 */
export function startMapInParallel<T, R, S>(
  items: readonly T[],
  run: (item: T) => R,
  task: WorkerTask,
  options: ParallelOptions,
  settle: (result: R, index: number) => S,
): MapRun<S>;
export function startMapInParallel<T, R, S>(
  items: readonly T[],
  run: (item: T) => R,
  task: WorkerTask,
  options: ParallelOptions,
  settle: (result: R, index: number) => S = (result) => result as unknown as S,
): MapRun<S> {
  const size = options.chunk ?? DEFAULT_CHUNK;
  const chunks = Math.ceil(items.length / size);
  if (options.workers <= 0 || chunks <= 1) {
    const finish = (): S[] => {
      options.stats?.({ chunks, byWorkers: 0 });
      return items.map((item, i) => settle(run(item), i));
    };
    return Object.assign(finish, {
      offload:
        <A, B>(_task: WorkerTask, input: A, local: (input: A) => B) =>
        () =>
          local(input),
    });
  }
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const states = new Int32Array(new SharedArrayBuffer(4 * chunks));
  const job = options.keepWorkers === true ? new Int32Array(new SharedArrayBuffer(4)) : undefined;
  const channels = Array.from({ length: options.workers }, () => new MessageChannel());
  const workers = channels.map((channel) =>
    startWorker({
      task,
      items,
      chunk: size,
      counter: counter.buffer as SharedArrayBuffer,
      states: states.buffer as SharedArrayBuffer,
      port: channel.port2,
      ...(job ? { job: job.buffer as SharedArrayBuffer } : {}),
    }),
  );
  const release = (): void => {
    for (const { port1 } of channels) port1.close();
    for (const worker of workers) void worker?.terminate();
  };
  const offload = <A, B>(jobTask: WorkerTask, input: A, local: (input: A) => B): (() => B) => {
    if (job === undefined || !workers.some((w) => w !== null)) {
      if (job !== undefined) release();
      return () => local(input);
    }
    const message: JobMessage = { task: jobTask, input };
    for (const [i, { port1 }] of channels.entries()) if (workers[i] !== null) port1.postMessage(message);
    return () => {
      // not taken yet: done here rather than waited for
      let state = Atomics.compareExchange(job, 0, UNCLAIMED, CLAIMED);
      if (state === UNCLAIMED) {
        release();
        return local(input);
      }
      const deadline = performance.now() + (options.timeoutMs ?? CHUNK_TIMEOUT_MS);
      while (state === CLAIMED) {
        const left = deadline - performance.now();
        if (left <= 0 || Atomics.wait(job, 0, CLAIMED, left) === 'timed-out') break;
        state = Atomics.load(job, 0);
      }
      let result: { value: B } | null = null;
      if (Atomics.load(job, 0) === DELIVERED) {
        for (const { port1 } of channels) {
          for (let m = receiveMessageOnPort(port1); m !== undefined && result === null; m = receiveMessageOnPort(port1)) {
            if (typeof m.message === 'object' && m.message !== null && 'job' in m.message) result = { value: (m.message as JobResult).job as B };
          }
        }
      }
      release();
      return result === null ? local(input) : result.value;
    };
  };
  const finish = (): S[] => {
    const results = new Array<S[] | undefined>(chunks);
    const settleChunk = (c: number, done: readonly R[]): S[] => done.map((r, j) => settle(r, c * size + j));
    const doChunk = (c: number): S[] => settleChunk(c, items.slice(c * size, (c + 1) * size).map(run));
    let byWorkers = 0;
    // the chunks the workers have posted so far, settled here
    const receive = (): void => {
      for (const { port1 } of channels) {
        for (let m = receiveMessageOnPort(port1); m !== undefined; m = receiveMessageOnPort(port1)) {
          const { chunk, results: done } = m.message as ChunkMessage;
          if (results[chunk] === undefined) (results[chunk] = settleChunk(chunk, done as R[])), byWorkers++;
        }
      }
    };
    const started = workers.some((w) => w !== null);
    if (options.mainThread !== false || !started) {
      for (let c = Atomics.add(counter, 0, 1); c < chunks; c = Atomics.add(counter, 0, 1)) {
        Atomics.store(states, c, CLAIMED);
        results[c] = doChunk(c);
        receive();
      }
    }
    // once a worker has let a chunk time out, the workers are taken for lost and the rest done here
    let lost = false;
    for (let c = 0; c < chunks; c++) {
      if (results[c] !== undefined) continue;
      const deadline = performance.now() + (options.timeoutMs ?? CHUNK_TIMEOUT_MS);
      for (let s = Atomics.load(states, c); !lost && (s === UNCLAIMED || s === CLAIMED); s = Atomics.load(states, c)) {
        const left = deadline - performance.now();
        if (left <= 0 || Atomics.wait(states, c, s, left) === 'timed-out') lost = true;
      }
      receive();
      results[c] ??= doChunk(c);
    }
    if (job === undefined) release();
    options.stats?.({ chunks, byWorkers });
    return results.flatMap((r) => r!);
  };
  return Object.assign(finish, { offload });
}

/** Starts one worker, or returns null when none can be started (this thread then does all the work). */
function startWorker(input: WorkerInput): Worker | null {
  try {
    const entry = moduleBeside(import.meta.url, 'parallel-map-worker');
    // TypeScript sources run through tsx's loader, which a worker thread must register for itself.
    const loader = entry.endsWith('.ts') ? import.meta.resolve('tsx/esm/api') : null;
    const boot = loader
      ? `import(${JSON.stringify(loader)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`
      : `import(${JSON.stringify(entry)});`;
    // as much heap as this thread may use (a worker's own default can be smaller than a large corpus needs)
    const heapMb = Math.ceil(getHeapStatistics().heap_size_limit / 1_048_576);
    const worker = new Worker(boot, {
      eval: true,
      workerData: input,
      transferList: [input.port],
      resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    // A worker that fails leaves its chunks to this thread; its error must not end the process.
    worker.on('error', () => {});
    worker.unref();
    return worker;
  } catch {
    return null;
  }
}
