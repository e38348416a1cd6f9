import { syntheticName, syntheticWord } from './synthetic-words.js';

/**
 * The fixed queries of the benchmark, the same at every corpus size. They mix typical questions
 * with the worst kinds for an engine: several very common words (every paragraph of this corpus
 * is about Korea and Russia), long English questions that the glossary expands, a typo (fuzzy
 * expansion), 3-letter fragments, and names and words made up by the corpus generator.
 */
export const SEARCH_QUERIES: readonly string[] = [
  'Korea',
  'Rusia',
  'Korea Utara Rusia',
  'Korea Utara Rusia senjata amunisi',
  'Amerika Serikat Korea Selatan dan Jepang mengutuk pasokan amunisi',
  'mengatakan',
  'North Korea denies supplying weapons to Russia',
  'containers shipped by rail to an ammunition depot',
  'White House released images of ships',
  '1.000 kontainer amunisi',
  'Lavrov rumor',
  'sanksi tiga entitas',
  'kereta api Tikhoretsk',
  'kontainr peluru artilery',
  'pakta saling membantu Putin Kim',
  'kor',
  'rus',
  'sen',
  syntheticName(1),
  `${syntheticName(40)} ${syntheticWord(3)}`,
  syntheticWord(500),
];

/** Options of the extraction-backed commands; an option the command does not declare is left out. */
export const COMMAND_QUERIES: Readonly<Record<'who-said' | 'timeline' | 'denials' | 'cite', readonly Readonly<Record<string, string>>[]>> = {
  'who-said': [
    {},
    { topic: 'senjata' },
    { topic: 'Korea Utara Rusia' },
    { speaker: 'Kirby' },
    { topic: 'amunisi', speaker: 'Lavrov' },
    { topic: 'North Korea weapons' },
    { speaker: syntheticName(2) },
  ],
  timeline: [
    {},
    { topic: 'senjata' },
    { topic: 'Korea Utara Rusia' },
    { from: '2023-01-01', to: '2023-06-30' },
    { topic: 'kontainer', from: '2023-09-01' },
    { topic: 'North Korea weapons' },
  ],
  denials: [{}, { topic: 'senjata' }, { party: 'Rusia' }, { party: 'Korea Utara', topic: 'amunisi' }, { topic: 'Russia denies' }, { party: syntheticName(2) }],
  // Pasted claims: a quote word for word, altered, with a wrong speaker, in English, one no source
  // makes, a long one (two searches), common words only, and words made up by the generator.
  cite: [
    { claim: 'Kami mengutuk DPRK karena menyediakan peralatan militer ini kepada Rusia' },
    { claim: 'Kami mengutuk Korea Utara karena memasok senjata kepada Rusia' },
    { claim: 'Lavrov: Kami mengutuk DPRK karena menyediakan peralatan militer ini kepada Rusia' },
    { claim: 'We condemn the DPRK for providing this military equipment to Russia' },
    { claim: 'Korea Utara mengirim 50.000 tank ke Brasil' },
    { claim: 'North Korea says it never sent arms to Russia' },
    {
      claim: `${'Korea Utara telah mengirimkan lebih dari 1.000 kontainer peralatan militer dan amunisi ke Rusia dalam beberapa pekan terakhir, '.repeat(3)}kata Gedung Putih.`,
    },
    { claim: 'Korea Rusia Korea Rusia yang dan di ke' },
    { claim: `${syntheticName(3)}: ${syntheticWord(12)} ${syntheticWord(200)} senjata` },
  ],
};

/** What a user types into the speaker option, letter by letter: 1- to 3-letter prefixes, common and rare. */
export const AUTOCOMPLETE_PREFIXES: readonly string[] = [
  'K',
  'Ki',
  'Kim',
  'Lav',
  'Kir',
  'Pes',
  'Bo',
  'Bob',
  'Ka',
  'Tol',
  'Gedung',
  'Menteri',
  syntheticName(5).slice(0, 3),
  'x',
  '',
];
