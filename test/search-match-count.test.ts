import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchAnswer } from '../src/answers/search.js';
import { indexArticles } from '../src/corpus-index/index-articles.js';
import { countMatchingAtLeast, hasBit, matchBits, requiredConcepts } from '../src/search/engine/match-all.js';
import { SearchEngine } from '../src/search/search-engine.js';
import { makeArticle } from './quotes-articles.js';

const WORDS = ['nelayan', 'solar', 'harga', 'dermaga', 'hujan', 'banjir', 'gubernur', 'pasar', 'beras', 'kapal'];

describe('countMatchingAtLeast', () => {
  it('counts the paragraphs holding at least `required` concepts, as checking each paragraph does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 90 }),
        fc.uniqueArray(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 }),
        fc.nat(7),
        fc.boolean(),
        (texts, query, required, restrict) => {
          const engine = SearchEngine.build(texts.map((t) => t.join(' ')));
          const plans = engine.plan(query.join(' '));
          const sets = plans.map((plan) => matchBits(engine.postings, [plan]));
          const docs = engine.postings.docCount;
          const within = restrict ? Uint32Array.from({ length: docs }, (_, d) => d).filter((d) => d % 3 !== 1) : undefined;
          const candidates = within ? [...within] : Array.from({ length: docs }, (_, d) => d);
          const need = Math.max(1, required);
          const expected =
            plans.length === 0 || need > plans.length ? 0 : candidates.filter((d) => sets.filter((bits) => hasBit(bits, d)).length >= need).length;
          expect(countMatchingAtLeast(engine.postings, plans, need, within)).toBe(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
  it('asks for every concept up to two, more than half beyond', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(requiredConcepts)).toEqual([1, 2, 2, 3, 3, 4, 4]);
  });
});

describe('/search counts what a reader would call matches', () => {
  const index = indexArticles([
    makeArticle('a.txt', [
      'Harga solar untuk nelayan naik lagi di dermaga utara.',
      'Nelayan mengeluh.',
      'Hujan turun sejak pagi.',
      'Harga beras di pasar naik.',
      'Solar langka di dermaga.',
    ]),
  ]);
  it('a paragraph sharing one word with a question of four ideas is ranked but not counted', () => {
    const answer = searchAnswer(index, { query: 'harga solar nelayan dermaga', limit: 10 });
    const any = index.searchTop('harga solar nelayan dermaga', { limit: 10 }).hits.length;
    expect(answer.matchRule).toEqual({ required: 3, concepts: 4 });
    // paragraph 1 holds all four, paragraph 5 two, paragraphs 2 and 4 one each
    expect(answer.total).toBe(1);
    expect(answer.results.length).toBe(any);
    expect(answer.results[0]!.citation.paragraph).toBe(1);
  });
  it('a one-word query counts every paragraph holding it, with no rule to state', () => {
    const answer = searchAnswer(index, { query: 'nelayan', limit: 10 });
    expect(answer.total).toBe(2);
    expect(answer.matchRule).toBeUndefined();
  });
  it('never counts more than the paragraphs holding any of the words', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (query) => {
        const text = query.trim() || 'x';
        const answer = searchAnswer(index, { query: text, limit: 5 });
        expect(answer.total).toBeLessThanOrEqual(index.matchTopic(text).size);
        expect(answer.results.length).toBeLessThanOrEqual(5);
      }),
      { numRuns: 100 },
    );
  });
});
