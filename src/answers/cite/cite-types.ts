import type { Citation } from '../../corpus/types.js';

/**
 * How a source passage stands to a claim: `verbatim` (the claim's words appear in it, in order,
 * punctuation and case aside), `altered` (mostly the same words, with words added, dropped or put
 * in place of others), `translated` (the claim says in one language what the passage says in the
 * other, word for word as far as the glossary tells), `related` (the same subject in other words).
 */
export type CiteVerdict = 'verbatim' | 'altered' | 'translated' | 'related';

/**
 * One difference between a claim and its source: words the claim adds, words of the source it
 * drops, words it puts in place of the source's (both sides, as written), or the speaker it names
 * when the source's quote has another (`source` is the source's speaker).
 */
export interface CiteDifference {
  readonly kind: 'added' | 'removed' | 'changed' | 'speaker';
  readonly claim?: string;
  readonly source?: string;
}

/** A piece of a source passage for display: the passage's own text, a part the claim drops, or words the claim adds there. */
export interface CitePiece {
  readonly kind: 'same' | 'removed' | 'added';
  readonly text: string;
}

/**
 * Where the differences sit in a result's passage, for renderers that mark them inline (struck
 * through, bold). Kept under a symbol so that the JSON contract (`ask cite --json`) is exactly
 * `{ text, verdict, differences, speaker, direct, citation }`.
 */
export const CITE_PIECES: unique symbol = Symbol('cite pieces');

/** A source passage for a claim, best first in the answer. `text` is verbatim: a slice of the cited paragraph. */
export interface CiteResult {
  readonly text: string;
  readonly verdict: CiteVerdict;
  readonly differences: readonly CiteDifference[];
  /** The speaker of the source's quote (canonical name), null when the passage is no attributed quote. */
  readonly speaker: string | null;
  /** True when the passage is inside quotation marks in the source. */
  readonly direct: boolean;
  readonly citation: Citation;
  /** The passage in pieces, the claim's additions among them (`text` is the 'same' and 'removed' pieces joined). */
  readonly [CITE_PIECES]?: readonly CitePiece[];
}
