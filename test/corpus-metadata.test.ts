import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../src/corpus/clean-article.js';
import { detectLanguage } from '../src/corpus/language.js';
import { parseDateLine } from '../src/corpus/publication-date.js';

const page = (...lines: string[]) => lines.join('\n\n');
const LEDE = 'Korea Utara telah mengirimkan lebih dari seribu kontainer amunisi ke Rusia, kata pejabat itu kepada wartawan.';

describe('publication date: only from a byline or dateline', () => {
  it.each([
    ['Dian Kusumo Hapsari 25/06/2024 10:01 WIB', '2024-06-25', 'Dian Kusumo Hapsari'],
    ['Kamis, 22 September 2022', '2022-09-22', null],
    ['Selasa, 10 Oktober 2023 14:05 WIB', '2023-10-10', null],
    ['October 13, 2023 9:30 AM', '2023-10-13', null],
    ['Diterbitkan: 2024-01-05', '2024-01-05', null],
    // more date-line forms, in both languages
    ['Rabu, 14 Mei 2025 | 09:12 WIB', '2025-05-14', null],
    ['Diperbarui: Rabu, 14 Mei 2025', '2025-05-14', null],
    ['Tayang: 3 Agustus 2023 19:40 WITA', '2023-08-03', null],
    ['Published: Mar 4, 2025', '2025-03-04', null],
    ['Last updated on Thursday, 6 Feb 2025', '2025-02-06', null],
    ['6 February 2025 at 08:45', '2025-02-06', null],
    ['Posted 2025-02-06T08:45:00+08:00', '2025-02-06', null],
    // month first only when no day-first reading exists
    ['Updated 11/23/2024 4:10 PM', '2024-11-23', null],
    ['Updated 03/04/2025 4:10 PM', '2025-04-03', null],
  ])('reads %s', (line, published, byline) => {
    expect(parseDateLine(line)).toEqual({ published, byline });
  });
  it.each([
    'Foto tangkapan layar yang diambil pada 1 Agustus 2019, yang memperlihatkan siluet Kim Jong Un.',
    '© 2025 TRIBUNnews.com Network',
    'Baca juga: Rudal diluncurkan 12 Mei 2023',
    'Pakta itu ditandatangani pada 19 Juni 2024 di Pyongyang, dan kedua negara sepakat saling membantu jika diserang.',
    '31/02/2024 10:00 WIB',
  ])('ignores %s', (line) => {
    expect(parseDateLine(line)).toBeNull();
  });
  it("is read from a URL the page prints when the article's weekday confirms it, and shown as approximate", () => {
    const photo = '![Warga mengungsi](https://img.contohberita.id/foto/2023/08/15/banjir-bandang-garut.jpg)';
    const body = 'Banjir bandang merendam tiga desa di Garut, Senin (14/8), dan warga mengungsi ke balai desa, kata Camat Sukamaju Rina Wulandari.';
    const confirmed = cleanArticle(page('Banjir Bandang Rendam Tiga Desa di Garut', photo, body));
    expect(confirmed).toMatchObject({ published: '2023-08-15', publishedFromUrl: true });
    // the weekday disagrees with the URL's year (14 August 2023 is a Monday, not a Friday): nothing
    expect(cleanArticle(page('Banjir Bandang Rendam Tiga Desa di Garut', photo, body.replace('Senin', 'Jumat'))).published).toBeNull();
    // a URL date with no weekday in the text to confirm it (an old photo, a related link): nothing
    expect(cleanArticle(page('Banjir Bandang Rendam Tiga Desa di Garut', photo, body.replace(', Senin (14/8),', ''))).published).toBeNull();
    // a URL dated long after the weekday told (a later related link): nothing
    const later = photo.replace('2023/08/15', '2023/09/30');
    expect(cleanArticle(page('Banjir Bandang Rendam Tiga Desa di Garut', later, body)).published).toBeNull();
    // a date line still wins
    expect(cleanArticle(page('Banjir Bandang Rendam Tiga Desa di Garut', 'Selasa, 15 Agustus 2023 10:02 WIB', photo, body))).toMatchObject({
      published: '2023-08-15',
      publishedFromUrl: false,
    });
  });
  it('is null when the text does not say, even with dates in a caption and a footer', () => {
    const clean = cleanArticle(page('Judul Berita Tentang Senjata Korut', 'Foto tangkapan layar pada 1 Agustus 2019.', LEDE, '© 2025 contoh.com'));
    expect(clean.published).toBeNull();
  });
});

describe('outlet', () => {
  it('comes from the dateline first', () => {
    expect(cleanArticle(page('Judul Berita Tentang Senjata Korut', `PYONGYANG, TRIBUNAMBON.COM - ${LEDE}`, '© 2025 TRIBUNnews.com Network')).outlet).toBe(
      'TribunAmbon.com',
    );
  });
  it('else from a follow-us or copyright line', () => {
    expect(cleanArticle(page('situsiklan.com', 'Judul Berita Tentang Senjata Korut', LEDE, 'Ikuti WhatsApp channel mediaindonesia.com')).outlet).toBe(
      'Media Indonesia',
    );
  });
  it('else from a masthead line naming a known outlet, or the name beside a date line', () => {
    expect(cleanArticle(page('detikNews', 'Judul Berita Tentang Senjata Korut', `Tokyo - ${LEDE}`)).outlet).toBe('detikNews');
    const dated = cleanArticle(page('Judul Berita Tentang Senjata Korut', 'Kompas.com - 15/01/2024, 19:20 WIB', LEDE));
    expect(dated).toMatchObject({ outlet: 'Kompas.com', published: '2024-01-15', byline: null });
  });
  it('else from a wire credited in the dateline', () => {
    expect(
      cleanArticle(
        page('North Korea denies arms shipments', `SEOUL (Reuters) - North Korea on Friday denied supplying weapons to Russia, its state media said.`),
      ).outlet,
    ).toBe('Reuters');
  });
  it('is null when the page names none', () => {
    expect(cleanArticle(page('Judul Berita Tentang Senjata Korut', LEDE)).outlet).toBeNull();
  });
});

describe('wire services and language', () => {
  it('reads wires from sign-offs and source lines', () => {
    expect([...cleanArticle(page('Judul Berita Tentang Senjata Korut', `${LEDE} (AFP/Z-4)`, 'Sumber : CNA/SL')).wire].sort()).toEqual(['AFP', 'CNA']);
  });
  it('tells Indonesian from English', () => {
    expect(detectLanguage(LEDE)).toBe('id');
    expect(detectLanguage('North Korea said on Friday that it has never exported weapons to Russia.')).toBe('en');
  });
});
