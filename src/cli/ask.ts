import { resolve } from 'node:path';
import { UserFacingError } from '../answers/errors.js';
import { executeCommand } from '../app/execute-command.js';
import { defaultDataDir } from '../app/paths.js';
import { renderAnswerText } from '../render/render-text.js';
import { openCorpusIndex } from '../search/open-index.js';
import { ASK_USAGE, parseAskArgs, UsageError } from './parse-ask-args.js';

/**
 * The `ask` CLI: the offline mirror of the slash commands. With --json, stdout carries exactly one
 * JSON object `{ command, query, results }`; everything else (index status, corpus problems,
 * errors) goes to stderr. Exit status: 0 answered, 2 bad input, 1 unexpected failure.
 */
function main(argv: readonly string[]): number {
  let request;
  try {
    request = parseAskArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`ask: ${error.message}\n${ASK_USAGE}\n`);
      return 2;
    }
    throw error;
  }
  const dataDir = request.dataDir ? resolve(request.dataDir) : defaultDataDir;
  // Another corpus folder is answered from memory: nothing is written into it or into index-data/.
  const opened = openCorpusIndex(dataDir, { write: request.dataDir === null });
  if (opened.status !== 'loaded') process.stderr.write(`ask: index ${opened.status} (${opened.reason})\n`);
  for (const warning of opened.warnings) process.stderr.write(`ask: WARNING: ${warning}\n`);
  if (opened.saveError) process.stderr.write(`ask: warning: the index could not be saved (${opened.saveError}); answering from memory\n`);
  for (const problem of opened.index.problems) process.stderr.write(`ask: warning: ${problem.file}: ${problem.message}\n`);
  try {
    const answer = executeCommand(request.command, request.options, { index: opened.index, locale: 'en' });
    if (request.json) process.stdout.write(`${JSON.stringify({ command: answer.command, query: answer.query, results: answer.results })}\n`);
    else process.stdout.write(`${renderAnswerText(answer)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UserFacingError) {
      process.stderr.write(`ask: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
