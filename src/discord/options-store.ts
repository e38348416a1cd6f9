import { createHash } from 'node:crypto';

/** An option value as Discord sends it. */
export type OptionValue = string | number | boolean;
export type OptionMap = Readonly<Record<string, OptionValue>>;

/** The options of a command in a canonical form (keys sorted), so equal options give equal text. */
export function canonicalOptions(options: OptionMap): string {
  return JSON.stringify(Object.fromEntries(Object.entries(options).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}

/**
 * Options too long for a button's custom id (100 characters), kept in memory under a short hash
 * for as long as the buttons live. Bounded: the least recently used entries go first, and expired
 * ones are never returned. A miss means "expired, run the command again", never a wrong answer,
 * because the key is a hash of the options themselves.
 */
export class OptionsStore {
  readonly #entries = new Map<string, { options: OptionMap; expiresAt: number }>();

  constructor(
    private readonly maxEntries: number,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Keeps `options` and returns their 16-character key. */
  put(options: OptionMap): string {
    const text = canonicalOptions(options);
    const key = createHash('sha256').update(text).digest('base64url').slice(0, 16);
    this.#entries.delete(key);
    this.#entries.set(key, { options, expiresAt: this.now() + this.ttlMs });
    while (this.#entries.size > this.maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
    return key;
  }

  get(key: string): OptionMap | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt < this.now()) {
      this.#entries.delete(key);
      return undefined;
    }
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.options;
  }

  get size(): number {
    return this.#entries.size;
  }
}
