import type { Span } from '../extract/types.js';
import { foldText } from '../language/fold.js';
import { wordRuns } from '../language/tokenize.js';
import type { ParagraphStore } from './paragraph-store.js';

/**
 * Where the records of one kind (quotes, events or denials) sit, computed once per index so that a
 * query filters or ranks them by topic with array lookups instead of string keys.
 */
export interface RecordPlaces {
  /** The paragraph id of every record, aligned with the record array (`index.quotes[i]` is in `paragraphIds[i]`). */
  readonly paragraphIds: Uint32Array;
  /** The distinct paragraph ids holding at least one record, ascending: the `within` of a `searchTop`. */
  readonly paragraphs: Uint32Array;
  /** Positions (in the record array) of the records in one paragraph, in record order. */
  at(paragraphId: number): Uint32Array;
}

/** One name records are attributed to (a quote's speaker, a denial's party), with its folded words and its records. */
export interface NamedRecords {
  readonly name: string;
  /** The name folded (case, accents) and split into words: compare against `foldText` words of a query. */
  readonly words: readonly string[];
  /** Positions of its records in the record array, ascending. */
  readonly records: Uint32Array;
}

/** Lays out records by paragraph: a counting sort into per-paragraph slices (CSR). */
export function recordPlaces(records: readonly Span[], store: ParagraphStore): RecordPlaces {
  const paragraphIds = new Uint32Array(records.length);
  const starts = new Uint32Array(store.size + 1);
  records.forEach((r, i) => {
    const id = store.idOf(r.article, r.paragraph);
    if (id === undefined) throw new Error(`record-places: a record cites paragraph ${r.paragraph} of ${r.article}, which the index does not hold`);
    paragraphIds[i] = id;
    starts[id + 1] = starts[id + 1]! + 1;
  });
  let distinct = 0;
  for (let p = 0; p < store.size; p++) {
    if (starts[p + 1]! > 0) distinct++;
    starts[p + 1] = starts[p + 1]! + starts[p]!;
  }
  const order = new Uint32Array(records.length);
  const fill = starts.slice(0, store.size);
  for (let i = 0; i < records.length; i++) {
    const p = paragraphIds[i]!;
    order[fill[p]!] = i;
    fill[p] = fill[p]! + 1;
  }
  const paragraphs = new Uint32Array(distinct);
  for (let p = 0, k = 0; p < store.size; p++) if (starts[p + 1]! > starts[p]!) paragraphs[k++] = p;
  return { paragraphIds, paragraphs, at: (p) => order.subarray(starts[p] ?? 0, starts[p + 1] ?? 0) };
}

/** Groups records by the names `namesOf` gives each (a record may carry several: a joint statement). */
export function recordsByName<R>(records: readonly R[], namesOf: (record: R) => readonly (string | null)[]): NamedRecords[] {
  const groups = new Map<string, number[]>();
  records.forEach((record, i) => {
    const names = namesOf(record);
    names.forEach((name, j) => {
      if (name === null || names.indexOf(name) !== j) return; // a name twice in one record counts once
      let group = groups.get(name);
      if (!group) groups.set(name, (group = []));
      group.push(i);
    });
  });
  return [...groups].map(([name, positions]) => ({ name, words: wordRuns(foldText(name)), records: Uint32Array.from(positions) }));
}
