/**
 * `npm run probe:http -- [--slow N] [--idle N]`
 *
 * The real `npm run serve` process (spawned, over the test corpus, with a key made for the run)
 * under hostile HTTP: signed requests replayed (one two days old, one fresh sent five times), N slow
 * clients (default 30) sending headers or a body a byte at a time, N idle connections (default
 * 400) against the connection cap, HEAD and GET /health, a query with a zero-width space inside a
 * word, then SIGTERM. Prints one JSON object. Kept outside `npm test`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { once } from 'node:events';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect, createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandInteraction, nextIds, option } from '../../test/fake-discord/interactions.js';

const args = process.argv.slice(2);
const option_ = (name: string, fallback: number) => (args.includes(`--${name}`) ? Number(args[args.indexOf(`--${name}`) + 1]) : fallback);
const slowClients = option_('slow', 30);
const idleClients = option_('idle', 400);
const root = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'sumber-http-probe-'));
const data = join(work, 'corpus');
cpSync(join(root, 'test', 'fixtures', 'mini-corpus'), data, { recursive: true });
const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const publicKeyHex = Buffer.from(publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString('hex');
const say = (line: string) => process.stderr.write(`http: ${line}\n`);

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const port = (probe.address() as { port: number }).port;
  probe.close();
  return port;
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
let stderr = '';
const { SUMBER_DATA_DIR: _a, DISCORD_TOKEN: _b, ...inherited } = process.env;
const serve: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/serve.ts'], {
  cwd: root,
  env: { ...inherited, SUMBER_DATA_DIR: data, DISCORD_PUBLIC_KEY: publicKeyHex, PORT: String(port) },
  stdio: ['ignore', 'ignore', 'pipe'],
});
serve.stderr!.on('data', (d) => (stderr += d));

function signedPost(
  body: object,
  timestamp = Math.floor(Date.now() / 1000),
): Promise<{ status: number; json: { type?: number; data?: { content?: string; embeds?: unknown[] } } | null }> {
  const text = JSON.stringify(body);
  const stamp = String(timestamp);
  const headers = {
    'content-type': 'application/json',
    'x-signature-ed25519': sign(null, Buffer.from(stamp + text), privateKey).toString('hex'),
    'x-signature-timestamp': stamp,
  };
  return fetch(`${base}/interactions`, { method: 'POST', headers, body: text }).then(async (r) => {
    const raw = await r.text();
    let json = null;
    try {
      json = raw ? JSON.parse(raw) : null;
    } catch {
      // not JSON
    }
    return { status: r.status, json };
  });
}

/** Opens a connection, runs `drive`, resolves with the milliseconds until the server closed it (capped at `capMs`). */
function closedAfter(drive: (s: Socket) => void, capMs: number): Promise<number> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    socket.on('connect', () => {
      started = performance.now();
      drive(socket);
      timer = setTimeout(() => socket.destroy(), capMs);
    });
    socket.on('error', () => undefined);
    socket.on('data', () => undefined); // read what the server says, or its close goes unseen
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(Math.round(performance.now() - started));
    });
  });
}
const summary = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return { n: ms.length, minMs: sorted[0], p50Ms: sorted[Math.floor(sorted.length / 2)], maxMs: sorted.at(-1) };
};

try {
  const deadline = Date.now() + 120_000;
  while (!/interactions endpoint listening/u.test(stderr)) {
    if (Date.now() > deadline || serve.exitCode !== null) throw new Error(`serve did not start: ${stderr.slice(-500)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const result: Record<string, unknown> = {};

  // a zero-width space inside a query word
  const zws = await signedPost(commandInteraction(nextIds(), 'search', [option('query', 'arti\u200Bleri')]));
  result.zeroWidthSpaceInWord = { status: zws.status, found: (zws.json?.data?.embeds?.length ?? 0) > 0 };
  const onlyFormat = await signedPost(commandInteraction(nextIds(), 'search', [option('query', '\u200B\u00AD')]));
  result.onlyFormatCharacters = onlyFormat.json?.data?.content ?? onlyFormat.status;

  // replays (after the queries above: replays answered would spend the user's cooldown)
  const search = () => commandInteraction(nextIds(), 'search', [option('query', 'artileri')]);
  const old = search();
  const oldAnswers = (await Promise.all([0, 1, 2, 3, 4].map(() => signedPost(old, Math.floor(Date.now() / 1000) - 2 * 86_400)))).filter(
    (r) => r.json?.type === 4,
  ).length;
  const fresh = search();
  const freshAnswers: number[] = [];
  for (let i = 0; i < 5; i++) freshAnswers.push((await signedPost(fresh)).status);
  result.replays = { twoDaysOldAnsweredOf5: oldAnswers, freshSentFiveTimes: freshAnswers, freshAnswered: freshAnswers.filter((s) => s === 200).length };
  say(JSON.stringify(result.replays));

  // /health
  const head = await new Promise<number>((resolve) => {
    const r = httpRequest(`${base}/health`, { method: 'HEAD' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    r.on('error', () => resolve(0));
    r.end();
  });
  const get = await fetch(`${base}/health`);
  result.health = { head, get: get.status, body: await get.text() };
  say(JSON.stringify(result.health));

  // slow clients: headers never finished, or a body trickling a byte every 200 ms
  const headers = await Promise.all(
    Array.from({ length: slowClients }, () => closedAfter((s) => s.write('POST /interactions HTTP/1.1\r\nHost: x\r\n'), 60_000)),
  );
  const bodies = await Promise.all(
    Array.from({ length: slowClients }, () =>
      closedAfter((s) => {
        s.write('POST /interactions HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n');
        const t = setInterval(() => (s.writable ? s.write('x') : clearInterval(t)), 200);
        s.on('close', () => clearInterval(t));
      }, 60_000),
    ),
  );
  result.slowClients = { configured: 'headers 5 s, whole request 10 s', unfinishedHeaders: summary(headers), tricklingBody: summary(bodies) };
  say(JSON.stringify(result.slowClients));

  // idle connections against the cap
  const sockets: Socket[] = [];
  let refused = 0;
  await Promise.all(
    Array.from(
      { length: idleClients },
      () =>
        new Promise<void>((resolve) => {
          const s = connect(port, '127.0.0.1');
          sockets.push(s);
          s.on('error', () => undefined);
          s.on('connect', () => setTimeout(resolve, 300));
          s.on('close', () => {
            refused++;
            resolve();
          });
        }),
    ),
  );
  const openNow = sockets.filter((s) => !s.destroyed && s.readyState === 'open').length;
  for (const s of sockets) s.destroy();
  result.idleConnections = { opened: idleClients, heldOpenAfter300ms: openNow, closedByServer: refused };
  say(JSON.stringify(result.idleConnections));

  // SIGTERM
  const stopping = performance.now();
  serve.kill('SIGTERM');
  const [code] = await once(serve, 'exit');
  result.sigterm = { exitCode: code, ms: Math.round(performance.now() - stopping) };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  serve.kill('SIGKILL');
  rmSync(work, { recursive: true, force: true });
}
