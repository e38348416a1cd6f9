import type { Locale } from '../answers/types.js';
import type { ReloadReport } from './live-index.js';

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** Up to a few names of files, then how many more. */
function names(files: readonly string[], locale: Locale): string {
  if (files.length === 0) return '';
  const shown = files.slice(0, 5).join(', ');
  const more = files.length - 5;
  return more > 0 ? ` (${shown}, ${locale === 'id' ? `dan ${more} lagi` : `and ${more} more`})` : ` (${shown})`;
}

/**
 * What an update did, in a few lines: the outcome and time, articles added, changed and removed
 * (with their files), paragraphs before and after, how the search side was updated, whether the
 * index was saved, and the files whose last good version is still served.
 */
export function describeReload(report: ReloadReport, locale: Locale): string {
  const id = locale === 'id';
  const lines: string[] = [];
  const seconds = report.ms < 1000 ? `${report.ms} ms` : `${(report.ms / 1000).toFixed(1)} s`;
  if (report.outcome === 'updated') lines.push(id ? `Indeks diperbarui dalam ${seconds}.` : `Index updated in ${seconds}.`);
  else if (report.outcome === 'unchanged')
    lines.push(id ? `Tidak ada yang berubah di folder korpus (diperiksa dalam ${seconds}).` : `Nothing changed in the corpus folder (checked in ${seconds}).`);
  else
    lines.push(
      id
        ? `Indeks saat ini tetap dipakai: ${report.reason ?? 'pembaruan gagal'}.`
        : `The current index is still served: ${report.reason ?? 'the update failed'}.`,
    );
  if (report.outcome === 'updated' || report.outcome === 'unchanged') {
    lines.push(
      id
        ? `Artikel: ${report.added.length} ditambah${names(report.added, locale)}, ${report.changed.length} diubah${names(report.changed, locale)}, ${report.removed.length} dihapus${names(report.removed, locale)}.`
        : `Articles: ${report.added.length} added${names(report.added, locale)}, ${report.changed.length} changed${names(report.changed, locale)}, ${report.removed.length} removed${names(report.removed, locale)}.`,
    );
    const delta = report.paragraphs - report.paragraphsBefore;
    const sign = delta >= 0 ? `+${delta}` : `${delta}`;
    lines.push(
      id
        ? `Sekarang ${report.articles.toLocaleString('id-ID')} artikel, ${report.paragraphs.toLocaleString('id-ID')} paragraf (${sign}); ${report.extracted} artikel dibaca dan diekstraksi ulang.`
        : `Now ${plural(report.articles, 'article')}, ${plural(report.paragraphs, 'paragraph')} (${sign}); ${plural(report.extracted, 'article')} cleaned and extracted again.`,
    );
  }
  if (report.enginePath) lines.push(id ? `Pencarian: ${report.enginePath}.` : `Search: ${report.enginePath}.`);
  if (report.outcome === 'updated') {
    if (report.saved === true) lines.push(id ? `Disimpan untuk start berikutnya (${report.saveMs} ms).` : `Saved for the next start (${report.saveMs} ms).`);
    else if (typeof report.saved === 'string') lines.push(id ? `Belum disimpan: ${report.saved}.` : `Not saved: ${report.saved}.`);
  }
  for (const problem of report.held.slice(0, 5)) {
    lines.push(
      id
        ? `${problem.file}: ${problem.message}; versi terakhir yang terbaca tetap dipakai.`
        : `${problem.file}: ${problem.message}; its last readable version is still served.`,
    );
  }
  if (report.held.length > 5)
    lines.push(id ? `… dan ${report.held.length - 5} berkas lagi yang tak terbaca.` : `… and ${report.held.length - 5} more unreadable files.`);
  return lines.join('\n');
}
