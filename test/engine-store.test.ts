import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article } from '../src/corpus/types.js';
import { IndexFileReader, IndexFileWriter } from '../src/corpus-index/binary-files.js';
import { buildIndex } from '../src/corpus-index/build-index.js';
import { createCorpusIndex } from '../src/corpus-index/create-corpus-index.js';
import { indexArticles } from '../src/corpus-index/index-articles.js';
import { INDEX_FORMAT, loadIndex, saveIndex } from '../src/corpus-index/index-store.js';
import { readRecordColumns, writeRecordColumns } from '../src/corpus-index/record-columns.js';
import type { Quote, Speaker } from '../src/extract/types.js';
import { rankedParagraphs } from './ranked-paragraphs.js';

const temp = mkdtempSync(join(tmpdir(), 'sumber-engine-store-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const article = (id: string, texts: readonly string[]): Article => ({
  article: id,
  title: `Judul ${id}`,
  outlet: 'Contoh',
  url: null,
  published: '2023-10-14',
  approximate: false,
  language: 'id',
  byline: null,
  wire: [],
  captions: [],
  dateline: null,
  note: null,
  paragraphs: texts.map((text, i) => ({ article: id, number: i + 1, text })),
});

const WORDS = [
  'Korea',
  'Utara',
  'Rusia',
  'mengirim',
  'senjata',
  'amunisi',
  '1.000',
  'kontainer',
  '“kami',
  'membantah”',
  'kata',
  'Lavrov',
  'Kirby',
  'é',
  '日本',
  'déjà-vu',
];
const corpus = fc.array(
  fc.array(
    fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }).map((w) => w.join(' ')),
    { minLength: 1, maxLength: 6 },
  ),
  { minLength: 1, maxLength: 6 },
);
const queries = ['Korea Utara', 'senjata amunisi', 'North Korea weapons', 'kontainr', 'Lavrov', 'zzz', ''];

describe('saved index', () => {
  it('answers exactly the same after a save and load round trip (texts, ranking, counts, records)', () => {
    let run = 0;
    fc.assert(
      fc.property(corpus, (bodies) => {
        const articles = bodies.map((texts, i) => article(`a${i}.txt`, texts));
        const speakers: Speaker[] = [{ name: 'Sergey Lavrov', aliases: ['Lavrov'], roles: [], kind: 'person', quotes: 1 }];
        const first = articles[0]!.paragraphs[0]!;
        const quotes: Quote[] = [
          {
            article: first.article,
            paragraph: 1,
            start: 0,
            end: first.text.length,
            quote: first.text,
            direct: true,
            fragment: false,
            speaker: 'Sergey Lavrov',
            role: null,
            speakers: ['Sergey Lavrov'],
            via: null,
          },
        ];
        const built = buildIndex({ articles, problems: [] }, undefined, () => () => ({ quotes, speakers, events: [], denials: [] }));
        const dir = join(temp, `round-trip-${run++}`);
        saveIndex(dir, built, {
          format: INDEX_FORMAT,
          corpus: 'c',
          corpusStat: 's',
          analysis: 'a',
          engine: 'compact',
          engineVersion: 'e',
          builtAt: '',
          articles: 0,
          paragraphs: 0,
        });
        const loaded = loadIndex(dir);
        const before = createCorpusIndex(built.snapshot, built.engine);
        const after = createCorpusIndex(loaded.snapshot, loaded.engine);
        expect(after.paragraphCount).toBe(before.paragraphCount);
        for (let id = 0; id < before.paragraphCount; id++) expect(after.paragraphAt(id)).toEqual(before.paragraphAt(id));
        for (const a of articles) for (const p of a.paragraphs) expect(after.paragraph(p.article, p.number)).toEqual(p);
        for (const query of queries) {
          expect(rankedParagraphs(after, query)).toEqual(rankedParagraphs(before, query));
          expect(after.searchTop(query, { limit: 3 })).toEqual(before.searchTop(query, { limit: 3 }));
          expect(after.suggest(query)).toEqual(before.suggest(query));
        }
        expect(after.quotes).toEqual(quotes);
        expect(after.speakers).toEqual(speakers);
        expect(after.articles).toEqual(before.articles);
        expect(after.speakersByPrefix('lav', 5)).toEqual(speakers);
        expect([...after.recordPlaces('quotes').paragraphs]).toEqual([0]);
        rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: 25 },
    );
  });
});

describe('record columns', () => {
  it('give back exactly the records saved, whatever their fields hold', () => {
    const value = fc.oneof(
      fc.string(),
      fc.constant(null),
      fc.boolean(),
      fc.nat(),
      fc.integer({ min: -5, max: 5 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.array(fc.string(), { maxLength: 3 }),
      fc.record({ article: fc.string(), paragraph: fc.nat() }),
    );
    const records = fc.array(fc.dictionary(fc.constantFrom('article', 'start', 'speaker', 'speakers', 'answers', 'x'), value), { maxLength: 40 });
    let run = 0;
    fc.assert(
      fc.property(records, (list) => {
        const dir = join(temp, `columns-${run++}`);
        mkdirSync(dir);
        const out = new IndexFileWriter(dir);
        const layout = writeRecordColumns(out, 'r', list);
        const back = readRecordColumns<object>(new IndexFileReader(dir, out.sums()), layout);
        expect(back).toEqual(list.map((r) => JSON.parse(JSON.stringify(r)) as object));
        rmSync(dir, { recursive: true, force: true });
      }),
      { numRuns: 100 },
    );
  });
});

describe('queries of any content', () => {
  const index = indexArticles(
    [
      article('x.txt', ['Korea Utara mengirim 1.000 kontainer senjata ke Rusia.', '“Kami tidak pernah mengekspor senjata,” kata Lavrov.']),
      article('y.txt', ['Kirby mengatakan Rusia menerima amunisi.']),
    ],
    { speakers: [{ name: 'John Kirby', aliases: ['Kirby'], roles: [], kind: 'person', quotes: 2 }] },
  );
  it('never throw, and stay fast, whatever the text (fuzzy and prefix expansion are bounded)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.repeat(500)),
        ),
        fc.integer({ min: 1, max: 50 }),
        (query, limit) => {
          const started = performance.now();
          index.searchTop(query, { limit });
          index.searchTop(query, { limit, within: Uint32Array.of(0, 2, 99) });
          index.matchTopic(query).hasId(0);
          index.speakersByPrefix(query, limit);
          index.speakersMatching(query);
          index.suggest(query);
          expect(performance.now() - started).toBeLessThan(2000);
        },
      ),
      { numRuns: 200 },
    );
  });
});
