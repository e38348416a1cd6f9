import { DISCORD_LIMITS } from '../render/discord-limits.js';
import { canonicalOptions, type OptionMap, type OptionsStore, type OptionValue } from './options-store.js';

/** What a button does: turn to a page, show a result's paragraph, or nothing (the page indicator). */
export type ButtonAction = 'page' | 'context' | 'indicator';

/**
 * Everything a button needs, carried in its custom id so that no answer is stored: pressing it
 * re-runs the command (answers are deterministic) and renders the page or paragraph asked for.
 */
export interface ButtonState {
  readonly action: ButtonAction;
  readonly command: string;
  readonly options: OptionMap;
  /** 0-based page. */
  readonly page: number;
  /** 0-based result on that page (Context buttons). */
  readonly item: number;
  /** User id of whoever ran the command: only they may turn its pages. */
  readonly owner: string;
  /** When the buttons were made, in milliseconds (kept to the second). */
  readonly issuedAt: number;
}

export type DecodedButton = { readonly ok: true; readonly state: ButtonState } | { readonly ok: false; readonly reason: 'malformed' | 'expired' };

const VERSION = 's1';
const ACTION_CODES: Readonly<Record<ButtonAction, string>> = { page: 'p', context: 'c', indicator: 'i' };
const ACTIONS_BY_CODE = new Map(Object.entries(ACTION_CODES).map(([action, code]) => [code, action as ButtonAction]));
const SNOWFLAKE = /^\d{1,20}$/u;
const BASE36 = /^[0-9a-z]{1,14}$/u;
// Inline options only when they are plain printable ASCII; anything else goes to the store.
const INLINE_SAFE = /^[\x20-\x7e]*$/u;
// Tolerated clock difference for a custom id "from the future" (several processes, one clock each).
const FUTURE_SLACK_MS = 60_000;

/**
 * "s1|p|1|0|<owner36>|<time36>|search|j{"query":"kontainer"}": version, action, page, item, owner
 * and time in base 36, command, then the options inline ("j" + JSON) or by store key ("h" + key).
 * Always at most 100 characters.
 */
export function encodeButtonState(state: ButtonState, store: OptionsStore): string {
  const owner = SNOWFLAKE.test(state.owner) ? BigInt(state.owner).toString(36) : '0';
  const head = [VERSION, ACTION_CODES[state.action], state.page.toString(36), state.item.toString(36), owner, Math.floor(state.issuedAt / 1000).toString(36), state.command].join('|');
  const inline = `${head}|j${canonicalOptions(state.options)}`;
  if (inline.length <= DISCORD_LIMITS.customId && INLINE_SAFE.test(inline)) return inline;
  const hashed = `${head}|h${store.put(state.options)}`;
  if (hashed.length > DISCORD_LIMITS.customId) throw new RangeError(`custom id would be ${hashed.length} characters (command name too long?)`);
  return hashed;
}

/** Reads a custom id back; `expired` when older than `ttlMs` or when its stored options are gone. */
export function decodeButtonState(customId: string, store: OptionsStore, now: number, ttlMs: number): DecodedButton {
  if (customId.length > DISCORD_LIMITS.customId) return { ok: false, reason: 'malformed' };
  const fields: string[] = [];
  let rest = customId;
  for (let i = 0; i < 7; i++) {
    const bar = rest.indexOf('|');
    if (bar < 0) return { ok: false, reason: 'malformed' };
    fields.push(rest.slice(0, bar));
    rest = rest.slice(bar + 1);
  }
  const [version, actionCode, page, item, owner, time, command] = fields as [string, string, string, string, string, string, string];
  const action = ACTIONS_BY_CODE.get(actionCode);
  if (version !== VERSION || !action || !command) return { ok: false, reason: 'malformed' };
  if (![page, item, owner, time].every((f) => BASE36.test(f))) return { ok: false, reason: 'malformed' };
  const issuedAt = parseInt(time, 36) * 1000;
  if (issuedAt > now + FUTURE_SLACK_MS) return { ok: false, reason: 'malformed' };
  if (now - issuedAt > ttlMs) return { ok: false, reason: 'expired' };

  let options: OptionMap | undefined;
  if (rest.startsWith('j')) options = parseOptions(rest.slice(1));
  else if (rest.startsWith('h')) {
    options = store.get(rest.slice(1));
    if (!options) return { ok: false, reason: 'expired' };
  }
  if (!options) return { ok: false, reason: 'malformed' };
  const state: ButtonState = { action, command, options, page: parseInt(page, 36), item: parseInt(item, 36), owner: base36ToDecimal(owner), issuedAt };
  return { ok: true, state };
}

function parseOptions(json: string): OptionMap | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value as Record<string, unknown>);
  if (!entries.every(([, v]) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) return undefined;
  return Object.fromEntries(entries) as Record<string, OptionValue>;
}

function base36ToDecimal(text: string): string {
  let n = 0n;
  for (const ch of text) n = n * 36n + BigInt(parseInt(ch, 36));
  return n.toString();
}
