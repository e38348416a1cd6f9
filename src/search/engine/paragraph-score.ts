/** A doc id (inside the engine) or paragraph id (outside it) and its score. */
export interface ScoredParagraph {
  readonly id: number;
  readonly score: number;
}

/**
 * Best first; equal scores in doc id order (shorter paragraph first, then corpus order), so that
 * results never depend on the path taken.
 *
 * The score itself, computed the same way on every path (`topParagraphs`, `allParagraphs`): the
 * sum, in query order, of each matched concept's best alternative, times the sum, in query order,
 * of the matched concepts' `coverage` (see `RankingOptions`: the number of concepts matched, or
 * their information).
 */
export function byRank(a: ScoredParagraph, b: ScoredParagraph): number {
  return b.score - a.score || a.id - b.id;
}
