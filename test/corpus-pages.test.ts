import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockShape, classifyShape } from '../src/corpus/blocks.js';
import { cleanArticle } from '../src/corpus/clean-article.js';
import { normalizeText } from '../src/corpus/normalize.js';
import table from './fixtures/cleaning-pages.json' with { type: 'json' };

interface Expect {
  title?: string | null;
  outlet?: string | null;
  published?: string | null;
  paragraphs?: string[];
  includes?: string[];
  excludes?: string[];
  wire?: string[];
}

describe('cleaning real-page failures (test/fixtures/cleaning-pages.json)', () => {
  it.each(table.rows.map((r) => [r.kind, r] as const))('%s', (_kind, row) => {
    const clean = cleanArticle(row.page.join('\n'));
    const expected = row.expect as Expect;
    if ('title' in expected) expect(clean.title).toBe(expected.title);
    if ('outlet' in expected) expect(clean.outlet).toBe(expected.outlet);
    if ('published' in expected) expect(clean.published).toBe(expected.published);
    if (expected.paragraphs) expect(clean.paragraphs).toEqual(expected.paragraphs);
    for (const text of expected.includes ?? []) expect(clean.paragraphs.some((p) => p.includes(text))).toBe(true);
    for (const text of expected.excludes ?? []) expect(clean.paragraphs.some((p) => p.includes(text))).toBe(false);
    // the body is never empty when the page has prose, and the title is never one of its paragraphs
    expect(clean.paragraphs.length).toBeGreaterThan(0);
    if (clean.title) expect(clean.paragraphs).not.toContain(clean.title);
  });

  it.each(table.outlets.map((r) => [r.kind, r] as const))('outlet: %s', (_kind, row) => {
    const clean = cleanArticle(row.page.join('\n'));
    expect(clean.outlet).toBe(row.outlet);
    if ('wire' in row) expect([...clean.wire].sort()).toEqual([...(row.wire as string[])].sort());
  });

  it.each(table.dates.map((r) => [r.kind, r] as const))('publication date: %s', (_kind, row) => {
    expect(cleanArticle(row.page.join('\n')).published).toBe(row.published);
  });
});

describe('block shapes', () => {
  it.each([
    ['Pemerintah daerah menambah armada bus sekolah untuk tiga kecamatan di wilayah selatan kota itu.', 'good'],
    ['The water company said on Monday that supply to three districts would be restored by Wednesday.', 'good'],
    ['Lockdown.', 'sentence'],
    ['Para pedagang meminta bantuan modal karena barang dagangan mereka rusak terendam air ber', 'open'],
    ['Warga Antre Sejak Subuh untuk Membeli Beras Murah di Balai Desa', 'weak'],
    ['Next In Football', 'weak'],
  ])('%s → %s', (text, cls) => {
    expect(classifyShape(blockShape(text))).toBe(cls);
  });
  it('counts the words of a long paragraph in full, its shares from its first words', () => {
    const sentence = 'Petugas memeriksa tanggul yang jebol di desa itu pada pagi hari. ';
    const shape = blockShape(sentence.repeat(20).trim());
    expect(shape.words).toBe(11 * 20);
    expect(shape.functionWords / shape.words).toBeCloseTo(blockShape(sentence.trim()).functionWords / 11, 1);
  });
});

// A page built of prose paragraphs with page chrome between and around them.
const PROSE = [
  'Pemerintah kabupaten menambah anggaran perbaikan jalan desa yang rusak akibat banjir pada awal tahun ini.',
  '"Kami akan memulai pekerjaan pekan depan dan menargetkan selesai sebelum musim hujan," kata kepala dinas itu.',
  'Warga berharap perbaikan tidak hanya menambal lubang tetapi juga membangun saluran air di sisi jalan.',
  'The regional office said the repairs would be paid for from this year budget and the national road fund.',
  'Menurut dia, sebagian besar jalan yang rusak berada di wilayah perbukitan yang sulit dijangkau truk pengangkut material.',
];
const CHROME = [
  'Baca juga: Harga Beras Turun di Pasar Induk',
  'Advertisement',
  'Bagikan :',
  'SCROLL TO CONTINUE WITH CONTENT',
  '203 views',
  'Ikuti kami di Google News',
  'Foto: Istimewa',
  '![Jalan rusak](https://img.contoh-berita.id/a.jpg)',
];

describe('cleaning properties', () => {
  it('keeps every prose paragraph, in order, whatever chrome stands between them', () => {
    fc.assert(
      fc.property(
        fc.subarray(PROSE, { minLength: 1 }),
        fc.array(fc.constantFrom(...CHROME), { maxLength: 3 }),
        fc.array(fc.array(fc.constantFrom(...CHROME), { maxLength: 2 }), { minLength: 5, maxLength: 5 }),
        fc.boolean(),
        (prose, before, between, title) => {
          const lines = [...before, ...(title ? ['Jalan Desa Diperbaiki Sebelum Musim Hujan'] : [])];
          prose.forEach((p, i) => {
            lines.push(p, ...between[i]!);
          });
          expect(cleanArticle(lines.join('\n\n')).paragraphs).toEqual(prose);
        },
      ),
      { numRuns: 300 },
    );
  });
  it('never throws, and every paragraph is the page text (lines joined by a space, at most cut at its ends)', () => {
    const pieces = fc.constantFrom(...PROSE, ...CHROME, 'JAKARTA, KOMPAS — ', '\n', '\n\n', ' ', 'Judul Berita Pendek', '”', '(AFP)', 'x', '');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.string({ maxLength: 40 }), (parts, noise) => {
        const raw = parts.join('') + noise;
        const clean = cleanArticle(raw);
        const flat = normalizeText(raw).replace(/\n+/gu, ' ');
        for (const p of clean.paragraphs) {
          expect(p.trim()).toBe(p);
          expect(p.length).toBeGreaterThan(0);
          expect(flat).toContain(p);
        }
      }),
      { numRuns: 300 },
    );
  });
});
