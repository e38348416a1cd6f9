import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../src/corpus/manifest.js';

describe('an invalid sources.json entry keeps its valid fields', () => {
  it('keeps a good url and outlet beside a bad date, and says the date is ignored', () => {
    const { entries, problems } = parseManifest(
      JSON.stringify([{ article: 'kabar.txt', outlet: 'Warta Pagi', url: 'https://warta.example/kabar', published: '2023-02-30', approximate: true }]),
    );
    expect(entries.get('kabar.txt')).toEqual({ article: 'kabar.txt', outlet: 'Warta Pagi', url: 'https://warta.example/kabar', approximate: true });
    expect(problems).toEqual([
      { file: 'sources.json', message: expect.stringMatching(/^entry 1 \(kabar\.txt\): field "published": .*that field is ignored/u) },
    ]);
  });
  it('keeps the known fields of an entry with an unknown one', () => {
    const { entries } = parseManifest(JSON.stringify([{ article: 'a.txt', titel: 'Typo', title: 'Judul' }]));
    expect(entries.get('a.txt')).toEqual({ article: 'a.txt', title: 'Judul' });
  });
  it('drops an entry whose file name is invalid: no field can be tied to a file', () => {
    const { entries, problems } = parseManifest(JSON.stringify([{ article: '../escape.txt', outlet: 'X' }, { outlet: 'Y' }, 'text', null]));
    expect(entries.size).toBe(0);
    expect(problems).toHaveLength(4);
  });
  it('describes saved web pages as well as text files, and nothing else', () => {
    const { entries, problems } = parseManifest(
      JSON.stringify([
        { article: 'laman.html', outlet: 'Warta Pagi' },
        { article: 'LAMAN2.HTM', outlet: 'Warta Sore' },
        { article: 'gambar.png', outlet: 'X' },
      ]),
    );
    expect([...entries.keys()]).toEqual(['laman.html', 'LAMAN2.HTM']);
    expect(problems).toEqual([{ file: 'sources.json', message: expect.stringContaining('.txt, .html or .htm') }]);
  });
  it('never throws, and every kept entry is valid and made of the fields given', () => {
    const value = fc.oneof(fc.string(), fc.boolean(), fc.constant(null), fc.integer(), fc.webUrl(), fc.constantFrom('2023-10-27', '2023-13-01', 'id', 'en'));
    const entry = fc.dictionary(fc.constantFrom('article', 'outlet', 'url', 'published', 'approximate', 'title', 'language', 'note', 'extra'), value);
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            entry,
            fc.record({ article: fc.constantFrom('a.txt', 'b.txt') }, { requiredKeys: ['article'] }).chain((base) => entry.map((e) => ({ ...e, ...base }))),
          ),
          { maxLength: 8 },
        ),
        (raw) => {
          const { entries } = parseManifest(JSON.stringify(raw));
          for (const [name, kept] of entries) {
            const source = raw.find((r) => r.article === name) as Record<string, unknown>;
            for (const [key, v] of Object.entries(kept)) expect(source[key]).toEqual(v);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
