import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type ArrayKind = 'u8' | 'u16' | 'u32' | 'f64';
export type StoredArray = Uint8Array | Uint16Array | Uint32Array | Float64Array;

const CONSTRUCTORS = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array, f64: Float64Array } as const;

function kindOf(array: StoredArray): ArrayKind {
  if (array instanceof Uint8Array) return 'u8';
  if (array instanceof Uint16Array) return 'u16';
  if (array instanceof Uint32Array) return 'u32';
  return 'f64';
}

/** What is recorded about a saved typed array, to read it back and check it. */
export interface ArrayEntry {
  readonly file: string;
  readonly kind: ArrayKind;
  readonly length: number;
}

/** Writes a typed array as its raw bytes (the machine's byte order, recorded in the index meta). */
export function writeArray(dir: string, name: string, array: StoredArray): ArrayEntry {
  const file = `${name}.bin`;
  writeFileSync(join(dir, file), new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  return { file, kind: kindOf(array), length: array.length };
}

/** Reads a typed array written by `writeArray`, checking its length. */
export function readArray(dir: string, entry: ArrayEntry): StoredArray {
  const bytes = readFileSync(join(dir, entry.file));
  const Constructor = CONSTRUCTORS[entry.kind];
  if (bytes.byteLength !== entry.length * Constructor.BYTES_PER_ELEMENT) throw new Error(`${entry.file} has ${bytes.byteLength} bytes, expected ${entry.length} ${entry.kind}`);
  // A small file may come from Node's shared buffer pool at any offset: realign it by copying.
  const aligned = bytes.byteOffset % Constructor.BYTES_PER_ELEMENT === 0 ? bytes : new Uint8Array(bytes);
  return new Constructor(aligned.buffer, aligned.byteOffset, entry.length);
}

/** Reads a saved array that must be of one kind. */
export function readArrayOf<K extends ArrayKind>(dir: string, entry: ArrayEntry | undefined, kind: K): InstanceType<(typeof CONSTRUCTORS)[K]> {
  if (!entry || entry.kind !== kind) throw new Error(`missing or mistyped array ${entry?.file ?? ''}`);
  return readArray(dir, entry) as InstanceType<(typeof CONSTRUCTORS)[K]>;
}

// Records per JSON file: each file stays a few megabytes, far from V8's string limit at any corpus size.
const RECORDS_PER_CHUNK = 20_000;

/** Writes records as a series of JSON array files; returns how many files. */
export function writeRecordChunks(dir: string, name: string, records: readonly unknown[]): number {
  let chunks = 0;
  for (let i = 0; i < records.length; i += RECORDS_PER_CHUNK, chunks++) {
    writeFileSync(join(dir, `${name}-${chunks}.json`), JSON.stringify(records.slice(i, i + RECORDS_PER_CHUNK)));
  }
  return chunks;
}

/** Reads records written by `writeRecordChunks`. */
export function readRecordChunks<T>(dir: string, name: string, chunks: number): T[] {
  const records: T[] = [];
  for (let i = 0; i < chunks; i++) {
    for (const record of JSON.parse(readFileSync(join(dir, `${name}-${i}.json`), 'utf8')) as T[]) records.push(record);
  }
  return records;
}
