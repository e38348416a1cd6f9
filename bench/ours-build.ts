/**
 * Bench child: builds Sumber's index of a corpus folder from its raw article files, as
 * `npm run index` does (cleaning, extraction, indexing), saves it, and times each stage. It also
 * writes the clean paragraph texts (one JSON string per line) for the peers to index.
 */
import { createWriteStream } from 'node:fs';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { buildIndex } from '../src/corpus-index/build-index.js';
import { engineVersion, savedIndexBytes, saveIndex } from '../src/corpus-index/index-store.js';
import { indexDir, indexIdentity } from '../src/corpus-index/open-index.js';
import { startExtraction } from '../src/extract/index.js';
import type { EngineName } from '../src/search/paragraph-engine.js';
import { SearchEngine } from '../src/search/search-engine.js';
import { childIo } from './child-process.js';
import { residentMegabytes } from './latency.js';

export interface OursBuildInput {
  readonly dataDir: string;
  readonly paragraphsFile: string;
  /** The search engine to build (the compact one when absent). */
  readonly engine?: EngineName;
}

export interface OursBuildResult {
  readonly articles: number;
  readonly paragraphs: number;
  readonly terms: number;
  readonly postings: number;
  readonly records: { quotes: number; speakers: number; events: number; denials: number };
  /**
   * Milliseconds per stage: cleaning (reading and cleaning the raw files); indexing the paragraphs
   * (while worker threads extract); the rest of the extraction and merging its records; fingerprinting; saving.
   */
  readonly stages_ms: { clean: number; extract: number; index: number; fingerprint: number; save: number };
  readonly build_ms: number;
  readonly index_bytes: number;
  readonly peak_rss_mb: number;
}

const { input, reply } = childIo<OursBuildInput>();
const time = <T>(run: () => T): [T, number] => {
  const started = performance.now();
  const value = run();
  return [value, Math.round(performance.now() - started)];
};

const engineName: EngineName = input.engine ?? 'compact';
const [corpus, clean] = time(() => loadCorpus(input.dataDir));
// As `buildIndex` does it: the extraction workers start, this thread indexes the paragraphs, then
// joins the extraction. `index` is this thread's indexing (the workers extract meanwhile); `extract`
// the rest of the extraction after it, and merging the records.
let indexStarted = 0;
let indexDone = 0;
const [built, buildTotal] = time(() =>
  buildIndex(
    corpus,
    undefined,
    (c) => {
      const finish = startExtraction(c.articles);
      indexStarted = performance.now();
      return () => {
        indexDone = performance.now();
        return finish();
      };
    },
    engineName,
  ),
);
const index = Math.round(indexDone - indexStarted);
const [identity, fingerprint] = time(() => indexIdentity(input.dataDir));
const { snapshot, engine } = built;
const [, save] = time(() =>
  saveIndex(indexDir(input.dataDir), built, {
    ...identity,
    engine: engineName,
    engineVersion: engineVersion(engineName),
    builtAt: new Date().toISOString(),
    articles: snapshot.articles.length,
    paragraphs: snapshot.paragraphs.size,
  }),
);
const peak = residentMegabytes().rss_mb;

const out = createWriteStream(input.paragraphsFile);
for (let id = 0; id < snapshot.paragraphs.size; id++) out.write(`${JSON.stringify(snapshot.paragraphs.textOf(id))}\n`);
out.end(() => {
  const result: OursBuildResult = {
    articles: snapshot.articles.length,
    paragraphs: snapshot.paragraphs.size,
    terms: engine instanceof SearchEngine ? engine.terms.size : -1,
    postings: engine instanceof SearchEngine ? engine.postings.docIds.length : -1,
    records: { quotes: snapshot.quotes.length, speakers: snapshot.speakers.length, events: snapshot.events.length, denials: snapshot.denials.length },
    stages_ms: { clean, index, extract: buildTotal - index, fingerprint, save },
    build_ms: clean + buildTotal,
    index_bytes: savedIndexBytes(indexDir(input.dataDir)),
    peak_rss_mb: peak,
  };
  reply(result);
});
