import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordSuffixes } from '../src/corpus-index/word-suffixes.js';

describe('WordSuffixes: every word-suffix of some names, searched by prefix', () => {
  const names: [string[], number][] = [
    [['dewi', 'lestari'], 0],
    [['lestari'], 1],
    [['made', 'wirawan'], 2],
    [['le'], 3],
  ];
  const table = WordSuffixes.of(names);

  it.each([
    ['les', false, [0, 1]],
    ['lestari', true, [0, 1]],
    ['le', false, [3, 0, 1]],
    ['le', true, [3]],
    ['dewi lestari', true, [0]],
    ['dewi les', false, [0]],
    ['dewi les', true, []],
    ['wira', false, [2]],
    ['x', false, []],
  ] as const)('%j (whole words: %s) → owners %j', (prefix, whole, owners) => {
    expect(table.startingWith(prefix, whole)).toEqual(owners);
  });

  it('finds exactly the names one of whose word-suffixes starts with the prefix', () => {
    const word = fc.stringMatching(/^[a-d]{1,3}$/u);
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { maxLength: 3 }), { maxLength: 8 }),
        fc.array(word, { minLength: 1, maxLength: 2 }),
        fc.boolean(),
        (lists, query, whole) => {
          const prefix = query.join(' ');
          const expected = new Set<number>();
          lists.forEach((words, owner) => {
            for (let j = 0; j < words.length; j++) {
              const key = words.slice(j).join(' ');
              if (key.startsWith(prefix) && (!whole || key.length === prefix.length || key[prefix.length] === ' ')) expected.add(owner);
            }
          });
          const found = WordSuffixes.of(lists.map((words, owner) => [words, owner] as const)).startingWith(prefix, whole);
          expect(new Set(found)).toEqual(expected);
        },
      ),
    );
  });
});
