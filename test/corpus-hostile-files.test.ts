import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_ARTICLE_BYTES } from '../src/corpus/article-files.js';
import { decodeArticleText } from '../src/corpus/decode-text.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { corpusFingerprint, corpusStatFingerprint } from '../src/corpus-index/fingerprint.js';

const fixture = join(import.meta.dirname, 'fixtures', 'mini-corpus');
const temp = mkdtempSync(join(tmpdir(), 'sumber-hostile-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
let copies = 0;
const copyFixture = () => {
  const dir = join(temp, `corpus-${copies++}`);
  cpSync(fixture, dir, { recursive: true });
  return dir;
};

// An article in our own words, with the letters and quotes that differ between encodings.
const ARTICLE = [
  'Pelabuhan Sungai Merah Dibuka Kembali',
  '',
  'Jakarta - Kepala pelabuhan, Rini Astuti, mengatakan dermaga kedua dibuka kembali setelah perbaikan. “Kapal kargo bisa bersandar lagi mulai pekan depan,” katanya pada Senin.',
  '',
  'Menurut catatan pelabuhan, 120 kontainer menunggu bongkar muat di café dekat gerbang.',
].join('\n');

describe('files in articles/ that are not plain articles', () => {
  it('skips a named pipe at once, with a message naming it (it hung start-up forever)', () => {
    const dir = copyFixture();
    expect(spawnSync('mkfifo', [join(dir, 'articles', 'pipe.txt')]).status).toBe(0);
    const corpus = loadCorpus(dir);
    expect(corpus.problems).toContainEqual({ file: 'pipe.txt', message: 'is not a regular file (a named pipe): skipped' });
    expect(corpus.articles).toHaveLength(4);
    // the corpus hash and the freshness check follow the same rules: neither opens the pipe to read it
    expect(corpusFingerprint(dir)).toMatch(/^[0-9a-f]{64}$/u);
    expect(corpusStatFingerprint(dir)).toMatch(/^[0-9a-f]{64}$/u);
  }, 10_000);

  it('skips a symbolic link to a device, naming what it is', () => {
    const dir = copyFixture();
    symlinkSync('/dev/null', join(dir, 'articles', 'null.txt'));
    const corpus = loadCorpus(dir);
    expect(corpus.problems).toContainEqual({ file: 'null.txt', message: 'is not a regular file (a character device): skipped' });
    // /dev/zero would be read without end: the same rule skips it before a byte is read
    symlinkSync('/dev/zero', join(dir, 'articles', 'zero.txt'));
    expect(loadCorpus(dir).problems).toContainEqual({ file: 'zero.txt', message: 'is not a regular file (a character device): skipped' });
    expect(corpusFingerprint(dir)).toMatch(/^[0-9a-f]{64}$/u);
  }, 10_000);

  it('reads a symbolic link to a regular file like the file', () => {
    const dir = copyFixture();
    writeFileSync(join(temp, `elsewhere-${copies}.txt`), ARTICLE);
    symlinkSync(join(temp, `elsewhere-${copies}.txt`), join(dir, 'articles', 'linked.txt'));
    expect(loadCorpus(dir).articles.map((a) => a.article)).toContain('linked.txt');
  });

  it('skips an article over the size limit with a message giving its size, without reading it', () => {
    const dir = copyFixture();
    writeFileSync(join(dir, 'articles', 'huge.txt'), `${ARTICLE}\n\n${'kata '.repeat(MAX_ARTICLE_BYTES / 4)}`);
    const started = performance.now();
    const corpus = loadCorpus(dir);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(corpus.problems).toContainEqual({ file: 'huge.txt', message: 'is 2.5 MB, over the 2.0 MB limit for one article: skipped' });
    expect(corpus.articles).toHaveLength(4);
  });
});

describe('article encodings', () => {
  const load = (name: string, bytes: Buffer) => {
    const dir = copyFixture();
    writeFileSync(join(dir, 'articles', name), bytes);
    const corpus = loadCorpus(dir);
    return { article: corpus.articles.find((a) => a.article === name), problems: corpus.problems.filter((p) => p.file === name) };
  };
  const bodyOf = (article: { paragraphs: readonly { text: string }[] } | undefined) => article?.paragraphs.map((p) => p.text).join('\n') ?? '';

  it('decodes UTF-16 with a byte-order mark, little- and big-endian (it was called binary and lost)', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    for (const [name, bytes] of [
      ['le.txt', le],
      ['be.txt', be],
    ] as const) {
      const { article, problems } = load(name, bytes);
      expect(problems, name).toEqual([]);
      expect(article?.title).toBe('Pelabuhan Sungai Merah Dibuka Kembali');
      expect(bodyOf(article)).toContain('“Kapal kargo bisa bersandar lagi mulai pekan depan,” katanya');
    }
  });

  it('decodes Latin-1 (Windows-1252) and says so (it loaded with U+FFFD silently)', () => {
    const latin1 = Buffer.from(ARTICLE.replace(/“/gu, '\x93').replace(/”/gu, '\x94'), 'latin1');
    const { article, problems } = load('latin.txt', latin1);
    expect(bodyOf(article)).toContain('café');
    expect(bodyOf(article)).toContain('“Kapal kargo');
    expect(bodyOf(article)).not.toContain('\uFFFD');
    expect(problems).toEqual([{ file: 'latin.txt', message: expect.stringMatching(/^is not valid UTF-8: read as Latin-1 \(Windows-1252\)/u) }]);
  });

  it('drops a UTF-8 byte-order mark', () => {
    const { article, problems } = load('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ARTICLE)]));
    expect(problems).toEqual([]);
    expect(article?.title).toBe('Pelabuhan Sungai Merah Dibuka Kembali');
  });

  it('keeps UTF-8 with a few damaged bytes as UTF-8, naming the damage', () => {
    const damaged = Buffer.concat([Buffer.from(ARTICLE), Buffer.from([0xff]), Buffer.from(' dan seterusnya.')]);
    const decoded = decodeArticleText(damaged);
    expect(decoded).toMatchObject({ ok: true, note: 'has 1 byte sequence that are not valid UTF-8 (shown as \uFFFD)' });
    expect(decoded.ok && decoded.text).toContain('“Kapal kargo');
  });

  it('still calls binary content binary', () => {
    expect(decodeArticleText(Buffer.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x00, 0x01]))).toEqual({ ok: false, message: 'is not text (binary content)' });
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256).filter((b) => b !== 0));
    expect(decodeArticleText(noise)).toEqual({ ok: false, message: 'is not text (binary content)' });
    const utf16Noise = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.alloc(64)]);
    expect(decodeArticleText(utf16Noise)).toEqual({ ok: false, message: 'is not text (binary content)' });
  });
});

describe('sources.json', () => {
  it('accepts a UTF-8 byte-order mark (the whole manifest was "not valid JSON")', () => {
    const dir = copyFixture();
    writeFileSync(join(dir, 'sources.json'), `\uFEFF${JSON.stringify([{ article: 'b_antara.txt', outlet: 'Kantor Berita Contoh' }])}`);
    const corpus = loadCorpus(dir);
    expect(corpus.problems.filter((p) => p.file === 'sources.json')).toEqual([]);
    expect(corpus.articles.find((a) => a.article === 'b_antara.txt')?.outlet).toBe('Kantor Berita Contoh');
  });

  it('summarises thousands of entries for missing files in one line', () => {
    const dir = copyFixture();
    const entries = Array.from({ length: 10_000 }, (_, i) => ({ article: `gone-${String(i).padStart(5, '0')}.txt` }));
    writeFileSync(join(dir, 'sources.json'), JSON.stringify(entries));
    const problems = loadCorpus(dir).problems.filter((p) => p.file === 'sources.json');
    expect(problems).toEqual([
      { file: 'sources.json', message: 'lists 10000 files that are not in articles/ (gone-00000.txt, gone-00001.txt, gone-00002.txt, …)' },
    ]);
  });

  it('skips a named pipe called sources.json instead of waiting on it', () => {
    const dir = copyFixture();
    rmSync(join(dir, 'sources.json'));
    expect(spawnSync('mkfifo', [join(dir, 'sources.json')]).status).toBe(0);
    const corpus = loadCorpus(dir);
    expect(corpus.problems).toContainEqual({ file: 'sources.json', message: 'is not a regular file (a named pipe): skipped' });
    expect(corpus.articles).toHaveLength(4);
    expect(corpusFingerprint(dir)).toMatch(/^[0-9a-f]{64}$/u);
  }, 10_000);
});
