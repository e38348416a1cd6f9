import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerLine, runLocalConsole } from '../src/console/local-console.js';
import { parseSlashLine } from '../src/console/parse-slash-line.js';
import { openCorpusIndex } from '../src/search/open-index.js';
import { withJsNames } from './fixtures/hostile-text.js';

const { index } = openCorpusIndex(join(import.meta.dirname, 'fixtures', 'mini-corpus'), { write: false });

describe('parseSlashLine', () => {
  it.each([
    ['/search query: kontainer', { command: 'search', options: { query: 'kontainer' } }],
    ['/search query: peluru artileri limit: 3', { command: 'search', options: { query: 'peluru artileri', limit: '3' } }],
    ['/search kontainer amunisi', { command: 'search', options: { query: 'kontainer amunisi' } }],
    ['search query: kata: "tidak"', { command: 'search', options: { query: 'kata: "tidak"' } }],
    ['/sources', { command: 'sources', options: {} }],
    ['/HELP', { command: 'help', options: {} }],
  ])('%s', (line, expected) => {
    expect(parseSlashLine(line)).toEqual(expected);
  });
});

describe('local console', () => {
  it('answers slash commands with cited snippets, one per line, until the input ends', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk) => (text += chunk));
    input.end('/search query: Peskov\n\n/nope\n/sources\n');
    await runLocalConsole(index, input, output, false);
    expect(text).toMatch(/1\. “Juru bicara Kremlin Dmitry Peskov mengatakan/u);
    expect(text).toMatch(/— beritaku\.id · date unknown · Rusia Bantah Terima Senjata dari Korut · paragraph 2/u);
    expect(text).toMatch(/Sorry: Unknown command \/nope\. Try \/help\./u);
    expect(text).toMatch(/4\. beritaku\.id · date unknown/u);
  });
  it('says what was searched when nothing matches', () => {
    expect(answerLine(index, '/search query: zzzzqqq')).toMatch(/No results for “zzzzqqq”/u);
  });
  it('never throws on any line', () => {
    fc.assert(
      fc.property(withJsNames(fc.string({ unit: 'binary', maxLength: 400 })), fc.constantFrom('', '/', '/search ', '/search query: ', '/sources filter: ', '/who-said ', '/who-said speaker: ', '/timeline topic: ', '/denials party: ', '/help '), (text, prefix) => {
        const reply = answerLine(index, prefix + text);
        expect(reply === null || typeof reply === 'string').toBe(true);
        // the console catches everything; a caught crash is still a failure
        expect(reply ?? '').not.toMatch(/something went wrong/u);
      }),
      { numRuns: 300 },
    );
  });
});
