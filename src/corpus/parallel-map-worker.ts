/**
 * A worker thread of `mapInParallel` (parallel-map.ts): loads the task's function, then claims
 * chunks of items from the shared counter until none is left, posting each chunk's results. When
 * the map keeps its workers, it then waits for the one job more (`MapRun.offload`) and does it if
 * it claims it first.
 */
import { workerData } from 'node:worker_threads';
import { type ChunkMessage, CLAIMED, DELIVERED, FAILED, type JobMessage, type JobResult, UNCLAIMED, type WorkerInput } from './parallel-map.js';

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
if (input.job === undefined) {
  input.port.close();
} else {
  const job = new Int32Array(input.job);
  input.port.on('message', (message: JobMessage) => {
    if (Atomics.compareExchange(job, 0, UNCLAIMED, CLAIMED) !== UNCLAIMED) return;
    void (async () => {
      let state = DELIVERED;
      try {
        const task = ((await import(message.task.module)) as Record<string, (input: unknown) => unknown>)[message.task.name]!;
        const result: JobResult = { job: task(message.input) };
        input.port.postMessage(result);
      } catch {
        state = FAILED;
      }
      Atomics.store(job, 0, state);
      Atomics.notify(job, 0);
    })();
  });
}
