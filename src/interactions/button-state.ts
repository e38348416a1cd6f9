import { createHmac, timingSafeEqual } from 'node:crypto';
import { DISCORD_LIMITS } from '../render/discord-limits.js';
import { canonicalOptions, type OptionMap, type OptionValue } from './option-map.js';

/**
 * What a button does: turn to a page of an answer, show a result in context (Context: a new private
 * message), show another source of that result in the same message, read on in an article (Earlier
 * / Later), or nothing (the disabled page indicators, which need ids too).
 */
export type ButtonAction = 'page' | 'context' | 'source' | 'read' | 'indicator';

/**
 * Everything a button needs, so that any replica can answer it with no state of its own: pressing
 * it re-runs the command (answers are deterministic) and renders what was asked for.
 */
export interface ButtonState {
  readonly action: ButtonAction;
  readonly command: string;
  readonly options: OptionMap;
  /** 0-based page of an answer; for `read`, the paragraph to start from. */
  readonly page: number;
  /** 0-based result on that page (Context); for `read`, the cited paragraph to mark (0: none). */
  readonly item: number;
  /** Context: which of the result's sources (0-based); `read`: which part of a long paragraph. */
  readonly sub: number;
  /** User id of whoever may press it (the owner of an answer's pages; anyone for Context). */
  readonly owner: string;
  /** When the button was made, in milliseconds (kept to the second). */
  readonly issuedAt: number;
}

/** Where options too long for a custom id travel: in the message the button is on (see `optionsCarrier`). */
export interface CarrierMessage {
  readonly embeds?: readonly { readonly url?: string | undefined }[] | undefined;
}

export type DecodedButton = { readonly ok: true; readonly state: ButtonState } | { readonly ok: false; readonly reason: 'malformed' | 'expired' | 'forged' };

const VERSION = 's2';
const ACTION_CODES: Readonly<Record<ButtonAction, string>> = { page: 'p', context: 'c', source: 's', read: 'r', indicator: 'i' };
const ACTIONS_BY_CODE = new Map(Object.entries(ACTION_CODES).map(([action, code]) => [code, action as ButtonAction]));
const SNOWFLAKE = /^\d{1,20}$/u;
const BASE36 = /^[0-9a-z]{1,14}$/u;
const COMMAND = /^[a-z][a-z-]{0,31}$/u;
const MAC_LENGTH = 12; // base64url characters: 72 bits of HMAC-SHA256
// Inline options only when they are plain printable ASCII without the field separator.
const INLINE_SAFE = /^[\x20-\x7b\x7d\x7e]*$/u;
// Tolerated clock difference for a custom id "from the future" (several replicas, one clock each).
const FUTURE_SLACK_MS = 60_000;

/**
 * An invisible place in a message for options too long for a custom id: the `url` of the message's
 * first embed, which Discord keeps and sends back with every button interaction on that message but
 * shows only as the link of an embed's title (Sumber's result embeds have none). The `.invalid`
 * top-level domain is reserved (RFC 2606): the URL never points anywhere.
 */
export const CARRIER_PREFIX = 'https://sumber.invalid/o/';

/**
 * The embed url that carries the options of the buttons whose custom id says "options in the
 * message, slot k": a JSON list of their canonical texts.
 */
export function optionsCarrier(carried: readonly string[]): string {
  return `${CARRIER_PREFIX}${Buffer.from(JSON.stringify(carried), 'utf8').toString('base64url')}`;
}

/** Most option sets one message carries (slots 0-9: one digit in the custom id). */
export const CARRIER_SLOTS = 10;

/**
 * "s2|p|search|1|0|0|<owner36>|<time36>|<mac>|j{"query":"kontainer"}": version, action, command,
 * page, item, sub, owner and time (base 36), an HMAC of all of it and of the options under the
 * deployment's secret, then the options inline ("j" + JSON) or "m" and a slot: in the message, where
 * `carry` put them (`optionsCarrier`).
 * At most 100 characters. The HMAC makes a custom id from another deployment, or one changed by
 * hand, fail ("forged"); the time makes it expire; the owner is inside, so no replica needs memory.
 */
export function encodeButtonState(state: ButtonState, secret: string, carry: (options: string) => number): string {
  const owner = SNOWFLAKE.test(state.owner) ? BigInt(state.owner).toString(36) : '0';
  const head = [
    VERSION,
    ACTION_CODES[state.action],
    state.command,
    state.page.toString(36),
    state.item.toString(36),
    state.sub.toString(36),
    owner,
    Math.floor(state.issuedAt / 1000).toString(36),
  ].join('|');
  if (!COMMAND.test(state.command)) throw new RangeError(`button-state: command name ${JSON.stringify(state.command)} cannot go into a custom id`);
  const options = canonicalOptions(state.options);
  const mac = macOf(secret, head, options);
  const inline = `${head}|${mac}|j${options}`;
  if (inline.length <= DISCORD_LIMITS.customId && INLINE_SAFE.test(options)) return inline;
  const slot = carry(options);
  if (!Number.isInteger(slot) || slot < 0 || slot >= CARRIER_SLOTS) throw new RangeError(`button-state: no carrier slot for the options (${slot})`);
  const carried = `${head}|${mac}|m${slot}`;
  if (carried.length > DISCORD_LIMITS.customId) throw new RangeError(`button-state: custom id would be ${carried.length} characters`);
  return carried;
}

/**
 * Reads a custom id back: `forged` when its HMAC does not match (another secret, or changed),
 * `expired` when older than `ttlMs` (or its options were to be in a message that no longer has
 * them), `malformed` for anything else that is not one of ours.
 */
export function decodeButtonState(customId: string, secret: string, now: number, ttlMs: number, message?: CarrierMessage | null): DecodedButton {
  if (customId.length > DISCORD_LIMITS.customId) return { ok: false, reason: 'malformed' };
  const fields: string[] = [];
  let rest = customId;
  for (let i = 0; i < 9; i++) {
    const bar = rest.indexOf('|');
    if (bar < 0) return { ok: false, reason: 'malformed' };
    fields.push(rest.slice(0, bar));
    rest = rest.slice(bar + 1);
  }
  const [version, actionCode, command, page, item, sub, owner, time, mac] = fields as [string, string, string, string, string, string, string, string, string];
  const action = ACTIONS_BY_CODE.get(actionCode);
  if (version !== VERSION || !action || !COMMAND.test(command)) return { ok: false, reason: 'malformed' };
  if (![page, item, sub, owner, time].every((f) => BASE36.test(f))) return { ok: false, reason: 'malformed' };

  let optionsText: string | undefined;
  if (rest.startsWith('j')) optionsText = rest.slice(1);
  else if (/^m\d$/u.test(rest)) optionsText = carriedOptions(message, Number(rest.slice(1)));
  if (optionsText === undefined) return { ok: false, reason: rest.startsWith('m') ? 'expired' : 'malformed' };
  const head = fields.slice(0, 8).join('|');
  if (!sameMac(mac, macOf(secret, head, optionsText))) return { ok: false, reason: 'forged' };

  const issuedAt = parseInt(time, 36) * 1000;
  if (issuedAt > now + FUTURE_SLACK_MS) return { ok: false, reason: 'malformed' };
  if (now - issuedAt > ttlMs) return { ok: false, reason: 'expired' };
  const options = parseOptions(optionsText);
  if (!options) return { ok: false, reason: 'malformed' };
  return {
    ok: true,
    state: { action, command, options, page: parseInt(page, 36), item: parseInt(item, 36), sub: parseInt(sub, 36), owner: base36ToDecimal(owner), issuedAt },
  };
}

function macOf(secret: string, head: string, options: string): string {
  return createHmac('sha256', secret).update(head).update('\u0000').update(options).digest('base64url').slice(0, MAC_LENGTH);
}

function sameMac(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function carriedOptions(message: CarrierMessage | null | undefined, slot: number): string | undefined {
  for (const embed of message?.embeds ?? []) {
    const url = embed.url;
    if (typeof url !== 'string' || !url.startsWith(CARRIER_PREFIX)) continue;
    // Tolerate a trailing slash or query a URL normaliser might add.
    const encoded = url.slice(CARRIER_PREFIX.length).split(/[/?#]/u)[0] ?? '';
    try {
      const list: unknown = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
      const text = Array.isArray(list) ? list[slot] : undefined;
      return typeof text === 'string' ? text : undefined;
    } catch {
      return undefined;
    }
  }
  return undefined;
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
