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

let widened = false;

/**
 * Lets this process's young generation grow to `SEMI_SPACE_MB` semi-spaces, once, before
 * index-time work. A V8 flag set after start-up: V8 reads it whenever it resizes the space
 * (measured effective on Node 20); at worst it is ignored and the build is only slower.
 */
export function widenYoungGeneration(): void {
  if (widened) return;
  widened = true;
  setFlagsFromString(`--max-semi-space-size=${SEMI_SPACE_MB}`);
}
