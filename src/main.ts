import { openServedIndex } from './app/serve-index.js';
import { readConfig, startLogging } from './app/start-up.js';
import { redactSecrets } from './logger.js';
import { runLocalConsole } from './transports/console/local-console.js';
import { connectWithRetry, FatalConnectError } from './transports/gateway/connect-with-retry.js';

/**
 * `npm start`: loads (or builds) the index, then runs the Discord bot when DISCORD_TOKEN is set,
 * or else the local console on standard input.
 */
async function main(): Promise<number | null> {
  const config = readConfig('sumber');
  if (!config) return 1;
  const logger = startLogging(config);

  // In the console, the log shows only what needs the operator (updates of the index are said there at info).
  const served = openServedIndex(config, logger);
  const { opened, warmed } = served;
  const watching = served.watching ? 'watching the corpus folder' : 'not watching the corpus folder (SUMBER_WATCH=off)';
  const ready = `${opened.index.articles.length} articles, index ${opened.status}${opened.reason ? ` (${opened.reason})` : ''}, search engine ${opened.engine.name} (${opened.engine.why}), ready in ${served.readyMs} ms (warm-up ${warmed.ms} ms), ${watching}`;
  for (const warning of opened.warnings) process.stderr.write(`sumber: WARNING: ${warning}\n`);
  if (opened.saveError) process.stderr.write(`sumber: warning: the index could not be saved (${opened.saveError}); answering from memory\n`);
  for (const problem of opened.index.problems) process.stderr.write(`sumber: warning: ${problem.file}: ${problem.message}\n`);

  if (!config.DISCORD_TOKEN) {
    process.stderr.write(`sumber: no DISCORD_TOKEN set, so no Discord connection: starting the local console (${ready}).\n`);
    process.stderr.write('sumber: type a slash command, e.g. /search query: kontainer, or /help. End with Ctrl-D.\n');
    try {
      await runLocalConsole(served.live, process.stdin, process.stdout, process.stdin.isTTY === true, { reload: served.reload });
    } finally {
      served.close();
    }
    return 0;
  }
  logger.info('starting the Discord bot', { corpus: ready });
  const { startBot } = await import('./transports/gateway/start-bot.js');
  // While waiting out an outage nothing else holds the process: a signal ends it at once.
  const stopWaiting = (signal: NodeJS.Signals) => {
    logger.info('stopped while waiting to reconnect', { signal });
    process.exit(0);
  };
  try {
    await connectWithRetry(
      async () => {
        process.off('SIGINT', stopWaiting).off('SIGTERM', stopWaiting);
        return startBot({ config, index: served.live, logger, reload: served.reload });
      },
      {
        redact: redactSecrets,
        onRetry: (reason, delayMs, attempt) => {
          logger.warn('cannot reach Discord; retrying', { reason, retryInSeconds: delayMs / 1000, attempt });
          process.once('SIGINT', stopWaiting).once('SIGTERM', stopWaiting);
        },
      },
    );
  } catch (error) {
    if (error instanceof FatalConnectError) {
      logger.error('cannot start the Discord bot', { reason: error.message });
      return 1;
    }
    throw error;
  }
  return null;
}

try {
  const status = await main();
  if (status !== null) process.exitCode = status;
} catch (error) {
  // One line, never a stack trace: what failed, and that the bot did not start.
  process.stderr.write(
    `sumber: stopped by an unexpected error: ${redactSecrets(error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split('\n')[0]}\n`,
  );
  process.exitCode = 1;
}
