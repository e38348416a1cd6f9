import type { AnswerNote, Locale } from '../answers/types.js';
import type { Citation } from '../corpus/types.js';

/** Words for each language the answers are shown in. */
export const labels = {
  en: {
    approximate: 'approximate',
    dateUnknown: 'date unknown',
    outletUnknown: 'outlet unknown',
    paragraph: 'paragraph',
    paragraphs: 'paragraphs',
    unattributed: 'unattributed',
    untitled: 'untitled',
  },
  id: {
    approximate: 'perkiraan',
    dateUnknown: 'tanggal tidak diketahui',
    outletUnknown: 'media tidak diketahui',
    paragraph: 'paragraf',
    paragraphs: 'paragraf',
    unattributed: 'tanpa atribusi',
    untitled: 'tanpa judul',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** "2023-10-14 (approximate)", or "date unknown": a date is never shown without saying how sure it is. */
export function describePublished(citation: Pick<Citation, 'published' | 'approximate'>, locale: Locale): string {
  const words = labels[locale];
  if (!citation.published) return words.dateUnknown;
  return citation.approximate ? `${citation.published} (${words.approximate})` : citation.published;
}

/** "EGINDO.co · 2023-10-14 (approximate) · Title · paragraph 7" */
export function describeCitation(citation: Citation, locale: Locale): string {
  const words = labels[locale];
  return [
    citation.outlet ?? words.outletUnknown,
    describePublished(citation, locale),
    citation.title ?? words.untitled,
    `${words.paragraph} ${citation.paragraph}`,
  ].join(' · ');
}

/** "speaker “Kirbi”: no such name; the nearest is John Kirby", in the user's language. */
export function describeNote(note: AnswerNote, locale: Locale): string {
  if (note.kind === 'nearest-name') {
    const option = locale === 'id' ? (note.option === 'speaker' ? 'pembicara' : 'pihak') : note.option;
    return locale === 'id'
      ? `${option} “${note.typed}” tidak ditemukan; yang terdekat: ${note.name}`
      : `${option} “${note.typed}” matches no name; the nearest is ${note.name}`;
  }
  if (note.kind === 'claimed-speaker') {
    return locale === 'id' ? `klaim ini menyebut ${note.name} sebagai pembicaranya` : `the claim names ${note.name} as its speaker`;
  }
  if (note.kind === 'cross-language') {
    const name = (language: 'id' | 'en') =>
      locale === 'id' ? (language === 'id' ? 'bahasa Indonesia' : 'bahasa Inggris') : language === 'id' ? 'Indonesian' : 'English';
    return locale === 'id'
      ? `klaim dalam ${name(note.claim)}; sumber dalam ${name(note.source)} dicocokkan lewat glosarium`
      : `the claim is in ${name(note.claim)}; sources in ${name(note.source)} were matched through the glossary`;
  }
  return locale === 'id'
    ? `tak satu pun kutipannya berada di paragraf tentang “${note.topic}”; ini kutipannya di artikel tentang itu`
    : `none of the speaker's quotes is in a paragraph about “${note.topic}”; these are their quotes in articles about it`;
}
