import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REST } from 'discord.js';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandList, type CommandName } from '../commands/index.js';
import { executeCommand } from '../src/app/execute-command.js';
import { createInteractionResponder } from '../src/discord/interaction-responder.js';
import type { ReplyBody } from '../src/discord/reply-body.js';
import type { DeferPolicy } from '../src/http/defer-policy.js';
import { InteractionWebhooks } from '../src/http/interaction-webhooks.js';
import { createInteractionsServer, type InteractionsServer } from '../src/http/interactions-server.js';
import { createLogger } from '../src/logger.js';
import { findLimitViolations } from '../src/render/discord-limits.js';
import { renderDiscordPage } from '../src/render/render-discord.js';
import type { CorpusIndex } from '../src/search/corpus-index.js';
import { activeMentions, markdownTexts } from './fake-discord/discord-markdown.js';
import { FakeDiscord } from './fake-discord/fake-discord.js';
import { openFixtureCorpus, type FixtureCorpus } from './fake-discord/fixture-corpus.js';
import { APP_ID, autocompleteInteraction, buttonInteraction, commandInteraction, nextIds, option, OTHER_ID } from './fake-discord/interactions.js';

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const publicKeyHex = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString('hex');
const strangerKey = generateKeyPairSync('ed25519').privateKey;

let fake: FakeDiscord;
let corpus: FixtureCorpus;
let endpoint: InteractionsServer;
let deferredEndpoint: InteractionsServer;
const logLines: string[] = [];

function listen(deferPolicy?: DeferPolicy, index: CorpusIndex = corpus.index): Promise<InteractionsServer> {
  const logger = createLogger('debug', (line) => logLines.push(line));
  const responder = createInteractionResponder({ index, logger, cooldown: { max: 10_000, windowMs: 1000 } });
  const webhooks = new InteractionWebhooks(new REST({ version: '10', api: fake.apiBase }));
  const server = createInteractionsServer({ publicKey: publicKeyHex, responder, logger, webhooks, ...(deferPolicy ? { deferPolicy } : {}) });
  return new Promise((resolve) => server.server.listen(0, '127.0.0.1', () => resolve(server)));
}

beforeAll(async () => {
  fake = await FakeDiscord.start();
  corpus = openFixtureCorpus();
  endpoint = await listen();
  deferredEndpoint = await listen({ shouldDefer: () => true, record: () => undefined });
});

afterAll(async () => {
  await endpoint?.close();
  await deferredEndpoint?.close();
  await fake?.close();
  corpus?.remove();
});

const urlOf = (server: InteractionsServer, path = '/interactions') => `http://127.0.0.1:${(server.server.address() as AddressInfo).port}${path}`;

/** POSTs a body signed the way Discord signs it (Ed25519 over timestamp + body). */
async function post(body: string | object, { key = privateKey, server = endpoint, tamper = false }: { key?: KeyObject; server?: InteractionsServer; tamper?: boolean } = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = sign(null, Buffer.from(timestamp + text), key).toString('hex');
  const response = await fetch(urlOf(server), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp },
    body: tamper ? `${text} ` : text,
  });
  const raw = await response.text();
  return { status: response.status, json: raw ? (JSON.parse(raw) as { type: number; data: ReplyBody & { choices?: unknown[] } }) : null };
}

const ping = { id: '1', application_id: APP_ID, type: 1, token: 'ping-token', version: 1 };
const expectedPage = (name: CommandName, options: Record<string, string>, page = 0) => {
  const rendered = renderDiscordPage(executeCommand(name, options, { index: corpus.index, locale: 'en' }), 'en', page);
  return { content: rendered.content, embeds: rendered.embeds };
};

describe('signature and request checks', () => {
  it('answers a signed PING with PONG', async () => {
    expect(await post(ping)).toEqual({ status: 200, json: { type: 1 } });
  });

  it('rejects with 401: another key, a changed body, missing headers', async () => {
    expect((await post(ping, { key: strangerKey })).status).toBe(401);
    expect((await post(ping, { tamper: true })).status).toBe(401);
    const unsigned = await fetch(urlOf(endpoint), { method: 'POST', body: JSON.stringify(ping) });
    expect(unsigned.status).toBe(401);
  });

  it('rejects with 400: a body over 100 KB, a signed body that is not JSON or not an interaction', async () => {
    expect((await post({ ...ping, padding: 'x'.repeat(101 * 1024) })).status).toBe(400);
    expect((await post('{"type": 1,')).status).toBe(400);
    expect((await post({ hello: 'world' })).status).toBe(400);
  });

  it('rejects with 400 a body over 100 KB sent without a length (chunked)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const request = httpRequest(urlOf(endpoint), { method: 'POST', headers: { 'transfer-encoding': 'chunked' } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on('error', reject);
      for (let i = 0; i < 110; i++) request.write('x'.repeat(1024));
      request.end();
    });
    expect(status).toBe(400);
  });

  it('serves only POST /interactions (and GET /health)', async () => {
    expect((await fetch(urlOf(endpoint))).status).toBe(405);
    expect((await fetch(urlOf(endpoint, '/other'), { method: 'POST' })).status).toBe(404);
    expect(await (await fetch(urlOf(endpoint, '/health'))).json()).toEqual({ status: 'ok' });
  });

  it('survives any signed body', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json(), fc.string({ unit: 'binary', maxLength: 200 }), fc.record({ id: fc.string(), application_id: fc.constant(APP_ID), type: fc.integer({ min: 0, max: 10 }), token: fc.string(), data: fc.anything() })), async (body) => {
        const { status } = await post(typeof body === 'string' ? body : JSON.stringify(body));
        // 409: an interaction id generated twice is refused as a replay
        expect([200, 400, 409]).toContain(status);
      }),
      { numRuns: 60 },
    );
  });
});

describe('interactions answered from the command modules', () => {
  it('answers every command with a type 4 message: the page, no mentions, no unfurling', async () => {
    for (const command of commandList) {
      const first = (command.definition.options ?? []).find((o) => o.type === 3);
      const options = first ? { [first.name]: 'kontainer' } : {};
      const { status, json } = await post(commandInteraction(nextIds(), command.definition.name, Object.entries(options).map(([k, v]) => option(k, v))));
      expect(status).toBe(200);
      expect(json?.type).toBe(4);
      expect(json?.data).toEqual({ ...expectedPage(command.definition.name, options), components: json?.data.components, flags: 4, allowed_mentions: { parse: [] } });
      expect(findLimitViolations(json?.data ?? {})).toEqual([]);
      for (const text of markdownTexts(json?.data ?? {})) expect(activeMentions(text)).toEqual([]);
    }
  });

  it('refuses invalid options with an ephemeral type 4', async () => {
    const { json } = await post(commandInteraction(nextIds(), 'search', [option('query', '   ')]));
    expect(json).toEqual({ type: 4, data: { content: 'That did not work: query: is empty', embeds: [], components: [], flags: 68, allowed_mentions: { parse: [] } } });
  });

  it('answers autocomplete with a type 8', async () => {
    expect((await post(autocompleteInteraction(nextIds(), 'search', [option('query', 'kon', true)]))).json).toEqual({ type: 8, data: { choices: [] } });
    for (const command of commandList) {
      for (const o of (command.definition.options ?? []).filter((x) => 'autocomplete' in x && x.autocomplete)) {
        const { json } = await post(autocompleteInteraction(nextIds(), command.definition.name, [option(o.name, 'a', true)]));
        expect(json?.type).toBe(8);
        expect(json?.data.choices?.length).toBeLessThanOrEqual(25);
      }
    }
  });

  it('pages with a type 7 update for the owner, refuses others, and shows context ephemerally', async () => {
    const { json: first } = await post(commandInteraction(nextIds(), 'search', [option('query', 'kontainer')]));
    const message = first?.data as unknown as Record<string, unknown>;
    const nextId = first?.data.components[0]?.components[2]?.custom_id ?? '';
    const contextId = first?.data.components[1]?.components[1]?.custom_id ?? '';

    const { json: second } = await post(buttonInteraction(nextIds(), nextId, message));
    expect(second?.type).toBe(7);
    expect({ content: second?.data.content, embeds: second?.data.embeds }).toEqual(expectedPage('search', { query: 'kontainer' }, 1));
    expect(second?.data.flags).toBe(4);

    const { json: refused } = await post(buttonInteraction(nextIds(), nextId, message, { userId: OTHER_ID }));
    expect(refused?.type).toBe(4);
    expect(refused?.data.flags).toBe(68);

    const { json: context } = await post(buttonInteraction(nextIds(), contextId, message, { userId: OTHER_ID }));
    expect(context?.type).toBe(4);
    expect(context?.data.flags).toBe(68);
    expect(context?.data.content).toBe('**The whole cited paragraph**');
  });
});

describe('slow answers are deferred and followed up', () => {
  it('a command: type 5 at once, then the page as an edit of the original response', async () => {
    const ids = nextIds();
    const { json } = await post(commandInteraction(ids, 'search', [option('query', 'kontainer')]), { server: deferredEndpoint });
    expect(json).toEqual({ type: 5, data: { flags: 0 } });
    const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path === `/api/v10/webhooks/${APP_ID}/${ids.token}/messages/%40original`);
    expect(edit.body).toEqual({ ...expectedPage('search', { query: 'kontainer' }), components: (edit.body as ReplyBody).components, flags: 4, allowed_mentions: { parse: [] } });
  });

  it('a page button: type 6 at once, then the new page as an edit of its message', async () => {
    const { json: first } = await post(commandInteraction(nextIds(), 'search', [option('query', 'kontainer')]));
    const ids = nextIds();
    const { json } = await post(buttonInteraction(ids, first?.data.components[0]?.components[2]?.custom_id ?? '', first?.data as unknown as Record<string, unknown>), { server: deferredEndpoint });
    expect(json).toEqual({ type: 6 });
    const edit = await fake.waitForRequest((r) => r.method === 'PATCH' && r.path.includes(ids.token));
    expect((edit.body as ReplyBody).content).toBe(expectedPage('search', { query: 'kontainer' }, 1).content);
  });

  it('a failure after deferring: the public placeholder is deleted and the user told ephemerally', async () => {
    const exploding = new Proxy({} as CorpusIndex, {
      get() {
        throw new Error('index exploded');
      },
    });
    const broken = await listen({ shouldDefer: () => true, record: () => undefined }, exploding);
    const ids = nextIds();
    const { json } = await post(commandInteraction(ids, 'search', [option('query', 'kontainer')]), { server: broken });
    expect(json).toEqual({ type: 5, data: { flags: 0 } });
    const followUp = await fake.waitForRequest((r) => r.method === 'POST' && r.path === `/api/v10/webhooks/${APP_ID}/${ids.token}`);
    expect((followUp.body as ReplyBody).flags).toBe(68);
    expect((followUp.body as ReplyBody).content).toBe('Sorry, something went wrong answering that. It has been logged; try again.');
    expect(fake.requests.some((r) => r.method === 'DELETE' && r.path === `/api/v10/webhooks/${APP_ID}/${ids.token}/messages/%40original`)).toBe(true);
    await broken.close();
  });
});
