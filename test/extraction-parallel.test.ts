import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../src/app/paths.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { extractAll } from '../src/extract/index.js';

const corpora = [
  defaultDataDir,
  fileURLToPath(new URL('./fixtures/holdout/', import.meta.url)),
  fileURLToPath(new URL('./fixtures/mini-corpus/', import.meta.url)),
];

describe('loading and extraction in worker threads', () => {
  it('give the same articles and records as in one thread, every chunk done by a worker', () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./fixtures/extract-in-workers.ts', import.meta.url)), ...corpora], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      timeout: 90_000,
    });
    expect(child.status, child.stderr).toBe(0);
    type Stats = { chunks: number; byWorkers: number };
    const runs = JSON.parse(child.stdout) as { dir: string; loading: Stats; corpus: unknown; stats: Stats; records: unknown }[];
    expect(runs).toHaveLength(corpora.length);
    // through JSON, as the child's results came
    const viaJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
    for (const run of runs) {
      for (const shared of [run.loading, run.stats]) {
        expect(shared.chunks).toBeGreaterThan(1);
        expect(shared.byWorkers, run.dir).toBe(shared.chunks);
      }
      const corpus = loadCorpus(run.dir, { workers: 0 });
      expect(run.corpus, run.dir).toEqual(viaJson(corpus));
      expect(run.records, run.dir).toEqual(viaJson(extractAll(corpus.articles, { workers: 0 })));
    }
  }, 120_000);

  it('hand one job more to a worker kept after the map, or do it here when the worker cannot', () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./fixtures/offload-job.ts', import.meta.url))], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      encoding: 'utf8',
      timeout: 90_000,
    });
    expect(child.status, child.stderr).toBe(0);
    type Run = { groups: number[]; mapped: string[]; local: number };
    const { expected, byWorker, failing } = JSON.parse(child.stdout) as { expected: Omit<Run, 'local'>; byWorker: Run; failing: Run };
    // the job's result is the same wherever it ran
    for (const run of [byWorker, failing]) expect({ groups: run.groups, mapped: run.mapped }).toEqual(expected);
    // a worker free and given time takes the job; a job it cannot do is done here
    expect(byWorker.local).toBe(0);
    expect(failing.local).toBe(1);
  }, 120_000);
});
