import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stemWord } from '../src/language/stem.js';

/** Rows of `word<TAB>expected root`; '#' lines are comments. */
const rows = readFileSync(new URL('./fixtures/stem-words.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => {
    const [word, expected, ...extra] = line.split('\t');
    if (word === undefined || expected === undefined || extra.length > 0) throw new Error(`bad fixture row: ${line}`);
    return [word, expected] as const;
  });

describe('stemWord fixture', () => {
  it('has enough rows to cover every affix class', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
  });

  it.each(rows)('%s -> %s', (word, expected) => {
    expect(stemWord(word)).toBe(expected);
  });

  it('gives the same answer from the cache as on first call', () => {
    for (const [word, expected] of rows) expect(stemWord(word)).toBe(expected);
  });
});

describe('stemWord properties', () => {
  const checkNeverLonger = (input: string): void => {
    const word = input.toLowerCase();
    const root = stemWord(word);
    expect(typeof root).toBe('string');
    expect(root.length).toBeLessThanOrEqual(word.length);
  };

  it('never throws and never lengthens arbitrary text', () => {
    fc.assert(fc.property(fc.string(), checkNeverLonger), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary' }), checkNeverLonger), { numRuns: 2000 });
  });

  it('never lengthens word-like tokens, and a root is its own root', () => {
    const token = fc.array(fc.constantFrom(...'aaeiioubdgkmnprsty-'.split('')), { minLength: 1, maxLength: 16 }).map((letters) => letters.join(''));
    fc.assert(
      fc.property(token, (word) => {
        const root = stemWord(word);
        expect(root.length).toBeLessThanOrEqual(word.length);
        if (root !== word) expect(stemWord(root)).toBe(root);
      }),
      { numRuns: 3000 },
    );
  });
});
