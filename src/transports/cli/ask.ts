import { UserFacingError } from '../../answers/errors.js';
import { chooseDataDir, corpusFolderProblem } from '../../app/corpus-folder.js';
import { executePage } from '../../app/execute-command.js';
import { loadDotenv } from '../../app/start-up.js';
import { openCorpusIndex } from '../../corpus-index/open-index.js';
import { renderAnswerText } from '../../render/render-text.js';
import { type EngineChoice, engineChoiceFrom } from '../../search/engine-choice.js';
import { ASK_USAGE, type AskRequest, parseAskArgs, UsageError } from './parse-ask-args.js';

/**
 * The `ask` CLI: the offline mirror of the slash commands. With --json, stdout carries exactly one
 * JSON object `{ command, query, results, total, page, pages }`; everything else (index status,
 * corpus problems, errors) goes to stderr. Exit status: 0 answered (and for --help), 2 bad input,
 * 1 unexpected failure.
 */
function main(argv: readonly string[]): number {
  let request: AskRequest;
  try {
    request = parseAskArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`ask: ${error.message}\n${ASK_USAGE}\n`);
      return 2;
    }
    throw error;
  }
  if (request.help) {
    process.stdout.write(`${ASK_USAGE}\n`);
    return 0;
  }
  // .env may name the corpus folder (SUMBER_DATA_DIR); it never overrides the real environment.
  loadDotenv();
  const { dir: dataDir, source } = chooseDataDir(request.dataDir, process.env);
  const problem = corpusFolderProblem(dataDir);
  if (problem) {
    process.stderr.write(`ask: ${problem} (from ${source})\n`);
    return 2;
  }
  // A folder given with --data is answered from memory: nothing is written into it or into index-data/.
  let engine: EngineChoice;
  try {
    engine = engineChoiceFrom(process.env);
  } catch (error) {
    process.stderr.write(`ask: ${(error as Error).message}\n`);
    return 2;
  }
  const opened = openCorpusIndex(dataDir, { write: request.dataDir === null, engine });
  if (opened.status !== 'loaded')
    process.stderr.write(`ask: index ${opened.status} (${opened.reason}), search engine ${opened.engine.name} (${opened.engine.why})\n`);
  for (const warning of opened.warnings) process.stderr.write(`ask: WARNING: ${warning}\n`);
  if (opened.saveError) process.stderr.write(`ask: warning: the index could not be saved (${opened.saveError}); answering from memory\n`);
  for (const problem of opened.index.problems) process.stderr.write(`ask: warning: ${problem.file}: ${problem.message}\n`);
  try {
    const paged = executePage(request.command, request.options, request.page, { index: opened.index, locale: 'en' });
    const { answer } = paged;
    if (request.json) {
      // `{ command, query, results }` is the contract the evaluation reads; the rest is added after it.
      const extra = {
        ...(answer.command === 'search' && answer.matchRule ? { matchRule: answer.matchRule } : {}),
        ...('notes' in answer && answer.notes?.length ? { notes: answer.notes } : {}),
      };
      const out = {
        command: answer.command,
        query: answer.query,
        results: answer.results,
        total: answer.total,
        page: paged.page,
        pages: paged.pages,
        ...extra,
      };
      process.stdout.write(`${JSON.stringify(out)}\n`);
    } else {
      const hints = { next: `--page ${paged.page + 1} for more`, previous: `--page ${paged.page - 1} for the previous` };
      process.stdout.write(`${renderAnswerText(answer, 'en', { ...paged, hints })}\n`);
    }
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
