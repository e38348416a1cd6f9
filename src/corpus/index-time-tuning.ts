import { setFlagsFromString } from 'node:v8';

/**
 * Index-time work (cleaning, extraction, indexing) makes many short-lived objects (tokens, spans,
 * candidate phrases) while the records it keeps pile up. With V8's default young generation
 * (16 MB semi-spaces) the surviving records are copied from space to space again and again.
 * Index-time threads get room for 64 MB semi-spaces: worker threads through their resource
 * limits, a process that builds indexes (`npm run index`, the benchmark's build) through
 * `INDEX_PROCESS_FLAGS` on its command line, the only place V8 takes it for the main thread
 * (set later, the flag leaves the running heap as it is: checked with --trace-gc).
 * A serving process must not have it: its settled memory at 100,000 paragraphs was 322 MiB with
 * it against 199 MiB without.
 */
export const SEMI_SPACE_MB = 64;

/** The young generation of a worker thread doing index-time work (two semi-spaces and as much for large objects). */
export const WORKER_YOUNG_GENERATION_MB = 3 * SEMI_SPACE_MB;

/**
 * Node flags for a process that only builds indexes (package.json's `index` script, the
 * benchmark's build child): about 4% off a 100,000-paragraph build (interleaved runs).
 */
export const INDEX_PROCESS_FLAGS: readonly string[] = [`--max-semi-space-size=${SEMI_SPACE_MB}`];

/**
 * How much bytecode TurboFan may inline into one function it optimises, at index time. The build
 * runs a large body of code (cleaning, three extractors) once per article, in two isolates on a
 * large corpus (this thread and a worker), so compiling it is a large share of the build: on a
 * 2-core machine at 100,000 paragraphs the compiler threads took about a core for the first two
 * seconds. With V8's default budget (920) the largest functions took 40-70 ms each to compile,
 * several times over as they were re-optimised; with 100 the build took about 7% less time and
 * CPU (five interleaved runs each), small functions being inlined still.
 */
const INDEX_TIME_INLINING_BUDGET = 100;
/** V8's own budget (Node 20, V8 11), restored for query-time code compiled after a build. */
const DEFAULT_INLINING_BUDGET = 920;

let depth = 0;

/**
 * Runs index-time work with the lower inlining budget, then gives the code compiled afterwards
 * (answering queries) V8's default again. A V8 flag set after start-up, which V8 reads whenever it
 * compiles a function (worker threads started meanwhile share it): measured effective on Node 20,
 * and at worst ignored (the build is only slower). Calls may nest (loading inside a build).
 */
export function atIndexTime<T>(work: () => T): T {
  if (depth++ === 0) setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INDEX_TIME_INLINING_BUDGET}`);
  try {
    return work();
  } finally {
    if (--depth === 0) setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${DEFAULT_INLINING_BUDGET}`);
  }
}
