import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyBoilerplate, splitTrailingSignoff } from '../src/corpus/boilerplate.js';
import { cleanArticle } from '../src/corpus/clean-article.js';
import { parseDateline } from '../src/corpus/dateline.js';
import { isCaption } from '../src/corpus/header-lines.js';
import { normalizeText } from '../src/corpus/normalize.js';

const page = (...lines: string[]) => lines.join('\n\n');
const LEDE = 'Korea Utara telah mengirimkan lebih dari seribu kontainer amunisi ke Rusia, kata pejabat itu kepada wartawan.';

describe('normalizeText', () => {
  it('turns no-break spaces into spaces, drops zero-width and bidi characters, applies NFKC', () => {
    expect(normalizeText('Korea\u00A0 Utara\u200B\u202E ｋｏｎｔａｉｎｅｒ\u00AD')).toBe('Korea Utara ｋｏｎｔａｉｎｅｒ'.normalize('NFKC'));
  });
  it('keeps typographic quotes, which mark speech', () => {
    expect(normalizeText('“Kami” ‘itu’')).toBe('“Kami” ‘itu’');
  });
  it('turns every run of horizontal white space into one space and trims each line, whatever the mix', () => {
    // the plain definition, against the faster expression that leaves single spaces alone
    const plainly = (raw: string) =>
      raw
        .replace(/\r\n?/g, '\n')
        .normalize('NFKC')
        .replace(/[\p{Cf}\u00AD]/gu, '')
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '')
        .replace(/[^\S\n]+/g, ' ')
        .split('\n')
        .map((line) => line.trim())
        .join('\n');
    const pieces = fc.constantFrom(' ', '  ', '\t', '\u00A0', '\u2003', '\u3000', '\n', '\r\n', '\v', '\f', 'a', 'Kata', '“', '.', '\u200B');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const raw = parts.join('');
        expect(normalizeText(raw)).toBe(plainly(raw));
      }),
      { numRuns: 500 },
    );
  });
});

describe('classifyBoilerplate: each kind of page furniture', () => {
  it.each([
    ['Baca juga : Korsel, AS dan Jepang Bersiasat Hadapi Rudal Korut', 'related'],
    ['Baca Juga :  Punya Asam Urat & Kolesterol Tinggi', 'related'],
    ['Berita Terkait', 'related'],
    ['Terkini Lainnya', 'related'],
    ['Berita Populer', 'related'],
    ['Tautan Sahabat', 'related'],
    ['Read more: Satellite images show busy rail terminal', 'related'],
    ['SHARE', 'share'],
    ['Bagikan :', 'share'],
    ['AA', 'share'],
    ['Scroll to Top', 'navigation'],
    ['MIXADVERT JASAPRO', 'ads'],
    ['Advertisement', 'ads'],
    ['Ikuti kami di', 'follow'],
    ['Cek berita dan artikel yg lain di Google News dan dan ikuti WhatsApp channel mediaindonesia.com', 'follow'],
    ['© 2025 TRIBUNnews.com Network,a subsidiary of KG Media.', 'footer'],
    ['All Right Reserved', 'footer'],
    ['Copyright 2025 beritaku.id', 'footer'],
    ['Sumber : CNA/SL', 'footer'],
    ['News', 'section'],
    ['Berita', 'section'],
    ['Global', 'section'],
  ])('%s → %s', (line, kind) => {
    expect(classifyBoilerplate(line)).toBe(kind);
  });
  it.each([LEDE, 'Rusia telah membantah tuduhan itu.', 'Pernyataan bersama itu dikeluarkan pada hari Kamis.', 'AS'])('keeps article text: %s', (line) => {
    expect(classifyBoilerplate(line)).toBeNull();
  });
});

describe('reporter sign-offs', () => {
  it.each([
    ['nuklir yang lebih andal. (AFP/Z-4)', 'nuklir yang lebih andal.', '(AFP/Z-4)'],
    ['sanksi terhadap Pyongyang.(*)', 'sanksi terhadap Pyongyang.', '(*)'],
    ['dimuat ke kapal. (ant)', 'dimuat ke kapal.', '(ant)'],
  ])('splits %s', (paragraph, text, signoff) => {
    expect(splitTrailingSignoff(paragraph)).toEqual({ text, signoff });
  });
  it('keeps a parenthesis that closes a phrase rather than a sentence', () => {
    expect(splitTrailingSignoff('Jepang dan Korea Selatan (Korsel)').signoff).toBeNull();
  });
  it('drops sign-off lines from the body', () => {
    const clean = cleanArticle(page('Judul Berita Tentang Senjata Korut', LEDE, '(DKH)', '(tia)'));
    expect(clean.paragraphs).toEqual([LEDE]);
  });
});

describe('parseDateline', () => {
  it.each([
    ['Washington | EGINDO.co – Korea Utara telah…', { place: 'Washington', outlet: 'EGINDO.co' }],
    ['PYONGYANG, TRIBUNAMBON.COM - Korea Utara mengutuk…', { place: 'PYONGYANG', outlet: 'TribunAmbon.com' }],
    ['IDXChannel - Amerika Serikat (AS) bersama…', { place: null, outlet: 'IDXChannel' }],
    ['JagatBisnis.comHubungan antara Rusia…', { place: null, outlet: 'JagatBisnis.com' }],
    ['Jakarta (ANTARA) - Juru bicara…', { place: 'Jakarta', wire: 'ANTARA' }],
    ['SEOUL, KOMPAS.com - Pemerintah…', { place: 'SEOUL', outlet: 'Kompas.com' }],
  ])('%s', (line, expected) => {
    expect(parseDateline(line)).toMatchObject(expected);
  });
  it('splits the dateline so the paragraph starts with the story', () => {
    const line = 'Washington | EGINDO.co – Korea Utara telah mengirimkan';
    expect(line.slice(parseDateline(line)!.length)).toBe('Korea Utara telah mengirimkan');
  });
  it.each([LEDE, 'Kerja sama tersebut - kata pejabat itu - sangat erat.', 'Menurut dia, Indonesia mendorong semua pihak.'])(
    'finds none in ordinary text: %s',
    (line) => {
      expect(parseDateline(line)).toBeNull();
    },
  );
});

describe('captions', () => {
  it.each([
    'Menlu AS Anthony Blinken.(AFP Via Getty Images)',
    'Kim Jong Un Dan Vladimir Putin Foto DW',
    '(AFP PHOTO / HANDOUT / KCTV)',
    'Foto tangkapan layar yang diambil dari tayangan televisi pada 1 Agustus 2019.',
    'AS, Jepang hingga Korsel Kecam Keras Kerja Sama. (Foto: MNC Media)',
  ])('recognises %s', (line) => expect(isCaption(line)).toBe(true));
  it('does not take a sentence about photos for a caption', () => {
    expect(isCaption('Foto-foto satelit menunjukkan kereta di perbatasan, kata pejabat itu.')).toBe(false);
  });
});

describe('cleanArticle', () => {
  it('keeps the title out of the body and drops the title repeated as the lede', () => {
    const clean = cleanArticle(page('Korut Kirim Senjata Ke Rusia', 'Korut Kirim Senjata Ke Rusia', LEDE));
    expect(clean.title).toBe('Korut Kirim Senjata Ke Rusia');
    expect(clean.paragraphs).toEqual([LEDE]);
  });
  it('keeps captions and bylines as metadata, not body', () => {
    const clean = cleanArticle(page('Judul Berita Tentang Senjata Korut', 'Foto: Reuters', 'Penulis: Budi Santoso', `SEOUL, KOMPAS.com - ${LEDE}`));
    expect(clean.paragraphs).toEqual([LEDE]);
    expect(clean.captions).toEqual(['Foto: Reuters']);
    expect(clean.byline).toBe('Budi Santoso');
  });
  it('drops a standfirst that repeats the lede before the dateline', () => {
    const clean = cleanArticle(
      page(
        'Global',
        'Judul Berita Tentang Senjata Korut',
        LEDE,
        'Editor: Adjeng',
        `PYONGYANG, TRIBUNAMBON.COM - ${LEDE}`,
        'Kalimat kedua artikel ini cukup panjang untuk menjadi paragraf.',
      ),
    );
    expect(clean.paragraphs).toEqual([LEDE, 'Kalimat kedua artikel ini cukup panjang untuk menjadi paragraf.']);
  });
  it('drops related headlines listed after the story', () => {
    const clean = cleanArticle(page('Judul Berita Tentang Senjata Korut', LEDE, 'Berita Terkait\nRusia Tolak Tuduhan Barat\nHarga Emas Naik Lagi'));
    expect(clean.paragraphs).toEqual([LEDE]);
  });
  it('keeps a short last sentence of the story', () => {
    const clean = cleanArticle(page('Judul Berita Tentang Senjata Korut', LEDE, 'Russia has also denied the reports.', 'Harga Emas Naik Lagi'));
    expect(clean.paragraphs).toEqual([LEDE, 'Russia has also denied the reports.']);
  });
  it('joins a line that a scraper wrapped mid-sentence', () => {
    const clean = cleanArticle(
      'Judul Berita Tentang Senjata Korut\n\nKorea Utara telah mengirimkan lebih dari seribu kontainer amunisi\nke Rusia, kata pejabat itu kepada wartawan.',
    );
    expect(clean.paragraphs).toEqual([LEDE]);
  });
});
