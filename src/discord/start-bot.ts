import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { CorpusIndex } from '../search/corpus-index.js';

/** Placeholder until the gateway adapter lands (issue 5): says so and exits, never pretends to connect. */
export async function startBot({ logger }: { config: Config; index: CorpusIndex; logger: Logger }): Promise<void> {
  logger.error('the Discord gateway adapter is not built yet; unset DISCORD_TOKEN to use the local console');
  process.exitCode = 1;
}
