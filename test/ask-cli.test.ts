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
  return askWith({}, ...args);
}

/** The CLI with extra environment variables (SUMBER_DATA_DIR); a developer's own SUMBER_DATA_DIR is never inherited. */
function askWith(env: Record<string, string>, ...args: string[]) {
  const { SUMBER_DATA_DIR: _ignored, ...inherited } = process.env;
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/transports/cli/ask.ts', ...args], {
    cwd: root,
    env: { ...inherited, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('ask CLI', () => {
  it('prints exactly one JSON object with the contract for search', () => {
    const run = ask('search', 'peluru', 'artileri', '--limit', '2', '--json', '--data', data);
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    // the evaluation's contract comes first; the count and the page are added after it
    expect(Object.keys(out)).toEqual(['command', 'query', 'results', 'total', 'page', 'pages', 'matchRule']);
    expect(out.matchRule).toEqual({ required: 2, concepts: 2 });
    expect(out).toMatchObject({ command: 'search', query: 'peluru artileri', page: 1 });
    // (a search's total counts paragraphs holding most of the query's ideas; weaker ones still fill the page)
    expect(out.pages).toBe(Math.max(1, Math.ceil(Math.max(out.total, out.results.length) / 2)));
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
    [['search', 'kontainer', '--limit'], /--limit needs a value/u],
    [['search', 'kontainer', '--limit', '-3'], /--limit needs a value \(for a value starting with "-", write --limit=VALUE\)/u],
    [['search', 'kontainer', '--limit', '2', '--limit', '3'], /--limit was given 2 times/u],
    [['search', 'kontainer', '--json=maybe'], /--json takes no value, or true\/false/u],
    [['search', 'kontainer', '--query', 'amunisi'], /give the query either as words or as --query, not both/u],
    [['sources', '--speaker', 'Kirby'], /unknown flag --speaker for sources/u],
    [['help', 'me'], /help takes no words/u],
    [['search', 'kontainer', '--page', '0'], /page: must be a whole number from 1/u],
    [['timeline', '--from', '2023-13'], /\nask: from: [^;\n]*\n$/u],
  ])('refuses bad input %j with a message and exit status 2', (args, message) => {
    const run = ask(...args, '--data', data);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });
  it.each([['--help'], ['-h'], ['search', '--help'], ['who-said', '-h']])('%j prints the usage on stdout and exits 0', (...args) => {
    const run = ask(...args);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^usage: npm run --silent ask -- <command>/u);
    expect(run.stderr).toBe('');
  });
  it('accepts --json=true as --json, and --json=false as no --json', () => {
    expect(JSON.parse(ask('search', 'Peskov', '--json=true', '--data', data).stdout)).toMatchObject({ command: 'search' });
    expect(ask('search', 'Peskov', '--json=false', '--data', data).stdout).toMatch(/^Search — Peskov\n1\. /u);
  });
  it('turns pages: page 2 continues the ranking of page 1', () => {
    const all = JSON.parse(ask('search', 'Korea', '--limit', '4', '--json', '--data', data).stdout);
    const second = JSON.parse(ask('search', 'Korea', '--limit', '2', '--page', '2', '--json', '--data', data).stdout);
    expect(all.results.length).toBe(4);
    expect(second).toMatchObject({ page: 2, total: all.total });
    expect(second.results).toEqual(all.results.slice(2, 4));
    const text = ask('search', 'Korea', '--limit', '2', '--page', '2', '--data', data).stdout;
    expect(text).toMatch(/^Search — Korea\n3\. /u);
    expect(text).toMatch(/results 3–4 of \d+; page 2 of \d+; --page 3 for more or --page 1 for the previous/u);
  });
  it('names a corpus folder that does not exist, with exit status 2', () => {
    const run = ask('search', 'kontainer', '--data', join(temp, 'no-such-folder'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`there is no folder ${join(temp, 'no-such-folder')} (from --data)`);
    expect(run.stdout).toBe('');
  });
  it('answers from SUMBER_DATA_DIR when no --data is given, and --data wins over it', () => {
    const fromEnv = askWith({ SUMBER_DATA_DIR: data }, 'sources', '--json');
    expect(fromEnv.status).toBe(0);
    expect(JSON.parse(fromEnv.stdout).results.map((r: { article: string }) => r.article)).toContain('a_kompas.txt');
    const wrongEnv = askWith({ SUMBER_DATA_DIR: join(temp, 'nowhere') }, 'sources', '--json');
    expect(wrongEnv.status).toBe(2);
    expect(wrongEnv.stderr).toMatch(/no folder .*nowhere \(from SUMBER_DATA_DIR\)/u);
    expect(askWith({ SUMBER_DATA_DIR: join(temp, 'nowhere') }, 'sources', '--json', '--data', data).status).toBe(0);
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
