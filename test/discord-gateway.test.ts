import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscord, SESSION_ID } from './fake-discord/fake-discord.js';
import { type FixtureCorpus, openFixtureCorpus } from './fake-discord/fixture-corpus.js';
import { alwaysDefer, type Harness, startHarness, FAKE_BOT_TOKEN as TOKEN } from './fake-discord/harness.js';
import { OWNER_ID } from './fake-discord/interactions.js';

// What only the gateway bot does: log in, survive Discord's failures and the gateway's closes, stop.
// The conversations themselves (what users see) are in discord-conversation.test.ts, for both transports.
let corpus: FixtureCorpus;
let h: Harness;
let fake: FakeDiscord;

beforeAll(async () => {
  corpus = openFixtureCorpus();
  // Deferred answers, so that edits of @original go through discord.js's webhook calls too.
  h = await startHarness('gateway', { index: corpus.index, deferPolicy: alwaysDefer });
  fake = h.fake;
});

afterAll(async () => {
  await h?.stop();
  corpus?.remove();
});

const logged = (text: string) => h.logLines.find((l) => l.includes(text));
const callbacks = (token: string) => fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith(`/${token}/callback`));
const edits = (token: string) => fake.requests.filter((r) => r.method === 'PATCH' && r.path.includes(`/${token}/messages/`));

describe('the real discord.js client against the fake Discord', () => {
  it('logged in over the gateway with the Guilds intent only', async () => {
    const identify = await fake.waitForGateway((p) => p.op === 2);
    expect((identify.d as { intents: number }).intents).toBe(1);
  });
});

describe('Discord failures the bot survives', () => {
  /** /help answered in full: the private note edited in and the answer posted below it. */
  const works = async () => {
    const ix = await fake.command('help');
    await fake.until(() => fake.answersTo(ix).length === 2);
    expect(fake.answersTo(ix)[1]?.text).toBe('**Help**');
  };

  it('a 429 on the acknowledgement: waits as told, retries, then answers', async () => {
    fake.inject({
      method: 'POST',
      path: /\/interactions\/\d+\/[^/]+\/callback$/u,
      status: 429,
      headers: { 'retry-after': '0.05', 'x-ratelimit-scope': 'user' },
      body: { message: 'You are being rate limited.', retry_after: 0.05, global: false },
    });
    const ix = await fake.command('help');
    await fake.until(() => fake.answersTo(ix).length === 2);
    expect(callbacks(ix.token).map((r) => r.status)).toEqual([429, 204]);
    expect(logged('"rate limited by Discord"')).toBeDefined();
  });

  it('a 500 on the edit: retries, then answers', async () => {
    fake.inject({ method: 'PATCH', path: /\/messages\/%40original$/u, status: 500, body: { message: 'Internal Server Error', code: 0 } });
    const ix = await fake.command('help');
    await fake.until(() => fake.answersTo(ix).length === 2);
    expect(edits(ix.token).map((r) => r.status)).toEqual([500, 200]);
  });

  it.each([
    [10062, 404, 'Unknown interaction'],
    [40060, 400, 'Interaction has already been acknowledged.'],
  ])('error %i on the acknowledgement: logged and dropped, never retried', async (code, status, message) => {
    fake.inject({ method: 'POST', path: /\/interactions\/\d+\/[^/]+\/callback$/u, status, body: { message, code } });
    const ix = await fake.command('help');
    await fake.until(() => logLinesWith('"interaction expired or already answered; dropped"', `"code":${code}`));
    expect(callbacks(ix.token)).toHaveLength(1);
    expect(edits(ix.token)).toEqual([]);
    await works();
  });

  it('a gateway close (4000): resumes the same session and keeps answering', async () => {
    const sequence = fake.sequence;
    fake.closeGateway(4000);
    const resume = await fake.waitForGateway((p) => p.op === 6);
    expect(resume.d).toEqual({ token: TOKEN, session_id: SESSION_ID, seq: sequence });
    await fake.until(() => logged('"gateway resumed"'));
    expect(fake.gatewayReceived.filter((p) => p.op === 2)).toHaveLength(1); // resumed, not identified again
    await works();
  });

  it('never writes a bot or interaction token to the log', () => {
    const all = h.logLines.join('');
    expect(all.length).toBeGreaterThan(0);
    expect(all).not.toContain(TOKEN);
    expect(all).not.toMatch(/fake-interaction-token/u);
    expect(logged('"interaction expired or already answered; dropped"')).toContain('/interactions/');
  });
});

const logLinesWith = (...parts: string[]) => h.logLines.find((l) => parts.every((p) => l.includes(p)));

describe('shutdown', () => {
  it('stop() finishes, closes the gateway connection and refuses new work', async () => {
    await h.stop();
    await fake.until(() => !fake.connected);
    const plan = h.responder.prepareCommand({ name: 'help', options: {}, userId: OWNER_ID, locale: 'en' });
    expect(plan.kind === 'reject' && plan.body.content).toBe('Sumber is restarting; try again in a minute.');
  });
});
