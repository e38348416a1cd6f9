import { type ArrayEntry, type IndexFileReader, type IndexFileWriter, readArrayOf, readRecordChunks, writeArray, writeRecordChunks } from './binary-files.js';

/** How one field of a record kind is saved. */
interface ColumnEntry {
  readonly key: string;
  /** `u32`: whole numbers, raw; `table`: an index per record into a table of distinct values. */
  readonly kind: 'u32' | 'table';
  readonly values: ArrayEntry;
  /** For `table`: the distinct values, in JSON files of 20,000 values each. */
  readonly table?: { readonly name: string; readonly chunks: number };
}

/** How a record kind is saved: its count and one column per field. */
export interface RecordColumnsLayout {
  readonly count: number;
  readonly columns: readonly ColumnEntry[];
}

const ABSENT = 0xffffffff;

/**
 * Saves records column by column: whole-number fields (offsets, paragraph numbers, counts) as raw
 * arrays, every other field as an index into a table of its distinct values. Repeated values
 * (article ids, speaker names, kinds, dates) are stored once, loading is reading arrays and parsing
 * the tables, and the loaded records share those values instead of holding a copy each.
 */
export function writeRecordColumns(out: IndexFileWriter, name: string, records: readonly object[]): RecordColumnsLayout {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const record of records) for (const key of Object.keys(record)) if (!seen.has(key)) seen.add(key), keys.push(key);
  const columns = keys.map((key, j): ColumnEntry => {
    const values = records.map((r) => (r as Record<string, unknown>)[key]);
    const file = `${name}.${j}`;
    if (values.every((v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < ABSENT)) {
      return { key, kind: 'u32', values: writeArray(out, file, Uint32Array.from(values as number[])) };
    }
    const table: unknown[] = [];
    const strings = new Map<string, number>();
    const others = new Map<string, number>();
    const indexes = new Uint32Array(values.length);
    values.forEach((value, i) => {
      if (value === undefined) {
        indexes[i] = ABSENT;
        return;
      }
      const [pool, id] = typeof value === 'string' ? [strings, value] : [others, JSON.stringify(value)];
      let at = pool.get(id);
      if (at === undefined) {
        at = table.length;
        pool.set(id, at);
        table.push(value);
      }
      indexes[i] = at;
    });
    return {
      key,
      kind: 'table',
      values: writeArray(out, file, indexes),
      table: { name: `${file}.table`, chunks: writeRecordChunks(out, `${file}.table`, table) },
    };
  });
  return { count: records.length, columns };
}

/** Reads records saved by `writeRecordColumns`. */
export function readRecordColumns<T>(from: IndexFileReader, layout: RecordColumnsLayout): T[] {
  const columns = layout.columns.map((c) => {
    const values = readArrayOf(from, c.values, 'u32');
    if (values.length !== layout.count) throw new Error(`record-columns: ${c.values.file} holds ${values.length} values for ${layout.count} records`);
    return { key: c.key, values, table: c.kind === 'table' && c.table ? readRecordChunks<unknown>(from, c.table.name, c.table.chunks) : null };
  });
  const records = new Array<T>(layout.count);
  for (let i = 0; i < layout.count; i++) {
    const record: Record<string, unknown> = {};
    for (const { key, values, table } of columns) {
      const v = values[i]!;
      if (table === null) record[key] = v;
      else if (v !== ABSENT) {
        if (v >= table.length) throw new Error(`record-columns: a saved ${key} value points past its table`);
        record[key] = table[v];
      }
    }
    records[i] = record as T;
  }
  return records;
}
