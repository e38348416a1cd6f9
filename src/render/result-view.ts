import type { Citation } from '../corpus/types.js';

/**
 * One result, ready to be laid out as an embed: the verbatim snippet (raw, escaped later so it can
 * be cut to fit), a markdown lead line (speaker, date or party), markdown notes, and citations.
 */
export interface ResultView {
  readonly snippet: string;
  readonly lead: string | null;
  readonly notes: readonly string[];
  readonly citations: readonly Citation[];
  /** A second source this result points at (the accusation a denial answers). */
  readonly related: { readonly label: string; readonly citation: Citation } | null;
  /** The snippet as a block quote with marks of its own (a /cite passage and the claim's differences), within `max` characters. */
  readonly marked?: ((max: number) => string) | undefined;
}
