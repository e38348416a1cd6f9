import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeButtonState, encodeButtonState, type ButtonState } from '../src/discord/button-state.js';
import { OptionsStore } from '../src/discord/options-store.js';
import { jsWord, withJsNames } from './fixtures/hostile-text.js';

const TTL = 15 * 60_000;
const NOW = Date.UTC(2024, 5, 25, 10, 0, 0);
const state = (overrides: Partial<ButtonState> = {}): ButtonState => ({
  action: 'page',
  command: 'search',
  options: { query: 'kontainer', limit: 20 },
  page: 1,
  item: 0,
  owner: '123456789012345678',
  issuedAt: NOW,
  ...overrides,
});

describe('button custom ids', () => {
  it('carry short options inline and read back exactly', () => {
    const store = new OptionsStore(10, TTL, () => NOW);
    const id = encodeButtonState(state(), store);
    expect(id).toBe(`s1|p|1|0|${BigInt('123456789012345678').toString(36)}|${(NOW / 1000).toString(36)}|search|j{"limit":20,"query":"kontainer"}`);
    expect(store.size).toBe(0);
    expect(decodeButtonState(id, store, NOW + 1000, TTL)).toEqual({ ok: true, state: state() });
  });

  it('keep long or non-ASCII options in the bounded store under a hash, within 100 characters', () => {
    const store = new OptionsStore(10, TTL, () => NOW);
    const long = state({ options: { query: 'Korea Utara membantah mengirim amunisi “kontainer” ke Rusia melalui pelabuhan Rajin' } });
    const id = encodeButtonState(long, store);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(id).toMatch(/\|h[\w-]{16}$/u);
    expect(decodeButtonState(id, store, NOW, TTL)).toEqual({ ok: true, state: long });
  });

  it('expire after the time to live, and when the store has forgotten the options', () => {
    const store = new OptionsStore(1, TTL, () => NOW);
    expect(decodeButtonState(encodeButtonState(state(), store), store, NOW + TTL + 1000, TTL)).toEqual({ ok: false, reason: 'expired' });
    const first = encodeButtonState(state({ options: { query: 'é'.repeat(80) } }), store);
    encodeButtonState(state({ options: { query: 'ü'.repeat(80) } }), store);
    expect(decodeButtonState(first, store, NOW, TTL)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuse ids from another version, the future or a bad hand, without throwing', () => {
    const store = new OptionsStore(10, TTL, () => NOW);
    const good = encodeButtonState(state(), store);
    expect(decodeButtonState(good.replace('s1|', 's0|'), store, NOW, TTL).ok).toBe(false);
    expect(decodeButtonState(good, store, NOW - 3_600_000, TTL)).toEqual({ ok: false, reason: 'malformed' });
    expect(decodeButtonState(good.replace('|j{', '|j['), store, NOW, TTL)).toEqual({ ok: false, reason: 'malformed' });
    expect(decodeButtonState('s1|p|1|0|x|y|search|j{"query":{"nested":1}}', store, NOW, TTL).ok).toBe(false);
  });

  it('never exceed 100 characters and always round-trip, whatever the options', () => {
    const store = new OptionsStore(100_000, TTL, () => NOW);
    const value = fc.oneof(withJsNames(fc.string({ unit: 'binary', maxLength: 250 })), fc.integer(), fc.boolean());
    fc.assert(
      fc.property(
        fc.dictionary(fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }), jsWord), value, { maxKeys: 4 }),
        fc.constantFrom<ButtonState['action']>('page', 'context', 'indicator'),
        fc.nat({ max: 200 }),
        fc.nat({ max: 4 }),
        fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
        (options, action, page, item, owner) => {
          const s = state({ options, action, page, item, owner: owner.toString() });
          const id = encodeButtonState(s, store);
          expect(id.length).toBeLessThanOrEqual(100);
          expect(decodeButtonState(id, store, NOW, TTL)).toEqual({ ok: true, state: s });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('decode any string without throwing', () => {
    const store = new OptionsStore(10, TTL, () => NOW);
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), fc.array(fc.constantFrom('s1', 'p', 'c', '0', 'zz', 'search', 'j{}', 'h', '|', 'j{"__proto__":"x"}', 'j{"constructor":1}', 'constructor', '__proto__'), { maxLength: 12 }).map((p) => p.join('|'))), (id) => {
        expect(() => decodeButtonState(id, store, NOW, TTL)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
