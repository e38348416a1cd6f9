import { SEARCH_OPTIONS } from '../search-options.js';

/** BM25+'s parameters (`SEARCH_OPTIONS.bm25`: MiniSearch's). */
export const BM25 = SEARCH_OPTIONS.bm25;

/** Inverse document frequency of a term found in `matching` of `total` paragraphs (always > 0). */
export function inverseDocumentFrequency(matching: number, total: number): number {
  return Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
}

/** The length part of BM25's denominator for a paragraph of `length` tokens: `k (1 - b + b length / average)`. */
export function lengthNorm(length: number, averageLength: number): number {
  return BM25.k * (1 - BM25.b + (BM25.b * length) / averageLength);
}

/** The term-frequency part of BM25+ for a term seen `frequency` times in a paragraph with `norm` = lengthNorm(...). */
export function saturation(frequency: number, norm: number): number {
  return BM25.d + (frequency * (BM25.k + 1)) / (frequency + norm);
}

/** Weight of a fuzzy match (MiniSearch's): `0.3 * length / (length + distance)` for the matched term. */
export function fuzzyWeight(termLength: number, distance: number): number {
  return (0.3 * termLength) / (termLength + distance);
}
