import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandList, type CommandName } from '../commands/index.js';
import { executeCommand } from '../src/app/execute-command.js';
import { parseConfig } from '../src/config.js';
import { decodeButtonState } from '../src/discord/button-state.js';
import { OptionsStore } from '../src/discord/options-store.js';
import type { ReplyBody } from '../src/discord/reply-body.js';
import { startBot, type BotHandle } from '../src/discord/start-bot.js';
import { createLogger } from '../src/logger.js';
import { findLimitViolations } from '../src/render/discord-limits.js';
import { renderDiscordPage } from '../src/render/render-discord.js';
import { activeMentions, markdownTexts } from './fake-discord/discord-markdown.js';
import { FakeDiscord, SESSION_ID, type RecordedRequest } from './fake-discord/fake-discord.js';
import { openFixtureCorpus, type FixtureCorpus } from './fake-discord/fixture-corpus.js';
import { APP_ID, autocompleteInteraction, buttonInteraction, commandInteraction, nextIds, option, OTHER_ID, OWNER_ID } from './fake-discord/interactions.js';

// Shaped like a bot token (so the logger's redaction would recognise it), but fake.
const TOKEN = `${'MTIz'.repeat(6)}.${'GhIjKl'}.${'x'.repeat(38)}`;
let fake: FakeDiscord;
let corpus: FixtureCorpus;
let bot: BotHandle;
const logLines: string[] = [];

beforeAll(async () => {
  fake = await FakeDiscord.start();
  corpus = openFixtureCorpus();
  const config = parseConfig({ DISCORD_TOKEN: TOKEN });
  const logger = createLogger('debug', (line) => logLines.push(line));
  bot = await startBot({ config, index: corpus.index, logger }, { restApi: fake.apiBase, handleSignals: false, responder: { cooldown: { max: 1000, windowMs: 1000 } } });
});

afterAll(async () => {
  await bot?.stop();
  await fake?.close();
  corpus?.remove();
});

type Ids = ReturnType<typeof nextIds>;
const callbackOf = (ids: Ids, nth = 0) => fake.waitForRequest((r) => r.method === 'POST' && r.path === `/api/v10/interactions/${ids.id}/${ids.token}/callback` && callbacks(ids).indexOf(r) === nth);
const callbacks = (ids: Ids) => fake.requests.filter((r) => r.method === 'POST' && r.path === `/api/v10/interactions/${ids.id}/${ids.token}/callback`);
const editsOf = (ids: Ids) => fake.requests.filter((r) => r.method === 'PATCH' && r.path === `/api/v10/webhooks/${APP_ID}/${ids.token}/messages/%40original`);
const editOf = (ids: Ids) => fake.waitForRequest((r) => r.method === 'PATCH' && r.path === `/api/v10/webhooks/${APP_ID}/${ids.token}/messages/%40original` && r.status === 200);
const followUpOf = (ids: Ids) => fake.waitForRequest((r) => r.method === 'POST' && r.path === `/api/v10/webhooks/${APP_ID}/${ids.token}`);
const logged = (text: string) => logLines.find((l) => l.includes(text));
const bodyOf = (r: RecordedRequest) => r.body as ReplyBody & Record<string, unknown>;

/** Sends a slash command the way Discord's gateway does and returns its ids. */
function send(name: string, options: ReturnType<typeof option>[], who: { userId?: string; locale?: string } = {}): Ids {
  const ids = nextIds();
  fake.dispatch('INTERACTION_CREATE', commandInteraction(ids, name, options, who));
  return ids;
}

/** What the renderer makes of the same command: the content and embeds Discord must receive. */
function expectedPage(name: CommandName, options: Record<string, string | number>, locale: 'en' | 'id', page = 0) {
  const rendered = renderDiscordPage(executeCommand(name, options, { index: corpus.index, locale }), locale, page);
  return { content: rendered.content, embeds: rendered.embeds };
}

describe('the real discord.js client against the fake Discord', () => {
  it('logged in over the gateway with the Guilds intent only', async () => {
    const identify = await fake.waitForGateway((p) => p.op === 2);
    expect((identify.d as { intents: number }).intents).toBe(1);
    expect(bot.client.isReady()).toBe(true);
  });

  it('answers every command: defers, then edits in the exact page, mentioning no one, links unfurled by no one', async () => {
    for (const command of commandList) {
      const first = (command.definition.options ?? []).find((o) => o.type === 3);
      const options = first ? { [first.name]: 'kontainer' } : {};
      const ids = send(command.definition.name, Object.entries(options).map(([k, v]) => option(k, v)));
      expect((await callbackOf(ids)).body).toEqual({ type: 5, data: { flags: 0 } });
      const edit = bodyOf(await editOf(ids));
      expect(edit).toEqual({
        ...expectedPage(command.definition.name, options, 'en'),
        components: edit.components,
        flags: 4,
        allowed_mentions: { parse: [] },
        tts: false,
        enforce_nonce: false,
      });
      expect(findLimitViolations(edit)).toEqual([]);
      for (const row of edit.components) for (const b of row.components) expect(b.custom_id.length).toBeLessThanOrEqual(100);
    }
  });

  it('replies in Indonesian to an Indonesian client', async () => {
    const ids = send('search', [option('query', 'Kirby')], { locale: 'id' });
    const edit = bodyOf(await editOf(ids));
    expect(edit.content).toBe(expectedPage('search', { query: 'Kirby' }, 'id').content);
    expect(edit.content.startsWith('**Pencarian**')).toBe(true);
  });

  it('passes corpus text with "@everyone" and "<@123…>" on escaped, with allowed_mentions.parse empty', async () => {
    const ids = send('search', [option('query', 'tuduhan palsu')]);
    const edit = bodyOf(await editOf(ids));
    expect(edit.allowed_mentions).toEqual({ parse: [] });
    const all = markdownTexts(edit).join('\n');
    expect(all).toContain('\\@everyone \\<@123456789012345678>');
    for (const text of markdownTexts(edit)) expect(activeMentions(text)).toEqual([]);
  });

  it('refuses an invalid option at once, ephemerally, without deferring', async () => {
    const ids = send('search', [option('query', 'x'.repeat(201))]);
    expect((await callbackOf(ids)).body).toEqual({
      type: 4,
      data: { content: 'That did not work: query: is longer than 200 characters', embeds: [], components: [], flags: 68, allowed_mentions: { parse: [] }, tts: false, enforce_nonce: false },
    });
    expect(editsOf(ids)).toEqual([]);
  });

  it('answers autocomplete with at most 25 choices, and with none where a command has no autocomplete', async () => {
    const plain = nextIds();
    fake.dispatch('INTERACTION_CREATE', autocompleteInteraction(plain, 'search', [option('query', 'kon', true)]));
    expect((await callbackOf(plain)).body).toEqual({ type: 8, data: { choices: [] } });
    for (const command of commandList) {
      for (const o of (command.definition.options ?? []).filter((x) => 'autocomplete' in x && x.autocomplete)) {
        const ids = nextIds();
        fake.dispatch('INTERACTION_CREATE', autocompleteInteraction(ids, command.definition.name, [option(o.name, '', true)]));
        const expected = bot.responder.autocomplete({ name: command.definition.name, option: o.name, value: '', locale: 'en' });
        expect((await callbackOf(ids)).body).toEqual({ type: 8, data: { choices: expected } });
        expect(expected.length).toBeLessThanOrEqual(25);
      }
    }
  });

  it('turns pages for the owner only, and shows a cited paragraph to anyone, ephemerally', async () => {
    const ids = send('search', [option('query', 'kontainer')]);
    const first = bodyOf(await editOf(ids));
    const nextId = first.components[0]?.components[2]?.custom_id ?? '';
    const contextId = first.components[1]?.components[0]?.custom_id ?? '';
    const decoded = decodeButtonState(nextId, new OptionsStore(1, 1, Date.now), Date.now(), 60_000);
    expect(decoded).toMatchObject({ ok: true, state: { action: 'page', command: 'search', page: 1, owner: OWNER_ID, options: { query: 'kontainer' } } });

    const stranger = nextIds();
    fake.dispatch('INTERACTION_CREATE', buttonInteraction(stranger, nextId, first, { userId: OTHER_ID }));
    const refused = bodyOf(await callbackOf(stranger)) as unknown as { type: number; data: ReplyBody };
    expect(refused.type).toBe(4);
    expect(refused.data.flags).toBe(68);
    expect(refused.data.content).toBe('Only the person who ran this command can turn its pages. Run it yourself to browse.');

    const owner = nextIds();
    fake.dispatch('INTERACTION_CREATE', buttonInteraction(owner, nextId, first));
    expect((await callbackOf(owner)).body).toEqual({ type: 6 });
    const second = bodyOf(await editOf(owner));
    expect({ content: second.content, embeds: second.embeds }).toEqual(expectedPage('search', { query: 'kontainer' }, 'en', 1));
    expect(second.flags).toBe(4);

    const reader = nextIds();
    fake.dispatch('INTERACTION_CREATE', buttonInteraction(reader, contextId, first, { userId: OTHER_ID }));
    expect((await callbackOf(reader)).body).toEqual({ type: 5, data: { flags: 64 } });
    const context = bodyOf(await editOf(reader));
    expect(context.content).toBe('**The whole cited paragraph**');
    expect(context.allowed_mentions).toEqual({ parse: [] });
    expect(findLimitViolations(context)).toEqual([]);
  });
});

describe('Discord failures the bot survives', () => {
  const works = async () => {
    const ids = send('help', []);
    expect(bodyOf(await editOf(ids)).content).toBe('**Help**');
  };

  it('a 429 on the acknowledgement: waits as told, retries, then answers', async () => {
    fake.inject({ method: 'POST', path: /\/interactions\/\d+\/[^/]+\/callback$/u, status: 429, headers: { 'retry-after': '0.05', 'x-ratelimit-scope': 'user' }, body: { message: 'You are being rate limited.', retry_after: 0.05, global: false } });
    const ids = send('help', []);
    await editOf(ids);
    expect(callbacks(ids).map((r) => r.status)).toEqual([429, 204]);
    expect(logged('"rate limited by Discord"')).toBeDefined();
  });

  it('a 500 on the edit: retries, then answers', async () => {
    fake.inject({ method: 'PATCH', path: /\/messages\/%40original$/u, status: 500, body: { message: 'Internal Server Error', code: 0 } });
    const ids = send('help', []);
    await editOf(ids);
    expect(editsOf(ids).map((r) => r.status)).toEqual([500, 200]);
  });

  it.each([
    [10062, 404, 'Unknown interaction'],
    [40060, 400, 'Interaction has already been acknowledged.'],
  ])('error %i on the acknowledgement: logged and dropped, never retried', async (code, status, message) => {
    fake.inject({ method: 'POST', path: /\/interactions\/\d+\/[^/]+\/callback$/u, status, body: { message, code } });
    const ids = send('help', []);
    await callbackOf(ids);
    await expect.poll(() => logLines.find((l) => l.includes('"interaction expired or already answered; dropped"') && l.includes(`"code":${code}`))).toBeDefined();
    expect(editsOf(ids)).toEqual([]);
    await works();
  });

  it('a 50035 on the edit: logged, and the user told with an ephemeral follow-up', async () => {
    fake.inject({ method: 'PATCH', path: /\/messages\/%40original$/u, status: 400, body: { message: 'Invalid Form Body', code: 50035, errors: { embeds: { '0': { description: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 4096 or fewer in length.' }] } } } } } });
    const ids = send('help', []);
    const followUp = bodyOf(await followUpOf(ids));
    expect(followUp.flags).toBe(68);
    expect(followUp.content).toBe('Sorry, something went wrong answering that. It has been logged; try again.');
    expect(followUp.allowed_mentions).toEqual({ parse: [] });
    expect(logged('"interaction failed"')).toContain('"code":50035');
    await works();
  });

  it('a gateway close (4000): resumes the same session and keeps answering', async () => {
    const sequence = fake.sequence;
    fake.closeGateway(4000);
    const resume = await fake.waitForGateway((p) => p.op === 6);
    expect(resume.d).toEqual({ token: TOKEN, session_id: SESSION_ID, seq: sequence });
    await expect.poll(() => logged('"gateway resumed"')).toBeDefined();
    expect(fake.gatewayReceived.filter((p) => p.op === 2)).toHaveLength(1); // resumed, not identified again
    await works();
  });

  it('never writes a bot or interaction token to the log', () => {
    const all = logLines.join('');
    expect(all.length).toBeGreaterThan(0);
    expect(all).not.toContain(TOKEN);
    expect(all).not.toMatch(/fake-interaction-token/u);
    expect(logged('"interaction expired or already answered; dropped"')).toContain('/interactions/');
  });
});

describe('shutdown', () => {
  it('stop() finishes, closes the gateway connection and refuses new work', async () => {
    await bot.stop();
    expect(bot.client.isReady()).toBe(false);
    await expect.poll(() => fake.connected).toBe(false);
    const plan = bot.responder.prepareCommand({ name: 'help', options: {}, userId: OWNER_ID, locale: 'en' });
    expect(plan.kind === 'reject' && plan.body.content).toBe('Sumber is restarting; try again in a minute.');
  });
});
