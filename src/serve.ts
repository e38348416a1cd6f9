import { openServedIndex } from './app/serve-index.js';
import { readConfig, startLogging } from './app/start-up.js';
import { exitOnSignals } from './interactions/graceful-shutdown.js';
import { createInteractionResponder } from './interactions/interaction-responder.js';
import { createInteractionsServer } from './transports/http/interactions-server.js';

/**
 * `npm run serve`: the HTTP interactions endpoint, for hosts that cannot hold a gateway connection.
 * Needs DISCORD_PUBLIC_KEY; listens on PORT (default 8787) for Discord's POST /interactions.
 */
async function serve(): Promise<void> {
  const config = readConfig('sumber serve');
  if (!config) process.exit(1);
  if (!config.DISCORD_PUBLIC_KEY) {
    process.stderr.write(
      "sumber serve: set DISCORD_PUBLIC_KEY (the application's public key, on the Developer Portal's General Information page; see .env.example).\n",
    );
    process.exit(1);
  }
  const logger = startLogging(config);

  const served = openServedIndex(config, logger);
  const { opened, warmed, live } = served;
  for (const problem of opened.index.problems) logger.warn('corpus problem', { file: problem.file, problem: problem.message });
  for (const warning of opened.warnings) logger.error('index warning', { warning });
  if (opened.saveError) logger.warn('the index could not be saved; answering from memory', { error: opened.saveError });
  const responder = createInteractionResponder({ index: live, logger, buttonSecret: config.SUMBER_BUTTON_SECRET, reload: served.reload });
  const endpoint = createInteractionsServer({ publicKey: config.DISCORD_PUBLIC_KEY, responder, logger, articles: () => live.current.articles.length });
  endpoint.server.once('error', (error) => {
    logger.error('cannot listen', { port: config.PORT, error });
    process.exit(1);
  });
  endpoint.server.listen(config.PORT, () => {
    logger.info('interactions endpoint listening', {
      port: config.PORT,
      path: '/interactions',
      articles: opened.index.articles.length,
      index: opened.status,
      engine: opened.engine.name,
      engineWhy: opened.engine.why,
      readyMs: served.readyMs,
      warmUpMs: warmed.ms,
      watching: served.watching,
    });
  });
  exitOnSignals(async () => {
    served.close();
    await endpoint.close();
  }, logger);
}

await serve();
