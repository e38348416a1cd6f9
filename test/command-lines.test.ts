import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const temp = mkdtempSync(join(tmpdir(), 'sumber-lines-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Runs an entry point as its npm script does, with credentials that would work if it got as far as using them. */
function run(script: string, args: string[], env: Record<string, string> = {}) {
  const { SUMBER_DATA_DIR: _a, DISCORD_TOKEN: _b, ...inherited } = process.env;
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: root,
    env: { ...inherited, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Looks like a bot token and an application id: a deploy that did not stop at the flags would try to use them.
const CREDENTIALS = { DISCORD_TOKEN: `${'M'.repeat(24)}.${'a'.repeat(6)}.${'b'.repeat(38)}`, DISCORD_CLIENT_ID: '123456789012345678' };

describe('npm run deploy', () => {
  it.each([['--dryrun'], ['--dry'], ['dry-run'], ['--dry-run=perhaps']])('refuses %s with the usage and exit status 2, deploying nothing', (flag) => {
    const result = run('src/deploy.ts', [flag], CREDENTIALS);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/nothing was deployed\nusage: npm run deploy/u);
    expect(result.stderr).not.toMatch(/registered|refused/u);
    expect(result.stdout).toBe('');
  });
  it('prints its usage for --help, exit status 0', () => {
    const result = run('src/deploy.ts', ['--help'], CREDENTIALS);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^usage: npm run deploy \[-- --dry-run\]/u);
  });
});

describe('npm run index', () => {
  it.each([['--date', 'x'], ['--data'], ['somewhere'], ['--force']])('refuses %j with the usage and exit status 2', (...args) => {
    const result = run('src/transports/cli/build-index.ts', args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/usage: npm run index/u);
  });
  it('names a missing folder and creates nothing there', () => {
    const missing = join(temp, 'typo');
    const result = run('src/transports/cli/build-index.ts', ['--data', missing]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`there is no folder ${missing} (from --data); nothing was written`);
    expect(existsSync(missing)).toBe(false);
  });
  it('refuses a folder without articles/, writing no index into it', () => {
    const empty = join(temp, 'empty');
    mkdirSync(empty);
    const result = run('src/transports/cli/build-index.ts', [], { SUMBER_DATA_DIR: empty });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/has no articles\/ folder .*\(from SUMBER_DATA_DIR\)/u);
    expect(existsSync(join(empty, 'index'))).toBe(false);
  });
});
