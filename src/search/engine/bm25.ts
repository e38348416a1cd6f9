/**
 * BM25+ with MiniSearch's parameters, so that scores keep the meaning they had: `k` is term
 * frequency saturation, `b` length normalisation, `d` the lower bound a matching term always adds.
 */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

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
