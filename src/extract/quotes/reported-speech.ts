import type { ParagraphView } from '../paragraph-view.js';
import { lexicon } from './lexicon.js';
import type { Attribution } from './resolve-cue.js';
import type { Cue } from './speech-cues.js';
import { isComma } from './word-classes.js';

/**
 * Reported statements of one sentence: "Kirby juga menyampaikan bahwa …", "…, kata Gedung Putih",
 * "Menurut X, …", "…, ungkap Departemen Luar Negeri AS", "X said (that) …". The statement is the
 * verbatim clause from the speaker phrase to the end of what is reported (the whole sentence when
 * the speaker opens it), never the text of a direct quotation that completes the sentence.
 */

export interface StatementSpan {
  /** Token range [from, to) of the statement. */
  readonly from: number;
  readonly to: number;
  readonly attribution: Attribution;
}

/** A direct quotation of the sentence, as token indices of its marks, and whether it is a fragment. */
export interface SentenceQuote {
  readonly openToken: number;
  readonly closeToken: number;
  readonly fragment: boolean;
}

const MIN_REPORTED_WORDS = 3;

/** The reported statements of the sentence [sFrom, sTo), from its cues and their attributions. */
export function reportedStatements(
  view: ParagraphView,
  sFrom: number,
  sTo: number,
  cues: readonly Cue[],
  attributions: readonly Attribution[],
  quotes: readonly SentenceQuote[],
): StatementSpan[] {
  const out: StatementSpan[] = [];
  const last = lastWord(view, sFrom, sTo);
  cues.forEach((cue, n) => {
    const attribution = attributions[n]!;
    if (!cue.statement || !attribution.entities) return;
    let span: { from: number; to: number } | null = null;
    // "“…,” he told reporters": the attribution of a direct quotation reports nothing more.
    let q = cue.attrFrom - 1;
    while (q >= sFrom && view.tokens[q]!.kind === 'punct') q--;
    if (q >= sFrom && view.tokens[q]!.kind === 'close') return;
    const before = view.tokens[cue.attrFrom - 1];
    const postPosed = cue.attrFrom > sFrom && isComma(before) && view.tokens[cue.attrFrom - 2]?.kind !== 'close';
    if (cue.type === 'according') {
      if (cue.attrFrom === firstWord(view, sFrom, sTo)) span = { from: skipPunct(view, cue.attrTo, sTo), to: last };
      // "…, menurut data Ukraina." reports the clause before; "Pakta itu, menurut Kirby, melanggar …" the sentence.
      else span = postPosed && skipPunct(view, cue.attrTo, sTo) >= last ? { from: sFrom, to: cue.attrFrom - 1 } : { from: sFrom, to: last };
    } else if (cue.type === 'thus') {
      // "Pembangunan waduk akan dilanjutkan …, demikian pernyataan Kementerian …": the clause before.
      if (isComma(before)) span = { from: clauseStart(cues, n, sFrom), to: cue.attrFrom - 1 };
    } else if (cue.type === 'post' || cue.type === 'clitic') {
      const after = skipPunct(view, cue.attrTo, sTo);
      const opening = cue.attrFrom === firstWord(view, sFrom, sTo) || (isComma(before) && connectiveBefore(view, sFrom, cue.attrFrom - 1));
      // "Kata dia, alasan …", "Bahkan, katanya dia sempat …": the rest of the sentence is reported.
      if (opening && (isComma(view.tokens[cue.attrTo]) || cue.type === 'clitic') && after < last) span = { from: after, to: last };
      // "Hasil temuannya, kata dia, terdapat 52 korban …": a cue set in commas reports the whole sentence.
      else if (postPosed && isComma(view.tokens[cue.attrTo]) && after < last && clauseStart(cues, n, sFrom) === sFrom) span = { from: sFrom, to: last };
      else if (postPosed) span = { from: clauseStart(cues, n, sFrom), to: cue.attrFrom - 1 };
    } else if (cue.type === 'active') {
      const next = cues.slice(n + 1).find((c) => c.phrase !== null && !sameSpeakers(attributions[cues.indexOf(c)]!, attribution));
      const sentenceEnd = next ? next.attrFrom : last;
      const end = cutClosingQuote(view, cue.at + cue.length, sentenceEnd, quotes);
      const content = reportedWords(view, cue, end);
      // Words before a closing quotation must say something of their own ("… bahwa kedua negara akan “…”" does not).
      const needed = end < sentenceEnd ? MIN_REPORTED_WORDS + 2 : hasComplementiser(view, cue, end) ? MIN_REPORTED_WORDS : MIN_REPORTED_WORDS + 1;
      // "…, the office said." and "…, he said, adding that …": the clause before is reported.
      const participle = isComma(view.tokens[cue.at + cue.length]) && cues[n + 1]?.at === cue.at + cue.length + 1 && cues[n + 1]!.phrase === null;
      if (postPosed && ((content === 0 && end === sentenceEnd) || participle)) span = { from: clauseStart(cues, n, sFrom), to: cue.attrFrom - 1 };
      else if (content >= needed) span = { from: cue.phrase ? cue.attrFrom : elidedStart(out, attribution, sFrom), to: end };
    }
    if (!span) return;
    // A clause holding a direct quotation or another attribution is not one reported statement.
    if (
      cue.type !== 'active' &&
      (quotes.some((q) => !q.fragment && q.openToken >= span.from && q.openToken < span.to) ||
        cues.some((c, m) => m !== n && c.attrFrom >= span.from && c.attrFrom < span.to))
    )
      return;
    const to = trimEnd(view, span.from, span.to);
    if (countWords(view, span.from, to) < MIN_REPORTED_WORDS) return;
    const previous = out[out.length - 1];
    if (previous && sameSpeakers(previous.attribution, attribution) && span.from <= previous.to + 2) {
      out[out.length - 1] = { ...previous, to: Math.max(previous.to, to) };
      return;
    }
    out.push({ from: span.from, to, attribution });
  });
  return out;
}

/** Tokens [sFrom, comma) are a connective opening the sentence ("Bahkan", "Namun", "Selain itu"). */
function connectiveBefore(view: ParagraphView, sFrom: number, comma: number): boolean {
  const first = sFrom < comma ? view.tokens[sFrom] : undefined;
  if (first?.kind !== 'word' || comma - sFrom > 3) return false;
  return lexicon.functionWords.has(first.fold) || lexicon.adverbs.matchAt(view.keys, sFrom, comma) > 0;
}

const sameSpeakers = (a: Attribution, b: Attribution): boolean =>
  a.entities !== null && b.entities !== null && a.entities.length === b.entities.length && a.entities.every((e, i) => e === b.entities![i]);

/** A left-out subject ("…, menyatakan bahwa", "…, dengan mengatakan"): the statement it continues, or the sentence. */
function elidedStart(out: readonly StatementSpan[], attribution: Attribution, sFrom: number): number {
  const previous = out[out.length - 1];
  return previous && sameSpeakers(previous.attribution, attribution) ? previous.from : sFrom;
}

/** Where the clause before a post-posed cue begins: after an earlier cue's attribution in the sentence, or the sentence start. */
function clauseStart(cues: readonly Cue[], n: number, sFrom: number): number {
  const earlier = cues[n - 1];
  return earlier && earlier.type !== 'active' ? earlier.attrTo + 1 : sFrom;
}

/**
 * A direct quotation that is no fragment and ends the sentence is its own record
 * ("Kirby mengatakan pengiriman … melanggar resolusi PBB “itulah sebabnya …”."): the statement stops before it.
 */
function cutClosingQuote(view: ParagraphView, from: number, to: number, quotes: readonly SentenceQuote[]): number {
  for (const q of quotes) {
    if (q.fragment || q.openToken < from || q.openToken >= to) continue;
    const closeAt = q.closeToken < 0 ? view.tokens.length : q.closeToken;
    let k = closeAt + 1;
    while (k < to && view.tokens[k]!.kind === 'punct') k++;
    if (k >= to) return q.openToken;
  }
  return to;
}

/** Words reported after the cue: after "bahwa"/"that" if it comes early, and none when only a listener or a time follows. */
function reportedWords(view: ParagraphView, cue: Cue, end: number): number {
  const words: number[] = [];
  for (let k = cue.at + cue.length; k < end; k++) if (view.tokens[k]!.kind === 'word' || view.tokens[k]!.kind === 'open') words.push(k);
  const that = words.findIndex((k, i) => i < 10 && lexicon.complementisers.has(view.keys[k]!));
  if (that >= 0) return words.length - that - 1;
  if (words.length === 0) return 0;
  const first = view.keys[words[0]!]!;
  if (lexicon.statementObjects.matchAt(view.keys, words[0]!) > 0 && words.length <= 9) return 0;
  if ((lexicon.adjunctPrepositions.has(first) || lexicon.listeners.has(first)) && words.length <= 6) return 0;
  return words.length;
}

function hasComplementiser(view: ParagraphView, cue: Cue, end: number): boolean {
  for (let k = cue.at + cue.length; k < Math.min(end, cue.at + cue.length + 12); k++) if (lexicon.complementisers.has(view.keys[k]!)) return true;
  return false;
}

function countWords(view: ParagraphView, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (view.tokens[k]!.kind === 'word') n++;
  return n;
}

/** Drops trailing punctuation and the conjunction that joined the next clause ("…, dengan"). */
function trimEnd(view: ParagraphView, from: number, to: number): number {
  for (;;) {
    const t = view.tokens[to - 1];
    if (to <= from || !t) return to;
    if ((t.kind === 'punct' && t.text !== ')') || (t.kind === 'word' && lexicon.functionWords.has(t.fold) && to - 1 > from && isComma(view.tokens[to - 2])))
      to--;
    else return to;
  }
}

function skipPunct(view: ParagraphView, k: number, to: number): number {
  while (k < to && view.tokens[k]!.kind === 'punct') k++;
  return k;
}

function firstWord(view: ParagraphView, sFrom: number, sTo: number): number {
  return skipPunct(view, sFrom, sTo);
}

function lastWord(view: ParagraphView, sFrom: number, sTo: number): number {
  return trimEnd(view, sFrom, sTo);
}
