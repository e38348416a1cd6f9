import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openCorpusIndex } from '../src/corpus-index/open-index.js';
import { answerLine, createConsoleSession, runLocalConsole } from '../src/transports/console/local-console.js';
import { parseSlashLine } from '../src/transports/console/parse-slash-line.js';
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
    ['/search kontainer limit: 2 page: 3', { command: 'search', options: { query: 'kontainer', limit: '2', page: '3' } }],
    ['/help page: 2', { command: 'help', options: {} }],
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
      fc.property(
        withJsNames(fc.string({ unit: 'binary', maxLength: 400 })),
        fc.constantFrom(
          '',
          '/',
          '/search ',
          '/search query: ',
          '/sources filter: ',
          '/who-said ',
          '/who-said speaker: ',
          '/timeline topic: ',
          '/denials party: ',
          '/help ',
        ),
        (text, prefix) => {
          const reply = answerLine(index, prefix + text);
          expect(reply === null || typeof reply === 'string').toBe(true);
          // the console catches everything; a caught crash is still a failure
          expect(reply ?? '').not.toMatch(/something went wrong/u);
        },
      ),
      { numRuns: 300 },
    );
  });
  it('pages with /next, /prev and page:, continuing the same ranking', () => {
    const session = createConsoleSession(index);
    const whole = session.answer('/search query: Korea limit: 4') as string;
    const first = session.answer('/search query: Korea limit: 2') as string;
    const second = session.answer('/next') as string;
    const back = session.answer('/prev') as string;
    const direct = session.answer('/search query: Korea limit: 2 page: 2') as string;
    const results = (text: string) => text.split('\n').filter((l) => /^\d+\. /u.test(l));
    expect([...results(first), ...results(second)]).toEqual(results(whole));
    expect(results(second)[0]).toMatch(/^3\. /u);
    expect(second).toMatch(/results 3–4 of \d+; page 2 of \d+; /u);
    expect(second).toContain('/prev for the previous page');
    expect(back).toBe(first);
    expect(direct).toBe(second);
    expect(session.answer('/prev')).toBe(first);
    expect(session.answer('/prev')).toBe('This is the first page.');
  });
  it('says when there is nothing to page, or no page further', () => {
    const session = createConsoleSession(index);
    expect(session.answer('/next')).toMatch(/no answer to turn the pages of yet/u);
    session.answer('/search query: Peskov limit: 50');
    expect(session.answer('/next')).toMatch(/^That was the last page \(1 of 1\)\.$/u);
    expect(session.answer('/search query: Peskov page: 0')).toMatch(/^Sorry: page: must be a whole number/u);
  });
  it('in a terminal, edits lines and recalls history with the arrows instead of printing ^[[A', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk) => (text += chunk));
    const done = runLocalConsole(index, input, output, true);
    input.write('/search query: Peskov limit: 1\r');
    await new Promise((r) => setTimeout(r, 50));
    input.write('\u001b[A\r'); // up arrow, then Enter: the same line again
    await new Promise((r) => setTimeout(r, 50));
    input.write('/sources limit: 1\u007f2\r'); // a typo, Backspace, the fix
    await new Promise((r) => setTimeout(r, 50));
    input.end();
    await done;
    const answers = text.split('Search — Peskov').length - 1;
    expect(answers).toBe(2);
    expect(text).not.toContain('^[[A');
    // Backspace erased the 1: the sources came with limit 2
    expect(text.slice(text.lastIndexOf('\nSources')).match(/^\d+\. /gmu)).toEqual(['1. ', '2. ']);
  });
  it('accepts any line in a session, before or after /next, without throwing', () => {
    const session = createConsoleSession(index);
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ maxLength: 80 }),
            fc.constantFrom('/next', '/prev', '/search Korea limit: 1', '/who-said page: 2', '/timeline from: 2023 page: x'),
          ),
          { maxLength: 6 },
        ),
        (lines) => {
          for (const line of lines) {
            const reply = session.answer(line);
            expect(reply === null || typeof reply === 'string' || typeof reply === 'symbol').toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
