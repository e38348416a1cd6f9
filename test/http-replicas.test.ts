import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from './fake-discord/fake-discord.js';
import { type FixtureCorpus, openFixtureCorpus } from './fake-discord/fixture-corpus.js';
import { OTHER_ID, OWNER_ID } from './fake-discord/interactions.js';

// Two real `serve` processes behind one application, as behind a load balancer: a conversation
// started on one is carried on by the other (page turns, Context, reading on), because every
// button carries its state, authenticated with the secret the replicas share.
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SECRET = 'replicas-share-this-secret-0123456789abcdef';

let fake: FakeDiscord;
let corpus: FixtureCorpus;
const replicas: { process: ChildProcess; url: string; stderr: string[] }[] = [];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function startReplica(secret: string): Promise<{ process: ChildProcess; url: string; stderr: string[] }> {
  const port = await freePort();
  const env = {
    PATH: process.env.PATH ?? '',
    DISCORD_PUBLIC_KEY: fake.publicKeyHex,
    PORT: String(port),
    SUMBER_DATA_DIR: corpus.dir,
    SUMBER_BUTTON_SECRET: secret,
    LOG_LEVEL: 'info',
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/serve.ts'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const stderr: string[] = [];
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`replica did not start: ${stderr.join('')}`)), 60_000);
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      stderr.push(chunk);
      if (stderr.join('').includes('"interactions endpoint listening"')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`replica exited with ${code}: ${stderr.join('')}`)));
  });
  return { process: child, url: `http://127.0.0.1:${port}/interactions`, stderr };
}

beforeAll(async () => {
  fake = await FakeDiscord.start();
  corpus = openFixtureCorpus();
  replicas.push(await startReplica(SECRET));
  replicas.push(await startReplica(SECRET));
}, 120_000);

afterAll(async () => {
  for (const r of replicas) {
    if (r.process.exitCode !== null) continue;
    const exited = new Promise((resolve) => r.process.once('exit', resolve));
    r.process.kill('SIGTERM');
    await exited;
  }
  await fake?.close();
  corpus?.remove();
});

const on = (replica: number) => fake.deliverTo({ kind: 'http', url: replicas[replica]?.url ?? '' });

describe('two serve processes answering one conversation', () => {
  it('a page made by one replica turns on the other, Context opens there, and reading on goes back to the first', async () => {
    on(0);
    // options too long for a custom id: they travel in the message itself
    const query = 'kontainer amunisi dikirim melalui pelabuhan menurut citra satelit Korea Utara';
    const ix = await fake.answered(await fake.command('search', { query }));
    const page = fake.original(ix);
    expect(page?.embeds.length).toBeGreaterThan(0);

    on(1);
    expect(page?.buttons[0]?.find((b) => b.label === 'Next ▶')?.disabled).toBe(false);
    expect(page?.buttons.flat().every((b) => b.customId?.endsWith('|m0'))).toBe(true);
    await fake.answered(await fake.press(page?.id ?? '', 'Next ▶'));
    expect(fake.original(ix)?.text).toMatch(/results 6–/u);
    await fake.answered(await fake.press(page?.id ?? '', '◀ Previous'));
    expect(fake.original(ix)?.text).toMatch(/results 1–5/u);
    const reader = await fake.answered(await fake.press(page?.id ?? '', 'Context 1', { userId: OTHER_ID }));
    const context = fake.answersTo(reader, OTHER_ID)[0];
    expect(context?.ephemeral).toBe(true);
    expect(context?.embeds.some((e) => e.title?.endsWith('· cited'))).toBe(true);

    on(0);
    const turned = await fake.answered(await fake.command('read', { article: 'a3-panjang.txt' }));
    on(1);
    await fake.answered(await fake.press(fake.original(turned)?.id ?? '', 'Later ▶'));
    expect(fake.original(turned)?.embeds.map((e) => e.title)).toEqual(['¶ 2', '¶ 3']);
    // nothing failed anywhere
    expect(fake.seen(OWNER_ID).filter((m) => 'failure' in m)).toEqual([]);
    expect(fake.seen(OWNER_ID).filter((m) => 'text' in m && m.text.startsWith('These buttons have expired'))).toEqual([]);
  });

  it('a replica with another secret refuses the buttons of this deployment (they say "expired")', async () => {
    const stranger = await startReplica('a-different-secret-for-another-deployment');
    replicas.push(stranger);
    on(0);
    const ix = await fake.answered(await fake.command('search', { query: 'kontainer' }));
    fake.deliverTo({ kind: 'http', url: stranger.url });
    const press = await fake.answered(await fake.press(fake.original(ix)?.id ?? '', 'Next ▶'));
    expect(fake.answersTo(press)[0]).toMatchObject({ ephemeral: true, text: 'These buttons have expired; run the command again.' });
  }, 90_000);
});
