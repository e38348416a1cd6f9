import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyConnectError, connectWithRetry, FatalConnectError } from '../src/transports/gateway/connect-with-retry.js';

const root = join(import.meta.dirname, '..');
// a copy: npm start and serve save the index they build into the corpus folder
const temp = mkdtempSync(join(tmpdir(), 'sumber-life-'));
const data = join(temp, 'corpus');
cpSync(join(import.meta.dirname, 'fixtures', 'mini-corpus'), data, { recursive: true });
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Process ids of a process's descendants, from ps (children first found by parent id). */
function descendants(pid: number): number[] {
  const table = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/u).map(Number) as [number, number]);
  const found: number[] = [];
  const walk = (parent: number) => {
    for (const [p, pp] of table) if (pp === parent) found.push(p), walk(p);
  };
  walk(pid);
  return found;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Starts an npm script the way a process manager does, waits for `ready` on stderr. */
async function startScript(script: string, env: Record<string, string>, ready: RegExp): Promise<{ child: ChildProcess; stderr: () => string }> {
  const { SUMBER_DATA_DIR: _a, DISCORD_TOKEN: _b, ...inherited } = process.env;
  const child = spawn('npm', ['run', '--silent', script], {
    cwd: root,
    env: { ...inherited, SUMBER_DATA_DIR: data, ...env },
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  let text = '';
  child.stderr!.on('data', (chunk) => (text += chunk));
  const deadline = Date.now() + 40_000;
  while (!ready.test(text) && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 100));
  expect(text).toMatch(ready);
  return { child, stderr: () => text };
}

/** SIGTERM to the npm process alone (as a process manager that knows only the pid it started), then checks nothing is left. */
async function terminateAndCheck(child: ChildProcess): Promise<void> {
  const tree = descendants(child.pid!);
  expect(tree.length).toBeGreaterThan(0);
  child.kill('SIGTERM');
  await once(child, 'exit');
  const deadline = Date.now() + 10_000;
  while (tree.some(alive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  const left = tree.filter(alive);
  for (const pid of left) process.kill(pid, 'SIGKILL');
  expect(left).toEqual([]);
}

describe('SIGTERM to the npm process', () => {
  it('stops npm start (the local console) and its node process', async () => {
    const { child } = await startScript('start', {}, /starting the local console/u);
    await terminateAndCheck(child);
  }, 60_000);
  it('stops npm run serve and its node process', async () => {
    const probe = createServer().listen(0, '127.0.0.1');
    await once(probe, 'listening');
    const port = (probe.address() as { port: number }).port;
    probe.close();
    const { child } = await startScript('serve', { DISCORD_PUBLIC_KEY: 'ab'.repeat(32), PORT: String(port) }, /interactions endpoint listening/u);
    await terminateAndCheck(child);
  }, 60_000);
});

describe('a bot token and no way to reach Discord', () => {
  it('says what failed in one line and retries, or says the token was refused; never a stack trace', async () => {
    // unreachable here (no network but the package registries): the login fails at DNS or connect
    const token = `${'M'.repeat(24)}.${'a'.repeat(6)}.${'b'.repeat(38)}`;
    const { child, stderr } = await startScript('start', { DISCORD_TOKEN: token }, /cannot reach Discord; retrying|cannot start the Discord bot/u);
    const text = stderr();
    expect(text).not.toMatch(/\n\s+at /u);
    expect(text).not.toContain(token);
    // one line per failed attempt: the outcome, not also the failure that led to it
    expect(text).not.toMatch(/could not connect to Discord/u);
    if (/retrying/u.test(text)) {
      expect(text).toMatch(/"retryInSeconds":5,"attempt":1/u);
      await terminateAndCheck(child);
    } else {
      await once(child, 'exit');
      expect(child.exitCode).toBe(1);
    }
  }, 60_000);
});

describe('connectWithRetry', () => {
  const offline = Object.assign(new Error('getaddrinfo ENOTFOUND discord.com'), { code: 'ENOTFOUND' });
  it('waits out an outage with doubling delays, up to the maximum, and returns once connected', async () => {
    const waits: number[] = [];
    const reasons: string[] = [];
    let calls = 0;
    const result = await connectWithRetry(
      async () => {
        if (++calls < 6) throw offline;
        return 'connected';
      },
      { firstDelayMs: 5, maxDelayMs: 40, sleep: async (ms) => void waits.push(ms), onRetry: (reason) => reasons.push(reason) },
    );
    expect(result).toBe('connected');
    expect(waits).toEqual([5, 10, 20, 40, 40]);
    expect(new Set(reasons)).toEqual(new Set(['getaddrinfo ENOTFOUND discord.com']));
  });
  it('gives up at once, in one line, when the token is refused', async () => {
    const refused = Object.assign(new Error('An invalid token was provided.'), { code: 'TokenInvalid' });
    let calls = 0;
    const attempt = connectWithRetry(
      async () => {
        calls++;
        throw refused;
      },
      { sleep: async () => undefined, onRetry: () => undefined },
    );
    await expect(attempt).rejects.toThrow(new FatalConnectError('Discord refused the token (DISCORD_TOKEN): An invalid token was provided.'));
    expect(calls).toBe(1);
  });
  it('keeps every reason to one line, with secrets redacted', () => {
    const failure = classifyConnectError(new Error('boom\n    at somewhere (x.ts:1:1) SECRET'), (t) => t.replace('SECRET', '[redacted]'));
    expect(failure).toEqual({ retry: true, reason: 'boom' });
    expect(classifyConnectError(Object.assign(new Error('401: Unauthorized'), { status: 401 })).retry).toBe(false);
  });
});
