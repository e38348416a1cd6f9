import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { executeCommand } from '../src/app/execute-command.js';
import { IndexFileReader, IndexFileWriter, readArray, writeArray } from '../src/corpus-index/binary-files.js';
import type { CorpusIndex } from '../src/corpus-index/corpus-index.js';
import { clearSaveLeftovers, readIndexManifest } from '../src/corpus-index/index-store.js';
import { indexDir, openCorpusIndex } from '../src/corpus-index/open-index.js';
import { ENGINE_NAMES, type EngineName } from '../src/search/paragraph-engine.js';

const fixture = join(import.meta.dirname, 'fixtures', 'mini-corpus');
const temp = mkdtempSync(join(tmpdir(), 'sumber-integrity-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
let copies = 0;
/** A fresh copy of the mini corpus with its index built and saved. */
function savedCorpus(engine: EngineName = 'minisearch'): string {
  const dir = join(temp, `corpus-${copies++}`);
  cpSync(fixture, dir, { recursive: true });
  expect(openCorpusIndex(dir, { write: true, engine }).status).toBe('built');
  return dir;
}

/** Every command's answer to a few queries, as JSON: two indexes answer alike when these are equal. */
function answers(index: CorpusIndex): string {
  const asked: [Parameters<typeof executeCommand>[0], Record<string, string>][] = [
    ['search', { query: 'peluru artileri' }],
    ['search', { query: 'North Korea denies supplying weapons' }],
    ['search', { query: 'Peskov' }],
    ['who-said', {}],
    ['who-said', { topic: 'senjata' }],
    ['timeline', {}],
    ['denials', {}],
    ['sources', {}],
  ];
  return JSON.stringify(asked.map(([name, options]) => executeCommand(name, options, { index, locale: 'en' })));
}

const reference = answers(openCorpusIndex(fixture, { write: false }).index);

describe.each(ENGINE_NAMES)('a saved index of the %s engine that is damaged', (engine) => {
  it('is never served: every single-byte change to any of its files is found and rebuilt, or changes nothing', () => {
    const dir = savedCorpus(engine);
    const files = readdirSync(indexDir(dir)).sort();
    expect(files.length).toBeGreaterThan(20);
    const silentlyWrong: string[] = [];
    files.forEach((file, i) => {
      const path = join(indexDir(dir), file);
      const original = readFileSync(path);
      const at = (i * 7919) % original.length;
      const damaged = Buffer.from(original);
      damaged[at] = damaged[at]! ^ 0x04;
      writeFileSync(path, damaged);
      try {
        const opened = openCorpusIndex(dir, { engine, write: false });
        if (answers(opened.index) !== reference) silentlyWrong.push(`${file}@${at}: ${opened.status}`);
        // only the manifest's own bookkeeping (build time, counts) may change without a rebuild
        if (file !== 'manifest.json') expect(opened.status, `${file}@${at}`).toBe('rebuilt');
      } finally {
        writeFileSync(path, original);
      }
    });
    expect(silentlyWrong).toEqual([]);
  });

  it('is rebuilt (and saved again) when a file is truncated or missing, with the reason', () => {
    const dir = savedCorpus(engine);
    const texts = join(indexDir(dir), 'textBytes.bin');
    writeFileSync(texts, readFileSync(texts).subarray(0, 10));
    const opened = openCorpusIndex(dir, { engine, write: true });
    expect(opened.status).toBe('rebuilt');
    expect(opened.reason).toMatch(/could not be read \(binary-files: textBytes\.bin has 10 bytes/u);
    expect(answers(opened.index)).toBe(reference);
    rmSync(join(indexDir(dir), engine === 'compact' ? 'docIds.bin' : 'minisearch-terms-0.json'));
    expect(openCorpusIndex(dir, { engine, write: true }).status).toBe('rebuilt');
    expect(openCorpusIndex(dir, { engine, write: true }).status).toBe('loaded');
  });

  it('is rebuilt when its files each match their checksums but not each other (arrays of different lengths)', () => {
    const dir = savedCorpus(engine);
    const index = indexDir(dir);
    const layout = JSON.parse(readFileSync(join(index, 'layout.json'), 'utf8')) as { arrays: Record<string, { file: string; length: number }> };
    const numbers = layout.arrays.numbers!;
    // One paragraph number fewer, consistently in the array file, the layout and the checksums:
    // only the shapes of the arrays against each other can tell.
    const shorter = readFileSync(join(index, numbers.file)).subarray(0, (numbers.length - 1) * 4);
    layout.arrays.numbers = { ...numbers, length: numbers.length - 1 };
    const layoutText = Buffer.from(JSON.stringify(layout), 'utf8');
    writeFileSync(join(index, numbers.file), shorter);
    writeFileSync(join(index, 'layout.json'), layoutText);
    const manifest = JSON.parse(readFileSync(join(index, 'manifest.json'), 'utf8')) as { files: Record<string, { bytes: number; crc32: number }> };
    manifest.files[numbers.file] = { bytes: shorter.byteLength, crc32: crc32(shorter) };
    manifest.files['layout.json'] = { bytes: layoutText.byteLength, crc32: crc32(layoutText) };
    writeFileSync(join(index, 'manifest.json'), JSON.stringify(manifest));
    const opened = openCorpusIndex(dir, { engine, write: true });
    expect(opened.status).toBe('rebuilt');
    expect(opened.reason).toMatch(/could not be read \(.*different lengths/u);
    expect(answers(opened.index)).toBe(reference);
  });
});

describe('saved arrays', () => {
  it('are read back only with the length recorded for them', () => {
    const dir = join(temp, 'arrays');
    mkdirSync(dir);
    const out = new IndexFileWriter(dir);
    const entry = writeArray(out, 'numbers', Uint32Array.from([1, 2, 3, 4]));
    const from = new IndexFileReader(dir, out.sums());
    expect([...readArray(from, entry)]).toEqual([1, 2, 3, 4]);
    // the file is intact (its checksum holds) but the layout asks for another length
    expect(() => readArray(from, { ...entry, length: 5 })).toThrow(/has 16 bytes, expected 5 u32/u);
    expect(() => readArray(from, { ...entry, length: 3 })).toThrow(/expected 3 u32/u);
  });
});

describe('a corpus folder that gives fewer readable articles than the saved index holds', () => {
  it('keeps serving the saved index when articles/ is missing, and saves nothing over it', () => {
    const dir = savedCorpus();
    const manifest = readFileSync(join(indexDir(dir), 'manifest.json'), 'utf8');
    renameSync(join(dir, 'articles'), join(dir, 'articles-away'));
    const opened = openCorpusIndex(dir, { write: true });
    expect(opened.status).toBe('kept');
    expect(opened.index.articles).toHaveLength(4);
    expect(answers(opened.index)).toBe(reference);
    expect(opened.warnings.join('\n')).toMatch(/articles\/ cannot be read: keeping the saved index \(4 articles/u);
    expect(readFileSync(join(indexDir(dir), 'manifest.json'), 'utf8')).toBe(manifest);
    renameSync(join(dir, 'articles-away'), join(dir, 'articles'));
    expect(openCorpusIndex(dir, { write: true }).status).toBe('loaded');
  });

  it('keeps it when the files are there but none can be read', () => {
    const dir = savedCorpus();
    for (const file of readdirSync(join(dir, 'articles'))) {
      rmSync(join(dir, 'articles', file));
      mkdirSync(join(dir, 'articles', file)); // unreadable as a file, even by root
    }
    const opened = openCorpusIndex(dir, { write: true });
    expect(opened.status).toBe('kept');
    expect(opened.warnings.join('\n')).toMatch(
      /the corpus gives 0 readable articles where the saved index holds 4 \(a_kompas\.txt: cannot be read \(EISDIR\), and 5 more unreadable\): keeping/u,
    );
    expect(readIndexManifest(indexDir(dir))?.articles).toBe(4);
  });

  it('keeps it when some files cannot be read, though others can', () => {
    const dir = savedCorpus();
    for (const file of ['a_kompas.txt', 'b_antara.txt']) {
      rmSync(join(dir, 'articles', file));
      mkdirSync(join(dir, 'articles', file));
    }
    const opened = openCorpusIndex(dir, { write: true });
    expect(opened.status).toBe('kept');
    expect(answers(opened.index)).toBe(reference);
  });

  it('replaces it, saying so, when article files were removed', () => {
    const dir = savedCorpus();
    rmSync(join(dir, 'articles', 'a_kompas.txt'));
    const opened = openCorpusIndex(dir, { write: true });
    expect(opened.status).toBe('rebuilt');
    expect(opened.index.articles).toHaveLength(3);
    expect(opened.warnings.join('\n')).toMatch(
      /the corpus gives 3 readable articles where the saved index holds 4: the saved index is replaced by the smaller one/u,
    );
    expect(readIndexManifest(indexDir(dir))?.articles).toBe(3);
  });

  it('refuses to save an empty index over it even when a rebuild is forced', () => {
    const dir = savedCorpus();
    rmSync(join(dir, 'articles'), { recursive: true });
    mkdirSync(join(dir, 'articles'));
    const opened = openCorpusIndex(dir, { write: true, force: true });
    expect(opened.index.articles).toHaveLength(0);
    expect(opened.saveError).toMatch(/not saving an index of 0 articles over the saved one of 4/u);
    expect(readIndexManifest(indexDir(dir))?.articles).toBe(4);
  });
});

describe('leftovers of a save killed part-way', () => {
  const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

  it('are removed at the next start (a staging folder of a process that is gone)', () => {
    const dir = savedCorpus();
    const staging = `${indexDir(dir)}.tmp-${deadPid()}`;
    mkdirSync(staging);
    writeFileSync(join(staging, 'docIds.bin'), 'half written');
    const opened = openCorpusIndex(dir, { write: true });
    expect(opened.status).toBe('loaded');
    expect(existsSync(staging)).toBe(false);
    expect(opened.warnings.join('\n')).toMatch(/removed index\.tmp-\d+, left by an interrupted save/u);
  });

  it('put the previous index back when a save was killed between its two renames', () => {
    const dir = savedCorpus();
    const retired = `${indexDir(dir)}.old-${deadPid()}`;
    renameSync(indexDir(dir), retired);
    expect(clearSaveLeftovers(indexDir(dir))).toEqual([expect.stringMatching(/^restored index\.old-\d+/u)]);
    expect(openCorpusIndex(dir, { write: true }).status).toBe('loaded');
  });

  it('leave a save in progress in a running process alone, and are git-ignored', () => {
    const dir = savedCorpus();
    const running = `${indexDir(dir)}.tmp-${process.ppid}`;
    mkdirSync(running);
    expect(clearSaveLeftovers(indexDir(dir))).toEqual([]);
    expect(existsSync(running)).toBe(true);
    const ignored = spawnSync('git', ['check-ignore', 'index-data/index.tmp-123/x.bin', 'index-data/index.old-123/x.bin'], {
      cwd: join(import.meta.dirname, '..'),
    });
    expect(ignored.status).toBe(0);
  });
});
