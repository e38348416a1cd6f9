import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ButtonState, CARRIER_PREFIX, decodeButtonState, encodeButtonState, optionsCarrier } from '../src/interactions/button-state.js';
import { jsWord, withJsNames } from './fixtures/hostile-text.js';

const TTL = 15 * 60_000;
const NOW = Date.UTC(2024, 5, 25, 10, 0, 0);
const SECRET = 'a-secret-every-replica-shares-0123456789';
const state = (overrides: Partial<ButtonState> = {}): ButtonState => ({
  action: 'page',
  command: 'search',
  options: { query: 'kontainer', limit: 20 },
  page: 1,
  item: 0,
  sub: 0,
  owner: '123456789012345678',
  issuedAt: NOW,
  ...overrides,
});

/** Encodes with a carrier of its own; returns the custom id and the message that carries the options, if any. */
function encode(s: ButtonState, secret = SECRET) {
  const carried: string[] = [];
  const customId = encodeButtonState(s, secret, (options) => carried.push(options) - 1);
  return { customId, message: carried.length ? { embeds: [{ url: optionsCarrier(carried) }] } : null };
}

describe('button custom ids', () => {
  it('carry short options inline, with owner, time and an HMAC, and read back exactly', () => {
    const { customId, message } = encode(state());
    expect(message).toBeNull();
    expect(customId).toMatch(
      new RegExp(
        `^s2\\|p\\|search\\|1\\|0\\|0\\|${BigInt('123456789012345678').toString(36)}\\|${(NOW / 1000).toString(36)}\\|[\\w-]{12}\\|j\\{"limit":20,"query":"kontainer"\\}$`,
        'u',
      ),
    );
    expect(decodeButtonState(customId, SECRET, NOW + 1000, TTL)).toEqual({ ok: true, state: state() });
  });

  it('put long or non-ASCII options in the message the button is on (any replica can read them), within 100 characters', () => {
    const long = state({ options: { query: 'Korea Utara membantah mengirim amunisi “kontainer” ke Rusia melalui pelabuhan Rajin', speaker: 'Kirby' } });
    const { customId, message } = encode(long);
    expect(customId.length).toBeLessThanOrEqual(100);
    expect(customId).toMatch(/\|m0$/u);
    expect(message?.embeds[0]?.url.startsWith(CARRIER_PREFIX)).toBe(true);
    expect(decodeButtonState(customId, SECRET, NOW, TTL, message)).toEqual({ ok: true, state: long });
    // without the message (or with another message's options) the button cannot be answered
    expect(decodeButtonState(customId, SECRET, NOW, TTL, null)).toEqual({ ok: false, reason: 'expired' });
    const other = encode(state({ options: { query: 'é'.repeat(80) } })).message;
    expect(decodeButtonState(customId, SECRET, NOW, TTL, other)).toEqual({ ok: false, reason: 'forged' });
  });

  it('expire after the time to live', () => {
    const { customId } = encode(state());
    expect(decodeButtonState(customId, SECRET, NOW + TTL + 1000, TTL)).toEqual({ ok: false, reason: 'expired' });
  });

  it('are refused when made under another secret or changed by hand (owner, page, options)', () => {
    const { customId } = encode(state());
    expect(decodeButtonState(customId, 'another-deployment-secret', NOW, TTL)).toEqual({ ok: false, reason: 'forged' });
    const owner = BigInt('123456789012345678').toString(36);
    expect(decodeButtonState(customId.replace(`|${owner}|`, `|${BigInt('876543210987654321').toString(36)}|`), SECRET, NOW, TTL)).toEqual({
      ok: false,
      reason: 'forged',
    });
    expect(decodeButtonState(customId.replace('|search|1|', '|search|2|'), SECRET, NOW, TTL)).toEqual({ ok: false, reason: 'forged' });
    expect(decodeButtonState(customId.replace('kontainer', 'amunisi'), SECRET, NOW, TTL)).toEqual({ ok: false, reason: 'forged' });
  });

  it('refuse ids from another version, the future or a bad hand, without throwing', () => {
    const { customId } = encode(state());
    expect(decodeButtonState(customId.replace('s2|', 's1|'), SECRET, NOW, TTL).ok).toBe(false);
    expect(decodeButtonState(encode(state({ issuedAt: NOW + 3_600_000 })).customId, SECRET, NOW, TTL)).toEqual({ ok: false, reason: 'malformed' });
    expect(decodeButtonState('s1|p|1|0|x|y|search|j{"query":"kontainer"}', SECRET, NOW, TTL).ok).toBe(false);
  });

  it('never exceed 100 characters and always round-trip, whatever the options', () => {
    const value = fc.oneof(withJsNames(fc.string({ unit: 'binary', maxLength: 250 })), fc.integer(), fc.boolean());
    fc.assert(
      fc.property(
        fc.dictionary(fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }), jsWord), value, { maxKeys: 4 }),
        fc.constantFrom<ButtonState['action']>('page', 'context', 'source', 'read', 'indicator'),
        fc.constantFrom('search', 'who-said', 'timeline', 'denials', 'sources', 'read', 'help'),
        fc.nat({ max: 100_000 }),
        fc.nat({ max: 40 }),
        fc.nat({ max: 40 }),
        fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
        (options, action, command, page, item, sub, owner) => {
          const s = state({ options, action, command, page, item, sub, owner: owner.toString() });
          const { customId, message } = encode(s);
          expect(customId.length).toBeLessThanOrEqual(100);
          expect(decodeButtonState(customId, SECRET, NOW, TTL, message)).toEqual({ ok: true, state: s });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('decode any string and any message without throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 120 }),
          fc
            .array(
              fc.constantFrom(
                's2',
                'p',
                'c',
                '0',
                'zz',
                'search',
                'j{}',
                'm0',
                'm',
                '|',
                'abcdefghijkl',
                'j{"__proto__":"x"}',
                'j{"constructor":1}',
                'constructor',
                '__proto__',
              ),
              { maxLength: 12 },
            )
            .map((p) => p.join('|')),
        ),
        fc.option(
          fc.record({
            embeds: fc.array(
              fc.record({
                url: fc.oneof(
                  fc.string(),
                  fc.string().map((s) => `${CARRIER_PREFIX}${s}`),
                ),
              }),
              { maxLength: 3 },
            ),
          }),
          { nil: null },
        ),
        (id, message) => {
          expect(() => decodeButtonState(id, SECRET, NOW, TTL, message)).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });
});
