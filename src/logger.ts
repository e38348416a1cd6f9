/** A structured, token-free logger: one JSON object per line on stderr. */
export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

type Level = 'debug' | 'info' | 'warn' | 'error';
const order: Record<Level, number> = { debug: 0, info: 1, warn: 2, error: 3 };

// Discord bot tokens, interaction tokens in webhook URLs, and Authorization headers.
const SECRET_PATTERNS: readonly RegExp[] = [
  /[\w-]{24,28}\.[\w-]{6,7}\.[\w-]{27,40}/gu,
  /(\/webhooks\/\d+\/|\/interactions\/\d+\/)[^/\s"?]+/gu,
  /(Bot|Bearer)\s+[\w.-]{20,}/gu,
];

/** Replaces anything shaped like a token with "[redacted]". */
export function redactSecrets(text: string): string {
  let out = text;
  for (const pattern of SECRET_PATTERNS)
    out = out.replace(pattern, (_m, prefix?: string) => (typeof prefix === 'string' ? `${prefix}[redacted]` : '[redacted]'));
  return out;
}

function serialise(value: unknown): unknown {
  if (value instanceof Error) {
    return {
      name: value.name,
      message: redactSecrets(value.message),
      ...('code' in value ? { code: (value as { code: unknown }).code } : {}),
      ...('status' in value ? { status: (value as { status: unknown }).status } : {}),
      ...('url' in value && typeof value.url === 'string' ? { url: redactSecrets(value.url) } : {}),
    };
  }
  return value;
}

/** Logs JSON lines at or above `level` to `write` (stderr by default), secrets redacted. */
export function createLogger(level: Level = 'info', write: (line: string) => void = (line) => process.stderr.write(line)): Logger {
  const log =
    (at: Level) =>
    (message: string, fields: Record<string, unknown> = {}) => {
      if (order[at] < order[level]) return;
      const entry = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, serialise(v)]));
      write(`${redactSecrets(JSON.stringify({ time: new Date().toISOString(), level: at, message, ...entry }))}\n`);
    };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}
