import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import { UserFacingError } from '../src/answers/errors.js';
import { executeCommand } from '../src/app/execute-command.js';
import { openCorpusIndex } from '../src/corpus-index/open-index.js';
import { parseSlashLine } from '../src/transports/console/parse-slash-line.js';

const { index } = openCorpusIndex(join(import.meta.dirname, 'fixtures', 'mini-corpus'), { write: false });

describe('executeCommand', () => {
  it('validates options again on receipt, naming the option', () => {
    expect(() => executeCommand('search', { query: 'x'.repeat(201) }, { index, locale: 'en' })).toThrow(
      new UserFacingError('query: is longer than 200 characters'),
    );
  });
  it('says it in Indonesian, with the option names an Indonesian client shows', () => {
    expect(() => executeCommand('search', { query: '', limit: 0 }, { index, locale: 'id' })).toThrow(new UserFacingError('kueri: kosong; batas: minimal 1'));
  });
  it('runs the command with parsed options', () => {
    const answer = executeCommand('search', { query: ' Peskov ', limit: '1' }, { index, locale: 'en' });
    expect(answer).toMatchObject({ command: 'search', query: 'Peskov' });
    expect(answer.results).toHaveLength(1);
  });
  it('lists every registered command in /help, by the names the client shows', () => {
    const names = (locale: 'en' | 'id') => {
      const answer = executeCommand('help', {}, { index, locale });
      return answer.command === 'help' ? answer.results.filter((r) => r.kind === 'command').map((r) => r.command) : [];
    };
    expect(names('en')).toEqual(Object.keys(commands));
    expect(names('id')).toContain('cari');
  });
  it('gives an example per command, made from the corpus, that answers on it', () => {
    const answer = executeCommand('help', {}, { index, locale: 'en' });
    if (answer.command !== 'help') throw new Error('not help');
    const rows = answer.results.filter((r) => r.kind === 'command' && r.command !== 'help');
    expect(rows.map((r) => r.command)).toEqual(Object.keys(commands).filter((c) => c !== 'help'));
    for (const row of rows) {
      expect(row.description).toContain(`Example: ${row.example}`);
      const { command, options } = parseSlashLine(row.example!);
      expect(command).toBe(row.command);
      expect(executeCommand(command, options, { index, locale: 'en' }).results.length, row.example!).toBeGreaterThan(0);
    }
  });
  it("says what the answers' words mean, in both languages", () => {
    for (const locale of ['en', 'id'] as const) {
      const answer = executeCommand('help', {}, { index, locale });
      const terms =
        answer.command === 'help'
          ? answer.results
              .filter((r) => r.kind === 'term')
              .map((r) => r.usage)
              .join(' | ')
          : '';
      const expected =
        locale === 'en'
          ? ['approximate', 'fragment', 'denial, dismissal, no comment, walk-back', 'pages', 'Context']
          : ['perkiraan', 'penggalan', 'bantahan', 'halaman', 'Konteks'];
      for (const word of expected) expect(terms).toContain(word);
    }
  });
});
