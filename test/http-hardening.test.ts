import { generateKeyPairSync, sign } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInteractionResponder } from '../src/interactions/interaction-responder.js';
import { createLogger } from '../src/logger.js';
import { discordWords } from '../src/render/discord-words.js';
import { createInteractionsServer, type InteractionsServer, type InteractionsServerOptions } from '../src/transports/http/interactions-server.js';
import { SeenInteractions } from '../src/transports/http/replay-guard.js';
import { type FixtureCorpus, openFixtureCorpus } from './fake-discord/fixture-corpus.js';
import { APP_ID, commandInteraction, nextIds, option } from './fake-discord/interactions.js';

const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const publicKeyHex = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString('hex');
let corpus: FixtureCorpus;
const servers: InteractionsServer[] = [];
const logLines: string[] = [];

beforeAll(() => {
  corpus = openFixtureCorpus();
});
afterAll(async () => {
  for (const s of servers) {
    s.server.closeAllConnections();
    await s.close();
  }
  corpus?.remove();
});

async function listen(options: Partial<InteractionsServerOptions> = {}, cooldown = { max: 10_000, windowMs: 1000 }): Promise<InteractionsServer> {
  const logger = createLogger('debug', (line) => logLines.push(line));
  const responder = createInteractionResponder({ index: corpus.index, logger, cooldown });
  const server = createInteractionsServer({ publicKey: publicKeyHex, responder, logger, ...options });
  servers.push(server);
  await new Promise<void>((resolve) => server.server.listen(0, '127.0.0.1', resolve));
  return server;
}
const portOf = (s: InteractionsServer) => (s.server.address() as AddressInfo).port;
const urlOf = (s: InteractionsServer, path = '/interactions') => `http://127.0.0.1:${portOf(s)}${path}`;

/** Signs a body the way Discord does, with a chosen timestamp (seconds since the epoch). */
function signed(body: object, timestamp = Math.floor(Date.now() / 1000)) {
  const text = JSON.stringify(body);
  const stamp = String(timestamp);
  return {
    text,
    headers: {
      'content-type': 'application/json',
      'x-signature-ed25519': sign(null, Buffer.from(stamp + text), privateKey).toString('hex'),
      'x-signature-timestamp': stamp,
    },
  };
}
async function post(server: InteractionsServer, request: ReturnType<typeof signed>) {
  const response = await fetch(urlOf(server), { method: 'POST', headers: request.headers, body: request.text });
  const raw = await response.text();
  return { status: response.status, json: raw ? (JSON.parse(raw) as { type?: number; data?: { content?: string } }) : null };
}

describe('replayed signed requests', () => {
  it('refuse a signed timestamp more than five minutes from now (a two-day-old /search was answered)', async () => {
    const server = await listen();
    const now = Math.floor(Date.now() / 1000);
    const interaction = () => commandInteraction(nextIds(), 'search', [option('query', 'kontainer')]);
    expect((await post(server, signed(interaction(), now - 2 * 86_400))).status).toBe(401);
    // a minute's margin either side of the five: the server reads its clock later than the test
    // did (seconds later on a loaded machine), which moves a timestamp from the future into range
    expect((await post(server, signed(interaction(), now - 360))).status).toBe(401);
    expect((await post(server, signed(interaction(), now + 360))).status).toBe(401);
    expect((await post(server, signed(interaction(), now - 180))).status).toBe(200);
    expect((await post(server, signed({ id: '1', application_id: APP_ID, type: 1, token: 'ping', version: 1 }, now - 2 * 86_400))).status).toBe(401);
  });

  it('answer an interaction once: a replay is refused and spends no cooldown', async () => {
    const server = await listen({}, { max: 2, windowMs: 60_000 });
    const first = signed(commandInteraction(nextIds(), 'search', [option('query', 'kontainer')]));
    const answered = await post(server, first);
    expect(answered.status).toBe(200);
    expect(answered.json?.type).toBe(4);
    for (let i = 0; i < 4; i++) expect((await post(server, first)).status).toBe(409);
    // the user's second command of the window is answered, not refused for the replays
    const second = await post(server, signed(commandInteraction(nextIds(), 'search', [option('query', 'Kirby')])));
    expect(second.json?.type).toBe(4);
    expect(second.json?.data?.content).not.toBe(discordWords.en.cooldown(60));
    expect(second.json?.data?.content).toMatch(/^\*\*Search\*\*/u);
    expect(logLines.some((l) => l.includes('interaction received again'))).toBe(true);
  });

  it('answer PING every time (Discord checks the endpoint with it)', async () => {
    const server = await listen();
    const ping = signed({ id: '7', application_id: APP_ID, type: 1, token: 'ping', version: 1 });
    for (let i = 0; i < 3; i++) expect(await post(server, ping)).toEqual({ status: 200, json: { type: 1 } });
  });

  it('remember ids for a bounded time and number', () => {
    const seen = new SeenInteractions(3, 1000);
    expect(seen.firstTime('a', 0)).toBe(true);
    expect(seen.firstTime('a', 500)).toBe(false);
    expect(seen.firstTime('a', 1001)).toBe(true);
    for (const id of ['b', 'c', 'd', 'e']) seen.firstTime(id, 1100);
    expect(seen.size).toBe(3);
  });
});

/** Opens a raw connection, runs `drive` on it, and resolves with how long the server took to close it and what it said. */
function timeUntilClosed(server: InteractionsServer, drive: (socket: Socket) => void): Promise<{ ms: number; said: string }> {
  return new Promise((resolve) => {
    const socket = connect(portOf(server), '127.0.0.1');
    let said = '';
    let started = 0;
    socket.on('connect', () => {
      started = performance.now();
      drive(socket);
    });
    socket.on('data', (d) => (said += d));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve({ ms: performance.now() - started, said }));
  });
}

describe('slow clients', () => {
  it('are cut when their headers are not in by the configured time, not ~24 s later', async () => {
    const server = await listen({ headersTimeoutMs: 1000, requestTimeoutMs: 5000 });
    const { ms, said } = await timeUntilClosed(server, (s) => s.write('POST /interactions HTTP/1.1\r\nHost: x\r\n'));
    expect(ms).toBeGreaterThan(900);
    expect(ms).toBeLessThan(2000);
    expect(said).toMatch(/^HTTP\/1\.1 408/u);
  });

  it('are cut when the whole request is not in by the configured time, however steadily it trickles', async () => {
    const server = await listen({ headersTimeoutMs: 1000, requestTimeoutMs: 2000 });
    let timer: NodeJS.Timeout | undefined;
    const { ms } = await timeUntilClosed(server, (s) => {
      s.write('POST /interactions HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n');
      timer = setInterval(() => s.writable && s.write('x'), 150);
    });
    clearInterval(timer);
    expect(ms).toBeGreaterThan(1900);
    expect(ms).toBeLessThan(3500);
  });
});

describe('connections', () => {
  it('are capped: past the cap a new connection is closed at once, and served again once others close', async () => {
    const server = await listen({ maxConnections: 4 });
    const idle = await Promise.all(
      Array.from(
        { length: 4 },
        () =>
          new Promise<Socket>((resolve) => {
            const s = connect(portOf(server), '127.0.0.1', () => resolve(s));
            s.on('error', () => undefined);
          }),
      ),
    );
    const refused = await timeUntilClosed(server, (s) => s.write('GET /health HTTP/1.1\r\nHost: x\r\n\r\n'));
    expect(refused.said).toBe('');
    for (const s of idle) s.destroy();
    await new Promise((r) => setTimeout(r, 100));
    expect((await fetch(urlOf(server, '/health'))).status).toBe(200);
  });
});

describe('/health', () => {
  it('answers HEAD as GET, without a body', async () => {
    const server = await listen({ articles: () => 3 });
    const head = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = httpRequest(urlOf(server, '/health'), { method: 'HEAD' }, (response) => {
        let body = '';
        response.on('data', (d) => (body += d));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
      request.on('error', reject);
      request.end();
    });
    expect(head).toEqual({ status: 200, body: '' });
  });

  it('reports the articles served, and is 503 when there are none', async () => {
    const served = await listen({ articles: () => corpus.index.articles.length });
    const ok = await fetch(urlOf(served, '/health'));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: 'ok', articles: 3 });
    const empty = await listen({ articles: () => 0 });
    const none = await fetch(urlOf(empty, '/health'));
    expect(none.status).toBe(503);
    expect(await none.json()).toEqual({ status: 'no articles', articles: 0 });
  });
});
