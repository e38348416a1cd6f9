import { CITE_PIECES, type CitePiece, type CiteResult } from '../answers/cite/cite-types.js';
import type { Locale } from '../answers/types.js';
import { citeWords, supportsClaim, verdictLine } from './cite-words.js';
import { cleanDisplayText, escapeDiscordMarkdown, fitMarkdown, quoteLines } from './discord-text.js';
import type { ResultView } from './result-view.js';

/** Most halvings of the context around the differences before the passage is shown without its marks. */
const SHRINK_STEPS = 12;

/**
 * A source passage as a Discord block quote of at most `max` characters, with the claim's
 * differences marked: the source's words the claim drops (or replaces) struck through, the claim's
 * own words in bold where it adds or puts them. Every piece is escaped on its own, so the texts'
 * markdown shows as written and the marks are the only markdown. When the whole passage does not
 * fit, the text around the differences is shortened ("…"); when even that does not fit, the
 * passage is shown plain (the differences are listed beside it).
 */
export function markedPassage(pieces: readonly CitePiece[], max: number): string {
  if (max <= 2) return '';
  const marked = pieces.some((p) => p.kind !== 'same');
  const plain = pieces
    .filter((p) => p.kind !== 'added')
    .map((p) => p.text)
    .join('');
  if (!marked) return fitQuote(plain, max);
  const first = pieces.findIndex((p) => p.kind !== 'same');
  let last = pieces.length - 1;
  while (pieces[last]!.kind === 'same') last--;
  let context = Number.POSITIVE_INFINITY;
  for (let step = 0; step <= SHRINK_STEPS; step++) {
    const shown = pieces.map((p, i) => (i < first ? { ...p, text: tail(p.text, context) } : i > last ? { ...p, text: head(p.text, context) } : p));
    const markdown = quoteLines(joinPieces(shown));
    if (markdown.length <= max) return markdown;
    context = context === Number.POSITIVE_INFINITY ? 200 : Math.floor(context / 2);
  }
  return fitQuote(plain, max);
}

function fitQuote(text: string, max: number): string {
  return quoteLines(fitMarkdown(text.replace(/\s*\n\s*/gu, ' '), max - 2));
}

/** The pieces as markdown: each escaped, its marks against its words (Discord wants no space inside them). */
function joinPieces(pieces: readonly CitePiece[]): string {
  let out = '';
  pieces.forEach((piece, i) => {
    const text = escapeDiscordMarkdown(cleanDisplayText(piece.text).replace(/\s*\n\s*/gu, ' '));
    if (piece.kind === 'same') {
      out += text;
      return;
    }
    const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/u.exec(text) ?? [];
    if (core === '') {
      out += text;
      return;
    }
    const mark = piece.kind === 'removed' ? '~~' : '**';
    if (piece.kind === 'added') {
      // the claim's words put in among the source's: a space on each side that has none
      const next = pieces[i + 1]?.text ?? '';
      out += `${out === '' || /\s$/u.test(out) ? '' : ' '}${mark}${core}${mark}${next === '' || /^[\s.,;:!?)\]”’"']/u.test(next) ? '' : ' '}`;
      return;
    }
    out += `${lead}${mark}${core}${mark}${trail}`;
  });
  return out;
}

/** The last `n` characters of the text before the differences, "…" marking the cut. */
function tail(text: string, n: number): string {
  if (text.length <= n) return text;
  let from = text.length - n;
  const space = text.indexOf(' ', from);
  if (space >= 0 && space < text.length - 1) from = space + 1;
  return `…${text.slice(from)}`;
}

/** The first `n` characters of the text after the differences, "…" marking the cut. */
function head(text: string, n: number): string {
  if (text.length <= n) return text;
  let to = n;
  const space = text.lastIndexOf(' ', to);
  if (space > 0) to = space;
  return `${text.slice(0, to)}…`;
}

// Caps per piece of a result's lead and notes, so that the passage keeps most of the room.
const NAME_MAX = 120;
const DIFFERENCE_MAX = 160;
/** Word differences listed beside a passage shown without inline marks (a translation). */
const LISTED_DIFFERENCES = 4;

/**
 * A /cite result as an embed's parts: the verdict first ("**Altered: 3 changes** · different
 * speaker"), the speaker, the passage with its differences marked, and a note naming the source's
 * speaker when the claim gives another. A translation's passage carries no inline marks (its words
 * are in another language than the claim's); its unmatched words are listed instead.
 */
export function citeView(r: CiteResult, locale: Locale): ResultView {
  const words = citeWords[locale];
  const lead = [`**${escapeDiscordMarkdown(verdictLine(r, locale))}**`];
  if (r.speaker !== null) lead.push(`${fitMarkdown(r.speaker, NAME_MAX)} (${r.direct ? words.direct : words.reported})`);
  const notes: string[] = [];
  for (const d of r.differences) {
    if (d.kind === 'speaker') notes.push(`${words.differentSpeaker}: ${fitMarkdown(words.speakerLine(d.source ?? '', d.claim ?? ''), 2 * NAME_MAX)}`);
  }
  const pieces = r[CITE_PIECES];
  const inline = pieces !== undefined && r.verdict !== 'translated';
  if (!inline) {
    const listed = r.differences.flatMap((d) => (d.kind === 'speaker' ? [] : [{ ...d, kind: d.kind }]));
    for (const d of listed.slice(0, LISTED_DIFFERENCES)) {
      const side = d.kind === 'added' ? d.claim : d.source;
      notes.push(
        d.kind === 'changed'
          ? `${words.kinds.changed}: “${fitMarkdown(d.claim ?? '', DIFFERENCE_MAX)}” (${words.sourceSide}: “${fitMarkdown(d.source ?? '', DIFFERENCE_MAX)}”)`
          : `${words.kinds[d.kind]}: “${fitMarkdown(side ?? '', DIFFERENCE_MAX)}”`,
      );
    }
    if (listed.length > LISTED_DIFFERENCES) notes.push(words.moreDifferences(listed.length - LISTED_DIFFERENCES));
  }
  return {
    snippet: r.text,
    lead: lead.join(' · '),
    notes,
    citations: [r.citation],
    related: null,
    ...(inline ? { marked: (max: number) => markedPassage(pieces, max) } : {}),
  };
}

/**
 * What a /cite header says besides the query: "Not found in the corpus" when no passage supports
 * the claim (related ones only), and how to read the marks when a passage has them.
 */
export function citeHeaderLines(results: readonly CiteResult[], locale: Locale): string[] {
  const words = citeWords[locale];
  const lines: string[] = [];
  if (results.length > 0 && !supportsClaim(results)) lines.push(`**${escapeDiscordMarkdown(words.notFound)}** — ${escapeDiscordMarkdown(words.relatedOnly)}`);
  if (results.some((r) => r.verdict === 'altered')) lines.push(`-# ${words.legend}`);
  return lines;
}
