import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { percentile } from '../bench/latency.js';
import { Random } from '../bench/random.js';
import { parseBenchArgs } from '../bench/run-bench.js';
import { writeSyntheticCorpus } from '../bench/synthetic-corpus.js';
import { syntheticName, syntheticWord } from '../bench/synthetic-words.js';
import { defaultDataDir } from '../src/app/paths.js';
import { INDEX_PROCESS_FLAGS } from '../src/corpus/index-time-tuning.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { tokenize } from '../src/language/tokenize.js';

const temp = mkdtempSync(join(tmpdir(), 'sumber-bench-corpus-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const seeds = loadCorpus(defaultDataDir).articles;
const generate = (paragraphs: number, seed: number, name: string) => {
  const dir = join(temp, name);
  const stats = writeSyntheticCorpus(seeds, { paragraphs, seed, dir });
  const texts = readdirSync(join(dir, 'articles'))
    .sort()
    .map((f) => readFileSync(join(dir, 'articles', f), 'utf8'));
  return { dir, stats, texts };
};

describe('synthetic corpus', () => {
  it('is the same for the same seed and size, and different for another seed', () => {
    expect(generate(300, 7, 'a').texts).toEqual(generate(300, 7, 'b').texts);
    expect(generate(300, 8, 'c').texts).not.toEqual(generate(300, 7, 'd').texts);
  });

  it('writes the paragraphs asked for, as articles the corpus loader reads with their outlet and date', () => {
    const { dir, stats } = generate(400, 3, 'e');
    expect(stats.paragraphs).toBe(400);
    const loaded = loadCorpus(dir);
    expect(loaded.problems).toEqual([]);
    expect(loaded.articles.length).toBe(stats.articles);
    const paragraphs = loaded.articles.reduce((n, a) => n + a.paragraphs.length, 0);
    expect(paragraphs).toBeGreaterThan(stats.paragraphs * 0.95);
    for (const a of loaded.articles) {
      expect(a.outlet).toMatch(/news/iu);
      expect(a.published).toMatch(/^202[2-4]-\d\d-\d\d$/u);
    }
  });

  it('grows its vocabulary with its size while common words stay common', () => {
    const vocabulary = (texts: readonly string[]) => new Set(texts.flatMap((t) => tokenize(t.toLowerCase())));
    const small = generate(500, 1, 'f').texts;
    const large = generate(2000, 1, 'g').texts;
    expect(vocabulary(large).size).toBeGreaterThan(vocabulary(small).size * 1.3);
    const share = (texts: readonly string[], word: string) =>
      texts
        .join('\n')
        .split(/\n\n/u)
        .filter((p) => p.includes(word)).length / texts.join('\n').split(/\n\n/u).length;
    expect(share(large, 'Korea')).toBeGreaterThan(0.3);
  });
});

describe('bench helpers', () => {
  it('draws made-up words that are distinct per rank', () => {
    const words = Array.from({ length: 5000 }, (_, r) => syntheticWord(r));
    expect(new Set(words).size).toBe(words.length);
    expect(syntheticName(3)).toMatch(/^\p{Lu}\p{Ll}+$/u);
  });

  it('repeats its random draws for a seed, and its Zipf ranks favour small ranks without a bound', () => {
    const a = new Random(5);
    const b = new Random(5);
    const draws = Array.from({ length: 1000 }, () => a.zipf(1.3));
    expect(Array.from({ length: 1000 }, () => b.zipf(1.3))).toEqual(draws);
    expect(draws.filter((r) => r === 0).length).toBeGreaterThan(draws.filter((r) => r === 10).length);
    expect(Math.min(...draws)).toBe(0);
  });

  it('reads percentiles by nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile([4], 99)).toBe(4);
    expect(percentile([], 50)).toBeNaN();
  });

  it('parses the command line and rejects what it does not know', () => {
    expect(parseBenchArgs([])).toMatchObject({ paragraphs: 100_000, json: false, skipPeers: [] });
    expect(parseBenchArgs(['--paragraphs', '1_000_000', '--json', '--skip-peers', 'orama,minisearch_default'])).toMatchObject({
      paragraphs: 1_000_000,
      json: true,
      skipPeers: ['orama', 'minisearch_default'],
    });
    expect(() => parseBenchArgs(['--paragraphs', 'many'])).toThrow(/whole number/u);
    expect(() => parseBenchArgs(['--skip-peers', 'lucene'])).toThrow(/unknown peer/u);
    expect(() => parseBenchArgs(['--fast'])).toThrow(/unknown argument/u);
  });
});

describe('the benchmark build', () => {
  it('runs with the Node flags of `npm run index`, which it stands for', () => {
    const scripts = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const index = scripts.index!.split(/\s+/u);
    expect(INDEX_PROCESS_FLAGS.length).toBeGreaterThan(0);
    for (const flag of INDEX_PROCESS_FLAGS) expect(index.slice(0, index.indexOf('src/transports/cli/build-index.ts'))).toContain(flag);
    // and the serving scripts do not (their settled memory would grow)
    for (const name of ['start', 'serve', 'ask']) for (const flag of INDEX_PROCESS_FLAGS) expect(scripts[name]).not.toContain(flag);
  });
});
