import { z } from 'zod';
import { listParties } from '../src/answers/denials.js';
import type { HelpResult, Locale } from '../src/answers/types.js';
import { listSpeakers } from '../src/answers/who-said.js';
import type { CorpusIndex } from '../src/corpus-index/corpus-index.js';
import type { CommandModule } from './command.js';
import { commandHeader } from './option-definitions.js';

const options = z.object({});

/** What the answers' words mean, in each language: shown after the commands. */
const TERMS: Readonly<Record<Locale, readonly (readonly [string, string])[]>> = {
  en: [
    ['approximate', "A publication date marked approximate is an estimate given in the corpus's sources.json; the article itself does not print it."],
    ['date unknown, unattributed', 'Sumber never guesses: a date the article does not give, or a speaker it cannot determine, is said to be unknown.'],
    ['reported', "Reported speech: what the article says someone said, without quotation marks (the words are the writer's)."],
    ['fragment', "A short phrase in quotation marks inside reported speech: only the marked words are the speaker's."],
    [
      'denial, dismissal, no comment, walk-back',
      'Kinds of /denials: says it is untrue; waves it away (rumour, hoax); declines to comment; the accuser says there is no evidence.',
    ],
    [
      'verbatim, altered, translated, related',
      "Verdicts of /cite: the claim's words are in the source in order; mostly the same words, with words added, dropped or changed (struck through: the source's, bold: the claim's); the same words in the other language, by the glossary; the same subject only.",
    ],
    ['dates', 'from: and to: take a day, a month or a year (2023-10-01, 2023-10, 2023): to: a month or year means its last day.'],
    [
      'pages',
      'Results come a page at a time: Previous / Next buttons on Discord (for whoever ran the command, 15 minutes); /next, /prev or page: in the console; --page N in the ask CLI.',
    ],
    ['Context', 'The Context button shows the cited paragraph in full, with the text around it, only to whoever presses it.'],
  ],
  id: [
    ['perkiraan', 'Tanggal terbit bertanda perkiraan adalah taksiran dari sources.json korpus; artikelnya sendiri tidak mencantumkannya.'],
    [
      'tanggal tidak diketahui, tanpa atribusi',
      'Sumber tidak pernah menebak: tanggal yang tidak disebut artikel, atau pembicara yang tak dapat ditentukan, disebut tidak diketahui.',
    ],
    ['kutipan tidak langsung', 'Apa yang menurut artikel dikatakan seseorang, tanpa tanda kutip (kata-katanya milik penulis).'],
    ['penggalan', 'Frasa pendek bertanda kutip di dalam kutipan tidak langsung: hanya kata bertanda kutip itu milik pembicara.'],
    [
      'bantahan, penepisan, tanpa komentar, ralat',
      'Jenis /bantahan: menyatakan tidak benar; menepis (rumor, hoaks); menolak berkomentar; penuduh menyatakan tak ada bukti.',
    ],
    [
      'sama persis, diubah, terjemahan, hanya terkait',
      'Putusan /lacak-sumber: kata-kata klaim ada di sumber dengan urutan yang sama; sebagian besar kata sama, dengan kata yang ditambah, dihilangkan, atau diganti (dicoret: milik sumber, tebal: milik klaim); kata yang sama dalam bahasa lain, menurut glosarium; hanya pokok yang sama.',
    ],
    ['tanggal', 'dari: dan sampai: menerima hari, bulan, atau tahun (2023-10-01, 2023-10, 2023); sampai: bulan atau tahun berarti hari terakhirnya.'],
    [
      'halaman',
      'Hasil tampil per halaman: tombol Sebelumnya / Berikutnya di Discord (bagi yang menjalankan perintah, 15 menit); /next, /prev, atau page: di konsol.',
    ],
    ['Konteks', 'Tombol Konteks menampilkan paragraf yang dikutip selengkapnya beserta teks di sekitarnya, hanya bagi yang menekannya.'],
  ],
};

/**
 * Example option values taken from the corpus itself (its commonest word, most quoted speaker,
 * most frequent party, the year most articles were published, its first article), so that every example answers,
 * whatever the corpus is about; a placeholder where the corpus has none.
 */
function corpusExamples(index: CorpusIndex) {
  const word = index.commonTerms(40).find((t) => /^\p{L}{5,}$/u.test(t)) ?? index.commonTerms(1)[0] ?? 'kata';
  // a person, when the corpus quotes one: "John Kirby" says more than "pejabat pertahanan"
  let speaker: string | null = null;
  let most = -1;
  for (const s of index.speakers) if (s.kind === 'person' && s.quotes > most) (speaker = s.name), (most = s.quotes);
  speaker ??= listSpeakers(index, '', 1)[0]?.name ?? null;
  const party = listParties(index, '', 1)[0] ?? null;
  const years = new Map<string, number>();
  for (const a of index.articles) if (a.published) years.set(a.published.slice(0, 4), (years.get(a.published.slice(0, 4)) ?? 0) + 1);
  const year = [...years].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '2024';
  const article = index.articles[0]?.article ?? null;
  // a claim as it would circulate: the first words of a direct quote (the most quoted person's when there is one)
  const quoted = index.quotes.find((q) => q.direct && !q.fragment && q.speaker === speaker) ?? index.quotes.find((q) => q.direct && !q.fragment);
  const claim = quoted
    ? quoted.quote
        .split(/\s+/u)
        .slice(0, 8)
        .join(' ')
        .replace(/[\s,.;:!?"“”'‘’]+$/u, '')
    : null;
  return { word, speaker, party, year, article, claim };
}

/**
 * `/help`: every command with its options, what it answers and an example; then what the answers' words mean.
 * `listCommands` gives the command table (which holds /help itself), read only when /help runs.
 */
export const createHelpCommand = (listCommands: () => readonly CommandModule[]): CommandModule<'help', z.infer<typeof options>> => ({
  definition: commandHeader(
    { en: 'help', id: 'bantuan' },
    { en: 'What Sumber can answer, and how to ask.', id: 'Apa yang bisa dijawab Sumber, dan cara bertanya.' },
  ),
  options,
  run: (_opts, { locale, index }) => {
    // Names as the user's client shows them: an Indonesian client lists /cari, not /search.
    const shown = (name: string, localized?: Partial<Record<string, string | null>> | null) => (locale === 'id' ? (localized?.id ?? name) : name);
    const { word, speaker, party, year, article, claim } = corpusExamples(index);
    const examples: Record<string, readonly [string, string][]> = {
      search: [
        ['query', word],
        ['from', year],
      ],
      'who-said': speaker ? [['speaker', speaker]] : [['topic', word]],
      timeline: [
        ['topic', word],
        ['from', year],
        ['to', year],
      ],
      denials: party ? [['party', party]] : [['topic', word]],
      sources: [['year', year]],
      read: article ? [['article', article]] : [],
      cite: [['claim', claim ?? word]],
      help: [],
    };
    const eg = locale === 'id' ? 'Contoh' : 'Example';
    const commandRows: HelpResult[] = listCommands().map(({ definition }) => {
      const name = shown(definition.name, definition.name_localizations);
      const optionName = (option: string) => {
        const o = (definition.options ?? []).find((x) => x.name === option);
        return o ? shown(o.name, o.name_localizations) : option;
      };
      const example = [`/${name}`, ...(examples[definition.name] ?? []).map(([o, v]) => `${optionName(o)}: ${v}`)].join(' ');
      const description = (locale === 'id' ? definition.description_localizations?.id : undefined) ?? definition.description;
      return {
        kind: 'command',
        command: name,
        usage: [
          `/${name}`,
          ...(definition.options ?? []).map((o) => {
            const option = shown(o.name, o.name_localizations);
            return 'required' in o && o.required ? `${option}:<…>` : `[${option}:<…>]`;
          }),
        ].join(' '),
        description: definition.name === 'help' ? description : `${description} ${eg}: ${example}`,
        example: definition.name === 'help' ? null : example,
      };
    });
    const termRows: HelpResult[] = TERMS[locale].map(([term, meaning]) => ({ kind: 'term', command: term, usage: term, description: meaning, example: null }));
    const results = [...commandRows, ...termRows];
    return { command: 'help', query: '', results, total: results.length };
  },
});
