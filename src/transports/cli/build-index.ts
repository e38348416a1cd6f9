import { resolve } from 'node:path';
import { chooseDataDir, corpusFolderProblem } from '../../app/corpus-folder.js';
import { loadDotenv } from '../../app/start-up.js';
import { strictArgs, UsageError, type Values } from '../../app/strict-args.js';
import { openCorpusIndex } from '../../corpus-index/open-index.js';
import { type EngineChoice, engineChoiceFrom } from '../../search/engine-choice.js';

const USAGE = `usage: npm run index [-- --data DIR]
  rebuilds and saves the index of a corpus folder (DIR/articles/*.txt, optional DIR/sources.json)
  --data DIR   the corpus folder (default SUMBER_DATA_DIR, else index-data/)
  -h, --help   this text`;

/**
 * `npm run index [-- --data DIR]`: rebuilds and saves a corpus folder's index now, with progress
 * on stderr, instead of waiting for start-up to find it stale. A folder that is not a corpus
 * folder (mistyped, or without articles/) is refused before anything is written.
 */
function main(argv: readonly string[]): number {
  let values: Values;
  try {
    const parsed = strictArgs(argv, { data: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, 'npm run index');
    if (parsed.positionals.length > 0)
      throw new UsageError(`npm run index takes no words (got "${parsed.positionals.join(' ')}"); the folder is given with --data DIR`);
    values = parsed.values;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`index: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help === true) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  loadDotenv();
  const { dir: dataDir, source } = chooseDataDir(typeof values.data === 'string' ? values.data : null, process.env);
  const problem = corpusFolderProblem(dataDir);
  if (problem) {
    process.stderr.write(`index: ${problem} (from ${source}); nothing was written\n`);
    return 2;
  }
  let engine: EngineChoice;
  try {
    engine = engineChoiceFrom(process.env);
  } catch (error) {
    process.stderr.write(`index: ${(error as Error).message}; nothing was written\n`);
    return 2;
  }
  const started = Date.now();
  let lastReport = 0;
  const opened = openCorpusIndex(dataDir, {
    write: true,
    engine,
    force: true,
    onProgress: (stage, done, total) => {
      if (Date.now() - lastReport < 500 && done !== total) return;
      lastReport = Date.now();
      process.stderr.write(`index: ${stage === 'extract' ? 'extracting quotes, events and denials' : 'indexing paragraphs'} ${done}/${total}\n`);
    },
  });
  for (const problem of opened.index.problems) process.stderr.write(`index: warning: ${problem.file}: ${problem.message}\n`);
  for (const warning of opened.warnings) process.stderr.write(`index: WARNING: ${warning}\n`);
  if (opened.saveError) {
    process.stderr.write(`index: could not save the index: ${opened.saveError}\n`);
    return 1;
  }
  const { articles, quotes, events, denials } = opened.index;
  process.stderr.write(
    `index: ${articles.length} articles, ${quotes.length} quotes, ${events.length} events, ${denials.length} denials; search engine ${opened.engine.name} (${opened.engine.why}); saved in ${resolve(dataDir, 'index')} (${Date.now() - started} ms)\n`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
