import dotenv from 'dotenv';
import { createLogger, type Logger } from '../logger.js';
import { type Config, ConfigError, parseConfig } from './config.js';
import { corpusFolderProblem } from './corpus-folder.js';

/**
 * Reads `.env` into the environment, quietly; a variable already set in the real environment wins.
 * The one way every entry point (main, serve, deploy, ask, index) loads it.
 */
export function loadDotenv(): void {
  dotenv.config({ quiet: true });
}

/**
 * The start-up every long-running entry point shares: `.env`, the configuration, and (unless
 * `corpus` is false) a corpus folder that exists. A problem is printed as one line prefixed by
 * `program` ("sumber serve: …"), never with a value of a key, and gives null: the caller exits 1.
 */
export function readConfig(program: string, { corpus = true }: { readonly corpus?: boolean } = {}): Config | null {
  loadDotenv();
  let config: Config;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${program}: ${error.message}\n`);
    return null;
  }
  const folder = corpus ? corpusFolderProblem(config.dataDir) : null;
  if (folder) {
    process.stderr.write(`${program}: ${folder}${config.SUMBER_DATA_DIR ? ' (from SUMBER_DATA_DIR)' : ''}\n`);
    return null;
  }
  return config;
}

/** The process's logger at the configured level; a promise rejected with no handler is logged, not fatal. */
export function startLogging(config: Config): Logger {
  const logger = createLogger(config.LOG_LEVEL);
  process.on('unhandledRejection', (reason) => logger.error('unhandled rejection', { error: reason }));
  return logger;
}
