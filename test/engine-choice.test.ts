import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/app/config.js';
import { readIndexManifest } from '../src/corpus-index/index-store.js';
import { indexDir, openCorpusIndex } from '../src/corpus-index/open-index.js';
import { chooseEngine, engineChoiceFrom, MINISEARCH_MAX_PARAGRAPHS } from '../src/search/engine-choice.js';

const fixture = join(import.meta.dirname, 'fixtures', 'mini-corpus');
const temp = mkdtempSync(join(tmpdir(), 'sumber-engine-choice-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('which engine serves', () => {
  it('is MiniSearch up to the threshold and the compact engine above it, under auto', () => {
    expect(chooseEngine('auto', 1).name).toBe('minisearch');
    expect(chooseEngine('auto', MINISEARCH_MAX_PARAGRAPHS).name).toBe('minisearch');
    expect(chooseEngine('auto', MINISEARCH_MAX_PARAGRAPHS + 1).name).toBe('compact');
    expect(chooseEngine('auto', MINISEARCH_MAX_PARAGRAPHS + 1).why).toMatch(/auto: .* paragraphs, above MiniSearch's/u);
  });

  it('is the one named by SUMBER_ENGINE whatever the size, and says so', () => {
    expect(chooseEngine('compact', 10)).toEqual({ name: 'compact', why: 'SUMBER_ENGINE=compact' });
    expect(chooseEngine('minisearch', 10 * MINISEARCH_MAX_PARAGRAPHS)).toEqual({ name: 'minisearch', why: 'SUMBER_ENGINE=minisearch' });
  });

  it('reads SUMBER_ENGINE (empty: auto) and refuses another value with a clear error', () => {
    expect(engineChoiceFrom({})).toBe('auto');
    expect(engineChoiceFrom({ SUMBER_ENGINE: ' ' })).toBe('auto');
    expect(engineChoiceFrom({ SUMBER_ENGINE: 'compact' })).toBe('compact');
    expect(() => engineChoiceFrom({ SUMBER_ENGINE: 'lucene' })).toThrow(/SUMBER_ENGINE must be one of auto, minisearch, compact/u);
    expect(parseConfig({}).SUMBER_ENGINE).toBe('auto');
    expect(parseConfig({ SUMBER_ENGINE: 'minisearch' }).SUMBER_ENGINE).toBe('minisearch');
    expect(() => parseConfig({ SUMBER_ENGINE: 'lucene' })).toThrow(ConfigError);
  });

  it('is named in the manifest, and a saved index of another engine than the one chosen is rebuilt', () => {
    const dir = join(temp, 'corpus');
    cpSync(fixture, dir, { recursive: true });
    const first = openCorpusIndex(dir, { write: true });
    expect(first.engine.name).toBe('minisearch');
    expect(readIndexManifest(indexDir(dir))).toMatchObject({ engine: 'minisearch', engineVersion: expect.any(String) });
    expect(openCorpusIndex(dir, { write: true }).status).toBe('loaded');
    const compact = openCorpusIndex(dir, { write: true, engine: 'compact' });
    expect(compact.status).toBe('rebuilt');
    expect(compact.reason).toBe('the saved index is of the minisearch engine, and compact is chosen (SUMBER_ENGINE=compact)');
    expect(readIndexManifest(indexDir(dir))!.engine).toBe('compact');
    const again = openCorpusIndex(dir, { write: true, engine: 'compact' });
    expect(again.status).toBe('loaded');
    expect(again.engine).toEqual({ name: 'compact', why: 'SUMBER_ENGINE=compact' });
    // both answer the same search the same way
    const query = { limit: 5 };
    expect(again.index.searchTop('peluru artileri', query)).toEqual(first.index.searchTop('peluru artileri', query));
  });
});
