import { describe, expect, it } from 'vitest';
import { whoSaidCommand } from '../commands/who-said.js';
import { listSpeakers, whoSaid } from '../src/answers/who-said.js';
import { indexArticles } from '../src/corpus-index/index-articles.js';
import { makeArticle } from './quotes-articles.js';

/** A small corpus of invented articles, indexed with the real engine and the real extraction. */
const index = indexArticles([
  makeArticle('a1.txt', [
    'Juru bicara keamanan nasional Gedung Putih John Kirby mengatakan Korea Utara telah mengirim lebih dari seribu kontainer amunisi ke Rusia.',
    '“Kami akan terus memantau setiap pengiriman kontainer itu,” kata Kirby kepada wartawan.',
    'Menteri Luar Negeri Rusia Sergei Lavrov menolak tuduhan itu.',
    '“Saya tidak mengomentari rumor,” kata Lavrov di Moskow.',
  ]),
  makeArticle('a2.txt', [
    '“Kami mengutuk keras pengiriman rudal balistik ke Rusia,” Menteri Luar Negeri Jepang Yoko Kamikawa dan Menteri Luar Negeri Korea Selatan Cho Tae-yul mengatakan dalam pernyataan bersama.',
    'Kirby menambahkan bahwa Washington akan menjatuhkan sanksi baru terhadap perusahaan pelayaran.',
  ]),
  makeArticle(
    'a3.txt',
    [
      '“We will keep watching every container that crosses the border,” the United States said in a statement.',
      'The Kremlin said the reports were baseless rumours spread by the West.',
    ],
    'en',
  ),
]);

describe('whoSaid', () => {
  it('with no options returns every quote in corpus order', () => {
    const answer = whoSaid(index, { limit: 1000 });
    expect(answer.command).toBe('who-said');
    expect(answer.total).toBe(index.quotes.length);
    expect(answer.results).toHaveLength(index.quotes.length);
    const places = answer.results.map((r) => [r.citation.article, r.citation.paragraph] as const);
    const sorted = [...places].sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
    expect(places).toEqual(sorted);
  });

  it('applies the limit after counting every match', () => {
    const answer = whoSaid(index, { limit: 2 });
    expect(answer.results).toHaveLength(2);
    expect(answer.total).toBe(index.quotes.length);
  });

  it('finds a speaker by any name, partial, in any case and with accents', () => {
    for (const option of ['kirby', 'John Kirby', 'KIR', 'Kírby']) {
      const answer = whoSaid(index, { speaker: option, limit: 50 });
      expect(answer.total, option).toBe(3);
      expect(
        answer.results.every((r) => r.speaker === 'John Kirby'),
        option,
      ).toBe(true);
    }
    expect(whoSaid(index, { speaker: 'Kirby', limit: 50 }).query).toBe('speaker "Kirby"');
  });

  it('finds a joint statement by any of its speakers', () => {
    const answer = whoSaid(index, { speaker: 'Cho Tae-yul', limit: 50 });
    expect(answer.total).toBe(1);
    expect(answer.results[0]!.speakers).toEqual(['Yoko Kamikawa', 'Cho Tae-yul']);
    expect(answer.results[0]!.direct).toBe(true);
  });

  it('finds an organisation under another language’s name', () => {
    const answer = whoSaid(index, { speaker: 'AS', limit: 50 });
    expect(answer.results.map((r) => r.speaker)).toContain('United States');
    // (and, since issue 16, whoever speaks for it: Kirby speaks for the White House, of the United States)
    for (const r of answer.results) expect(r.speaker === 'United States' || r.affiliations?.includes('Amerika Serikat'), r.speaker ?? '').toBe(true);
  });

  it('finds those who speak for a country, by its name in either language', () => {
    for (const option of ['Rusia', 'Russia']) {
      const results = whoSaid(index, { speaker: option, limit: 50 }).results;
      const names = new Set(results.map((r) => r.speaker));
      expect(names, option).toContain('Sergei Lavrov');
      expect(names, option).toContain('Kremlin');
      expect(names, option).not.toContain('John Kirby');
      expect(results.find((r) => r.speaker === 'Sergei Lavrov')!.affiliations).toContain('Rusia');
    }
  });

  it('keeps only quotes whose paragraph matches the topic, and says what was asked', () => {
    const answer = whoSaid(index, { topic: 'kontainer', limit: 50 });
    expect(answer.total).toBeGreaterThan(0);
    // the shared analyzer matches the English "container" too
    for (const r of answer.results) expect(index.paragraph(r.citation.article, r.citation.paragraph)!.text.toLowerCase()).toMatch(/kontainer|container/u);
    expect(answer.results.some((r) => r.citation.article === 'a2.txt')).toBe(false);
    expect(answer.query).toBe('topic "kontainer"');
  });

  it('combines topic and speaker', () => {
    const answer = whoSaid(index, { topic: 'kontainer', speaker: 'Kirby', limit: 50 });
    expect(answer.total).toBe(2);
    expect(answer.results.every((r) => r.speaker === 'John Kirby')).toBe(true);
    expect(answer.query).toBe('topic "kontainer", speaker "Kirby"');
  });

  it('answers an English topic through the glossary', () => {
    const answer = whoSaid(index, { topic: 'containers', limit: 50 });
    expect(answer.results.some((r) => r.citation.article === 'a1.txt')).toBe(true);
  });

  it('returns the quote alone, verbatim, with its citation', () => {
    const answer = whoSaid(index, { speaker: 'Lavrov', limit: 50 });
    expect(answer.results).toHaveLength(1);
    const r = answer.results[0]!;
    expect(r.quote).toBe('Saya tidak mengomentari rumor');
    expect(r.role).toBe('Menteri Luar Negeri Rusia');
    expect(r.citation).toMatchObject({ article: 'a1.txt', paragraph: 4 });
    expect(index.paragraph('a1.txt', 4)!.text).toContain(r.quote);
  });

  it('suggests speakers when a speaker has no quotes', () => {
    const answer = whoSaid(index, { speaker: 'Zelensky', limit: 10 });
    expect(answer.total).toBe(0);
    expect(answer.suggestions?.length).toBeGreaterThan(0);
  });
});

describe('listSpeakers', () => {
  it('lists speakers by prefix or part of a name, most quoted first', () => {
    const kir = listSpeakers(index, 'kir');
    expect(kir[0]).toEqual({ name: 'John Kirby', quotes: 3 });
    expect(listSpeakers(index, 'ikawa').map((s) => s.name)).toContain('Yoko Kamikawa');
    const all = listSpeakers(index, '', 25);
    expect(all[0]!.name).toBe('John Kirby');
    for (let i = 1; i < all.length; i++) expect(all[i - 1]!.quotes).toBeGreaterThanOrEqual(all[i]!.quotes);
    expect(listSpeakers(index, '', 2)).toHaveLength(2);
  });
});

describe('whoSaidCommand', () => {
  it('validates its options: trimmed text, no control characters, limit 1-1000 (default 10)', () => {
    expect(whoSaidCommand.options.parse({ topic: '  kontainer ', speaker: ' Kirby' })).toEqual({ topic: 'kontainer', speaker: 'Kirby', limit: 10 });
    expect(whoSaidCommand.options.parse({ speaker: '   ' })).toEqual({ limit: 10 });
    expect(whoSaidCommand.options.safeParse({ topic: 'a\u0007b' }).success).toBe(false);
    expect(whoSaidCommand.options.safeParse({ topic: 'x'.repeat(201) }).success).toBe(false);
    expect(whoSaidCommand.options.safeParse({ limit: 0 }).success).toBe(false);
    expect(whoSaidCommand.options.safeParse({ limit: 1001 }).success).toBe(false);
    expect(whoSaidCommand.options.parse({ limit: '1000' })).toEqual({ limit: 1000 });
  });

  it('has Discord names and descriptions in every locale, within Discord’s limits', () => {
    const d = whoSaidCommand.definition;
    expect(d.name).toBe('who-said');
    for (const text of [d.description, ...Object.values(d.description_localizations ?? {})]) expect(text!.length).toBeLessThanOrEqual(100);
    for (const option of d.options ?? []) {
      expect(Object.keys(option.description_localizations ?? {}).sort()).toEqual(['id']);
      for (const text of [option.description, ...Object.values(option.description_localizations ?? {})]) expect(text!.length).toBeLessThanOrEqual(100);
    }
    expect(whoSaidCommand.positional).toBe('topic');
  });

  it('runs and completes speaker names', () => {
    const answer = whoSaidCommand.run(whoSaidCommand.options.parse({ speaker: 'Lavrov' }), { index, locale: 'id' });
    expect(answer.total).toBe(1);
    const choices = whoSaidCommand.autocomplete!('speaker', 'lav', { index, locale: 'en' });
    expect(choices).toEqual([{ name: 'Sergei Lavrov', value: 'Sergei Lavrov' }]);
    expect(whoSaidCommand.autocomplete!('topic', 'lav', { index, locale: 'en' })).toEqual([]);
  });
});
