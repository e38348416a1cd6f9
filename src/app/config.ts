import { resolve } from 'node:path';
import { z } from 'zod';
import { defaultDataDir } from './paths.js';

const snowflake = z.string().regex(/^\d{17,20}$/u, 'must be a Discord id (17-20 digits)');

/** Every configuration key, read from the environment (and `.env` through dotenv in entry points). */
export const configSchema = z.object({
  /** Bot token. Absent: `npm start` opens the local console instead of connecting to Discord. */
  DISCORD_TOKEN: z.string().min(50, 'does not look like a bot token').optional(),
  /** Application id, needed by `npm run deploy`. */
  DISCORD_CLIENT_ID: snowflake.optional(),
  /** Register commands in this guild only (instant, for development); globally when absent. */
  DISCORD_GUILD_ID: snowflake.optional(),
  /** Application public key (hex), needed by `npm run serve` to verify interaction signatures. */
  DISCORD_PUBLIC_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/u, 'must be 64 hexadecimal characters')
    .optional(),
  /** Port of the HTTP interactions endpoint. */
  PORT: z.coerce.number().int().min(1).max(65535).default(8787),
  /**
   * Secret of the buttons' HMAC: every replica of the bot (gateway or HTTP) answering one application
   * must share it, so that a button made by one is answered by another. Random per process when absent.
   */
  SUMBER_BUTTON_SECRET: z.string().min(32, 'must be at least 32 characters (e.g. openssl rand -hex 32)').optional(),
  /**
   * The paragraph search engine: `minisearch`, `compact`, or `auto` (MiniSearch up to the measured
   * threshold of paragraphs, the compact engine above it: see src/search/engine-choice.ts).
   */
  SUMBER_ENGINE: z.enum(['auto', 'minisearch', 'compact']).default('auto'),
  /** Corpus folder laid out like index-data/. */
  SUMBER_DATA_DIR: z.string().min(1).optional(),
  /**
   * Watch the corpus folder and update the index when an article is added, changed or removed
   * (`npm start`, `npm run serve`). `off`: the index changes only at a restart or the admins' reload command.
   */
  SUMBER_WATCH: z.enum(['on', 'off'], { message: 'must be on or off' }).default('on'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
});

export type Config = Readonly<z.infer<typeof configSchema>> & { readonly dataDir: string };

/** A configuration problem, naming the keys and never their values. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Parses the environment once, at an entry point. Empty strings count as unset (a `.env` copied
 * from `.env.example` has every key present and empty). Errors name the key, never its value,
 * so a mistyped token is not printed.
 */
export function parseConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}\n(see .env.example)`);
  }
  return Object.freeze({ ...parsed.data, dataDir: parsed.data.SUMBER_DATA_DIR ? resolve(parsed.data.SUMBER_DATA_DIR) : defaultDataDir });
}
