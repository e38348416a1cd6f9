import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { buildIndex } from '../src/corpus-index/build-index.js';
import { createCorpusIndex } from '../src/corpus-index/create-corpus-index.js';
import { loadIndex, readIndexManifest, saveIndex } from '../src/corpus-index/index-store.js';
import { indexDir, openCorpusIndex } from '../src/corpus-index/open-index.js';
import { rankedParagraphs } from './ranked-paragraphs.js';

// Every file write of the save goes through here; `failAt` makes the n-th one fail as a full disk
// (or a kill) would, so that a save can be stopped at each of its steps in turn.
const writes = vi.hoisted(() => ({ count: 0, failAt: -1 }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const writeFileSync: typeof fs.writeFileSync = (...args) => {
    if (writes.failAt >= 0 && writes.count++ === writes.failAt)
      throw Object.assign(new Error('ENOSPC: no space left on device (simulated)'), { code: 'ENOSPC' });
    return fs.writeFileSync(...args);
  };
  return { ...fs, default: { ...fs, writeFileSync }, writeFileSync };
});

const fixture = join(import.meta.dirname, 'fixtures', 'mini-corpus');
const temp = mkdtempSync(join(tmpdir(), 'sumber-atomic-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('saving an index', () => {
  it('is atomic: a save stopped at any of its writes leaves the previous index whole and served', () => {
    const dir = join(temp, 'corpus');
    cpSync(fixture, dir, { recursive: true });
    const first = openCorpusIndex(dir, { write: true });
    expect(first.status).toBe('built');
    const expected = rankedParagraphs(first.index, 'peluru artileri');
    const manifest = readIndexManifest(indexDir(dir))!;
    // the index saved over it is of a changed corpus: every file differs from the one it replaces
    const changed = join(temp, 'changed');
    cpSync(fixture, changed, { recursive: true });
    appendFileSync(join(changed, 'articles', 'b_antara.txt'), '\nSebuah paragraf baru tentang peluru artileri ditambahkan untuk pengujian.\n');
    const built = buildIndex(loadCorpus(changed), undefined, undefined, manifest.engine);
    // the save's writes: count them once, then stop it at the first few, at spaced ones and at the last (the manifest)
    writes.count = 0;
    writes.failAt = Number.MAX_SAFE_INTEGER;
    saveIndex(join(temp, 'count-only'), built, manifest);
    const total = writes.count;
    const at = [...new Set([0, 1, 2, 3, ...Array.from({ length: 12 }, (_, i) => Math.floor(((i + 1) * total) / 13)), total - 1, total])];
    let stops = 0;
    for (const n of at) {
      writes.count = 0;
      writes.failAt = n;
      let stopped = false;
      try {
        saveIndex(indexDir(dir), built, { ...manifest, builtAt: `save stopped at write ${n}` });
      } catch {
        stopped = true;
      }
      writes.failAt = -1;
      expect(stopped, `stopped at write ${n} of ${total}`).toBe(n < total);
      if (!stopped) break;
      stops++;
      // the previous index, whole: its manifest, and every file passing its checksum as it loads
      expect(readIndexManifest(indexDir(dir))?.builtAt, `stopped at write ${n}`).toBe(manifest.builtAt);
      const { snapshot, engine } = loadIndex(indexDir(dir));
      expect(rankedParagraphs(createCorpusIndex(snapshot, engine), 'peluru artileri')).toEqual(expected);
      // a failed save cleans up after itself
      expect(readdirSync(dir).filter((f) => f.includes('.tmp-') || f.includes('.old-'))).toEqual([]);
    }
    expect(stops).toBe(at.length - 1);
    // the last save went through: the new index, whole
    expect(readIndexManifest(indexDir(dir))?.builtAt).toBe(`save stopped at write ${total}`);
    const { snapshot, engine } = loadIndex(indexDir(dir));
    expect(rankedParagraphs(createCorpusIndex(snapshot, engine), 'peluru artileri')).not.toEqual(expected);
  });
});
