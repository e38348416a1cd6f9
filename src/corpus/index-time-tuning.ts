import { setFlagsFromString } from 'node:v8';

/**
 * Index-time work (cleaning, extraction, indexing) makes many short-lived objects (tokens, spans,
 * candidate phrases) while the records it keeps pile up. With V8's default young generation
 * (16 MB semi-spaces) the surviving records are copied from space to space again and again: garbage
 * collection was a fifth of the build. With room to grow to 64 MB semi-spaces, extraction took
 * about a fifth less CPU on a 100,000-paragraph corpus. The space only grows while allocation is
 * heavy; the settled memory of a serving process was measured unchanged.
 */
export const SEMI_SPACE_MB = 64;

/** The young generation of a worker thread doing index-time work (two semi-spaces and as much for large objects). */
export const WORKER_YOUNG_GENERATION_MB = 3 * SEMI_SPACE_MB;

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

let widened = false;

/**
 * Sets V8 up for index-time work, before it starts: lets the young generation grow to
 * `SEMI_SPACE_MB` semi-spaces (once) and lowers the inlining budget until `tuneForQueries`.
 * V8 flags set after start-up: V8 reads them when it resizes the space or compiles a function
 * (measured effective on Node 20); at worst they are ignored and the build is only slower.
 */
export function tuneForIndexing(): void {
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INDEX_TIME_INLINING_BUDGET}`);
  if (widened) return;
  widened = true;
  setFlagsFromString(`--max-semi-space-size=${SEMI_SPACE_MB}`);
}

/** Gives the code compiled from now on (answering queries) V8's default inlining budget again. */
export function tuneForQueries(): void {
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${DEFAULT_INLINING_BUDGET}`);
}
