import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../src/answers/errors.js';
import { executeCommand } from '../src/app/execute-command.js';
import { openCorpusIndex } from '../src/corpus-index/open-index.js';
import { renderAnswerText } from '../src/render/render-text.js';

const { index } = openCorpusIndex(join(import.meta.dirname, 'fixtures', 'mini-corpus'), { write: false });
const search = (query: string) => executeCommand('search', { query }, { index, locale: 'en' });

describe('invisible format characters in a query', () => {
  it.each([
    ['zero-width space', '\u200B'],
    ['zero-width joiner', '\u200D'],
    ['zero-width non-joiner', '\u200C'],
    ['soft hyphen', '\u00AD'],
    ['word joiner', '\u2060'],
    ['byte-order mark', '\uFEFF'],
    ['left-to-right mark', '\u200E'],
  ])('inside a word (%s) find what the word finds, as the echo shows it', (_, mark) => {
    const plain = search('artileri');
    expect(plain.results.length).toBeGreaterThan(0);
    const marked = search(`arti${mark}leri`);
    expect(marked.results).toEqual(plain.results);
    expect(marked.query).toBe('artileri');
    expect(renderAnswerText(marked)).not.toMatch(/No results/u);
  });

  it('alone are an empty query', () => {
    for (const only of ['\u200B', '\u200B\u200D\u00AD', ' \u2060 ']) {
      expect(() => search(only)).toThrow(UserFacingError);
      expect(() => search(only)).toThrow(/query: is empty/u);
    }
  });

  it('alone in an optional option leave it unset', () => {
    const all = executeCommand('who-said', {}, { index, locale: 'en' });
    expect(executeCommand('who-said', { topic: '\u200B\u00AD' }, { index, locale: 'en' }).results).toEqual(all.results);
  });
});
