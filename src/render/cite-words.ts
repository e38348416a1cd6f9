import type { CiteDifference, CiteResult, CiteVerdict } from '../answers/cite/cite-types.js';
import type { Locale } from '../answers/types.js';

/** What a fact-checker calls each verdict and difference, in the user's language (corpus text is never translated). */
export interface CiteWords {
  readonly title: string;
  readonly verdict: (verdict: CiteVerdict, changes: number) => string;
  readonly notFound: string;
  /** Said before related passages when none supports the claim. */
  readonly relatedOnly: string;
  readonly differentSpeaker: string;
  readonly kinds: Readonly<Record<Exclude<CiteDifference['kind'], 'speaker'>, string>>;
  readonly speakerLine: (source: string, claim: string) => string;
  readonly sourceSide: string;
  readonly direct: string;
  readonly reported: string;
  /** How to read the marks of a passage on Discord. */
  readonly legend: string;
  readonly moreDifferences: (count: number) => string;
}

export const citeWords: Readonly<Record<Locale, CiteWords>> = {
  en: {
    title: 'Cite',
    verdict: (verdict, changes) =>
      verdict === 'verbatim'
        ? 'Verbatim'
        : verdict === 'altered'
          ? `Altered: ${changes} change${changes === 1 ? '' : 's'}`
          : verdict === 'translated'
            ? 'Translated'
            : 'Related only',
    notFound: 'Not found in the corpus',
    relatedOnly: 'no source says this; related passages only',
    differentSpeaker: 'different speaker',
    kinds: { added: 'added', removed: 'dropped', changed: 'changed' },
    speakerLine: (source, claim) => `the source's speaker is ${source}, not ${claim}`,
    sourceSide: 'source',
    direct: 'direct quote',
    reported: 'reported speech',
    legend: '~~struck~~: in the source, not the claim · **bold**: in the claim, not the source',
    moreDifferences: (count) => `and ${count} more`,
  },
  id: {
    title: 'Lacak sumber',
    verdict: (verdict, changes) =>
      verdict === 'verbatim'
        ? 'Sama persis'
        : verdict === 'altered'
          ? `Diubah: ${changes} perubahan`
          : verdict === 'translated'
            ? 'Terjemahan'
            : 'Hanya terkait',
    notFound: 'Tidak ditemukan di korpus',
    relatedOnly: 'tidak ada sumber yang mengatakan ini; hanya bagian yang terkait',
    differentSpeaker: 'pembicara berbeda',
    kinds: { added: 'ditambahkan', removed: 'dihilangkan', changed: 'diubah' },
    speakerLine: (source, claim) => `pembicara di sumber adalah ${source}, bukan ${claim}`,
    sourceSide: 'sumber',
    direct: 'kutipan langsung',
    reported: 'kutipan tidak langsung',
    legend: '~~dicoret~~: ada di sumber, tidak di klaim · **tebal**: ada di klaim, tidak di sumber',
    moreDifferences: (count) => `dan ${count} lagi`,
  },
};

/** How many word changes a result has (the speaker aside): the number "Altered: 3 changes" gives. */
export function changeCount(result: CiteResult): number {
  return result.differences.filter((d) => d.kind !== 'speaker').length;
}

/** True when some result supports the claim (verbatim, altered or translated), not only related passages. */
export function supportsClaim(results: readonly CiteResult[]): boolean {
  return results.some((r) => r.verdict !== 'related');
}

/** "Verbatim", "Altered: 3 changes · different speaker": a result's verdict first, as its first words. */
export function verdictLine(result: CiteResult, locale: Locale): string {
  const words = citeWords[locale];
  const speaker = result.differences.some((d) => d.kind === 'speaker');
  return [words.verdict(result.verdict, changeCount(result)), ...(speaker ? [words.differentSpeaker] : [])].join(' · ');
}
