import { closeSync, fstatSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';

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

/** Size and CRC-32 of one saved file. */
export interface FileSum {
  readonly bytes: number;
  readonly crc32: number;
}

/** Sizes and CRC-32s of every file of a saved index, by file name. */
export type FileSums = Readonly<Record<string, FileSum>>;

/**
 * Writes the files of an index into a folder, recording each one's size and CRC-32 as it goes (from
 * the bytes in memory: no second read). CRC-32 finds every flipped byte and every burst of up to 32
 * bits, at about 5 GB/s in `node:zlib`: checking 657 MiB (a million paragraphs) at load takes about
 * 0.15 s, where SHA-256 would take half a second.
 */
export class IndexFileWriter {
  readonly #sums = new Map<string, FileSum>();

  constructor(readonly dir: string) {}

  write(file: string, data: Uint8Array | string): void {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    writeFileSync(join(this.dir, file), bytes);
    this.#sums.set(file, { bytes: bytes.byteLength, crc32: crc32(bytes) });
  }

  /** Every file written so far, in the order written. */
  sums(): FileSums {
    return Object.fromEntries(this.#sums);
  }
}

/**
 * Reads the files of a saved index, each checked against the size and CRC-32 recorded when it was
 * saved: a damaged, truncated or missing file throws (and the index is rebuilt) instead of giving
 * wrong answers.
 */
export class IndexFileReader {
  readonly #sums: ReadonlyMap<string, FileSum>;

  constructor(
    readonly dir: string,
    sums: FileSums,
  ) {
    this.#sums = new Map(Object.entries(sums));
  }

  #expected(file: string): FileSum {
    const sum = this.#sums.get(file);
    if (!sum) throw new Error(`binary-files: ${file} is not listed in the index manifest`);
    return sum;
  }

  read(file: string): Buffer<ArrayBuffer> {
    const expected = this.#expected(file);
    const bytes = readFileSync(join(this.dir, file));
    if (bytes.byteLength !== expected.bytes) throw new Error(`binary-files: ${file} has ${bytes.byteLength} bytes, ${expected.bytes} were saved`);
    if (crc32(bytes) !== expected.crc32) throw new Error(`binary-files: ${file} is damaged (its checksum differs from the one saved)`);
    return bytes;
  }

  readText(file: string): string {
    return this.read(file).toString('utf8');
  }

  /**
   * Checks a file without keeping it in memory (the paragraph texts, read on demand later), in
   * chunks; returns the open descriptor, so that what was checked is what is read afterwards.
   */
  openChecked(file: string): number {
    const expected = this.#expected(file);
    const fd = openSync(join(this.dir, file), 'r');
    try {
      const size = fstatSync(fd).size;
      if (size !== expected.bytes) throw new Error(`binary-files: ${file} has ${size} bytes, ${expected.bytes} were saved`);
      const chunk = Buffer.allocUnsafe(Math.min(size, CHECK_CHUNK) || 1);
      let crc = 0;
      for (let at = 0; at < size; ) {
        const n = readSync(fd, chunk, 0, Math.min(chunk.length, size - at), at);
        if (n === 0) throw new Error(`binary-files: ${file} ended early`);
        crc = crc32(chunk.subarray(0, n), crc);
        at += n;
      }
      if (crc !== expected.crc32) throw new Error(`binary-files: ${file} is damaged (its checksum differs from the one saved)`);
      return fd;
    } catch (error) {
      closeSync(fd);
      throw error;
    }
  }
}

const CHECK_CHUNK = 8 * 1024 * 1024;

/** Writes a typed array as its raw bytes (the machine's byte order, recorded in the index layout). */
export function writeArray(out: IndexFileWriter, name: string, array: StoredArray): ArrayEntry {
  const file = `${name}.bin`;
  out.write(file, new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  return { file, kind: kindOf(array), length: array.length };
}

/** Reads a typed array written by `writeArray`, checking its length. */
export function readArray(from: IndexFileReader, entry: ArrayEntry): StoredArray {
  const bytes = from.read(entry.file);
  const Constructor = CONSTRUCTORS[entry.kind];
  if (bytes.byteLength !== entry.length * Constructor.BYTES_PER_ELEMENT)
    throw new Error(`binary-files: ${entry.file} has ${bytes.byteLength} bytes, expected ${entry.length} ${entry.kind}`);
  // A small file may come from Node's shared buffer pool at any offset: realign it by copying.
  const aligned = bytes.byteOffset % Constructor.BYTES_PER_ELEMENT === 0 ? bytes : new Uint8Array(bytes);
  return new Constructor(aligned.buffer, aligned.byteOffset, entry.length);
}

/** Reads a saved array that must be of one kind. */
export function readArrayOf<K extends ArrayKind>(from: IndexFileReader, entry: ArrayEntry | undefined, kind: K): InstanceType<(typeof CONSTRUCTORS)[K]> {
  if (!entry || entry.kind !== kind) throw new Error(`binary-files: missing or mistyped array ${entry?.file ?? ''}`);
  return readArray(from, entry) as InstanceType<(typeof CONSTRUCTORS)[K]>;
}

// Records per JSON file: each file stays a few megabytes, far from V8's string limit at any corpus size.
const RECORDS_PER_CHUNK = 20_000;

/** Writes records as a series of JSON array files; returns how many files. */
export function writeRecordChunks(out: IndexFileWriter, name: string, records: readonly unknown[]): number {
  let chunks = 0;
  for (let i = 0; i < records.length; i += RECORDS_PER_CHUNK, chunks++) {
    out.write(`${name}-${chunks}.json`, JSON.stringify(records.slice(i, i + RECORDS_PER_CHUNK)));
  }
  return chunks;
}

/** Reads records written by `writeRecordChunks`. */
export function readRecordChunks<T>(from: IndexFileReader, name: string, chunks: number): T[] {
  const records: T[] = [];
  for (let i = 0; i < chunks; i++) {
    const chunk: unknown = JSON.parse(from.readText(`${name}-${i}.json`));
    if (!Array.isArray(chunk)) throw new Error(`binary-files: ${name}-${i}.json is not a list of records`);
    for (const record of chunk as T[]) records.push(record);
  }
  return records;
}
