import type { Answer, Locale } from '../answers/types.js';
import type { DenialKind } from '../extract/types.js';
import type { DatePrecision } from '../language/dates/types.js';

/** The words of the Discord replies, per language of the user's client. Corpus text is never translated. */
export interface DiscordWords {
  readonly titles: Readonly<Record<Answer['command'], string>>;
  readonly range: (from: number, to: number, total: number) => string;
  readonly firstOf: (shown: number, total: number) => string;
  readonly noResults: (query: string) => string;
  readonly noResultsAtAll: string;
  readonly didYouMean: string;
  readonly previous: string;
  readonly next: string;
  readonly pageOf: (page: number, pages: number) => string;
  readonly context: (rank: number) => string;
  readonly contextHeading: string;
  readonly contextMissing: string;
  readonly reported: string;
  readonly fragment: string;
  readonly via: string;
  readonly denies: string;
  readonly answers: string;
  readonly moreSources: (count: number) => string;
  readonly precision: Readonly<Record<DatePrecision, string>>;
  readonly kinds: Readonly<Record<DenialKind, string>>;
  readonly onlyOwner: string;
  readonly expired: string;
  readonly busy: string;
  readonly cooldown: (seconds: number) => string;
  readonly failed: string;
  /** The private note left when a slow answer is posted publicly below it. */
  readonly answeredBelow: string;
  readonly unknownCommand: string;
  /** "Find source" on a message with no words (an image, a sticker, a link alone). */
  readonly noMessageText: string;
  readonly invalidOptions: (details: string) => string;
  readonly stopping: string;
  /** Context and reading an article. */
  readonly contextTitle: string;
  readonly paragraphOf: (paragraph: number, total: number) => string;
  readonly paragraphsOf: (from: number, to: number, total: number) => string;
  readonly sourceOf: (source: number, sources: number) => string;
  readonly moreSourcesCount: (count: number) => string;
  readonly cited: string;
  readonly earlier: string;
  readonly later: string;
  readonly previousSource: string;
  readonly nextSource: string;
  /** "Read the whole article: /read article: x paragraph: 4" (the command and option names as the client shows them). */
  readonly readHint: (command: string) => string;
}

export const discordWords: Readonly<Record<Locale, DiscordWords>> = {
  en: {
    titles: {
      search: 'Search',
      sources: 'Sources',
      'who-said': 'Who said',
      timeline: 'Timeline',
      denials: 'Denials',
      cite: 'Cite',
      read: 'Read',
      help: 'Help',
    },
    range: (from, to, total) => `results ${from}–${to} of ${total}`,
    firstOf: (shown, total) => `showing the first ${shown} of ${total} matches; raise \`limit\` to see more`,
    noResults: (query) => `no results for ${query}.`,
    noResultsAtAll: 'no results.',
    didYouMean: 'Did you mean',
    previous: 'Previous',
    next: 'Next',
    pageOf: (page, pages) => `${page} / ${pages}`,
    context: (rank) => `Context ${rank}`,
    contextHeading: 'The whole cited paragraph',
    contextMissing: 'That paragraph is no longer in the corpus; run the command again.',
    reported: 'reported speech',
    fragment: 'fragment',
    via: 'via',
    denies: 'denies',
    answers: 'answers',
    moreSources: (count) => `and ${count} more (see Context)`,
    precision: { day: 'day', week: 'week', month: 'month', year: 'year' },
    kinds: { denial: 'denial', dismissal: 'dismissal', 'no-comment': 'no comment', 'walk-back': 'walk-back' },
    onlyOwner: 'Only the person who ran this command can turn its pages. Run it yourself to browse.',
    expired: 'These buttons have expired; run the command again.',
    busy: 'Sumber is busy right now; try again in a few seconds.',
    cooldown: (seconds) => `You are going a little fast; try again in ${seconds} s.`,
    failed: 'Sorry, something went wrong answering that. It has been logged; try again.',
    answeredBelow: 'That took a while, so it was prepared privately first; the answer is posted below for everyone.',
    unknownCommand: 'This command is not available any more; the bot may have been updated.',
    noMessageText: 'This message has no text to look up (only an image, a sticker or a link?). Paste the claim into `/cite claim:` instead.',
    invalidOptions: (details) => `That did not work: ${details}`,
    stopping: 'Sumber is restarting; try again in a minute.',
    contextTitle: 'Context',
    paragraphOf: (paragraph, total) => `¶ ${paragraph} of ${total}`,
    paragraphsOf: (from, to, total) => `¶ ${from}–${to} of ${total}`,
    sourceOf: (source, sources) => `source ${source} of ${sources}`,
    moreSourcesCount: (count) => `and ${count} more`,
    cited: 'cited',
    earlier: 'Earlier',
    later: 'Later',
    previousSource: 'Source',
    nextSource: 'Source',
    readHint: (command) => `the whole article: ${command}`,
  },
  id: {
    titles: {
      search: 'Pencarian',
      sources: 'Sumber',
      'who-said': 'Siapa yang berkata',
      timeline: 'Linimasa',
      denials: 'Bantahan',
      cite: 'Lacak sumber',
      read: 'Baca',
      help: 'Bantuan',
    },
    range: (from, to, total) => `hasil ${from}–${to} dari ${total}`,
    firstOf: (shown, total) => `menampilkan ${shown} pertama dari ${total} kecocokan; naikkan \`batas\` untuk melihat lebih banyak`,
    noResults: (query) => `tidak ada hasil untuk ${query}.`,
    noResultsAtAll: 'tidak ada hasil.',
    didYouMean: 'Mungkin maksud Anda',
    previous: 'Sebelumnya',
    next: 'Berikutnya',
    pageOf: (page, pages) => `${page} / ${pages}`,
    context: (rank) => `Konteks ${rank}`,
    contextHeading: 'Paragraf yang dikutip selengkapnya',
    contextMissing: 'Paragraf itu sudah tidak ada di korpus; jalankan perintahnya lagi.',
    reported: 'kutipan tidak langsung',
    fragment: 'penggalan',
    via: 'melalui',
    denies: 'membantah',
    answers: 'menanggapi',
    moreSources: (count) => `dan ${count} lagi (lihat Konteks)`,
    precision: { day: 'hari', week: 'minggu', month: 'bulan', year: 'tahun' },
    kinds: { denial: 'bantahan', dismissal: 'penepisan', 'no-comment': 'tanpa komentar', 'walk-back': 'ralat' },
    onlyOwner: 'Hanya orang yang menjalankan perintah ini yang bisa membalik halamannya. Jalankan sendiri untuk menelusuri.',
    expired: 'Tombol ini sudah kedaluwarsa; jalankan perintahnya lagi.',
    busy: 'Sumber sedang sibuk; coba lagi beberapa detik lagi.',
    cooldown: (seconds) => `Terlalu cepat; coba lagi dalam ${seconds} detik.`,
    failed: 'Maaf, terjadi kesalahan saat menjawab. Kesalahan sudah dicatat; silakan coba lagi.',
    answeredBelow: 'Jawabannya butuh waktu, jadi disiapkan secara pribadi dulu; jawaban untuk semua orang ada di bawah.',
    unknownCommand: 'Perintah ini sudah tidak tersedia; bot mungkin sudah diperbarui.',
    noMessageText: 'Pesan ini tidak berisi teks untuk dilacak (hanya gambar, stiker, atau tautan?). Tempelkan klaimnya ke `/lacak-sumber klaim:`.',
    invalidOptions: (details) => `Tidak bisa diproses: ${details}`,
    stopping: 'Sumber sedang dimulai ulang; coba lagi sebentar lagi.',
    contextTitle: 'Konteks',
    paragraphOf: (paragraph, total) => `¶ ${paragraph} dari ${total}`,
    paragraphsOf: (from, to, total) => `¶ ${from}–${to} dari ${total}`,
    sourceOf: (source, sources) => `sumber ${source} dari ${sources}`,
    moreSourcesCount: (count) => `dan ${count} lagi`,
    cited: 'dikutip',
    earlier: 'Sebelumnya',
    later: 'Berikutnya',
    previousSource: 'Sumber',
    nextSource: 'Sumber',
    readHint: (command) => `artikel selengkapnya: ${command}`,
  },
};

/** Indonesian for a client set to Indonesian, English for every other client language. */
export function localeOfDiscord(discordLocale: string | null | undefined): Locale {
  return discordLocale === 'id' ? 'id' : 'en';
}
