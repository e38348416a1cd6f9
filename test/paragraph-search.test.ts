import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { buildIndex } from '../src/corpus-index/build-index.js';
import { createCorpusIndex } from '../src/corpus-index/create-corpus-index.js';
import { INDEX_FORMAT, loadIndex, saveIndex } from '../src/corpus-index/index-store.js';
import { openCorpusIndex } from '../src/corpus-index/open-index.js';
import { withJsNames } from './fixtures/hostile-text.js';
import { rankedParagraphs } from './ranked-paragraphs.js';

const fixture = join(import.meta.dirname, 'fixtures', 'mini-corpus');
const built = buildIndex(loadCorpus(fixture));
const index = createCorpusIndex(built.snapshot, built.engine);
const top = (query: string) => rankedParagraphs(index, query, 1)[0]?.paragraph;
const temp = mkdtempSync(join(tmpdir(), 'sumber-index-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('ranked paragraph search (searchTop)', () => {
  it('finds affixed forms through their root', () => {
    expect(top('bantahan Rusia')?.text).toMatch(/membantah tuduhan itu/u);
  });
  it('finds Indonesian text from an English question', () => {
    expect(top('Kremlin spokesman says no arms deal was signed')?.text).toMatch(/tidak ada kesepakatan senjata/u);
  });
  it('still finds English articles by English words', () => {
    expect(top('groundless rumour')?.article).toBe('c_english.txt');
  });
  it('tolerates a typo in a long word', () => {
    expect(top('artilery')?.text).toMatch(/artileri/u);
  });
  it('returns nothing for a query of stop words only, and suggests corpus words for a near miss', () => {
    expect(rankedParagraphs(index, 'yang dan di')).toEqual([]);
    expect(index.suggest('kontainerr')).toEqual(expect.any(Array));
  });
  it('cites every hit back to its article and paragraph', () => {
    for (const hit of rankedParagraphs(index, 'Korea Utara Rusia')) {
      expect(index.paragraph(hit.paragraph.article, hit.paragraph.number)?.text).toBe(hit.paragraph.text);
      expect(index.citation(hit.paragraph.article, hit.paragraph.number).outlet).toBeTruthy();
    }
  });
  it('never throws, whatever the query, and answers in bounded time', () => {
    fc.assert(
      fc.property(
        withJsNames(
          fc.oneof(
            fc.string({ maxLength: 300 }),
            fc.string({ unit: 'binary', maxLength: 300 }),
            fc.string({ unit: 'grapheme', maxLength: 50 }).map((s) => s.repeat(400)),
          ),
        ),
        (query) => {
          const started = performance.now();
          rankedParagraphs(index, query);
          index.suggest(query);
          // A generous bound: the point is that no input makes search blow up (fuzzy cost grows with term length squared).
          expect(performance.now() - started).toBeLessThan(2000);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('saved index', () => {
  it('answers the same after a save and load round trip', () => {
    const dir = join(temp, 'round-trip');
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
    const again = createCorpusIndex(loaded.snapshot, loaded.engine);
    for (const query of ['peluru artileri', 'North Korea denies', 'Peskov']) {
      expect(rankedParagraphs(again, query)).toEqual(rankedParagraphs(index, query));
    }
  });
  it('is built when missing, loaded when fresh, rebuilt when the corpus changes', async () => {
    const { cpSync, appendFileSync } = await import('node:fs');
    const dir = join(temp, 'corpus');
    cpSync(fixture, dir, { recursive: true });
    expect(openCorpusIndex(dir, { write: true }).status).toBe('built');
    expect(openCorpusIndex(dir, { write: true }).status).toBe('loaded');
    appendFileSync(join(dir, 'articles', 'b_antara.txt'), '\nSebuah paragraf baru ditambahkan ke artikel ini untuk pengujian.\n');
    const reopened = openCorpusIndex(dir, { write: true });
    expect(reopened).toMatchObject({ status: 'rebuilt', reason: 'the corpus changed since the index was built' });
    expect(rankedParagraphs(reopened.index, 'paragraf baru pengujian')[0]?.paragraph.article).toBe('b_antara.txt');
  });
  it('writes nothing when asked not to', async () => {
    const { cpSync, existsSync } = await import('node:fs');
    const dir = join(temp, 'readonly-corpus');
    cpSync(fixture, dir, { recursive: true });
    openCorpusIndex(dir, { write: false });
    expect(existsSync(join(dir, 'index'))).toBe(false);
  });
});
