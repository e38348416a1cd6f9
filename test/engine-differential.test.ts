import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../src/corpus/types.js';
import { buildEngine } from '../src/search/engines.js';
import { MiniSearchEngine } from '../src/search/minisearch-engine.js';
import { type ParagraphEngine, paragraphKey } from '../src/search/paragraph-engine.js';

/**
 * Two independent implementations of one ranking, each checking the other: the compact engine
 * (typed arrays, block-max top-k, bit-sliced counts) and the MiniSearch engine (MiniSearch's
 * postings and fuzzy search, exhaustive scoring). On random small corpora and queries they must give
 * the same top-k in the same order with the same scores, the same counts, match sets, record sums,
 * common terms and suggestions. (Ties are broken the same way by design: shorter paragraph, then
 * corpus order; so the order is compared exactly, ties included.)
 */

// A small vocabulary: Indonesian words and their inflections (stemmed alike), glossary words and the
// translations they expand to (single words and phrases), near misses within the typo allowance,
// numbers (quantities and years), stop words and question words.
const WORDS = [
  'kontainer',
  'kontainr',
  'kontener',
  'peti',
  'kemas',
  'senjata',
  'persenjataan',
  'amunisi',
  'membantah',
  'bantahan',
  'dibantah',
  'menyangkal',
  'sangkal',
  'menepis',
  'pernah',
  'tidak',
  'berdasar',
  'menangkap',
  'ditangkap',
  'penangkapan',
  'ditahan',
  'tahanan',
  'rumah',
  'sakit',
  'pelabuhan',
  'pelabuhannya',
  'gubernur',
  'gubernurnya',
  'menteri',
  'kementerian',
  'mengirim',
  'mengirimkan',
  'kiriman',
  'deny',
  'denied',
  'denies',
  'arrest',
  'arrested',
  'hospital',
  'baseless',
  'container',
  'containers',
  'send',
  'sent',
  'minta',
  'maaf',
  'apologize',
  'never',
  '1.300',
  '426',
  '2023',
  '7',
  'yang',
  'dan',
  'di',
  'the',
  'of',
  'berapa',
  'how',
  'many',
  'siapa',
  'kapal',
  'kapalnya',
  'kereta',
  'keretaapi',
  'non-proliferasi',
  'proliferasi',
];

const paragraphText = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 12 }).map((words) => words.join(' '));
const corpus = fc.array(paragraphText, { minLength: 1, maxLength: 40 });
const query = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }).map((w) => w.join(' ')),
  fc
    .tuple(fc.constantFrom('How many', 'Berapa', 'Who denied', 'Siapa yang'), fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }))
    .map(([head, w]) => `${head} ${w.join(' ')}?`),
);

function paragraphsOf(texts: readonly string[]): Paragraph[] {
  // a few articles, so that keys differ by article as well as by number
  return texts.map((text, i) => ({ article: `a${i % 3}.txt`, number: Math.floor(i / 3) + 1, text }));
}

function both(texts: readonly string[]): [ParagraphEngine, ParagraphEngine] {
  const paragraphs = paragraphsOf(texts);
  return [buildEngine('compact', paragraphs), buildEngine('minisearch', paragraphs)];
}

function expectSameAnswers(
  compact: ParagraphEngine,
  mini: ParagraphEngine,
  q: string,
  k: number,
  within: Uint32Array | undefined,
  textOf: (id: number) => string,
): void {
  const a = compact.topAndCount(q, k, within);
  const b = mini.topAndCount(q, k, within);
  expect(b.concepts, 'concepts').toBe(a.concepts);
  expect(b.required, 'required').toBe(a.required);
  expect(b.total, 'total').toBe(a.total);
  expect(
    b.hits.map((h) => h.id),
    'top-k order',
  ).toEqual(a.hits.map((h) => h.id));
  expect(
    b.hits.map((h) => h.score),
    'top-k scores',
  ).toEqual(a.hits.map((h) => h.score));
  const ma = compact.matches(q);
  const mb = mini.matches(q);
  expect(mb.size, 'match set size').toBe(ma.size);
  for (let p = -1; p <= compact.paragraphCount; p++) expect(mb.has(p), `match of ${p}`).toBe(ma.has(p));
  const countOf = (p: number) => (p * 7) % 5;
  expect(mb.sum(mini.counts(countOf)), 'record count').toBe(ma.sum(compact.counts(countOf)));
  expect(mini.suggest(q, textOf), 'suggestions').toEqual(compact.suggest(q, textOf));
}

describe('the MiniSearch and compact engines (differential)', () => {
  it('give the same top-k, scores, counts, match sets and suggestions on random corpora and queries', () => {
    fc.assert(
      fc.property(corpus, fc.array(query, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 12 }), (texts, queries, k) => {
        const [compact, mini] = both(texts);
        expect(mini.paragraphCount).toBe(compact.paragraphCount);
        expect(mini.commonTerms(6)).toEqual(compact.commonTerms(6));
        for (const q of queries) expectSameAnswers(compact, mini, q, k, undefined, (id) => texts[id]!);
      }),
      { numRuns: 250 },
    );
  });

  it('agree within a subset of paragraphs (`within`), for hits and totals alike', () => {
    fc.assert(
      fc.property(corpus, query, fc.integer({ min: 1, max: 8 }), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (texts, q, k, pick) => {
        const [compact, mini] = both(texts);
        const within = Uint32Array.from(texts.map((_, i) => i).filter((i) => pick[i]));
        expectSameAnswers(compact, mini, q, k, within, (id) => texts[id]!);
      }),
      { numRuns: 200 },
    );
  });

  it('agree after live changes: paragraphs discarded and added in place, then reordered, answer as a rebuild', () => {
    fc.assert(
      fc.property(corpus, corpus, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), query, (before, added, keep, q) => {
        const old = paragraphsOf(before);
        const engine = MiniSearchEngine.build(old.map((p) => ({ key: paragraphKey(p.article, p.number), text: p.text })));
        // the paragraphs kept, then new ones (of another article), in a new corpus order
        const kept = old.filter((_, i) => keep[i]);
        for (const p of old) if (!kept.includes(p)) expect(engine.discard(paragraphKey(p.article, p.number))).toBe(true);
        const fresh = added.map((text, i) => ({ article: 'new.txt', number: i + 1, text }));
        for (const p of fresh) engine.add(paragraphKey(p.article, p.number), p.text);
        const now = [...fresh, ...kept];
        engine.reorder(now.map((p) => paragraphKey(p.article, p.number)));
        const rebuilt = buildEngine('compact', now);
        expectSameAnswers(rebuilt, engine, q, 10, undefined, (id) => now[id]!.text);
        expect(engine.commonTerms(6)).toEqual(rebuilt.commonTerms(6));
      }),
      { numRuns: 150 },
    );
  });
});

describe('the MiniSearch engine in place', () => {
  const engine = () => MiniSearchEngine.build([{ key: 'a.txt#1', text: 'Gubernur membantah kiriman senjata.' }]);

  it('refuses a key already indexed, and a reorder that misses or repeats a key', () => {
    const e = engine();
    expect(() => e.add('a.txt#1', 'lagi')).toThrow(/already indexed/u);
    e.add('b.txt#1', 'Kapal kontainer tiba di pelabuhan.');
    expect(() => e.reorder(['a.txt#1'])).toThrow(/1 keys for 2/u);
    expect(() => e.reorder(['a.txt#1', 'a.txt#1'])).toThrow(/listed twice/u);
    expect(() => e.reorder(['a.txt#1', 'c.txt#1'])).toThrow(/c\.txt#1 is not indexed/u);
  });

  it('finds an added paragraph once reordered, and no longer finds a discarded one', () => {
    const e = engine();
    e.add('b.txt#1', 'Kapal kontainer tiba di pelabuhan.');
    expect(e.topAndCount('kontainer', 5).hits).toEqual([]);
    e.reorder(['b.txt#1', 'a.txt#1']);
    expect(e.topAndCount('kontainer', 5).hits.map((h) => h.id)).toEqual([0]);
    expect(e.topAndCount('bantah', 5).hits.map((h) => h.id)).toEqual([1]);
    expect(e.discard('a.txt#1')).toBe(true);
    expect(e.discard('a.txt#1')).toBe(false);
    expect(e.topAndCount('bantah', 5).hits).toEqual([]);
    e.reorder(['b.txt#1']);
    expect(e.paragraphCount).toBe(1);
    expect(e.matches('kontainer').has(0)).toBe(true);
  });
});
