import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { parseManifest } from '../src/corpus/manifest.js';

const fixture = join(import.meta.dirname, 'fixtures', 'mini-corpus');
const temps: string[] = [];
const copyFixture = () => {
  const dir = mkdtempSync(join(tmpdir(), 'sumber-corpus-'));
  temps.push(dir);
  cpSync(fixture, dir, { recursive: true });
  return dir;
};
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('parseManifest: sources.json validation', () => {
  it('names the file, the entry and the field of each error, and keeps the valid entries', () => {
    const { entries, problems } = parseManifest(
      JSON.stringify([
        { article: 'ok.txt', outlet: 'Tempo' },
        { article: 'bad-date.txt', published: '2023-13-45' },
        { article: 'bad-url.txt', url: 'not a url' },
        { article: 'typo.txt', publised: '2023-01-01' },
        { outlet: 'no file name' },
        { article: 'flag.txt', approximate: 'yes' },
      ]),
    );
    // an entry with a bad field keeps its other fields (issue 15); one without a usable file name is dropped
    expect([...entries.keys()]).toEqual(['ok.txt', 'bad-date.txt', 'bad-url.txt', 'typo.txt', 'flag.txt']);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^entry 2 \(bad-date\.txt\): field "published": /u),
      expect.stringMatching(/^entry 3 \(bad-url\.txt\): field "url": /u),
      expect.stringMatching(/^entry 4 \(typo\.txt\): field "entry": unknown field\(s\) publised/u),
      expect.stringMatching(/^entry 5: field "article": /u),
      expect.stringMatching(/^entry 6 \(flag\.txt\): field "approximate": /u),
    ]);
    expect(problems.every((p) => p.file === 'sources.json')).toBe(true);
  });
  it('reports text that is not JSON, or not an array', () => {
    expect(parseManifest('{ nope').problems[0]?.message).toMatch(/is not valid JSON/u);
    expect(parseManifest('{"article":"a.txt"}').problems[0]?.message).toMatch(/must be a JSON array/u);
  });
  it('accepts null for the optional fields, as the seed manifest has', () => {
    expect(parseManifest('[{"article":"a.txt","url":null,"published":"2023-10-27","approximate":true,"note":"x"}]').problems).toEqual([]);
  });
});

describe('loadCorpus', () => {
  it('reports an empty and a binary file by name while the rest load', () => {
    const corpus = loadCorpus(fixture);
    expect(corpus.problems).toEqual([
      { file: 'e_empty.txt', message: 'is empty' },
      { file: 'f_binary.txt', message: 'is not text (binary content)' },
    ]);
    expect(corpus.articles.map((a) => a.article)).toEqual(['a_kompas.txt', 'b_antara.txt', 'c_english.txt', 'd_nodate.txt']);
  });
  it('lets manifest fields win over the text and extracts what the manifest lacks', () => {
    const corpus = loadCorpus(fixture);
    const antara = corpus.articles.find((a) => a.article === 'b_antara.txt')!;
    expect(antara).toMatchObject({ outlet: 'ANTARA', published: '2023-10-12', approximate: true, title: 'Indonesia pantau kerja sama militer Rusia-Korut' });
    const kompas = corpus.articles.find((a) => a.article === 'a_kompas.txt')!;
    expect(kompas).toMatchObject({
      outlet: 'Kompas.com',
      published: '2023-10-10',
      approximate: false,
      title: 'Korea Selatan Tuding Pyongyang Kirim Peluru ke Moskow',
    });
  });
  it('numbers paragraphs from 1 in the clean body', () => {
    const kompas = loadCorpus(fixture).articles[0]!;
    expect(kompas.paragraphs.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    expect(kompas.paragraphs[0]!.text).toMatch(/^Pemerintah Korea Selatan menuding/u);
  });
  it('reports a malformed sources.json by name and still loads every article', () => {
    const dir = copyFixture();
    writeFileSync(join(dir, 'sources.json'), '[{"article": "b_antara.txt", "published": "12/10/2023"}]');
    const corpus = loadCorpus(dir);
    expect(corpus.problems[0]).toMatchObject({ file: 'sources.json', message: expect.stringContaining('field "published"') });
    expect(corpus.articles).toHaveLength(4);
  });
  it('reports an unreadable file by name', () => {
    const dir = copyFixture();
    // A folder named like an article cannot be read as a file, even by root (unlike a chmod 000 file).
    mkdirSync(join(dir, 'articles', 'z_folder.txt'));
    const corpus = loadCorpus(dir);
    expect(corpus.problems).toContainEqual({ file: 'z_folder.txt', message: 'cannot be read (EISDIR)' });
    expect(corpus.articles).toHaveLength(4);
  });
  it('reports a manifest entry whose file is missing', () => {
    const dir = copyFixture();
    writeFileSync(join(dir, 'sources.json'), '[{"article": "gone.txt", "outlet": "X"}]');
    expect(loadCorpus(dir).problems).toContainEqual({ file: 'sources.json', message: 'lists gone.txt, which is not in articles/' });
  });
  it('works with no sources.json at all', () => {
    const dir = copyFixture();
    rmSync(join(dir, 'sources.json'));
    const antara = loadCorpus(dir).articles.find((a) => a.article === 'b_antara.txt')!;
    expect(antara.outlet).toBe('ANTARA');
    expect(antara.published).toBeNull();
  });
});
