import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { ArticleMeta, CorpusProblem } from '../corpus/types.js';
import type { DatedEvent, Denial, Quote, Speaker } from '../extract/types.js';
import { type ArrayEntry, type FileSums, IndexFileReader, IndexFileWriter, readArrayOf, writeArray } from './binary-files.js';
import type { BuiltIndex } from './build-index.js';
import { TermTable } from '../search/engine/term-table.js';
import { ParagraphStore, type ParagraphStoreData } from './paragraph-store.js';
import { FileTexts } from './paragraph-texts.js';
import { type RecordColumnsLayout, readRecordColumns, writeRecordColumns } from './record-columns.js';
import { COMPACT_ENGINE_VERSION, SearchEngine } from '../search/search-engine.js';

/** Bump when the saved layout changes, so an older saved index is rebuilt rather than misread. */
export const INDEX_FORMAT = 5;

/** The search engine's own version: part of the freshness check with the analysis fingerprint. */
export const ENGINE_VERSION = COMPACT_ENGINE_VERSION;

/** Written beside the saved index: what it was built from, to tell whether it is still fresh. */
export interface IndexManifest {
  readonly format: number;
  readonly corpus: string;
  /** Hash of the corpus files' names, sizes and modification times when `corpus` was computed. */
  readonly corpusStat: string;
  readonly analysis: string;
  readonly engine: string;
  readonly builtAt: string;
  readonly articles: number;
  readonly paragraphs: number;
  /** Article files in `articles/` when it was built (readable or not): tells removed files from unreadable ones. */
  readonly articleFiles?: number;
  /** Size and CRC-32 of every other file of the index, checked as it is loaded. */
  readonly files: FileSums;
}

/** The layout file: where every part of the index is and how to read it. */
interface IndexLayout {
  readonly endianness: 'LE' | 'BE';
  readonly arrays: Readonly<Record<string, ArrayEntry>>;
  readonly articleIds: readonly string[];
  readonly records: Readonly<Record<RecordKind, RecordColumnsLayout>>;
}

type RecordKind = 'articles' | 'problems' | 'quotes' | 'speakers' | 'events' | 'denials';
const RECORD_KINDS: readonly RecordKind[] = ['articles', 'problems', 'quotes', 'speakers', 'events', 'denials'];
const MANIFEST = 'manifest.json';
const LAYOUT = 'layout.json';

/** The folders a save in progress (`index.tmp-<pid>`) or a swap (`index.old-<pid>`) uses beside `dir`. */
const STAGING = (dir: string, pid: number) => `${dir}.tmp-${pid}`;
const RETIRED = (dir: string, pid: number) => `${dir}.old-${pid}`;

/**
 * Saves an index into `dir` (usually `index-data/index/`). Atomic: everything is written into
 * `index.tmp-<pid>/` beside it, the manifest last, and only then swapped in by renames; a save
 * killed at any point leaves the previous index whole (and its leftovers are cleared by
 * `clearSaveLeftovers` at the next start). Every file's size and CRC-32 go into the manifest.
 * Typed arrays (postings, vocabulary, paragraph texts) go as raw binary files; records column by
 * column (see `writeRecordColumns`), with JSON only for tables of 20,000 values: nothing becomes one
 * giant string at any corpus size.
 */
export function saveIndex(dir: string, built: BuiltIndex, manifest: Omit<IndexManifest, 'files'>): void {
  const staging = STAGING(dir, process.pid);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    writeIndexFiles(staging, built, manifest);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  swapIn(staging, dir);
}

function writeIndexFiles(staging: string, built: BuiltIndex, manifest: Omit<IndexManifest, 'files'>): void {
  const out = new IndexFileWriter(staging);
  const { snapshot } = built;
  if (!(built.engine instanceof SearchEngine)) throw new Error(`index-store: cannot save the ${built.engine.name} engine yet`);
  const engine = built.engine;
  const store = snapshot.paragraphs.data;
  const postings = engine.postings;
  const arrays: Record<string, ArrayEntry> = {};
  const arrayParts = {
    textBytes: snapshot.paragraphs.texts.bytes(),
    textOffsets: store.textOffsets,
    articleOf: store.articleOf,
    numbers: store.numbers,
    termUnits: engine.terms.units,
    termOffsets: engine.terms.offsets,
    termStarts: postings.termStarts,
    docIds: postings.docIds,
    frequencies: postings.frequencies,
    docLengths: postings.docLengths,
    paragraphOf: postings.paragraphOf,
    maxSaturation: postings.maxSaturation,
    blockMax: postings.blockMax,
  };
  for (const [name, array] of Object.entries(arrayParts)) arrays[name] = writeArray(out, name, array);
  const records = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, writeRecordColumns(out, kind, snapshot[kind])])) as Record<RecordKind, RecordColumnsLayout>;
  const layout: IndexLayout = { endianness: endianness(), arrays, articleIds: store.articleIds, records };
  out.write(LAYOUT, JSON.stringify(layout));
  // The manifest last: a staging folder without one was never finished.
  writeFileSync(join(staging, MANIFEST), `${JSON.stringify({ ...manifest, files: out.sums() }, null, 2)}\n`);
}

/** Puts a finished staging folder in place of `dir`: the old index is renamed aside, then removed. */
function swapIn(staging: string, dir: string): void {
  const retired = RETIRED(dir, process.pid);
  let hadOld = false;
  try {
    rmSync(retired, { recursive: true, force: true });
    try {
      renameSync(dir, retired);
      hadOld = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    renameSync(staging, dir);
  } catch (error) {
    // Another process saved the same index at the same moment: its copy is as good as ours.
    rmSync(staging, { recursive: true, force: true });
    if (hadOld && readIndexManifest(dir) === null) renameSync(retired, dir);
    if (readIndexManifest(dir) === null) throw error;
  }
  rmSync(retired, { recursive: true, force: true });
}

/**
 * Clears what saves killed part-way left beside `dir`: `index.tmp-<pid>/` folders of processes no
 * longer running are removed; an `index.old-<pid>/` (a save killed between its two renames) is put
 * back as the index when there is none, and otherwise removed. Returns what was done, one line each.
 */
export function clearSaveLeftovers(dir: string): string[] {
  const parent = dirname(dir);
  const base = basename(dir);
  const done: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(parent);
  } catch {
    return done;
  }
  const pattern = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\.(tmp|old)-(\\d+)$`, 'u');
  for (const entry of entries.sort()) {
    const match = pattern.exec(entry);
    if (!match) continue;
    const pid = Number(match[2]);
    if (pid !== process.pid && processRunning(pid)) continue; // a save in progress in another process
    const path = join(parent, entry);
    try {
      if (match[1] === 'old' && readIndexManifest(dir) === null && readIndexManifest(path) !== null) {
        rmSync(dir, { recursive: true, force: true });
        renameSync(path, dir);
        done.push(`restored ${entry} (a save was interrupted) as ${base}`);
      } else {
        rmSync(path, { recursive: true, force: true });
        done.push(`removed ${entry}, left by an interrupted save`);
      }
    } catch (error) {
      done.push(`could not remove ${entry} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  }
  return done;
}

function processRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Reads a saved index's manifest, or null when there is none or it cannot be read. */
export function readIndexManifest(dir: string): IndexManifest | null {
  try {
    const manifest: unknown = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'));
    return typeof manifest === 'object' && manifest !== null && !Array.isArray(manifest) ? (manifest as IndexManifest) : null;
  } catch {
    return null;
  }
}

/**
 * Loads a saved index (the caller has checked its manifest is fresh). Every file is checked against
 * the size and CRC-32 in the manifest as it is read (the paragraph texts too, in chunks, though they
 * are then read on demand), and the arrays' shapes against each other; throws when anything is
 * missing or damaged, so the caller rebuilds instead of answering from a damaged index.
 */
export function loadIndex(dir: string): BuiltIndex {
  const manifest = readIndexManifest(dir);
  if (manifest === null) throw new Error('index-store: no readable manifest');
  if (typeof manifest.files !== 'object' || manifest.files === null) throw new Error('index-store: the manifest lists no checksums');
  const from = new IndexFileReader(dir, manifest.files);
  const layout = JSON.parse(from.readText(LAYOUT)) as IndexLayout;
  if (layout.endianness !== endianness()) throw new Error(`index-store: the index was saved on a ${layout.endianness} machine`);
  const a = layout.arrays;
  if (!a.textBytes || a.textBytes.kind !== 'u8') throw new Error('index-store: missing paragraph texts');
  const textFile = join(dir, a.textBytes.file);
  const store = {
    articleIds: layout.articleIds,
    textOffsets: readArrayOf(from, a.textOffsets, 'u32'),
    articleOf: readArrayOf(from, a.articleOf, 'u32'),
    numbers: readArrayOf(from, a.numbers, 'u32'),
  };
  const termUnits = readArrayOf(from, a.termUnits, 'u16');
  const termOffsets = readArrayOf(from, a.termOffsets, 'u32');
  const postings = {
    termStarts: readArrayOf(from, a.termStarts, 'u32'),
    docIds: readArrayOf(from, a.docIds, 'u32'),
    frequencies: readArrayOf(from, a.frequencies, 'u8'),
    docLengths: readArrayOf(from, a.docLengths, 'u32'),
    paragraphOf: readArrayOf(from, a.paragraphOf, 'u32'),
    maxSaturation: readArrayOf(from, a.maxSaturation, 'f64'),
    blockMax: readArrayOf(from, a.blockMax, 'f64'),
  };
  checkShapes(store, a.textBytes.length, termUnits.length, termOffsets, postings);
  const paragraphs = new ParagraphStore(store, new FileTexts(textFile, from.openChecked(a.textBytes.file)));
  const engine = new SearchEngine(new TermTable(termUnits, termOffsets), postings);
  const records = <T>(kind: RecordKind) => {
    const saved = layout.records[kind];
    if (!saved) throw new Error(`index-store: missing ${kind}`);
    return readRecordColumns<T>(from, saved);
  };
  const snapshot = {
    articles: records<ArticleMeta>('articles'),
    problems: records<CorpusProblem>('problems'),
    paragraphs,
    quotes: records<Quote>('quotes'),
    speakers: records<Speaker>('speakers'),
    events: records<DatedEvent>('events'),
    denials: records<Denial>('denials'),
  };
  return { snapshot, engine };
}

/**
 * The arrays' shapes against each other: what a checksum cannot vouch for (a save that wrote
 * inconsistent parts). Linear in paragraphs and terms, not in postings: milliseconds at a million.
 */
function checkShapes(
  store: ParagraphStoreData,
  textBytes: number,
  termUnits: number,
  termOffsets: Uint32Array,
  postings: { readonly termStarts: Uint32Array; readonly docIds: Uint32Array; readonly frequencies: Uint8Array; readonly docLengths: Uint32Array; readonly paragraphOf: Uint32Array; readonly maxSaturation: Float64Array },
): void {
  const n = store.articleOf.length;
  const fail = (what: string) => {
    throw new Error(`index-store: the saved index is inconsistent: ${what}`);
  };
  if (store.numbers.length !== n || store.textOffsets.length !== n + 1) fail('paragraph arrays of different lengths');
  if (postings.docLengths.length !== n || postings.paragraphOf.length !== n) fail('postings for another number of paragraphs');
  if (!ascending(store.textOffsets) || store.textOffsets[n] !== textBytes) fail('paragraph text offsets');
  for (let i = 0; i < n; i++) if (store.articleOf[i]! >= store.articleIds.length || postings.paragraphOf[i]! >= n) fail('a paragraph of no article');
  const terms = termOffsets.length - 1;
  if (terms < 0 || !ascending(termOffsets) || termOffsets[terms] !== termUnits) fail('vocabulary offsets');
  if (postings.termStarts.length !== terms + 1 || postings.maxSaturation.length !== terms || !ascending(postings.termStarts)) fail('term starts');
  if (postings.termStarts[terms] !== postings.docIds.length || postings.frequencies.length !== postings.docIds.length) fail('postings length');
}

function ascending(values: Uint32Array): boolean {
  for (let i = 1; i < values.length; i++) if (values[i]! < values[i - 1]!) return false;
  return true;
}

/** Bytes a saved index takes on disk (every file of its folder). */
export function savedIndexBytes(dir: string): number {
  return readdirSync(dir).reduce((total, file) => total + statSync(join(dir, file)).size, 0);
}
