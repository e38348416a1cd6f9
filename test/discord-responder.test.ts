import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandModule } from '../commands/command.js';
import { commandList } from '../commands/index.js';
import type { CorpusIndex } from '../src/corpus-index/corpus-index.js';
import { answerAutocomplete } from '../src/interactions/autocomplete.js';
import { MessageButtons } from '../src/interactions/buttons.js';
import {
  createInteractionResponder,
  type InteractionResponder,
  type Outcome,
  type Plan,
  type ResponderOptions,
} from '../src/interactions/interaction-responder.js';
import type { ReplyBody } from '../src/interactions/reply-body.js';
import { createLogger } from '../src/logger.js';
import { findLimitViolations } from '../src/render/discord-limits.js';
import { discordWords } from '../src/render/discord-words.js';
import { contextSourcesOf } from '../src/render/render-discord.js';
import { activeMentions, markdownTexts, unescapeDiscord } from './fake-discord/discord-markdown.js';
import { type FixtureCorpus, openFixtureCorpus } from './fake-discord/fixture-corpus.js';
import { OTHER_ID, OWNER_ID } from './fake-discord/interactions.js';
import { withJsNames } from './fixtures/hostile-text.js';
import { rankedParagraphs } from './ranked-paragraphs.js';

let corpus: FixtureCorpus;
const logLines: string[] = [];
const logger = createLogger('debug', (line) => logLines.push(line));

beforeAll(() => {
  corpus = openFixtureCorpus();
});
afterAll(() => corpus.remove());

let clock = Date.UTC(2024, 5, 25, 10, 0, 0);
const responder = (options: Partial<ResponderOptions> = {}): InteractionResponder =>
  createInteractionResponder({ index: corpus.index, logger, now: () => clock, cooldown: { max: 1000, windowMs: 1000 }, ...options });

/** Runs a plan that must not be refused, releasing its slot. */
function run(plan: Plan): Outcome {
  if (plan.kind === 'reject') throw new Error(`refused: ${plan.body.content}`);
  try {
    return plan.run();
  } finally {
    plan.release();
  }
}

const refusal = (plan: Plan): string => (plan.kind === 'reject' ? plan.body.content : `not refused (${plan.kind})`);

function expectSendable(body: ReplyBody, { ephemeral }: { ephemeral: boolean }): void {
  expect(findLimitViolations(body)).toEqual([]);
  expect(body.allowed_mentions).toEqual({ parse: [] });
  expect(body.flags).toBe(ephemeral ? 64 : 0);
  for (const text of markdownTexts(body)) expect(activeMentions(text)).toEqual([]);
}

const buttonIds = (body: ReplyBody) => body.components.flatMap((row) => row.components.map((b) => b.custom_id));

describe('commands', () => {
  it('answers every registered command with a sendable public reply', () => {
    const r = responder();
    for (const command of commandList) {
      // the first string option gets a word the fixture corpus holds; the others stay unset
      const first = (command.definition.options ?? []).find((o) => o.type === 3);
      const options = first ? { [first.name]: 'kontainer' } : {};
      const outcome = run(r.prepareCommand({ name: command.definition.name, options, userId: OWNER_ID, locale: 'en' }));
      expect(outcome.ephemeral, command.definition.name).toBe(false);
      expectSendable(outcome.body, { ephemeral: false });
    }
  });

  it('pages a long search with Previous / Next and one Context button per result', () => {
    const outcome = run(responder().prepareCommand({ name: 'search', options: { query: 'kontainer' }, userId: OWNER_ID, locale: 'en' }));
    const total = rankedParagraphs(corpus.index, 'kontainer').length;
    expect(total).toBeGreaterThan(5);
    expect(outcome.body.content).toBe(`**Search** “kontainer” — results 1–5 of ${total}`);
    expect(outcome.body.embeds).toHaveLength(5);
    const [paging, contexts] = outcome.body.components;
    expect(paging?.components.map((b) => [b.label, b.disabled])).toEqual([
      ['◀ Previous', true],
      [`1 / 2`, true],
      ['Next ▶', false],
    ]);
    expect(contexts?.components.map((b) => b.label)).toEqual(['Context 1', 'Context 2', 'Context 3', 'Context 4', 'Context 5']);
    expect(new Set(buttonIds(outcome.body)).size).toBe(8);
  });

  it('refuses invalid options ephemerally, naming the option, before any work', () => {
    const r = responder();
    expect(refusal(r.prepareCommand({ name: 'search', options: { query: 'x'.repeat(201) }, userId: OWNER_ID, locale: 'en' }))).toBe(
      'That did not work: query: is longer than 200 characters',
    );
    expect(refusal(r.prepareCommand({ name: 'search', options: {}, userId: OWNER_ID, locale: 'id' }))).toBe('Tidak bisa diproses: kueri: wajib diisi');
    expect(refusal(r.prepareCommand({ name: 'no-such-command', options: {}, userId: OWNER_ID, locale: 'en' }))).toBe(
      'This command is not available any more; the bot may have been updated.',
    );
    const started = performance.now();
    expect(refusal(r.prepareCommand({ name: 'search', options: { query: 'kontainer '.repeat(100_000) }, userId: OWNER_ID, locale: 'en' }))).toBe(
      'That did not work: query: is longer than 200 characters',
    );
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('says what was searched, with near matches, when nothing matches', () => {
    const outcome = run(responder().prepareCommand({ name: 'search', options: { query: 'zzqxv' }, userId: OWNER_ID, locale: 'en' }));
    expect(outcome.ephemeral).toBe(false);
    expect(outcome.body.content.startsWith('**Search** — no results for “zzqxv”.')).toBe(true);
    expect(outcome.body.embeds).toEqual([]);
  });

  it('replies in Indonesian to an Indonesian client, snippets unchanged', () => {
    const outcome = run(responder().prepareCommand({ name: 'search', options: { query: 'Kirby' }, userId: OWNER_ID, locale: 'id' }));
    expect(outcome.body.content).toMatch(/^\*\*Pencarian\*\* “Kirby” — hasil 1–\d+ dari \d+$/u);
    const hit = rankedParagraphs(corpus.index, 'Kirby')[0]?.paragraph;
    expect(unescapeDiscord(outcome.body.embeds[0]?.description?.split('\n')[0]?.slice(2) ?? '')).toBe(hit?.text);
  });

  it('turns an unexpected failure into a plain ephemeral message and logs it', () => {
    const exploding = new Proxy({} as CorpusIndex, {
      get() {
        throw new Error('index exploded');
      },
    });
    const broken = createInteractionResponder({ index: exploding, logger });
    const outcome = run(broken.prepareCommand({ name: 'search', options: { query: 'kontainer' }, userId: OWNER_ID, locale: 'en' }));
    expect(outcome).toEqual({
      ephemeral: true,
      error: true,
      body: expect.objectContaining({ content: 'Sorry, something went wrong answering that. It has been logged; try again.', flags: 64 }),
    });
    expect(logLines.some((l) => l.includes('"command failed"') && l.includes('index exploded'))).toBe(true);
  });
});

describe('buttons', () => {
  const press = (r: InteractionResponder, customId: string, userId = OWNER_ID) => r.prepareComponent({ customId, userId, locale: 'en' });

  it('Next re-runs the command and shows the next page, for the owner only', () => {
    const r = responder();
    const first = run(r.prepareCommand({ name: 'search', options: { query: 'kontainer' }, userId: OWNER_ID, locale: 'en' }));
    const next = first.body.components[0]?.components[2]?.custom_id ?? '';
    expect(refusal(press(r, next, OTHER_ID))).toBe('Only the person who ran this command can turn its pages. Run it yourself to browse.');
    const plan = press(r, next);
    expect(plan.kind).toBe('page');
    const second = run(plan);
    const total = rankedParagraphs(corpus.index, 'kontainer').length;
    expect(second.body.content).toBe(`**Search** “kontainer” — results 6–${total} of ${total}`);
    expect(second.body.embeds).toHaveLength(total - 5);
    expect(second.body.components[0]?.components.map((b) => b.disabled)).toEqual([false, true, true]);
    expect(second.body.components[1]?.components.map((b) => b.label)).toEqual(Array.from({ length: total - 5 }, (_, i) => `Context ${6 + i}`));
  });

  const pressWith = (r: InteractionResponder, body: ReplyBody, customId: string, userId = OWNER_ID) =>
    r.prepareComponent({ customId, userId, locale: 'en', message: body });

  it('Context shows the cited paragraph whole with the paragraphs around it, ephemerally, to anyone', () => {
    const r = responder();
    const first = run(r.prepareCommand({ name: 'search', options: { query: 'kontainer' }, userId: OWNER_ID, locale: 'en' }));
    const hits = rankedParagraphs(corpus.index, 'kontainer');
    first.body.components[1]?.components.forEach((button, i) => {
      const plan = press(r, button.custom_id, OTHER_ID);
      expect(plan.kind).toBe('context');
      const outcome = run(plan);
      expect(outcome.ephemeral).toBe(true);
      expectSendable(outcome.body, { ephemeral: true });
      const hit = hits[i]?.paragraph;
      const cited = outcome.body.embeds.filter((e) => e.title?.startsWith(`¶ ${hit?.number}`));
      expect(cited.every((e) => e.title?.endsWith('· cited'))).toBe(true);
      // whole: the parts of the cited paragraph, put together, are the paragraph
      expect(cited.map((e) => unescapeDiscord(e.description ?? '')).join('')).toBe(hit?.text);
      // and not alone when it has neighbours that fit
      const numbers = outcome.body.embeds.map((e) => Number(/^¶ (\d+)/u.exec(e.title ?? '')?.[1]));
      const paragraphs = (() => {
        let n = 0;
        while (corpus.index.paragraph(hit?.article ?? '', n + 1)) n++;
        return n;
      })();
      if (paragraphs > 1 && (hit?.text.length ?? 0) < 2000) expect(new Set(numbers).size).toBeGreaterThan(1);
    });
  });

  it('Context of a denial also offers the accusation it answers, as a second source, reached with Source ▶', () => {
    // A hand-made answer: which denials the extractor links to accusations is not this test's matter.
    const denial = corpus.index.citation('a1-bantahan.txt', 1);
    const accusation = corpus.index.citation('a2-kirby.txt', 1);
    const answer = {
      command: 'denials' as const,
      query: '',
      total: 1,
      results: [{ party: 'Korea Utara', kind: 'denial' as const, statement: 'x', denies: null, answers: accusation, citation: denial }],
    };
    expect(contextSourcesOf(answer, 'en', 0)).toEqual([
      { citation: denial, label: null },
      { citation: accusation, label: 'answers' },
    ]);
    // The Source ▶ button of a Context message re-runs the command and shows the next source, in place.
    const r = responder({ buttonSecret: 'test-secret-0123456789abcdef0123456789' });
    const buttons = new MessageButtons('test-secret-0123456789abcdef0123456789', { owner: OTHER_ID, issuedAt: clock });
    const source = buttons.button({ action: 'source', command: 'search', options: { query: 'Kirby' }, page: 0, item: 0, sub: 0 }, 'Source ▶');
    const plan = r.prepareComponent({
      customId: source.custom_id,
      userId: OTHER_ID,
      locale: 'en',
      message: { embeds: buttons.attach([{ description: 'x' }]), flags: 64 },
    });
    expect(plan.kind).toBe('page');
    const outcome = run(plan);
    expect(outcome.ephemeral).toBe(true);
    expect(outcome.body.content).toMatch(/^\*\*Context\*\*/u);
    expect(
      refusal(r.prepareComponent({ customId: source.custom_id, userId: OWNER_ID, locale: 'en', message: { embeds: buttons.attach([{ description: 'x' }]) } })),
    ).toBe('Only the person who ran this command can turn its pages. Run it yourself to browse.');
  });

  it('expire after fifteen minutes; options too long for the custom id travel in the message', () => {
    const r = responder();
    const query = 'pengiriman kontainer amunisi dari Korea Utara ke Rusia melalui pelabuhan';
    const first = run(r.prepareCommand({ name: 'search', options: { query }, userId: OWNER_ID, locale: 'en' }));
    const context = first.body.components.at(-1)?.components[0]?.custom_id ?? '';
    expect(context).toMatch(/\|m0$/u);
    expect(run(pressWith(r, first.body, context)).body.content).toMatch(/^\*\*Context\*\*/u);
    expect(refusal(press(r, context))).toBe('These buttons have expired; run the command again.');
    clock += 16 * 60_000;
    expect(refusal(pressWith(r, first.body, context))).toBe('These buttons have expired; run the command again.');
    expect(refusal(press(r, 'garbage'))).toBe('These buttons have expired; run the command again.');
  });

  it('work on another replica that shares the secret, and on no other', () => {
    const a = responder({ buttonSecret: 'shared-secret-of-the-deployment' });
    const b = responder({ buttonSecret: 'shared-secret-of-the-deployment' });
    const c = responder({ buttonSecret: 'some-other-deployment' });
    const first = run(a.prepareCommand({ name: 'search', options: { query: 'kontainer' }, userId: OWNER_ID, locale: 'en' }));
    const next = first.body.components[0]?.components[2]?.custom_id ?? '';
    expect(run(pressWith(b, first.body, next)).body.content).toMatch(/results 6–/u);
    expect(refusal(pressWith(c, first.body, next))).toBe('These buttons have expired; run the command again.');
  });
});

describe('admission', () => {
  it('holds each user to the cooldown and tells them when to retry', () => {
    const r = responder({ cooldown: { max: 2, windowMs: 10_000 } });
    const ask = (userId: string) => r.prepareCommand({ name: 'help', options: {}, userId, locale: 'en' });
    run(ask(OWNER_ID));
    clock += 1000;
    run(ask(OWNER_ID));
    expect(refusal(ask(OWNER_ID))).toBe('You are going a little fast; try again in 9 s.');
    run(ask(OTHER_ID));
    clock += 9000;
    run(ask(OWNER_ID));
  });

  it('caps work in progress across users, and drains for shutdown', async () => {
    const r = responder({ maxConcurrent: 1 });
    const held = r.prepareCommand({ name: 'help', options: {}, userId: OWNER_ID, locale: 'en' });
    expect(held.kind).toBe('answer');
    expect(refusal(r.prepareCommand({ name: 'help', options: {}, userId: OTHER_ID, locale: 'en' }))).toBe(
      'Sumber is busy right now; try again in a few seconds.',
    );
    let drained = false;
    const draining = r.drain().then(() => (drained = true));
    await Promise.resolve();
    expect(drained).toBe(false);
    if (held.kind !== 'reject') held.release();
    await draining;
    expect(refusal(r.prepareCommand({ name: 'help', options: {}, userId: OTHER_ID, locale: 'id' }))).toBe(
      'Sumber sedang dimulai ulang; coba lagi sebentar lagi.',
    );
  });
});

describe('autocomplete', () => {
  const context = () => ({ index: corpus.index, locale: 'en' as const });
  const stub = (autocomplete: CommandModule['autocomplete']): Pick<CommandModule, 'autocomplete'> => ({ autocomplete });

  it('gives at most 25 choices, names cut to 100 characters, values over 100 dropped', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ name: `${'n'.repeat(150)}${i}`, value: i % 2 ? `v${i}` : 'x'.repeat(101) }));
    const choices = answerAutocomplete(
      stub(() => many),
      'party',
      'ru',
      context(),
      logger,
    );
    expect(choices).toHaveLength(25);
    expect(choices.every((c) => c.name.length <= 100 && c.value.length <= 100 && c.value.startsWith('v'))).toBe(true);
  });

  it('never throws: a failing or missing handler gives no choices', () => {
    expect(
      answerAutocomplete(
        stub(() => {
          throw new Error('boom');
        }),
        'party',
        'x',
        context(),
        logger,
      ),
    ).toEqual([]);
    expect(answerAutocomplete(undefined, 'party', 'x', context(), logger)).toEqual([]);
    expect(responder().autocomplete({ name: 'search', option: 'query', value: 'kon', locale: 'en' })).toEqual([]);
  });

  it('answers every registered autocomplete option with valid choices, for any typed text', () => {
    const r = responder();
    const targets = commandList.flatMap((c) =>
      (c.definition.options ?? []).filter((o) => 'autocomplete' in o && o.autocomplete).map((o) => [c.definition.name, o.name] as const),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...(targets.length ? targets : [['search', 'query'] as const])),
        withJsNames(fc.string({ unit: 'binary', maxLength: 300 })),
        ([name, option], value) => {
          const logged = logLines.length;
          const choices = r.autocomplete({ name, option, value, locale: 'en' });
          // a handler that threw is also "no choices": only the log tells it apart
          expect(logLines.slice(logged).filter((l) => /"level":"(warn|error)"/u.test(l))).toEqual([]);
          expect(choices.length).toBeLessThanOrEqual(25);
          for (const c of choices) expect(c.name.length > 0 && c.name.length <= 100 && c.value.length > 0 && c.value.length <= 100).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('any option text', () => {
  it('never crashes a handler and never produces a reply over the limits', () => {
    const r = responder();
    const stringOptions = commandList.flatMap((c) => (c.definition.options ?? []).filter((o) => o.type === 3).map((o) => [c.definition.name, o.name] as const));
    const text = withJsNames(
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 250 }),
        fc.string({ unit: 'grapheme', minLength: 190, maxLength: 210 }),
        fc.constantFrom('@everyone', '<@123>', '**kontainer**', '\u202Ekontainer', 'kontainer'.repeat(30)),
      ),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...stringOptions),
        text,
        fc.option(fc.integer({ min: -5, max: 2000 }), { nil: undefined }),
        ([name, option], value, limit) => {
          const logged = logLines.length;
          const plan = r.prepareCommand({ name, options: { [option]: value, ...(limit === undefined ? {} : { limit }) }, userId: OWNER_ID, locale: 'en' });
          const body = plan.kind === 'reject' ? plan.body : run(plan).body;
          // "Sorry, something went wrong" is a crash caught, not an answer
          expect(body.content).not.toBe(discordWords.en.failed);
          expect(logLines.slice(logged).filter((l) => l.includes('"level":"error"'))).toEqual([]);
          expect(findLimitViolations(body)).toEqual([]);
          expect(body.allowed_mentions).toEqual({ parse: [] });
          for (const t of markdownTexts(body)) expect(activeMentions(t)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });
});
