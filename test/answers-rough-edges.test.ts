import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { periodOf } from '../src/answers/date-range.js';
import { denials } from '../src/answers/denials.js';
import { UserFacingError } from '../src/answers/errors.js';
import { boundedEditDistance, nameTypoAllowance } from '../src/answers/name-correction.js';
import { whoSaid } from '../src/answers/who-said.js';
import { executeCommand, executePage } from '../src/app/execute-command.js';
import { indexArticles } from '../src/corpus-index/index-articles.js';
import { renderDiscordPage } from '../src/render/render-discord.js';
import { makeArticle } from './quotes-articles.js';

/** Invented stories: a port strike and a flood, with their spokespeople. */
const index = indexArticles([
  makeArticle('pelabuhan.txt', [
    'Ratusan peti kemas tertahan di gudang pelabuhan Tanjung Sari sejak pekan lalu karena mogok kerja para buruh.',
    '“Kami sedang berunding dengan serikat pekerja agar bongkar muat kembali berjalan,” kata Ratna Wibisono, juru bicara otoritas pelabuhan, kepada wartawan.',
    'Wibisono mengatakan perundingan akan dilanjutkan pada hari Senin.',
    'Serikat pekerja membantah tuduhan bahwa mogok itu melanggar hukum.',
  ]),
  makeArticle('banjir.txt', [
    'Hujan deras merendam tiga kecamatan di pesisir utara.',
    '“Semua posko pengungsian sudah dibuka sejak semalam,” kata Ratna Wibisono, yang juga memimpin tim relawan.',
  ]),
]);

describe('who-said: a topic in the article, the quote further down', () => {
  it("finds the speaker's quotes in articles about the topic when none sits in a paragraph about it, and says so", () => {
    const answer = whoSaid(index, { topic: 'gudang', speaker: 'Wibisono', limit: 10 });
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results.every((r) => r.citation.article === 'pelabuhan.txt' && r.speaker === 'Ratna Wibisono')).toBe(true);
    expect(answer.total).toBe(answer.results.length);
    expect(answer.query).toBe('topic "gudang" (in the article, not the quote\'s paragraph), speaker "Wibisono"');
  });
  it('keeps the paragraph rule when a quote of the speaker is about the topic', () => {
    const answer = whoSaid(index, { topic: 'posko pengungsian', speaker: 'Wibisono', limit: 10 });
    expect(answer.results.map((r) => r.citation.article)).toEqual(['banjir.txt']);
    expect(answer.query).toBe('topic "posko pengungsian", speaker "Wibisono"');
  });
  it('does not suggest the speaker it just matched when the topic is what excluded the quotes', () => {
    const answer = whoSaid(index, { topic: 'gempa bumi', speaker: 'Wibisono', limit: 10 });
    expect(answer.results).toEqual([]);
    expect(answer.suggestions ?? []).not.toContain('Ratna Wibisono');
  });
});

describe('fuzzy speaker and party names', () => {
  it.each([['Wibisomo'], ['Wibsiono'], ['ratna wibisono'], ['Ratna Wibisomo']])('speaker %s finds Ratna Wibisono', (typed) => {
    const answer = whoSaid(index, { speaker: typed, limit: 10 });
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results.every((r) => r.speaker === 'Ratna Wibisono')).toBe(true);
  });
  it('says which name a typo was read as', () => {
    expect(whoSaid(index, { speaker: 'Wibisomo', limit: 1 }).query).toBe('speaker "Wibisomo" (nearest name: Ratna Wibisono)');
  });
  it('does not stretch past the allowance: a short word is never corrected, a long one by at most two edits', () => {
    expect(whoSaid(index, { speaker: 'Wxbxsxnx', limit: 10 }).results).toEqual([]);
    expect(whoSaid(index, { speaker: 'Rat', limit: 10 }).results.length).toBeGreaterThan(0); // a prefix, as autocomplete
    expect(whoSaid(index, { speaker: 'Rxt', limit: 10 }).results).toEqual([]);
  });
  it('corrects a party the same way', () => {
    const exact = denials(index, { party: 'Serikat pekerja', limit: 10 });
    expect(exact.results.length).toBeGreaterThan(0);
    const typo = denials(index, { party: 'Serikta pekerja', limit: 10 });
    expect(typo.results).toEqual(exact.results);
    expect(typo.query).toMatch(/\(nearest name: Serikat pekerja\)$/iu);
  });
  it('allows edits as search does (20% of the length), from four letters; a swap is one edit', () => {
    expect([3, 4, 5, 7, 8, 12].map((n) => nameTypoAllowance('a'.repeat(n)))).toEqual([0, 1, 1, 1, 2, 2]);
    expect(boundedEditDistance('rusai', 'rusia', 2)).toBe(1);
    expect(boundedEditDistance('kirbi', 'kirby', 2)).toBe(1);
    expect(boundedEditDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
  it('never throws and stays within the limit for any speaker or party text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.integer({ min: 1, max: 5 }), (text, limit) => {
        expect(whoSaid(index, { speaker: text, limit }).results.length).toBeLessThanOrEqual(limit);
        expect(denials(index, { party: text, limit }).results.length).toBeLessThanOrEqual(limit);
        expect(whoSaid(index, { speaker: text, topic: text.slice(0, 20) || undefined, limit }).results.length).toBeLessThanOrEqual(limit);
      }),
      { numRuns: 200 },
    );
  });
});

describe('date bounds: a day, a month or a year', () => {
  it.each([
    ['2023', { first: '2023-01-01', last: '2023-12-31' }],
    ['2024-02', { first: '2024-02-01', last: '2024-02-29' }],
    ['2023-02', { first: '2023-02-01', last: '2023-02-28' }],
    ['2023-10-05', { first: '2023-10-05', last: '2023-10-05' }],
    ['2023-13', null],
    ['2023-02-29', null],
    ['23-10', null],
    ['2023-1', null],
    ['0000', null],
  ])('%s', (text, period) => expect(periodOf(text)).toEqual(period));
  it('reads from as the first day and to as the last day of the period, and names one error once', () => {
    const answer = executeCommand('timeline', { from: '2023-10', to: '2023-10' }, { index, locale: 'en' });
    expect(answer.query).toBe('from 2023-10, to 2023-10');
    expect(() => executeCommand('timeline', { from: '2023-13' }, { index, locale: 'en' })).toThrow(
      new UserFacingError('from: must be a date written YYYY-MM-DD, YYYY-MM or YYYY'),
    );
    expect(() => executeCommand('timeline', { from: '2024', to: '2023-12' }, { index, locale: 'en' })).toThrow(/start 2024 is after the end 2023-12/u);
  });
  it("says what is wrong with a range in the user's language", () => {
    expect(() => executeCommand('timeline', { from: '2024', to: '2023-12' }, { index, locale: 'id' })).toThrow(
      new UserFacingError('Awal 2024 jatuh sesudah akhir 2023-12.'),
    );
    expect(() => executeCommand('search', { query: 'kontainer', from: '2024', to: '2023-12' }, { index, locale: 'id' })).toThrow(
      /^Awal 2024 jatuh sesudah akhir 2023-12/u,
    );
    expect(() => executeCommand('timeline', { from: '2023-13' }, { index, locale: 'id' })).toThrow(
      new UserFacingError('dari: harus tanggal berformat YYYY-MM-DD, YYYY-MM, atau YYYY'),
    );
  });
  it('never throws anything but a user-facing error for any from/to text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('2023', '2023-10', '2023-10-31')), (from, to) => {
        for (const command of ['timeline', 'search'] as const) {
          try {
            executeCommand(command, { query: 'pelabuhan', from, to }, { index, locale: 'en' });
          } catch (error) {
            expect(error).toBeInstanceOf(UserFacingError);
            expect((error as Error).message.length).toBeLessThan(300);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('pages', () => {
  it('page N continues the ranking of page 1, and the pages count the matches', () => {
    const whole = executeCommand('search', { query: 'pelabuhan serikat', limit: 4 }, { index, locale: 'en' });
    const second = executePage('search', { query: 'pelabuhan serikat', limit: 2 }, '2', { index, locale: 'en' });
    expect(second.answer.results).toEqual(whole.results.slice(2, 4));
    expect(second).toMatchObject({ page: 2, first: 2, size: 2 });
    expect(second.pages).toBe(Math.ceil(Math.max(whole.total, whole.results.length) / 2));
  });
  it('refuses a page past the last one, and a page that is not a number', () => {
    expect(() => executePage('search', { query: 'pelabuhan', limit: 10 }, 5, { index, locale: 'en' })).toThrow(
      /There is no page 5: the results fill 1 page\./u,
    );
    expect(() => executePage('search', { query: 'pelabuhan' }, 'two', { index, locale: 'en' })).toThrow(/page: must be a whole number/u);
    expect(() => executePage('search', { query: 'pelabuhan', limit: 500 }, 3, { index, locale: 'en' })).toThrow(/past the first 1000 results/u);
  });
});

describe('how a name or topic was read, shown with the results', () => {
  it("reaches the Discord header in the user's language, and the JSON as notes", () => {
    const answer = whoSaid(index, { speaker: 'Wibisomo', limit: 5 });
    expect(answer.notes).toEqual([{ kind: 'nearest-name', option: 'speaker', typed: 'Wibisomo', name: 'Ratna Wibisono' }]);
    expect(renderDiscordPage(answer, 'id', 0).content).toContain('-# pembicara “Wibisomo” tidak ditemukan; yang terdekat: Ratna Wibisono');
    const widened = whoSaid(index, { topic: 'gudang', speaker: 'Wibisono', limit: 5 });
    expect(widened.notes).toEqual([{ kind: 'topic-in-article', topic: 'gudang' }]);
    expect(renderDiscordPage(widened, 'en', 0).content).toContain("-# none of the speaker's quotes is in a paragraph about “gudang”");
    expect(whoSaid(index, { speaker: 'Ratna Wibisono', limit: 5 }).notes).toBeUndefined();
  });
});
