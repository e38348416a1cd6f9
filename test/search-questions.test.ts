import { describe, expect, it } from 'vitest';
import { quantityCount } from '../src/search/quantities.js';
import { analyzeQuery } from '../src/search/query-terms.js';
import { SearchEngine } from '../src/search/search-engine.js';

// Invented paragraphs of an invented story, in the style of Indonesian and English news pages.
const texts = [
  'Polisi menangkap dua tersangka pencurian kabel di Kabupaten Sumberjaya pada Senin malam.',
  'Komisi Pemilihan Umum (KPU) menegaskan tidak ada niat memanipulasi hasil penghitungan suara di aplikasi rekapitulasi.',
  'Wakil Menteri Ketenagakerjaan berjanji tidak akan ada PHK massal di pabrik tekstil itu.',
  'Menteri Kebudayaan menyampaikan permintaan maaf atas pernyataannya yang dianggap tidak sensitif.',
  'Sebanyak 1.240 siswa dilarikan ke puskesmas setelah keracunan makanan di Kecamatan Lembahsari.',
  'Program makan bergizi gratis untuk siswa sekolah dasar akan diperluas ke seluruh provinsi, kata pejabat badan gizi.',
  'Kedua negara saling tuding soal siapa yang pertama melepaskan tembakan di perbatasan.',
  'Juru bicara kementerian menyebut tuduhan itu tidak berdasar.',
  'Warga tidak datang ke rapat desa karena hujan deras.',
  'The ministry said the mistake was due to an administrative error by a junior clerk.',
  'The football association of the island nation has appealed against the ban on its players.',
  'Ratusan warga korban banjir dievakuasi ke posko pengungsian di balai desa.',
  'Kebocoran data pribadi jutaan pelanggan diduga berasal dari peretasan server perusahaan.',
];
const engine = SearchEngine.build(texts);
const first = (query: string): string | undefined => {
  const hit = engine.top(query, 1)[0];
  return hit === undefined ? undefined : texts[hit.id];
};

describe('English questions over Indonesian reporting', () => {
  it.each([
    ['Police arrest two suspects', /menangkap dua tersangka/u],
    ['Did the election commission deny manipulating the vote count?', /memanipulasi hasil penghitungan suara/u],
    ['deputy minister promised no layoffs', /tidak akan ada PHK/u],
    ['Culture minister apologises for insensitive remarks', /permintaan maaf/u],
    ['Who fired first at the border?', /melepaskan tembakan di perbatasan/u],
    ['ministry calls the accusation baseless', /tidak berdasar/u],
    ['Who blames an administrative error?', /administrative error/u],
    ['Were flood victims evacuated?', /korban banjir dievakuasi/u],
    ['personal data leak after a hack', /Kebocoran data pribadi/u],
  ])('%s', (query, expected) => {
    expect(first(query)).toMatch(expected);
  });

  it('drops the words of a question as such', () => {
    const sources = analyzeQuery('How many students were poisoned?').map((c) => c.source.toLowerCase());
    expect(sources).not.toContain('how');
    expect(sources).not.toContain('many');
    expect(sources).not.toContain('were');
    expect(analyzeQuery('Siapa yang membantah?').map((c) => c.source)).toEqual(['membantah']);
    // nothing but question words: kept, rather than asking nothing
    expect(analyzeQuery('siapa').map((c) => c.source)).toEqual(['siapa']);
  });

  it('finds English inflections of a glossary word ("deny" finds "denied")', () => {
    const english = SearchEngine.build(['The agency denied the report.', 'The agency published the report.']);
    expect(english.top('deny report', 1)[0]?.id).toBe(0);
  });

  it('lets a translation of several words match only through its distinctive word', () => {
    // "tidak berdasar": the common "tidak" alone ("Warga tidak datang") does not answer "baseless"
    const hits = engine.top('baseless', 5).map((h) => texts[h.id]);
    expect(hits[0]).toMatch(/tidak berdasar/u);
    expect(hits).not.toContainEqual(expect.stringMatching(/Warga tidak datang/u));
  });

  it('prefers a paragraph giving a number when the question asks "how many"', () => {
    expect(first('How many students fell ill?')).toMatch(/1\.240 siswa/u);
    expect(first('berapa siswa keracunan')).toMatch(/1\.240 siswa/u);
  });
});

describe('quantities', () => {
  it.each([
    ['Sebanyak 1.240 siswa dilarikan ke puskesmas.', 1],
    ['more than 1,300 children were rushed to clinics', 1],
    ['Rapat digelar Kamis (26/10) pukul 8:20 di Jakarta.', 0],
    ['Putusan dibacakan pada 6 Oktober 2025.', 0],
    ['It happened on Oct. 7, 2024, and again in 2025.', 0],
    ['52 korban dan 3 saksi', 2],
  ])('%s', (text, count) => {
    expect(quantityCount(text)).toBe(count);
  });
});
