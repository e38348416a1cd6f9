import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchCommand } from '../commands/search.js';
import { sourcesCommand } from '../commands/sources.js';
import { UserFacingError } from '../src/answers/errors.js';
import { executeCommand } from '../src/app/execute-command.js';
import { indexArticles } from '../src/corpus-index/index-articles.js';
import { makeArticle } from './quotes-articles.js';

/** Three invented outlets over two years; one article with no known date. */
const at = (id: string, outlet: string | null, published: string | null, paragraphs: string[]) => ({ ...makeArticle(id, paragraphs), outlet, published });
const index = indexArticles([
  at('a.txt', 'Kabar Pesisir', '2023-03-02', ['Nelayan di pesisir selatan mengeluhkan harga solar yang naik.']),
  at('b.txt', 'Warta Kota Online', '2023-11-20', ['Harga solar untuk nelayan kembali naik pekan ini.']),
  at('c.txt', 'Kabar Pesisir', '2024-01-15', ['Pemerintah daerah menyalurkan solar bersubsidi bagi nelayan.']),
  at('d.txt', 'Warta Kota Online', null, ['Nelayan menunggu solar bersubsidi di dermaga.']),
]);
const run = (command: 'search' | 'sources', options: Record<string, unknown>) => executeCommand(command, options, { index, locale: 'en' });
const articles = (answer: ReturnType<typeof run>) =>
  (answer.results as readonly ({ citation: { article: string } } | { article: string })[])
    .map((r) => ('citation' in r ? r.citation.article : r.article))
    .sort();

describe('/search by outlet and date range', () => {
  it('keeps the articles of the outlet, by words of its name, accents and case ignored', () => {
    expect(articles(run('search', { query: 'solar nelayan', outlet: 'kabar' }))).toEqual(['a.txt', 'c.txt']);
    expect(articles(run('search', { query: 'solar nelayan', outlet: 'WARTA KOTA' }))).toEqual(['b.txt', 'd.txt']);
  });
  it('keeps articles published in the range (a month or a year as the bound); an undated article passes no bound', () => {
    expect(articles(run('search', { query: 'solar', from: '2023-11', to: '2024' }))).toEqual(['b.txt', 'c.txt']);
    expect(articles(run('search', { query: 'solar', to: '2023-03' }))).toEqual(['a.txt']);
    expect(articles(run('search', { query: 'solar', outlet: 'warta', from: '2023' }))).toEqual(['b.txt']);
  });
  it('counts matches within the filter only, and says what was filtered', () => {
    const answer = run('search', { query: 'solar', outlet: 'kabar', from: '2024' });
    expect(answer.total).toBe(1);
    expect(answer.query).toBe('solar (outlet kabar, from 2024)');
  });
  it('offers the outlets there are when the outlet matches none', () => {
    const answer = run('search', { query: 'solar', outlet: 'Harian Nusantara' });
    expect(answer.results).toEqual([]);
    expect(answer.suggestions).toEqual(['Kabar Pesisir', 'Warta Kota Online']);
  });
  it('autocompletes the outlet from the corpus, most articles first', () => {
    expect(searchCommand.autocomplete!('outlet', 'ka', { index, locale: 'en' })).toEqual([{ name: 'Kabar Pesisir', value: 'Kabar Pesisir' }]);
    expect(sourcesCommand.autocomplete!('outlet', '', { index, locale: 'en' }).map((c) => c.name)).toEqual(['Kabar Pesisir', 'Warta Kota Online']);
  });
});

describe('/sources by year and outlet', () => {
  it('lists the articles of a year, of an outlet, or both', () => {
    expect(articles(run('sources', { year: '2023' }))).toEqual(['a.txt', 'b.txt']);
    expect(articles(run('sources', { outlet: 'warta' }))).toEqual(['b.txt', 'd.txt']);
    expect(articles(run('sources', { outlet: 'kabar', year: '2024' }))).toEqual(['c.txt']);
    expect(run('sources', { outlet: 'kabar', year: '2024' }).query).toBe('outlet kabar, year 2024');
  });
  it('refuses a year that is not four digits', () => {
    expect(() => run('sources', { year: '23' })).toThrow(new UserFacingError('year: must be a year written YYYY'));
  });
});

describe('filter options take any text', () => {
  it('never throw anything but a user-facing error, and stay within the limit', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 12 }), fc.integer({ min: 1, max: 3 }), (text, date, limit) => {
        for (const [command, options] of [
          ['search', { query: 'solar', outlet: text, from: date, limit }],
          ['search', { query: 'solar', to: text, limit }],
          ['sources', { outlet: text, year: date, limit }],
        ] as const) {
          try {
            expect(run(command, options).results.length).toBeLessThanOrEqual(limit);
          } catch (error) {
            expect(error).toBeInstanceOf(UserFacingError);
          }
        }
        for (const command of [searchCommand, sourcesCommand])
          expect(command.autocomplete!('outlet', text, { index, locale: 'en' }).length).toBeLessThanOrEqual(25);
      }),
      { numRuns: 200 },
    );
  });
});
