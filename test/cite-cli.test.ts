import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
// The bundled corpus, read from memory (`--data` writes nothing into the folder).
const bundled = join(root, 'index-data');

interface CiteJson {
  command: string;
  query: string;
  results: {
    text: string;
    verdict: string;
    differences: { kind: string; claim?: string; source?: string }[];
    speaker: string | null;
    direct: boolean;
    citation: { article: string; outlet: string | null; paragraph: number };
  }[];
}

/** `npm run --silent ask -- cite <claim> --json` as the scorer runs it. */
function askCite(claim: string): CiteJson {
  const { SUMBER_DATA_DIR: _ignored, ...env } = process.env;
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/transports/cli/ask.ts', 'cite', claim, '--json', '--data', bundled], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as CiteJson;
}

const KIRBY = 'Kami mengutuk DPRK karena menyediakan peralatan militer ini kepada Rusia';
/** The passage of issue 14's examples: EGINDO, paragraph 3, John Kirby's quote. */
const isKirbyQuote = (r: CiteJson['results'][number]) => r.citation.outlet === 'EGINDO.co' && r.citation.paragraph === 3;

// Issue 14's examples, on the bundled corpus, through the CLI's JSON contract.
describe('ask cite --json on the bundled corpus (issue 14’s examples)', () => {
  it('a quote word for word: EGINDO, paragraph 3, verbatim, speaker John Kirby', () => {
    const out = askCite(KIRBY);
    expect(Object.keys(out).slice(0, 3)).toEqual(['command', 'query', 'results']);
    expect(out).toMatchObject({ command: 'cite', query: KIRBY });
    const top = out.results[0]!;
    expect(isKirbyQuote(top)).toBe(true);
    expect(top).toMatchObject({ verdict: 'verbatim', speaker: 'John Kirby', direct: true, differences: [] });
    expect(top.text.startsWith(KIRBY)).toBe(true);
    expect(Object.keys(top)).toEqual(['text', 'verdict', 'differences', 'speaker', 'direct', 'citation']);
  });

  it('the quote with other words: the same passage, altered, with the changes listed', () => {
    const top = askCite('Kami mengutuk Korea Utara karena memasok senjata kepada Rusia').results[0]!;
    expect(isKirbyQuote(top)).toBe(true);
    expect(top.verdict).toBe('altered');
    expect(top.differences.length).toBeGreaterThan(0);
    expect(top.differences).toContainEqual({ kind: 'changed', claim: 'Korea Utara', source: 'DPRK' });
    for (const d of top.differences) expect(d.kind).toBe('changed');
  });

  it('the quote given to Lavrov: the same passage, with a speaker difference naming Kirby', () => {
    const top = askCite(`Lavrov: ${KIRBY}`).results[0]!;
    expect(isKirbyQuote(top)).toBe(true);
    expect(top.verdict).toBe('verbatim');
    expect(top.differences).toEqual([{ kind: 'speaker', claim: 'Lavrov', source: 'John Kirby' }]);
  });

  it('the quote in English: the same passage among the first three, not verbatim', () => {
    const out = askCite('We condemn the DPRK for providing this military equipment to Russia');
    const found = out.results.slice(0, 3).find(isKirbyQuote);
    expect(found).toBeDefined();
    expect(found!.verdict).not.toBe('verbatim');
    expect(out.results.every((r) => r.verdict !== 'verbatim')).toBe(true);
  });

  it('a claim no article makes: no verbatim or altered result', () => {
    const out = askCite('Korea Utara mengirim 50.000 tank ke Brasil');
    for (const r of out.results) expect(['related', 'translated']).toContain(r.verdict);
    expect(out.results.some((r) => r.verdict === 'verbatim' || r.verdict === 'altered')).toBe(false);
  });

  it('the issue’s own case: "North Korea says it never sent arms to Russia" finds the denial, translated, the negation kept', () => {
    const top = askCite('North Korea says it never sent arms to Russia').results[0]!;
    expect(top.verdict).toBe('translated');
    expect(top.text).toMatch(/tidak pernah memasok senjata ke Rusia/u);
    expect(top.speaker).toBe('Korea Utara');
  });

  it('says so in text: "Not found in the corpus"', () => {
    const { SUMBER_DATA_DIR: _ignored, ...env } = process.env;
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/transports/cli/ask.ts', 'cite', 'Korea Utara mengirim 50.000 tank ke Brasil', '--data', bundled],
      { cwd: root, env, encoding: 'utf8', timeout: 60_000 },
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Not found in the corpus/u);
  });
});
