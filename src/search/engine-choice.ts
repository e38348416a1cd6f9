import type { EngineName } from './paragraph-engine.js';

/** `SUMBER_ENGINE`: an engine by name, or `auto` (by the corpus's size). */
export type EngineChoice = 'auto' | EngineName;
export const ENGINE_CHOICES: readonly EngineChoice[] = ['auto', 'minisearch', 'compact'];

/**
 * The largest corpus, in paragraphs, that `auto` gives to MiniSearch; above it the compact engine
 * serves. From the benchmark (README, "Which engine"): the largest size measured at which our
 * MiniSearch engine's search p99 over the benchmark's query set stays under 50 ms on the project's
 * machine.
 */
export const MINISEARCH_MAX_PARAGRAPHS = 40_000;

/** The engine for a corpus of `paragraphs`, and why, for the start-up message. */
export function chooseEngine(choice: EngineChoice, paragraphs: number): { readonly name: EngineName; readonly why: string } {
  if (choice !== 'auto') return { name: choice, why: `SUMBER_ENGINE=${choice}` };
  const size = paragraphs.toLocaleString('en-US');
  const limit = MINISEARCH_MAX_PARAGRAPHS.toLocaleString('en-US');
  return paragraphs <= MINISEARCH_MAX_PARAGRAPHS
    ? { name: 'minisearch', why: `auto: ${size} paragraphs, MiniSearch up to ${limit}` }
    : { name: 'compact', why: `auto: ${size} paragraphs, above MiniSearch's ${limit}` };
}

/** `SUMBER_ENGINE` from an environment (unset or empty: auto); throws a clear error for another value. */
export function engineChoiceFrom(env: Readonly<Record<string, string | undefined>>): EngineChoice {
  const value = env.SUMBER_ENGINE?.trim() ?? '';
  if (value === '') return 'auto';
  if ((ENGINE_CHOICES as readonly string[]).includes(value)) return value as EngineChoice;
  throw new Error(`SUMBER_ENGINE must be one of ${ENGINE_CHOICES.join(', ')} (got "${value}")`);
}
