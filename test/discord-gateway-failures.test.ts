import { Events } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/app/config.js';
import { createLogger } from '../src/logger.js';
import { type BotHandle, startBot } from '../src/transports/gateway/start-bot.js';
import { FakeDiscord, type GatewayOptions, SESSION_ID } from './fake-discord/fake-discord.js';
import { type FixtureCorpus, openFixtureCorpus } from './fake-discord/fixture-corpus.js';
import { commandInteraction, nextIds, option } from './fake-discord/interactions.js';

// The real discord.js client against the fake gateway, one connection per test: what Discord does
// to a running bot (asks it to reconnect, invalidates its session, stops answering heartbeats,
// closes for good) and what the bot must do about it.
const TOKEN = `${'MTIz'.repeat(6)}.${'GhIjKl'}.${'x'.repeat(38)}`;
let fake: FakeDiscord;
let corpus: FixtureCorpus;
let bot: BotHandle;
let logLines: string[];

async function connect(gateway: GatewayOptions = {}): Promise<void> {
  fake = await FakeDiscord.start(gateway);
  corpus = openFixtureCorpus();
  logLines = [];
  const logger = createLogger('debug', (line) => logLines.push(line));
  bot = await startBot(
    { config: parseConfig({ DISCORD_TOKEN: TOKEN }), index: corpus.index, logger },
    { restApi: fake.apiBase, handleSignals: false, responder: { cooldown: { max: 1000, windowMs: 1000 } } },
  );
  expect(bot.client.isReady()).toBe(true);
}

afterEach(async () => {
  await bot?.stop();
  await fake?.close();
  corpus?.remove();
});

const until = async (condition: () => boolean, timeoutMs: number, what: string) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};
const logged = (pattern: RegExp) => logLines.filter((l) => pattern.test(l));

/** A slash command sent over the gateway is answered (its callback reaches the fake's REST side). */
async function stillAnswers(): Promise<void> {
  const ids = nextIds();
  fake.dispatch('INTERACTION_CREATE', commandInteraction(ids, 'search', [option('query', 'kontainer')]));
  await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/api/v10/interactions/${ids.id}/${ids.token}/callback`, 10_000);
}

describe('the gateway asks the bot to reconnect (op 7)', () => {
  it('reconnects and resumes its session where it was, then answers as before', async () => {
    await connect();
    await stillAnswers();
    const seq = fake.sequence;
    fake.sendGateway(7);
    const resume = await fake.waitForGateway((p) => p.op === 6, 10_000);
    expect(resume.d).toMatchObject({ session_id: SESSION_ID, seq });
    expect(fake.gatewayConnections).toBe(2);
    await stillAnswers();
    expect(logged(/"gateway resumed"/u)).not.toEqual([]);
  }, 30_000);
});

describe('the gateway invalidates the session (op 9)', () => {
  it('identifies again (a new session, not a resume), then answers as before', async () => {
    await connect();
    const identifies = () => fake.gatewayReceived.filter((p) => p.op === 2).length;
    expect(identifies()).toBe(1);
    fake.sendGateway(9, false);
    await until(() => identifies() === 2, 20_000, 'a second IDENTIFY');
    expect(fake.gatewayReceived.filter((p) => p.op === 6)).toEqual([]);
    await stillAnswers();
  }, 40_000);

  it('resumes when the session is said to be resumable (op 9, true)', async () => {
    await connect();
    fake.sendGateway(9, true);
    const resume = await fake.waitForGateway((p) => p.op === 6, 20_000);
    expect(resume.d).toMatchObject({ session_id: SESSION_ID });
    await stillAnswers();
  }, 40_000);
});

describe('a zombie connection (heartbeats no longer acknowledged)', () => {
  it('is dropped and replaced by a resumed one', async () => {
    await connect({ heartbeatIntervalMs: 250 });
    await fake.waitForGateway((p) => p.op === 1, 5_000);
    fake.ackHeartbeats = false;
    await until(() => fake.gatewayConnections === 2, 10_000, 'a new connection after unanswered heartbeats');
    fake.ackHeartbeats = true;
    const resume = await fake.waitForGateway((p) => p.op === 6, 10_000);
    expect(resume.d).toMatchObject({ session_id: SESSION_ID });
    await stillAnswers();
  }, 30_000);
});

describe('the gateway closes for good', () => {
  it.each([
    [4004, 'authentication failed: the token was reset'],
    [4014, 'disallowed intents'],
  ])(
    'close code %i (%s): logged with its code, no reconnection attempt, nothing thrown',
    async (code) => {
      await connect();
      fake.closeGateway(code);
      await until(() => logged(/"gateway disconnected for good"/u).length > 0, 10_000, 'the disconnection logged');
      expect(logged(/"gateway disconnected for good"/u)[0]).toContain(`"code":${code}`);
      // retrying a refused token or intents only gets the bot rate-limited, then banned
      await new Promise((r) => setTimeout(r, 1500));
      expect(fake.gatewayConnections).toBe(1);
      expect(fake.gatewayReceived.filter((p) => p.op === 2 || p.op === 6)).toHaveLength(1);
    },
    30_000,
  );
});

describe('an error the discord.js client emits', () => {
  it('is logged and the bot keeps answering (without a listener it would kill the process)', async () => {
    await connect();
    // discord.js clients capture rejections: a listener whose promise rejects becomes the client's 'error' event
    bot.client.once(Events.Raw, async () => {
      throw new Error('a listener failed');
    });
    fake.dispatch('TYPING_START', { channel_id: '900000000000000003', user_id: '123456789012345678', timestamp: Math.floor(Date.now() / 1000) });
    await until(() => logged(/"Discord client error"/u).length > 0, 5_000, 'the client error logged');
    expect(logged(/"Discord client error"/u)[0]).toContain('a listener failed');
    await stillAnswers();
  }, 30_000);
});
