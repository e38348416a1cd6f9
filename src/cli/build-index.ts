import { resolve } from 'node:path';
import { defaultDataDir } from '../app/paths.js';
import { openCorpusIndex } from '../search/open-index.js';

/**
 * `npm run index [-- --data DIR]`: rebuilds and saves a corpus folder's index now, with progress
 * on stderr, instead of waiting for start-up to find it stale.
 */
function main(argv: readonly string[]): number {
  const at = argv.indexOf('--data');
  if (argv.some((a, i) => a !== '--data' && i !== at + 1) || (at >= 0 && !argv[at + 1])) {
    process.stderr.write('usage: npm run index [-- --data DIR]\n');
    return 2;
  }
  const dataDir = at >= 0 ? resolve(argv[at + 1]!) : defaultDataDir;
  const started = Date.now();
  let lastReport = 0;
  const opened = openCorpusIndex(dataDir, {
    write: true,
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
  process.stderr.write(`index: ${articles.length} articles, ${quotes.length} quotes, ${events.length} events, ${denials.length} denials; saved in ${resolve(dataDir, 'index')} (${Date.now() - started} ms)\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
