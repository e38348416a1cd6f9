import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { join } from 'node:path';
import type { ArticleMeta, CorpusProblem } from '../corpus/types.js';
import type { DatedEvent, Denial, Quote, Speaker } from '../extract/types.js';
import { type ArrayEntry, readArrayOf, writeArray } from './binary-files.js';
import type { BuiltIndex } from './build-index.js';
import { TermTable } from './engine/term-table.js';
import { ParagraphStore } from './paragraph-store.js';
import { FileTexts } from './paragraph-texts.js';
import { type RecordColumnsLayout, readRecordColumns, writeRecordColumns } from './record-columns.js';
import { SearchEngine } from './search-engine.js';

/** Bump when the saved layout changes, so an older saved index is rebuilt rather than misread. */
export const INDEX_FORMAT = 4;

/** The search engine's own version: part of the freshness check with the analysis fingerprint. */
export const ENGINE_VERSION = 'bm25-maxscore-1';

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

/**
 * Saves an index into `dir` (usually `index-data/index/`), replacing what was there only once all
 * is written. Typed arrays (postings, vocabulary, paragraph texts) go as raw binary files; records
 * column by column (see `writeRecordColumns`), with JSON only for tables of 20,000 values: nothing
 * becomes one giant string at any corpus size.
 */
export function saveIndex(dir: string, built: BuiltIndex, manifest: IndexManifest): void {
  const staging = `${dir}.tmp-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const { snapshot, engine } = built;
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
  for (const [name, array] of Object.entries(arrayParts)) arrays[name] = writeArray(staging, name, array);
  const records = Object.fromEntries(RECORD_KINDS.map((kind) => [kind, writeRecordColumns(staging, kind, snapshot[kind])])) as Record<RecordKind, RecordColumnsLayout>;
  const layout: IndexLayout = { endianness: endianness(), arrays, articleIds: store.articleIds, records };
  writeFileSync(join(staging, LAYOUT), JSON.stringify(layout));
  writeFileSync(join(staging, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  try {
    rmSync(dir, { recursive: true, force: true });
    renameSync(staging, dir);
  } catch (error) {
    // Another process saved the same index at the same moment: its copy is as good as ours.
    rmSync(staging, { recursive: true, force: true });
    if (readIndexManifest(dir) === null) throw error;
  }
}

/** Reads a saved index's manifest, or null when there is none or it cannot be read. */
export function readIndexManifest(dir: string): IndexManifest | null {
  try {
    return JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as IndexManifest;
  } catch {
    return null;
  }
}

/** Loads a saved index (the caller has checked its manifest is fresh); throws when a part is missing or damaged. */
export function loadIndex(dir: string): BuiltIndex {
  const layout = JSON.parse(readFileSync(join(dir, LAYOUT), 'utf8')) as IndexLayout;
  if (layout.endianness !== endianness()) throw new Error(`the index was saved on a ${layout.endianness} machine`);
  const a = layout.arrays;
  if (!a.textBytes || a.textBytes.kind !== 'u8') throw new Error('missing paragraph texts');
  const paragraphs = new ParagraphStore(
    {
      articleIds: layout.articleIds,
      textOffsets: readArrayOf(dir, a.textOffsets, 'u32'),
      articleOf: readArrayOf(dir, a.articleOf, 'u32'),
      numbers: readArrayOf(dir, a.numbers, 'u32'),
    },
    new FileTexts(join(dir, a.textBytes.file), a.textBytes.length),
  );
  const engine = new SearchEngine(new TermTable(readArrayOf(dir, a.termUnits, 'u16'), readArrayOf(dir, a.termOffsets, 'u32')), {
    termStarts: readArrayOf(dir, a.termStarts, 'u32'),
    docIds: readArrayOf(dir, a.docIds, 'u32'),
    frequencies: readArrayOf(dir, a.frequencies, 'u8'),
    docLengths: readArrayOf(dir, a.docLengths, 'u32'),
    paragraphOf: readArrayOf(dir, a.paragraphOf, 'u32'),
    maxSaturation: readArrayOf(dir, a.maxSaturation, 'f64'),
    blockMax: readArrayOf(dir, a.blockMax, 'f64'),
  });
  const records = <T>(kind: RecordKind) => {
    const saved = layout.records[kind];
    if (!saved) throw new Error(`missing ${kind}`);
    return readRecordColumns<T>(dir, saved);
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

/** Bytes a saved index takes on disk (every file of its folder). */
export function savedIndexBytes(dir: string): number {
  return readdirSync(dir).reduce((total, file) => total + statSync(join(dir, file)).size, 0);
}
