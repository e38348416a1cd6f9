import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { UserFacingError } from '../answers/errors.js';
import { executeCommand } from '../app/execute-command.js';
import { renderAnswerText } from '../render/render-text.js';
import type { CorpusIndex } from '../search/corpus-index.js';
import { parseSlashLine } from './parse-slash-line.js';

// The console answers the same way Discord does, one command per line, so a line may be no longer
// than a query plus its option names.
const MAX_LINE = 1000;

/**
 * The local console: `npm start` without a token. Reads one slash command per line from `input`
 * (a terminal, or a pipe: it ends with the input), answers with the same command modules as
 * Discord, rendered as text with the same citations. A bad line gets a message, never an exit.
 */
export async function runLocalConsole(index: CorpusIndex, input: Readable, output: Writable, interactive: boolean): Promise<void> {
  const lines = createInterface({ input, terminal: false, crlfDelay: Infinity });
  const prompt = () => interactive && output.write('sumber> ');
  prompt();
  for await (const line of lines) {
    const reply = answerLine(index, line);
    if (reply !== null) output.write(`${reply}\n`);
    prompt();
  }
  if (interactive) output.write('\n');
}

/** The console's reply to one line, or null for a blank line. */
export function answerLine(index: CorpusIndex, line: string): string | null {
  if (line.trim() === '') return null;
  if (line.length > MAX_LINE) return `That line is longer than ${MAX_LINE} characters; queries may be at most 200.`;
  try {
    const { command, options } = parseSlashLine(line);
    return renderAnswerText(executeCommand(command, options, { index, locale: 'en' }));
  } catch (error) {
    if (error instanceof UserFacingError) return `Sorry: ${error.message}`;
    return `Sorry, something went wrong answering that (${(error as Error).name}). The console is still running.`;
  }
}
