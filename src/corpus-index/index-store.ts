import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { basename, dirname, join } from 'node:path';
import type { AsPlainObject } from 'minisearch';
import type { ArticleMeta, CorpusProblem } from '../corpus/types.js';
import type { DatedEvent, Denial, Quote, Speaker } from '../extract/types.js';
import type { PostingsData } from '../search/engine/postings.js';
import { TermTable } from '../search/engine/term-table.js';
import { MINISEARCH_ENGINE_VERSION, MiniSearchEngine } from '../search/minisearch-engine.js';
import { ENGINE_NAMES, type EngineName, type ParagraphEngine, paragraphKey } from '../search/paragraph-engine.js';
import { COMPACT_ENGINE_VERSION, SearchEngine } from '../search/search-engine.js';
import {
  type ArrayEntry,
  type FileSums,
  IndexFileReader,
  IndexFileWriter,
  readArrayOf,
  readRecordChunks,
  type StoredArray,
  writeArray,
  writeRecordChunks,
} from './binary-files.js';
import type { BuiltIndex } from './build-index.js';
import { ParagraphStore, type ParagraphStoreData } from './paragraph-store.js';
import { FileTexts } from './paragraph-texts.js';
import { type RecordColumnsLayout, readRecordColumns, writeRecordColumns } from './record-columns.js';

/** Bump when the saved layout changes, so an older saved index is rebuilt rather than misread. */
export const INDEX_FORMAT = 6;

/** The compact engine's version, part of the analysis fingerprint as it was before there were two engines. */
export const ENGINE_VERSION = COMPACT_ENGINE_VERSION;

/** The version of each engine, saved in the manifest beside its name. */
export const engineVersion = (name: EngineName): string => (name === 'minisearch' ? MINISEARCH_ENGINE_VERSION : COMPACT_ENGINE_VERSION);

/** Written beside the saved index: what it was built from, to tell whether it is still fresh. */
export interface IndexManifest {
  readonly format: number;
  readonly corpus: string;
  /** Hash of the corpus files' names, sizes and modification times when `corpus` was computed. */
  readonly corpusStat: string;
  readonly analysis: string;
  /** The search engine it was built for (`"minisearch"` or `"compact"`): a saved index of another engine than the one chosen is rebuilt. */
  readonly engine: EngineName;
  /** That engine's version (`engineVersion`). */
  readonly engineVersion: string;
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
  readonly engine: EngineName;
  readonly arrays: Readonly<Record<string, ArrayEntry>>;
  /** The MiniSearch engine's plain object (`toJSON`), in pieces: see `writeMiniSearch`. */
  readonly miniSearch?: MiniSearchLayout;
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
  const { snapshot, engine } = built;
  if (engine.name !== manifest.engine) throw new Error(`index-store: a ${engine.name} engine saved under a manifest of the ${manifest.engine} engine`);
  const store = snapshot.paragraphs.data;
  const arrays: Record<string, ArrayEntry> = {};
  const arrayParts: Record<string, StoredArray> = {
    textBytes: snapshot.paragraphs.texts.bytes(),
    textOffsets: store.textOffsets,
    articleOf: store.articleOf,
    numbers: store.numbers,
  };
  let miniSearch: MiniSearchLayout | undefined;
  if (engine instanceof SearchEngine) {
    const postings = engine.postings;
    Object.assign(arrayParts, {
      termUnits: engine.terms.units,
      termOffsets: engine.terms.offsets,
      termStarts: postings.termStarts,
      docIds: postings.docIds,
      frequencies: postings.frequencies,
      docLengths: postings.docLengths,
      paragraphOf: postings.paragraphOf,
      maxSaturation: postings.maxSaturation,
      blockMax: postings.blockMax,
    });
  } else if (engine instanceof MiniSearchEngine) {
    miniSearch = writeMiniSearch(out, engine.miniSearch.toJSON());
  } else {
    throw new Error(`index-store: cannot save the ${(engine as ParagraphEngine).name} engine`);
  }
  for (const [name, array] of Object.entries(arrayParts)) arrays[name] = writeArray(out, name, array);
  const records = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, writeRecordColumns(out, kind, snapshot[kind])])) as Record<
    RecordKind,
    RecordColumnsLayout
  >;
  const layout: IndexLayout = {
    endianness: endianness(),
    engine: engine.name,
    arrays,
    ...(miniSearch ? { miniSearch } : {}),
    articleIds: store.articleIds,
    records,
  };
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
  if (!ENGINE_NAMES.includes(layout.engine) || layout.engine !== manifest.engine)
    throw new Error(`index-store: the layout is of the ${String(layout.engine)} engine, the manifest of the ${String(manifest.engine)} engine`);
  const a = layout.arrays;
  if (a.textBytes?.kind !== 'u8') throw new Error('index-store: missing paragraph texts');
  const textFile = join(dir, a.textBytes.file);
  const store = {
    articleIds: layout.articleIds,
    textOffsets: readArrayOf(from, a.textOffsets, 'u32'),
    articleOf: readArrayOf(from, a.articleOf, 'u32'),
    numbers: readArrayOf(from, a.numbers, 'u32'),
  };
  checkStoreShapes(store, a.textBytes.length);
  let engine: ParagraphEngine;
  if (layout.engine === 'compact') {
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
    checkShapes(store, termUnits.length, termOffsets, postings);
    engine = new SearchEngine(new TermTable(termUnits, termOffsets), postings);
  } else {
    if (!layout.miniSearch) throw new Error('index-store: missing the MiniSearch index');
    const keys = Array.from(store.articleOf, (article, i) => paragraphKey(store.articleIds[article]!, store.numbers[i]!));
    try {
      engine = MiniSearchEngine.fromPlainObject(readMiniSearch(from, layout.miniSearch), keys);
    } catch (error) {
      throw new Error(`index-store: the saved MiniSearch index is inconsistent (${(error as Error).message})`);
    }
  }
  const paragraphs = new ParagraphStore(store, new FileTexts(textFile, from.openChecked(a.textBytes.file)));
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
const fail = (what: string): never => {
  throw new Error(`index-store: the saved index is inconsistent: ${what}`);
};

/** The paragraph store's arrays against each other. */
function checkStoreShapes(store: ParagraphStoreData, textBytes: number): void {
  const n = store.articleOf.length;
  if (store.numbers.length !== n || store.textOffsets.length !== n + 1) fail('paragraph arrays of different lengths');
  if (!ascending(store.textOffsets) || store.textOffsets[n] !== textBytes) fail('paragraph text offsets');
  for (let i = 0; i < n; i++) if (store.articleOf[i]! >= store.articleIds.length) fail('a paragraph of no article');
}

function checkShapes(store: ParagraphStoreData, termUnits: number, termOffsets: Uint32Array, postings: Omit<PostingsData, 'blockMax'>): void {
  const n = store.articleOf.length;
  if (postings.docLengths.length !== n || postings.paragraphOf.length !== n) fail('postings for another number of paragraphs');
  for (let i = 0; i < n; i++) if (postings.paragraphOf[i]! >= n) fail('a paragraph of no article');
  const terms = termOffsets.length - 1;
  if (terms < 0 || !ascending(termOffsets) || termOffsets[terms] !== termUnits) fail('vocabulary offsets');
  if (postings.termStarts.length !== terms + 1 || postings.maxSaturation.length !== terms || !ascending(postings.termStarts)) fail('term starts');
  if (postings.termStarts[terms] !== postings.docIds.length || postings.frequencies.length !== postings.docIds.length) fail('postings length');
}

/** Where the pieces of a saved MiniSearch plain object are: its scalars, and how many chunk files each of its maps takes. */
interface MiniSearchLayout {
  readonly head: Omit<AsPlainObject, 'documentIds' | 'fieldLength' | 'storedFields' | 'index'>;
  readonly chunks: { readonly documentIds: number; readonly fieldLength: number; readonly storedFields: number; readonly index: number };
}

/**
 * Writes MiniSearch's own plain object (`toJSON()`, what `MiniSearch.loadJS` reads) in pieces: its
 * scalars go into the layout, and each of its maps (document ids, field lengths, stored fields, the
 * terms with their postings) into JSON files of at most 20,000 entries, each with its CRC-32 in the
 * manifest. `JSON.stringify(miniSearch)` would be one string of the whole index (497 MiB at a
 * million paragraphs, near V8's limit): no piece here grows with the corpus beyond its 20,000 entries.
 */
function writeMiniSearch(out: IndexFileWriter, plain: AsPlainObject): MiniSearchLayout {
  const { documentIds, fieldLength, storedFields, index, ...head } = plain;
  return {
    head,
    chunks: {
      documentIds: writeRecordChunks(out, 'minisearch-ids', Object.entries(documentIds)),
      fieldLength: writeRecordChunks(out, 'minisearch-lengths', Object.entries(fieldLength)),
      storedFields: writeRecordChunks(out, 'minisearch-stored', Object.entries(storedFields)),
      index: writeRecordChunks(out, 'minisearch-terms', index),
    },
  };
}

/** Reads the plain object written by `writeMiniSearch` (each file checked as it is read). */
function readMiniSearch(from: IndexFileReader, layout: MiniSearchLayout): AsPlainObject {
  const { head, chunks } = layout;
  if (typeof head !== 'object' || head === null || typeof chunks !== 'object' || chunks === null) fail('the MiniSearch layout');
  const entries = <T>(name: string, count: number): [string, T][] => {
    const read = readRecordChunks<[string, T]>(from, name, count);
    for (const entry of read) if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string') fail(`an entry of ${name}`);
    return read;
  };
  return {
    ...head,
    documentIds: Object.fromEntries(entries<string>('minisearch-ids', chunks.documentIds)),
    fieldLength: Object.fromEntries(entries<number[]>('minisearch-lengths', chunks.fieldLength)),
    storedFields: Object.fromEntries(entries<unknown>('minisearch-stored', chunks.storedFields)),
    index: entries<{ [fieldId: string]: Record<string, number> }>('minisearch-terms', chunks.index),
  } as AsPlainObject;
}

function ascending(values: Uint32Array): boolean {
  for (let i = 1; i < values.length; i++) if (values[i]! < values[i - 1]!) return false;
  return true;
}

/** Bytes a saved index takes on disk (every file of its folder). */
export function savedIndexBytes(dir: string): number {
  return readdirSync(dir).reduce((total, file) => total + statSync(join(dir, file)).size, 0);
}
