import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { CommandName } from '../../../commands/index.js';
import { UserFacingError } from '../../answers/errors.js';
import { describeReload } from '../../app/describe-reload.js';
import { executePage } from '../../app/execute-command.js';
import { type IndexSource, indexSourceOf } from '../../app/index-source.js';
import type { ReloadReport } from '../../app/live-index.js';
import type { CorpusIndex } from '../../corpus-index/corpus-index.js';
import { renderAnswerText } from '../../render/render-text.js';
import { parseSlashLine } from './parse-slash-line.js';

// The console answers the same way Discord does, one command per line, so a line may be no longer
// than a query plus its option names.
// A /cite claim may be 1,000 characters: room for it, the command and a few options.
const MAX_LINE = 1200;
/** Lines kept for the up and down arrows. */
const HISTORY = 200;

const HINTS = { next: '/next for more', previous: '/prev for the previous page' };

/** What only the console adds to /help: its own commands and keys. */
export const CONSOLE_HELP = [
  'In this console:',
  '/next, /prev   the next or previous page of the last answer (limit: sets the page size)',
  'page: N        any command at page N, e.g. /search query: kontainer limit: 5 page: 2',
  '/reload        update the index from the corpus folder now, and say what changed',
  'Up and down arrows recall earlier lines; Ctrl-D or /quit ends the console.',
].join('\n');

/**
 * The local console: `npm start` without a token. Reads one slash command per line from `input`
 * (a terminal, with line editing and history, or a pipe: it ends with the input), answers with
 * the same command modules as Discord, rendered as text with the same citations, and remembers
 * the last answer for /next and /prev. A bad line gets a message, never an exit.
 */
export async function runLocalConsole(
  index: CorpusIndex | IndexSource,
  input: Readable,
  output: Writable,
  interactive: boolean,
  options: { readonly reload?: () => Promise<ReloadReport> } = {},
): Promise<void> {
  // A terminal gets node's line editor: arrows move and recall history instead of printing ^[[A.
  const lines = createInterface({
    input,
    output: interactive ? output : undefined,
    terminal: interactive,
    historySize: HISTORY,
    crlfDelay: Infinity,
    prompt: 'sumber> ',
  });
  const session = createConsoleSession(index);
  if (interactive) lines.prompt();
  for await (const line of lines) {
    if (/^\s*\/?reload\s*$/iu.test(line)) {
      output.write(`${options.reload ? describeReload(await options.reload(), 'en') : 'Reloading is not available here.'}\n`);
      if (interactive) lines.prompt();
      continue;
    }
    const reply = session.answer(line);
    if (reply === QUIT) break;
    if (reply !== null) output.write(`${reply}\n`);
    if (interactive) lines.prompt();
  }
  lines.close();
  if (interactive) output.write('\n');
}

const QUIT = Symbol('quit');

/** A console's state between lines: the last command asked, for /next and /prev. */
export interface ConsoleSession {
  /** The reply to one line; null for a blank line; QUIT for /quit. */
  answer(line: string): string | null | typeof QUIT;
}

/** A console session; each line is answered from the index `index` holds when the line is read. */
export function createConsoleSession(index: CorpusIndex | IndexSource): ConsoleSession {
  const source = indexSourceOf(index);
  let last: { command: CommandName; options: Record<string, string>; page: number; pages: number } | null = null;
  const run = (command: CommandName, options: Record<string, string>, page: unknown): string => {
    const paged = executePage(command, options, page, { index: source.current, locale: 'en' });
    last = { command, options, page: paged.page, pages: paged.pages };
    const text = renderAnswerText(paged.answer, 'en', { ...paged, hints: HINTS });
    return command === 'help' ? `${text}\n\n${CONSOLE_HELP}` : text;
  };
  return {
    answer(line) {
      const trimmed = line.trim();
      if (trimmed === '') return null;
      if (line.length > MAX_LINE) return `That line is longer than ${MAX_LINE} characters; queries may be at most 200 characters, a /cite claim 1,000.`;
      try {
        const turn = /^\/?(next|prev|previous|quit|exit)$/iu.exec(trimmed)?.[1]?.toLowerCase();
        if (turn === 'quit' || turn === 'exit') return QUIT;
        if (turn) {
          if (last === null) return 'There is no answer to turn the pages of yet: ask something first, e.g. /search query: kontainer.';
          const step = turn === 'next' ? 1 : -1;
          const page = last.page + step;
          if (page < 1) return 'This is the first page.';
          if (page > last.pages) return `That was the last page (${last.pages} of ${last.pages}).`;
          return run(last.command, last.options, page);
        }
        const { command, options } = parseSlashLine(trimmed);
        const { page, ...rest } = options;
        return run(command, rest, page);
      } catch (error) {
        if (error instanceof UserFacingError) return `Sorry: ${error.message}`;
        return `Sorry, something went wrong answering that (${(error as Error).name}). The console is still running.`;
      }
    },
  };
}

/** The console's reply to one line on its own (no earlier lines), or null for a blank line. */
export function answerLine(index: CorpusIndex, line: string): string | null {
  const reply = createConsoleSession(index).answer(line);
  return reply === QUIT ? null : reply;
}
