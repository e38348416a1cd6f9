import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { REST } from 'discord.js';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandName } from '../commands/index.js';
import { executeCommand } from '../src/app/execute-command.js';
import { createInteractionResponder } from '../src/interactions/interaction-responder.js';
import type { ReplyBody } from '../src/interactions/reply-body.js';
import { createLogger } from '../src/logger.js';
import { renderDiscordPage } from '../src/render/render-discord.js';
import { InteractionWebhooks } from '../src/transports/http/interaction-webhooks.js';
import { createInteractionsServer, type InteractionsServer } from '../src/transports/http/interactions-server.js';
import { FakeDiscord } from './fake-discord/fake-discord.js';
import { type FixtureCorpus, openFixtureCorpus } from './fake-discord/fixture-corpus.js';
import { APP_ID, autocompleteInteraction, commandInteraction, nextIds, option } from './fake-discord/interactions.js';

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const publicKeyHex = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString('hex');
const strangerKey = generateKeyPairSync('ed25519').privateKey;

let fake: FakeDiscord;
let corpus: FixtureCorpus;
let endpoint: InteractionsServer;
const logLines: string[] = [];

// Signature, size and routing checks of the HTTP endpoint; the conversations (what users see) are in
// discord-conversation.test.ts, where the fake Discord itself signs and POSTs the interactions.
function listen(): Promise<InteractionsServer> {
  const logger = createLogger('debug', (line) => logLines.push(line));
  const responder = createInteractionResponder({ index: corpus.index, logger, cooldown: { max: 10_000, windowMs: 1000 } });
  const webhooks = new InteractionWebhooks(new REST({ version: '10', api: fake.apiBase }));
  const server = createInteractionsServer({ publicKey: publicKeyHex, responder, logger, webhooks });
  return new Promise((resolve) => server.server.listen(0, '127.0.0.1', () => resolve(server)));
}

beforeAll(async () => {
  fake = await FakeDiscord.start();
  corpus = openFixtureCorpus();
  endpoint = await listen();
});

afterAll(async () => {
  await endpoint?.close();
  await fake?.close();
  corpus?.remove();
});

const urlOf = (server: InteractionsServer, path = '/interactions') => `http://127.0.0.1:${(server.server.address() as AddressInfo).port}${path}`;

/** POSTs a body signed the way Discord signs it (Ed25519 over timestamp + body). */
async function post(
  body: string | object,
  { key = privateKey, server = endpoint, tamper = false }: { key?: KeyObject; server?: InteractionsServer; tamper?: boolean } = {},
) {
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
      fc.asyncProperty(
        fc.oneof(
          fc.json(),
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.record({ id: fc.string(), application_id: fc.constant(APP_ID), type: fc.integer({ min: 0, max: 10 }), token: fc.string(), data: fc.anything() }),
        ),
        async (body) => {
          const { status } = await post(typeof body === 'string' ? body : JSON.stringify(body));
          // 409: an interaction id generated twice is refused as a replay
          expect([200, 400, 409]).toContain(status);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('answers in the HTTP response', () => {
  it('a command: its message is the body of the HTTP response (type 4), not a callback', async () => {
    const { status, json } = await post(commandInteraction(nextIds(), 'help', []));
    expect(status).toBe(200);
    expect(json?.type).toBe(4);
    expect(json?.data).toEqual({ ...expectedPage('help', {}), components: json?.data.components, flags: 0, allowed_mentions: { parse: [] } });
    expect(fake.requests.filter((r) => r.path.includes('/callback'))).toEqual([]);
  });

  it('autocomplete: a type 8 with the choices', async () => {
    expect((await post(autocompleteInteraction(nextIds(), 'search', [option('query', 'kon', true)]))).json).toEqual({ type: 8, data: { choices: [] } });
  });
});
