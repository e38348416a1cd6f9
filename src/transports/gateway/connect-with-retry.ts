/** What became of one attempt to connect: an error to give up on, or one to wait out. */
export type ConnectFailure = { readonly retry: false; readonly reason: string } | { readonly retry: true; readonly reason: string };

// Errors that mean the token or the application's settings are wrong: waiting will not fix them.
const FATAL_CODES = new Set(['TokenInvalid', 'TokenMissing', 'DisallowedIntents', 'ShardingRequired', 'InvalidIntents']);

/**
 * Sorts a failed login: a refused token or a refused intent stops the bot (a person must fix the
 * configuration); anything else (no network, DNS, a refused or reset connection, a timeout, a 5xx
 * from Discord) is an outage to wait out. `reason` is one line, with no stack and no secret.
 */
export function classifyConnectError(error: unknown, redact: (text: string) => string = (t) => t): ConnectFailure {
  const e = error as { code?: unknown; status?: unknown; message?: unknown; cause?: { code?: unknown; message?: unknown } } | null;
  const code = typeof e?.code === 'string' || typeof e?.code === 'number' ? String(e.code) : '';
  const causeMessage = typeof e?.cause?.message === 'string' ? e.cause.message : '';
  const message = redact(
    `${typeof e?.message === 'string' ? e.message : String(error)}${causeMessage && !String(e?.message).includes(causeMessage) ? ` (${causeMessage})` : ''}`,
  )
    .split('\n')[0]!
    .slice(0, 300);
  if (FATAL_CODES.has(code) || e?.status === 401 || code === '4004' || code === '4014') {
    return {
      retry: false,
      reason:
        code === 'DisallowedIntents' || code === '4014'
          ? `Discord refused the bot's intents: ${message}`
          : `Discord refused the token (DISCORD_TOKEN): ${message}`,
    };
  }
  return { retry: true, reason: message || 'unknown error' };
}

export interface RetryOptions {
  /** First wait after a failure; doubled after each further failure up to `maxDelayMs`. */
  readonly firstDelayMs?: number;
  readonly maxDelayMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  /** Told of each failure that will be retried: its one-line reason and the wait before the next attempt. */
  readonly onRetry: (reason: string, delayMs: number, attempt: number) => void;
  readonly redact?: (text: string) => string;
}

/**
 * Calls `connect` until it succeeds, waiting out outages with exponential backoff (5 s, 10 s, 20 s …
 * at most 5 min between attempts), as a bot must after a network outage: it comes back on its own.
 * A failure that waiting cannot fix rejects with a `FatalConnectError` naming it in one line.
 */
export async function connectWithRetry<T>(connect: () => Promise<T>, options: RetryOptions): Promise<T> {
  const first = options.firstDelayMs ?? 5_000;
  const max = options.maxDelayMs ?? 300_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await connect();
    } catch (error) {
      const failure = classifyConnectError(error, options.redact);
      if (!failure.retry) throw new FatalConnectError(failure.reason);
      const delay = Math.min(max, first * 2 ** Math.min(attempt - 1, 20));
      options.onRetry(failure.reason, delay, attempt);
      await sleep(delay);
    }
  }
}

/** A connection failure that retrying cannot fix; its message is one line, safe to print. */
export class FatalConnectError extends Error {
  override readonly name = 'FatalConnectError';
}
