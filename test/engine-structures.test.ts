import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParagraphStore } from '../src/corpus-index/paragraph-store.js';
import { recordPlaces, recordsByName } from '../src/corpus-index/record-places.js';
import { SpeakerDirectory } from '../src/corpus-index/speaker-directory.js';
import type { Speaker } from '../src/extract/types.js';
import { foldText } from '../src/language/fold.js';
import { TOKEN, tokenize } from '../src/language/tokenize.js';
import { fuzzyTerms } from '../src/search/engine/fuzzy-terms.js';
import { TermTable } from '../src/search/engine/term-table.js';

const levenshtein = (a: string, b: string): number => {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
};

// Short words over a small alphabet collide often: shared prefixes, near spellings, duplicates.
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'k', 'n', 'é', '’', '1'), minLength: 1, maxLength: 7 });
const vocabulary = fc.uniqueArray(word, { minLength: 0, maxLength: 60 }).map((w) => [...w].sort());

describe('tokenize (the scanner the index uses)', () => {
  it('finds exactly the matches of the TOKEN regular expression, for any text', () => {
    const pieces = fc.constantFrom(
      'Korea',
      'kontainer-kontainer',
      "jum'at",
      'jum’at',
      '1.000',
      '2,5',
      '60.000.',
      '-',
      "'",
      '’',
      ' ',
      '.',
      ',',
      'é',
      'e\u0301',
      '𝒜',
      '١٢',
      '½',
      '\u0000',
      '\uD800',
      'Ärger',
      '日本',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 60 }),
          fc.string({ unit: 'binary', maxLength: 60 }),
          fc.array(pieces, { maxLength: 30 }).map((p) => p.join('')),
        ),
        (text) => {
          expect(tokenize(text)).toEqual(text.match(TOKEN) ?? []);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('TermTable', () => {
  it('finds every term and the exact range of terms sharing a prefix', () => {
    fc.assert(
      fc.property(vocabulary, word, (terms, probe) => {
        const table = TermTable.fromSorted(terms);
        terms.forEach((t, id) => {
          expect(table.term(id)).toBe(t);
          expect(table.find(t)).toBe(id);
        });
        expect(table.find(probe)).toBe(terms.indexOf(probe));
        const [lo, hi] = table.prefixRange(probe);
        const expected = terms.flatMap((t, id) => (t.startsWith(probe) ? [id] : []));
        expect(Array.from({ length: hi - lo }, (_, i) => lo + i)).toEqual(expected);
      }),
    );
  });

  it('finds exactly the terms within an edit distance (fuzzy expansion)', () => {
    fc.assert(
      fc.property(vocabulary, word, fc.integer({ min: 0, max: 3 }), (terms, query, distance) => {
        const table = TermTable.fromSorted(terms);
        const got = fuzzyTerms(table, query, distance).sort((a, b) => a.id - b.id);
        const want = terms.flatMap((t, id) => (levenshtein(query, t) <= distance ? [{ id, distance: levenshtein(query, t) }] : []));
        expect(got).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps fuzzy expansion cheap on a long query term (the analyzer caps terms at 40 code units)', () => {
    const terms = Array.from({ length: 5000 }, (_, i) => `kata${i.toString(36)}`).sort();
    const table = TermTable.fromSorted(terms);
    const started = performance.now();
    expect(fuzzyTerms(table, 'k'.repeat(40), 2)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('SpeakerDirectory', () => {
  const speaker = (name: string, aliases: string[], quotes: number): Speaker => ({ name, aliases, roles: [], kind: 'person', quotes });
  const names = fc.constantFrom(
    'John Kirby',
    'Kirby',
    'Sergey Lavrov',
    'Sergei Lavrov',
    'Kim Jong Un',
    'Kim Yo Jong',
    'Gedung Putih',
    'Dmitry Peskov',
    'Kementerian Luar Negeri',
    'Ärger Ölz',
  );
  const speakers = fc
    .array(fc.tuple(names, fc.array(names, { maxLength: 2 }), fc.nat({ max: 20 })), { maxLength: 12 })
    .map((list) => list.map(([n, a, q]) => speaker(n, a, q)));
  const words = (s: string) => foldText(s).match(/[\p{L}\p{N}]+/gu) ?? [];
  const order = (a: Speaker, b: Speaker) => b.quotes - a.quotes || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

  it('lists the speakers with a name word starting with a prefix, most quoted first', () => {
    fc.assert(
      fc.property(speakers, fc.constantFrom('k', 'Kir', 'LAV', 'kim j', 'ärg', 'olz', 'x', 'jong un', ''), (list, prefix) => {
        const directory = new SpeakerDirectory(list);
        const wanted = words(prefix).join(' ');
        const expected = list
          .filter((s) =>
            [s.name, ...s.aliases].some((n) => {
              const w = words(n);
              return w.some((_, j) => w.slice(j).join(' ').startsWith(wanted));
            }),
          )
          .sort(order);
        const got = directory.byPrefix(prefix, 100);
        expect(got.map((s) => s.quotes)).toEqual(expected.map((s) => s.quotes));
        expect(new Set(got)).toEqual(new Set(expected));
      }),
    );
  });

  it('finds speakers holding the words of a name in order, as whole words', () => {
    const directory = new SpeakerDirectory([
      speaker('Sergey Lavrov', ['Sergei Lavrov', 'Lavrov'], 3),
      speaker('John Kirby', ['Kirby'], 5),
      speaker('Kim Jong Un', [], 1),
    ]);
    expect(directory.matching('lavrov').map((s) => s.name)).toEqual(['Sergey Lavrov']);
    expect(directory.matching('SERGEI LAVRÖV').map((s) => s.name)).toEqual(['Sergey Lavrov']);
    expect(directory.matching('Jong').map((s) => s.name)).toEqual(['Kim Jong Un']);
    expect(directory.matching('Kir')).toEqual([]);
    expect(directory.matching('')).toEqual([]);
  });
});

describe('record places', () => {
  it('files every record under its paragraph, in record order', () => {
    const store = ParagraphStore.fromParagraphs(
      ['a', 'b', 'c'].flatMap((article) => [1, 2, 3].map((number) => ({ article, number, text: `${article} ${number} “teks” é` }))),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.integer({ min: 1, max: 3 }), fc.constantFrom('Rusia', 'Korea Utara', null)), { maxLength: 30 }),
        (picks) => {
          const records = picks.map(([article, paragraph, party]) => ({ article, paragraph, start: 0, end: 1, party }));
          const places = recordPlaces(records, store);
          for (let p = 0; p < store.size; p++) {
            const { article, number } = store.get(p);
            const expected = records.flatMap((r, i) => (r.article === article && r.paragraph === number ? [i] : []));
            expect([...places.at(p)]).toEqual(expected);
            expect(places.paragraphs.includes(p)).toBe(expected.length > 0);
            for (const i of expected) expect(places.paragraphIds[i]).toBe(p);
          }
          const named = recordsByName(records, (r) => [r.party]);
          for (const group of named) expect([...group.records]).toEqual(records.flatMap((r, i) => (r.party === group.name ? [i] : [])));
          expect(named.map((g) => g.name).sort()).toEqual([...new Set(records.map((r) => r.party).filter((p) => p !== null))].sort());
        },
      ),
    );
  });
});
