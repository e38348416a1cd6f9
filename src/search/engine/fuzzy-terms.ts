import type { TermTable } from './term-table.js';

/** A vocabulary term near a query term, and its Levenshtein distance. */
export interface NearTerm {
  readonly id: number;
  readonly distance: number;
}

/**
 * Every vocabulary term within `maxDistance` edits (Levenshtein) of `query`, found by walking the
 * sorted vocabulary as an implicit radix tree: a range of terms sharing a prefix is one node, and a
 * branch is left as soon as no term below it can be within the distance. The query is at most
 * 40 code units (the analyzer's cap), so a row of the table costs at most 41 cells.
 */
export function fuzzyTerms(table: TermTable, query: string, maxDistance: number): NearTerm[] {
  const m = query.length;
  const q = new Uint16Array(m);
  for (let j = 0; j < m; j++) q[j] = query.charCodeAt(j);
  const rows: Int32Array[] = [Int32Array.from({ length: m + 1 }, (_, j) => j)];
  const rowAt = (depth: number): Int32Array => (rows[depth] ??= new Int32Array(m + 1));
  const found: NearTerm[] = [];

  const visit = (lo: number, hi: number, depth: number): void => {
    const row = rows[depth]!;
    if (table.termLength(lo) === depth) {
      if (row[m]! <= maxDistance) found.push({ id: lo, distance: row[m]! });
      lo++;
    }
    while (lo < hi) {
      const [start, end] = table.narrow(lo, hi, depth, table.unitAt(lo, depth));
      // The terms of [start, end) share every code unit up to the longest common prefix of the first and last.
      const limit = Math.min(table.termLength(start), table.termLength(end - 1));
      let shared = depth + 1;
      while (shared < limit && table.unitAt(start, shared) === table.unitAt(end - 1, shared)) shared++;
      let alive = true;
      for (let at = depth; at < shared && alive; at++) alive = nextRow(rows[at]!, rowAt(at + 1), q, table.unitAt(start, at), maxDistance);
      if (alive) visit(start, end, shared);
      lo = end;
    }
  };
  if (table.size > 0) visit(0, table.size, 0);
  return found;
}

/** One row of the edit-distance table for one more code unit; false when every cell exceeds the bound. */
function nextRow(previous: Int32Array, row: Int32Array, query: Uint16Array, unit: number, maxDistance: number): boolean {
  row[0] = previous[0]! + 1;
  let best = row[0];
  for (let j = 1; j < row.length; j++) {
    const substitute = previous[j - 1]! + (query[j - 1] === unit ? 0 : 1);
    const cell = Math.min(previous[j]! + 1, row[j - 1]! + 1, substitute);
    row[j] = cell;
    if (cell < best) best = cell;
  }
  return best <= maxDistance;
}
