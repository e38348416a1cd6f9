import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/corpus/clean-article.js';
import { htmlToPage } from '../src/corpus/html-article.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';

const saved = readFileSync(join(import.meta.dirname, 'fixtures', 'html', 'banjir-rob.html'), 'utf8');
const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('saved HTML pages (Readability over linkedom, offline)', () => {
  it('reads title, outlet, date and byline from the markup, and the article without menus, share bars, ads, related links or footer', () => {
    const page = htmlToPage(saved);
    expect(page.hints).toEqual({
      title: 'Banjir Rob Rendam Kampung Nelayan, Warga Mengungsi ke Masjid',
      outlet: 'Kabar Pesisir',
      published: '2025-11-20',
      byline: 'Dewi Lestari',
    });
    const clean = cleanArticle(page.text, page.hints);
    expect(clean.paragraphs[0]).toBe(
      'Banjir rob setinggi lutut orang dewasa merendam sekitar 200 rumah di kampung nelayan pesisir utara kota itu sejak Kamis sore.',
    );
    expect(clean.paragraphs.at(-1)).toBe('Petugas memperkirakan air baru akan surut pada Sabtu pagi jika cuaca tidak memburuk.');
    expect(clean.paragraphs).toHaveLength(5);
    const body = clean.paragraphs.join('\n');
    for (const chrome of ['Beranda', 'Bagikan', 'ADVERTISEMENT', 'Baca juga', 'Berita Terkait', 'Harga Ikan Naik', '©', 'dataLayer', 'display:flex'])
      expect(body).not.toContain(chrome);
    expect(clean.captions[0]).toMatch(/^Warga melintasi genangan/u);
    expect(clean.dateline).toBe('SEMARANG');
  });
  it('loads .html files beside .txt files; an .htm page with no article is reported by name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sumber-html-'));
    temps.push(dir);
    mkdirSync(join(dir, 'articles'));
    writeFileSync(join(dir, 'articles', 'a_rob.html'), saved);
    writeFileSync(
      join(dir, 'articles', 'b_teks.txt'),
      'Judul Berita Pendek Hari Ini\n\nWarga desa membersihkan saluran air secara bergotong royong menjelang musim hujan tahun ini.\n',
    );
    writeFileSync(join(dir, 'articles', 'c_kosong.htm'), '<html><head><title>Menu</title></head><body><nav>Beranda</nav></body></html>');
    const corpus = loadCorpus(dir);
    expect(corpus.articles.map((a) => a.article)).toEqual(['a_rob.html', 'b_teks.txt']);
    expect(corpus.problems).toEqual([{ file: 'c_kosong.htm', message: 'has no article text after cleaning' }]);
    expect(corpus.articles[0]).toMatchObject({
      outlet: 'Kabar Pesisir',
      published: '2025-11-20',
      title: 'Banjir Rob Rendam Kampung Nelayan, Warga Mengungsi ke Masjid',
      language: 'id',
    });
  });
  it('never throws on any markup, and keeps the text of a page Readability cannot read', () => {
    const deep = `<html><body>${'<div>'.repeat(5000)}Warga desa membersihkan saluran air menjelang musim hujan tahun ini bersama petugas.${'</div>'.repeat(5000)}</body></html>`;
    expect(htmlToPage(deep).text).toContain('Warga desa membersihkan saluran air');
    const pieces = fc.constantFrom(
      '<p>',
      '</p>',
      '<div>',
      '</div>',
      '<script>',
      '</script>',
      '<',
      '>',
      '&amp;',
      '<!--',
      '-->',
      'Warga desa membersihkan saluran air.',
      '<meta property="article:published_time" content="x">',
      '<html>',
      '',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 25 }), fc.string({ maxLength: 30 }), (parts, noise) => {
        const page = htmlToPage(parts.join('') + noise);
        expect(typeof page.text).toBe('string');
        expect(() => cleanArticle(page.text, page.hints)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});
