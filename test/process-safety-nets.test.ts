import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const temp = mkdtempSync(join(tmpdir(), 'sumber-safety-'));
const data = join(temp, 'corpus');
cpSync(join(import.meta.dirname, 'fixtures', 'mini-corpus'), data, { recursive: true });
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Starts an entry point as its npm script does (node --import tsx), with the rejection trigger preloaded. */
function start(entry: string, env: Record<string, string>): { child: ChildProcess; out: () => string; err: () => string } {
  const { SUMBER_DATA_DIR: _a, DISCORD_TOKEN: _b, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', join(import.meta.dirname, 'fixtures', 'reject-on-signal.mjs'), entry], {
    cwd: root,
    env: { ...inherited, SUMBER_DATA_DIR: data, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  return { child, out: () => out, err: () => err };
}

/** Waits for `condition`; fails at once if the process has exited meanwhile (it crashed). */
async function until(condition: () => boolean, what: string, child: ChildProcess, timeoutMs = 40_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the process exited (${child.exitCode ?? child.signalCode}) while waiting for ${what}`);
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const port = (probe.address() as { port: number }).port;
  probe.close();
  return port;
}

describe('an unhandled promise rejection in a running process', () => {
  it('is logged by npm run serve, which keeps answering and still stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const serve = start('src/serve.ts', { DISCORD_PUBLIC_KEY: 'ab'.repeat(32), PORT: String(port) });
    try {
      await until(() => /interactions endpoint listening/u.test(serve.err()), 'listening', serve.child);
      serve.child.kill('SIGUSR2');
      await until(() => /"unhandled rejection"/u.test(serve.err()), 'the rejection logged', serve.child);
      expect(serve.err()).toContain('a rejected promise nobody awaited');
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(health.status).toBe(200);
      expect(serve.child.exitCode).toBeNull();
      serve.child.kill('SIGTERM');
      const [code] = await once(serve.child, 'exit');
      expect(code).toBe(0);
    } finally {
      serve.child.kill('SIGKILL');
    }
  }, 60_000);

  it('is logged by npm start (the local console), which keeps answering', async () => {
    const console_ = start('src/main.ts', {});
    try {
      await until(() => /starting the local console/u.test(console_.err()), 'the console ready', console_.child);
      console_.child.kill('SIGUSR2');
      await until(() => /"unhandled rejection"/u.test(console_.err()), 'the rejection logged', console_.child);
      console_.child.stdin!.end('/search query: peluru artileri\n');
      const [code] = await once(console_.child, 'exit');
      expect(code).toBe(0);
      expect(console_.out()).toMatch(/artileri/u);
    } finally {
      console_.child.kill('SIGKILL');
    }
  }, 60_000);
});
