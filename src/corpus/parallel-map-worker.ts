/**
 * A worker thread of `mapInParallel` (parallel-map.ts): loads the task's function, then claims
 * chunks of items from the shared counter until none is left, posting each chunk's results.
 */
import { workerData } from 'node:worker_threads';
import { CLAIMED, DELIVERED, FAILED, type ChunkMessage, type WorkerInput } from './parallel-map.js';

const input = workerData as WorkerInput;
const counter = new Int32Array(input.counter);
const states = new Int32Array(input.states);
const run = ((await import(input.task.module)) as Record<string, (item: unknown) => unknown>)[input.task.name]!;

for (let c = Atomics.add(counter, 0, 1); c < states.length; c = Atomics.add(counter, 0, 1)) {
  Atomics.store(states, c, CLAIMED);
  let state = DELIVERED;
  try {
    const message: ChunkMessage = { chunk: c, results: input.items.slice(c * input.chunk, (c + 1) * input.chunk).map((item) => run(item)) };
    input.port.postMessage(message);
  } catch {
    state = FAILED;
  }
  Atomics.store(states, c, state);
  Atomics.notify(states, c);
}
input.port.close();
