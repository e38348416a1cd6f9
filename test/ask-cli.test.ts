import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const temp = mkdtempSync(join(tmpdir(), 'sumber-cli-'));
const data = join(temp, 'corpus');
cpSync(join(import.meta.dirname, 'fixtures', 'mini-corpus'), data, { recursive: true });
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Runs the real CLI the way the README and the scorer do. */
function ask(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/ask.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('ask CLI', () => {
  it('prints exactly one JSON object with the contract for search', () => {
    const run = ask('search', 'peluru', 'artileri', '--limit', '2', '--json', '--data', data);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(Object.keys(out)).toEqual(['command', 'query', 'results']);
    expect(out).toMatchObject({ command: 'search', query: 'peluru artileri' });
    expect(out.results.length).toBeGreaterThan(0);
    expect(out.results.length).toBeLessThanOrEqual(2);
    expect(Object.keys(out.results[0])).toEqual(['text', 'score', 'citation']);
    expect(Object.keys(out.results[0].citation)).toEqual(['article', 'outlet', 'published', 'approximate', 'title', 'url', 'paragraph']);
  });
  it('lists sources with their metadata and reports unusable files on stderr only', () => {
    const run = ask('sources', '--json', '--data', data);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.results.map((r: { article: string }) => r.article)).toEqual(['a_kompas.txt', 'b_antara.txt', 'c_english.txt', 'd_nodate.txt']);
    expect(Object.keys(out.results[0])).toEqual(['article', 'outlet', 'published', 'approximate', 'title', 'url', 'language', 'paragraphs']);
    expect(run.stderr).toContain('e_empty.txt: is empty');
    expect(run.stderr).toContain('f_binary.txt: is not text');
  });
  it.each([
    ['search', 'constructor'],
    ['who-said', 'constructors'],
    ['timeline', 'North constructor'],
    ['denials', '--party', '__proto__'],
  ])('answers %s %s like any other word (a JavaScript name is not a glossary entry)', (...args) => {
    const run = ask(...args, '--json', '--data', data);
    expect(run.stderr).not.toMatch(/\w*Error\b/u);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).results).toEqual(expect.any(Array));
  });
  it('renders readable text without --json', () => {
    const run = ask('search', 'Peskov', '--data', data);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Dmitry Peskov/u);
    expect(run.stdout).toMatch(/beritaku\.id · date unknown · Rusia Bantah Terima Senjata dari Korut · paragraph 2/u);
  });
  it.each([
    [['frobnicate'], /unknown command "frobnicate"/u],
    [['search', 'x', '--colour', 'red'], /unknown flag --colour/u],
    [['search', '--json'], /query: is required/u],
    [['search', 'a'.repeat(201)], /longer than 200 characters/u],
    [['search', 'kontainer\u0007'], /control characters/u],
    [['search', 'kontainer', '--limit', '0'], /limit: must be at least 1/u],
  ])('refuses bad input %j with a message and exit status 2', (args, message) => {
    const run = ask(...args, '--data', data);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });
  it('prints usage and exits 2 with no command', () => {
    const run = ask();
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/no command given\nusage: npm run --silent ask/u);
  });
  it('names the file and the field of a malformed sources.json, and still answers', () => {
    const broken = join(temp, 'broken');
    cpSync(data, broken, { recursive: true });
    writeFileSync(join(broken, 'sources.json'), '[{"article":"b_antara.txt","published":"yesterday"}]');
    const run = ask('sources', '--json', '--data', broken);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/sources\.json: entry 1 \(b_antara\.txt\): field "published"/u);
    expect(JSON.parse(run.stdout).results).toHaveLength(4);
  });
});
