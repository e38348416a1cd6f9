import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CorpusIndex } from '../../src/corpus-index/corpus-index.js';
import { openCorpusIndex } from '../../src/corpus-index/open-index.js';

/**
 * A tiny hand-made corpus for the Discord and HTTP tests: a few articles whose text carries what a
 * renderer must survive (mentions, markdown, links, a paragraph longer than an embed) and enough
 * paragraphs about "kontainer" to need more than one page.
 */
const ARTICLES: Record<string, string> = {
  'a1-bantahan.txt': [
    'Korea Utara Bantah Kirim Senjata ke Rusia',
    '',
    'Jakarta - Kementerian Luar Negeri Korea Utara membantah laporan bahwa Pyongyang mengirim 1.000 kontainer amunisi ke Rusia. "Itu tuduhan palsu @everyone <@123456789012345678>," kata juru bicara kementerian kepada KCNA, Jumat (13/10/2023).',
    '',
    'Gedung Putih menuduh Pyongyang mengirim 1.000 kontainer amunisi ke Rusia. Juru bicaranya menyebut pengiriman kontainer itu terjadi antara 7 September dan 1 Oktober 2023, menurut juru bicara John Kirby. **Ini** _tebal_ [tautan](https://evil.example) # judul',
    '',
    'Menteri Pertahanan Rusia Sergei Shoigu mengunjungi Pyongyang pada Juli 2023 untuk menghadiri parade militer.',
  ].join('\n'),
  'a2-kirby.txt': [
    'US says North Korea shipped containers to Russia',
    '',
    'WASHINGTON - North Korea has delivered more than 1,000 containers of military equipment and munitions to Russia, White House spokesman John Kirby said on Friday. @here > quoted -# subtext',
    '',
    'Satellite images showed the kontainer traffic at the port of Rajin, Kirby said, adding that the containers moved by rail.',
    '',
    'Russia and North Korea have both denied the arms transfers; the Kremlin called the claims unfounded.',
  ].join('\n'),
  'a3-panjang.txt': [
    'Laporan Panjang tentang Kontainer Amunisi',
    '',
    `Laporan ini merinci kontainer amunisi yang dikirim melalui pelabuhan. ${'Setiap kontainer dicatat dengan nomor seri dan tujuan akhirnya di wilayah Rusia. '.repeat(70)}Akhir paragraf.`,
    '',
    'Kontainer berikutnya tiba di pelabuhan Dunai pada awal Oktober 2023 menurut citra satelit.',
    '',
    'Pejabat Korea Selatan mengatakan sekitar 2.000 kontainer telah dikirim sejak Agustus 2023.',
  ].join('\n'),
};

const SOURCES = [
  {
    article: 'a1-bantahan.txt',
    outlet: 'Contoh News',
    url: 'https://contoh.example/berita/1',
    published: '2023-10-14',
    approximate: true,
    title: 'Korea Utara Bantah (Kirim) Senjata',
  },
  {
    article: 'a2-kirby.txt',
    outlet: 'Example Wire',
    url: null,
    published: '2023-10-13',
    approximate: false,
    title: 'US says North Korea shipped [containers]',
    language: 'en',
  },
  { article: 'a3-panjang.txt', outlet: 'Harian *Contoh*', url: 'https://contoh.example/panjang_(1)', published: null },
];

export interface FixtureCorpus {
  readonly dir: string;
  readonly index: CorpusIndex;
  remove(): void;
}

/** Writes the fixture articles to a temporary folder and opens its index in memory (nothing saved). */
export function openFixtureCorpus(): FixtureCorpus {
  const dir = mkdtempSync(join(tmpdir(), 'sumber-discord-'));
  mkdirSync(join(dir, 'articles'));
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, 'articles', name), text);
  writeFileSync(join(dir, 'sources.json'), JSON.stringify(SOURCES));
  const { index } = openCorpusIndex(dir, { write: false });
  return { dir, index, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
