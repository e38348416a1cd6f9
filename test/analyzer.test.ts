import { describe, expect, it } from 'vitest';
import { analyzeToken, isStopword } from '../src/language/analyzer.js';
import { englishLemmas, matchGlossary } from '../src/language/glossary.js';
import { tokenize } from '../src/language/tokenize.js';
import { analyzeQuery } from '../src/search/query-terms.js';

const terms = (text: string) => tokenize(text).flatMap(analyzeToken);

describe('tokenize', () => {
  it('keeps numbers whole, with their separators', () => {
    expect(tokenize('lebih dari 1.000 kontainer, 2,5 juta peluru dan 60.000 per hari')).toEqual([
      'lebih',
      'dari',
      '1.000',
      'kontainer',
      '2,5',
      'juta',
      'peluru',
      'dan',
      '60.000',
      'per',
      'hari',
    ]);
  });
  it('keeps hyphenated words and reduplications as one token', () => {
    expect(tokenize('kontainer-kontainer dan sekutu-sekutunya, non-proliferasi')).toEqual([
      'kontainer-kontainer',
      'dan',
      'sekutu-sekutunya',
      'non-proliferasi',
    ]);
  });
});

describe('analyzeToken', () => {
  it('folds case and diacritics', () => {
    expect(analyzeToken('SERGEÏ')).toEqual(analyzeToken('sergei'));
  });
  it('keeps abbreviations', () => {
    expect(terms('AS PBB DPRK KCNA')).toEqual(['as', 'pbb', 'dprk', 'kcna']);
  });
  it('makes affixed forms meet at their root', () => {
    const root = (w: string) => analyzeToken(w)[0];
    expect(new Set(['kirim', 'mengirim', 'mengirimkan', 'pengiriman', 'dikirim'].map(root))).toEqual(new Set(['kirim']));
    expect(new Set(['bantah', 'membantah', 'dibantah', 'bantahan'].map(root))).toEqual(new Set(['bantah']));
  });
  it('reduces reduplication to the single word', () => {
    expect(analyzeToken('kontainer-kontainer')).toEqual(['kontainer']);
    expect(analyzeToken('sekutu-sekutunya')).toEqual(['sekutu']);
  });
  it('indexes a hyphenated compound whole and by its parts', () => {
    expect(analyzeToken('non-proliferasi')).toEqual(['non-proliferasi', 'non', 'proliferasi']);
  });
  it('keeps numbers as written', () => {
    expect(analyzeToken('1.000')).toEqual(['1.000']);
    expect(analyzeToken('2,5')).toEqual(['2,5']);
  });
  it.each(['tidak', 'tak', 'bukan', 'belum', 'pernah', 'kata', 'ujar', 'menurut', 'mengatakan', 'lalu', 'never', 'not', 'said'])(
    'never drops the cue "%s"',
    (word) => {
      expect(isStopword(word)).toBe(false);
      expect(analyzeToken(word).length).toBeGreaterThan(0);
    },
  );
  it('drops frequent function words', () => {
    expect(terms('yang dan di ke dari the of')).toEqual([]);
  });
  it('cuts a monstrous token before it can reach fuzzy search', () => {
    expect(analyzeToken('a'.repeat(100_000))[0]!.length).toBeLessThanOrEqual(40);
  });
});

describe('English glossary', () => {
  it('undoes English inflection', () => {
    expect(englishLemmas('denies')).toContain('deny');
    expect(englishLemmas('shipped')).toContain('ship');
    expect(englishLemmas('containers')).toContain('container');
    expect(englishLemmas('supplying')).toContain('supply');
  });
  it('prefers phrases to their words', () => {
    const [match] = matchGlossary(['North', 'Korea']);
    expect(match).toMatchObject({ at: 0, length: 2 });
    expect(match!.indonesian).toContain('korea utara');
  });
  it('expands an English question into Indonesian index terms', () => {
    const concepts = analyzeQuery('North Korea denies supplying weapons');
    const all = concepts.flatMap((c) => [...c.terms, ...c.phrases.flat()]);
    for (const t of ['korea', 'utara', 'korut', 'bantah', 'pasok', 'senjata']) expect(all).toContain(t);
  });
  it('leaves Indonesian queries as they are', () => {
    expect(analyzeQuery('mengirim senjata').map((c) => c.terms)).toEqual([['kirim'], ['senjata']]);
  });
});
