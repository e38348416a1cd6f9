import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { affiliatedWith, referentBefore, resolveMention } from '../src/extract/discourse/index.js';
import { extractArticleQuotes } from '../src/extract/quotes/index.js';
import { makeArticle } from './quotes-articles.js';

/** The article's discourse model (src/extract/discourse/model.ts): one answer to "who is this?" for every extractor. */
const paragraphs = [
  'Menteri Luar Negeri Rusia Sergey Lavrov menolak tuduhan bahwa Moskow membeli amunisi dari Pyongyang.',
  'Ia mengatakan, tuduhan itu tidak berdasar. “Kami tidak membutuhkan bantuan siapa pun,” katanya.',
  'Juru bicara Kremlin Dmitry Peskov juga membantah laporan itu.',
  'Dia menyebut laporan tersebut sebagai propaganda Barat.',
  'Sementara itu, Presiden Amerika Serikat Joe Harlan mengatakan pihaknya akan menjatuhkan sanksi baru. “Bukti kami kuat,” kata Presiden.',
];
const article = makeArticle('model.txt', paragraphs);
const { model } = extractArticleQuotes(article);
const at = (paragraph: number, word: string): number => paragraphs[paragraph]!.indexOf(word);
const who = (paragraph: number, word: string): string | undefined =>
  resolveMention(model, paragraph, at(paragraph, word))
    ?.map((e) => e.name)
    .join(' + ');

describe('the discourse model of an article', () => {
  it('resolves names, pronouns, clitics and bare roles at their positions', () => {
    expect(who(0, 'Sergey')).toBe('Sergey Lavrov');
    expect(who(1, 'Ia')).toBe('Sergey Lavrov');
    expect(who(1, 'katanya')).toBe('Sergey Lavrov');
    expect(who(3, 'Dia')).toBe('Dmitry Peskov');
    expect(who(4, 'Presiden.')).toBe('Joe Harlan');
  });

  it('gives one "ia" one person, wherever it is asked for', () => {
    const ia = resolveMention(model, 1, at(1, 'Ia'));
    expect(ia).not.toBeNull();
    // the same entity object as the name's, so every extractor shares it
    expect(ia![0]).toBe(resolveMention(model, 0, at(0, 'Lavrov'))![0]);
    for (let offset = at(1, 'Ia'); offset < at(1, 'Ia') + 2; offset++) expect(resolveMention(model, 1, offset)![0]).toBe(ia![0]);
  });

  it('reads a person’s country or organisation from their role', () => {
    const lavrov = resolveMention(model, 0, at(0, 'Lavrov'))![0]!;
    expect(lavrov.roles).toContain('Menteri Luar Negeri Rusia');
    expect(lavrov.affiliations).toContain('Rusia');
    const peskov = resolveMention(model, 2, at(2, 'Peskov'))![0]!;
    expect(peskov.affiliations).toEqual(expect.arrayContaining(['Kremlin', 'Rusia']));
    expect(affiliatedWith(model, 'Rusia').map((e) => e.name)).toEqual(expect.arrayContaining(['Sergey Lavrov', 'Dmitry Peskov']));
    expect(affiliatedWith(model, 'Rusia').map((e) => e.name)).not.toContain('Joe Harlan');
  });

  it('finds who was referred to last before a position', () => {
    expect(referentBefore(model, 3, 0)?.[0]?.name).toBe('Dmitry Peskov');
    expect(referentBefore(model, 2, 0, (es) => es.some((e) => e.name === 'Sergey Lavrov'))?.[0]?.name).toBe('Sergey Lavrov');
    expect(referentBefore(model, 0, 0)).toBeNull();
  });

  it('answers null where it resolved nothing, and never throws on any position', () => {
    expect(resolveMention(model, 0, at(0, 'tuduhan'))).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 10 }), fc.integer({ min: -5, max: 300 }), (p, offset) => {
        const found = resolveMention(model, p, offset);
        if (found !== null) for (const e of found) expect(model.entities).toContain(e);
      }),
    );
  });

  it('keeps its references in reading order, each a span of its paragraph', () => {
    for (let k = 1; k < model.references.length; k++) {
      const a = model.references[k - 1]!;
      const b = model.references[k]!;
      expect(a.paragraph < b.paragraph || (a.paragraph === b.paragraph && a.start <= b.start)).toBe(true);
    }
    for (const r of model.references) {
      expect(r.start).toBeGreaterThanOrEqual(0);
      expect(r.end).toBeLessThanOrEqual(paragraphs[r.paragraph]!.length);
      for (const id of r.entities) expect(model.entities[id]!.id).toBe(id);
    }
  });
});
