/**
 * `npm run probe:words -- [--cli N]`
 *
 * JavaScript's own names as user words: every member of the built-in prototypes and every keyword,
 * bare, plural and after an ordinary word, in every text option of every command, answered in
 * process from the test corpus; then N of them (default 20) through the real CLI. A case fails when
 * anything but a clear refusal (a `UserFacingError`, exit status 2) comes back. Prints one JSON object.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { commandList } from '../../commands/index.js';
import { UserFacingError } from '../../src/answers/errors.js';
import { executeCommand } from '../../src/app/execute-command.js';
import { openCorpusIndex } from '../../src/corpus-index/open-index.js';

const args = process.argv.slice(2);
const cliRuns = args.includes('--cli') ? Number(args[args.indexOf('--cli') + 1]) : 20;
const root = join(import.meta.dirname, '..', '..');
const data = join(root, 'test', 'fixtures', 'mini-corpus');
const names = [
  ...new Set(
    [Object.prototype, Function.prototype, Array.prototype, String.prototype, Number.prototype, Map.prototype].flatMap((p) => Object.getOwnPropertyNames(p)),
  ),
];
const keywords =
  'await break case catch class const continue debugger default delete do else enum export extends false finally for function if implements import in instanceof interface let new null of package private protected public return static super switch this throw true try typeof undefined var void while with yield NaN Infinity prototype then arguments eval'.split(
    ' ',
  );
const words = [...new Set([...names, ...keywords].flatMap((w) => [w, `${w}s`, `North ${w}`]))];

const { index } = openCorpusIndex(data, { write: false });
const failures: string[] = [];
let runs = 0;
for (const command of commandList) {
  for (const option of (command.definition.options ?? []).filter((o) => o.type === 3).map((o) => o.name)) {
    for (const word of words) {
      runs++;
      try {
        executeCommand(command.definition.name, { [option]: word }, { index, locale: 'en' });
      } catch (error) {
        if (!(error instanceof UserFacingError))
          failures.push(`/${command.definition.name} ${option}: ${JSON.stringify(word)} → ${String(error).slice(0, 120)}`);
      }
    }
  }
}
const cli: { args: string[]; status: number | null }[] = [];
const cliWords = [
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'constructors',
  'isPrototypeOf',
  'class',
  'function',
  '__defineGetter__',
];
for (let i = 0; i < cliRuns; i++) {
  const command = ['search', 'who-said', 'timeline', 'denials'][i % 4]!;
  const word = cliWords[Math.floor(i / 4) % cliWords.length]!;
  const argv = command === 'denials' && i % 8 === 3 ? [command, '--party', word] : [command, word];
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/transports/cli/ask.ts', ...argv, '--json', '--data', data], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  cli.push({ args: argv, status: run.status });
}
const cliFailures = cli.filter((c) => c.status !== 0 && c.status !== 2);
process.stdout.write(
  `${JSON.stringify({ inProcess: { runs, failures: failures.length, first: failures.slice(0, 5) }, cli: { runs: cli.length, failures: cliFailures.length, first: cliFailures.slice(0, 5) } }, null, 2)}\n`,
);
process.exitCode = failures.length + cliFailures.length === 0 ? 0 : 1;
