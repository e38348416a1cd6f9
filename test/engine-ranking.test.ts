import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeToken } from '../src/language/analyzer.js';
import { tokenize } from '../src/language/tokenize.js';
import { fuzzyDistance, MAX_FUZZY_EXPANSIONS, type RankingOptions } from '../src/search/engine/query-plan.js';
import { QUANTITY_TERM, quantityCount } from '../src/search/quantities.js';
import { analyzeQuery } from '../src/search/query-terms.js';
import { SearchEngine } from '../src/search/search-engine.js';

// Words with shared stems, affixes, near spellings, numbers and glossary entries, so that random
// paragraphs exercise stemming, fuzzy expansion and multi-alternative concepts.
const WORDS = [
  'kirim',
  'mengirim',
  'pengiriman',
  'dikirimkan',
  'senjata',
  'senjatа',
  'senjatta',
  'amunisi',
  'amunsi',
  'kontainer',
  'kontainer-kontainer',
  'Korea',
  'Utara',
  'Rusia',
  'bantah',
  'membantah',
  'tidak',
  'pernah',
  'peluru',
  'artileri',
  'artilery',
  '1.000',
  '2,5',
  'Pyongyang',
  'Moskow',
  'sanksi',
  'entitas',
  'kereta',
  'api',
  'yang',
  'dan',
  'di',
  'weapons',
  'deny',
  'denies',
  'sekutu-sekutunya',
  'ekspor',
  'mengekspor',
  'rudal',
  'balistik',
  'berdasar',
  'rumah',
  'sakit',
  'denied',
  'team',
  'legal',
  '426',
  '1,300',
  'Oktober',
  '6',
  '2024',
];

const paragraphs = fc.array(
  fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 14 }).map((w) => w.join(' ')),
  { minLength: 1, maxLength: 30 },
);
const queries = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }).map((w) => w.join(' ')),
  fc.constantFrom(
    'North Korea denies supplying weapons',
    'containers shipped by rail',
    'kontainr amunisi',
    'senjatx',
    'baseless claims at the hospital',
    'legal team denied',
    'How many containers were shipped to Russia?',
    'berapa kontainer amunisi',
  ),
);
const rankings = fc.constantFrom<RankingOptions>({ coverage: 'concepts' }, { coverage: 'information' });

interface Scored {
  id: number;
  score: number;
}

const levenshtein = (a: string, b: string): number => {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
};

/**
 * BM25+ written out the obvious way, from the texts, to check the engine against: every paragraph
 * scored, no bounds, no skipping. A concept scores its best alternative (a phrase's rarest term,
 * when all its terms are known); the sum over concepts is multiplied by the number of concepts
 * matched, or, with `information` coverage, by the sum of their best weight over the mean.
 */
function referenceRanking(texts: readonly string[], query: string, ranking: RankingOptions = { coverage: 'concepts' }): Scored[] {
  const docs = texts.map((text) => {
    const tokens = tokenize(text);
    const tf = new Map<string, number>();
    for (const token of tokens) for (const term of analyzeToken(token)) tf.set(term, (tf.get(term) ?? 0) + 1);
    if (quantityCount(text) > 0) tf.set(QUANTITY_TERM, quantityCount(text));
    return { length: tokens.length, tf };
  });
  const n = docs.length;
  const total = docs.reduce((sum, d) => sum + d.length, 0);
  const average = total > 0 ? total / n : 1;
  const df = new Map<string, number>();
  for (const d of docs) for (const term of d.tf.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const vocabulary = [...df.keys()].sort();
  const idf = (term: string) => Math.log(1 + (n - df.get(term)! + 0.5) / (df.get(term)! + 0.5));
  const concepts: Map<string, number>[] = [];
  const seen = new Set<string>();
  for (const concept of analyzeQuery(query)) {
    const weights = new Map<string, number>();
    const offer = (term: string, weight: number) => weights.set(term, Math.max(weight, weights.get(term) ?? 0));
    for (const term of concept.terms) if (df.has(term)) offer(term, 1);
    for (const phrase of concept.phrases) {
      if (!phrase.every((term) => df.has(term))) continue;
      // the rarest term; on equal counts the later one
      const rarest = phrase.reduce((a, b) => (df.get(b)! <= df.get(a)! ? b : a));
      offer(rarest, 1);
    }
    for (const typed of concept.typed) {
      const max = fuzzyDistance(typed);
      if (max === 0) continue;
      const near = vocabulary
        .map((term) => ({ term, distance: levenshtein(typed, term) }))
        .filter((x) => x.distance > 0 && x.distance <= max)
        .sort((a, b) => a.distance - b.distance || df.get(b.term)! - df.get(a.term)! || (a.term < b.term ? -1 : 1))
        .slice(0, MAX_FUZZY_EXPANSIONS);
      for (const { term, distance } of near) offer(term, (0.3 * term.length) / (term.length + distance));
    }
    if (weights.size === 0) continue;
    const key = [...weights]
      .map(([t, w]) => `${vocabulary.indexOf(t)},${w}`)
      .sort()
      .join(';');
    if (seen.has(key)) continue;
    seen.add(key);
    concepts.push(weights);
  }
  const information = concepts.map((weights) => Math.max(...[...weights].map(([term, weight]) => weight * idf(term))));
  const mean = information.reduce((a, b) => a + b, 0) / Math.max(1, information.length);
  const coverage = information.map((x) => (ranking.coverage === 'information' && concepts.length > 1 ? x / mean : 1));
  const results: Scored[] = [];
  docs.forEach((d, id) => {
    let sum = 0;
    let matched = 0;
    for (const [c, weights] of concepts.entries()) {
      let best = 0;
      for (const [term, weight] of weights) {
        const f = Math.min(255, d.tf.get(term) ?? 0);
        if (f === 0) continue;
        const norm = 1.2 * (1 - 0.7 + (0.7 * d.length) / average);
        best = Math.max(best, weight * idf(term) * (0.5 + (f * 2.2) / (f + norm)));
      }
      if (best > 0) {
        sum += best;
        matched += coverage[c]!;
      }
    }
    if (matched > 0) results.push({ id, score: sum * matched });
  });
  // Equal scores: the shorter paragraph first, then corpus order.
  return results.sort((a, b) => b.score - a.score || docs[a.id]!.length - docs[b.id]!.length || a.id - b.id);
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe('search engine ranking', () => {
  it('scores every matching paragraph as the brute-force BM25+ reference does', () => {
    fc.assert(
      fc.property(paragraphs, queries, rankings, (texts, query, ranking) => {
        const engine = SearchEngine.build(texts, undefined, ranking);
        const got = engine.all(query);
        const want = referenceRanking(texts, query, ranking);
        expect(got.map((r) => r.id).sort((a, b) => a - b)).toEqual(want.map((r) => r.id).sort((a, b) => a - b));
        const wanted = new Map(want.map((r) => [r.id, r.score]));
        for (const r of got) expect(close(r.score, wanted.get(r.id)!)).toBe(true);
        // Same order wherever the reference's scores differ by more than rounding.
        got.forEach((r, i) => {
          const next = got[i + 1];
          if (next && !close(wanted.get(r.id)!, wanted.get(next.id)!)) expect(wanted.get(r.id)!).toBeGreaterThan(wanted.get(next.id)!);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('returns exactly the first k of the full ranking from top-k retrieval (bounds never drop a result)', () => {
    fc.assert(
      fc.property(paragraphs, queries, fc.integer({ min: 1, max: 12 }), rankings, (texts, query, k, ranking) => {
        const engine = SearchEngine.build(texts, undefined, ranking);
        const all = engine.all(query);
        expect(engine.top(query, k)).toEqual(all.slice(0, k));
        expect(engine.count(query)).toBe(all.length);
        const matched = new Set(all.map((r) => r.id));
        const matches = engine.matches(query);
        expect(matches.size).toBe(all.length);
        texts.forEach((_, p) => {
          expect(matches.has(p)).toBe(matched.has(p));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('restricts top-k and counts to a subset of paragraphs exactly', () => {
    fc.assert(
      fc.property(paragraphs, queries, fc.integer({ min: 1, max: 8 }), fc.array(fc.nat({ max: 40 })), rankings, (texts, query, k, picks, ranking) => {
        const engine = SearchEngine.build(texts, undefined, ranking);
        const within = Uint32Array.from(new Set(picks.filter((p) => p < texts.length))).sort();
        const allowed = new Set(within);
        const expected = engine.all(query).filter((r) => allowed.has(r.id));
        expect(engine.top(query, k, within)).toEqual(expected.slice(0, k));
        expect(engine.count(query, within)).toBe(expected.length);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the ranking exact on many similar paragraphs, where scores tie and blocks are skipped', () => {
    // 3,000 paragraphs from a few templates: thousands of postings per term, many exact ties.
    const templates = [
      'Korea Utara mengirim senjata ke Rusia',
      'Rusia membantah menerima senjata dari Korea Utara',
      'Korea Utara Korea Utara amunisi',
      'kontainer amunisi dan peluru artileri dikirim',
      'sanksi baru untuk Rusia',
    ];
    const texts = Array.from(
      { length: 3000 },
      (_, i) => `${templates[i % templates.length]!} ${i % 7 === 0 ? 'Rusia' : ''} ${i % 11 === 0 ? 'senjata senjata' : ''}`,
    );
    for (const ranking of [{ coverage: 'concepts' }, { coverage: 'information' }] as const) {
      const engine = SearchEngine.build(texts, undefined, ranking);
      for (const query of [
        'Korea',
        'Korea Utara Rusia',
        'senjata amunisi Rusia',
        'North Korea denies supplying weapons to Russia',
        'peluru',
        'How many containers were sent to Russia?',
      ]) {
        const all = engine.all(query);
        for (const k of [1, 10, 100]) expect(engine.top(query, k)).toEqual(all.slice(0, k));
        // Counting and matching read whole-term bitsets for terms this common: same answers.
        expect(engine.count(query)).toBe(all.length);
        const matched = new Set(all.map((r) => r.id));
        const matches = engine.matches(query);
        expect(matches.size).toBe(all.length);
        texts.forEach((_, p) => {
          expect(matches.has(p)).toBe(matched.has(p));
        });
        const within = Uint32Array.from({ length: 300 }, (_, i) => i * 7);
        expect(engine.count(query, within)).toBe(all.filter((r) => r.id % 7 === 0 && r.id < 2100).length);
      }
      expect(engine.postings.denseBits.size).toBeGreaterThan(0);
    }
  });

  it('finds nothing for stop words, unknown words and empty queries', () => {
    const engine = SearchEngine.build(['Korea Utara mengirim senjata', 'yang dan di']);
    for (const query of ['', 'yang dan di', 'zzzzqqq', '   ']) {
      expect(engine.top(query, 5)).toEqual([]);
      expect(engine.count(query)).toBe(0);
    }
  });
});
