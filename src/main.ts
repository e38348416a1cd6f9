import 'dotenv/config';
import { ConfigError, parseConfig } from './config.js';
import { runLocalConsole } from './console/local-console.js';
import { createLogger } from './logger.js';
import { warmUp } from './app/warm-up.js';
import { openCorpusIndex } from './search/open-index.js';

/**
 * `npm start`: loads (or builds) the index, then runs the Discord bot when DISCORD_TOKEN is set,
 * or else the local console on standard input.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`sumber: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL);
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection', { error: reason }));

  const started = Date.now();
  const opened = openCorpusIndex(config.dataDir, { write: true });
  const warmed = warmUp(opened.index);
  const ready = `${opened.index.articles.length} articles, index ${opened.status}${opened.reason ? ` (${opened.reason})` : ''}, ready in ${Date.now() - started} ms (warm-up ${warmed.ms} ms)`;
  for (const warning of opened.warnings) process.stderr.write(`sumber: WARNING: ${warning}\n`);
  if (opened.saveError) process.stderr.write(`sumber: warning: the index could not be saved (${opened.saveError}); answering from memory\n`);
  for (const problem of opened.index.problems) process.stderr.write(`sumber: warning: ${problem.file}: ${problem.message}\n`);

  if (!config.DISCORD_TOKEN) {
    process.stderr.write(`sumber: no DISCORD_TOKEN set, so no Discord connection: starting the local console (${ready}).\n`);
    process.stderr.write('sumber: type a slash command, e.g. /search query: kontainer, or /help. End with Ctrl-D.\n');
    await runLocalConsole(opened.index, process.stdin, process.stdout, process.stdin.isTTY === true);
    return;
  }
  logger.info('starting the Discord bot', { corpus: ready });
  const { startBot } = await import('./discord/start-bot.js');
  await startBot({ config, index: opened.index, logger });
}

await main();
