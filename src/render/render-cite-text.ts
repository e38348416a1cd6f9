import type { AnswerFor, Locale } from '../answers/types.js';
import type { Citation } from '../corpus/types.js';
import { citeWords, supportsClaim, verdictLine } from './cite-words.js';
import { describeNote, labels } from './describe-citation.js';

/**
 * `/cite` as text (CLI, console): when no passage supports the claim, "Not found in the corpus"
 * first; then each passage with its verdict first, its speaker, the passage verbatim, what the
 * claim adds, drops or changes (both sides as written), a different speaker, and the citation.
 */
export function renderCiteText(answer: AnswerFor<'cite'>, locale: Locale, offset: number, lines: string[], cite: (c: Citation) => void): void {
  const words = citeWords[locale];
  for (const note of answer.notes ?? []) lines.push(`(${describeNote(note, locale)})`);
  if (answer.results.length > 0 && !supportsClaim(answer.results)) lines.push(`${words.notFound}: ${words.relatedOnly}.`);
  answer.results.forEach((r, i) => {
    const who = r.speaker === null ? '' : ` — ${r.speaker} (${r.direct ? words.direct : words.reported})`;
    lines.push(`${offset + i + 1}. ${verdictLine(r, locale)}${who}`);
    lines.push(`   “${r.text}”`);
    for (const d of r.differences) {
      if (d.kind === 'speaker') lines.push(`   ${words.differentSpeaker}: ${words.speakerLine(d.source ?? labels[locale].unattributed, d.claim ?? '')}`);
      else if (d.kind === 'changed') lines.push(`   ${words.kinds.changed}: “${d.claim ?? ''}” (${words.sourceSide}: “${d.source ?? ''}”)`);
      else lines.push(`   ${words.kinds[d.kind]}: “${d.kind === 'added' ? (d.claim ?? '') : (d.source ?? '')}”`);
    }
    cite(r.citation);
  });
}
