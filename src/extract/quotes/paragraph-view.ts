import { splitSentences, type SentenceSpan } from '../../language/sentences.js';
import { findQuoteMarks, type QuoteMarks } from './find-quote-marks.js';
import { lexicon } from './lexicon.js';
import { isAcronym, type Token, tokenize } from './tokens.js';

/** One paragraph prepared for attribution: quotations, tokens and sentences as token ranges. */
export interface ParagraphView {
  readonly text: string;
  readonly marks: readonly QuoteMarks[];
  readonly tokens: readonly Token[];
  /** Folded token texts, parallel to `tokens`, for phrase-table lookups. */
  readonly words: readonly string[];
  /** Sentences as token ranges [from, to); a quotation never straddles two of them. */
  readonly sentences: readonly { readonly from: number; readonly to: number }[];
  /** Speaker phrases already parsed in this paragraph, by token range (the same range is asked for several times). */
  readonly phrases: Map<number, unknown>;
  /**
   * Folded words the article writes capitalised inside a sentence: names. A capitalised dictionary
   * word that opens a sentence ("Salah satu …", "Berdasarkan …") is a name only if it is among them.
   * Set by the article's reader once every paragraph is tokenised; empty for a paragraph read alone.
   */
  knownNames: ReadonlySet<string>;
}

const NO_NAMES: ReadonlySet<string> = new Set();

const MAX_ACRONYM = Math.max(0, ...[...lexicon.acronymWords].map((w) => w.length));

/** Prepares a paragraph's text for attribution (quotations, tokens, sentences); `split` is its sentences when already known. */
export function viewParagraph(text: string, split: readonly SentenceSpan[] = splitSentences(text)): ParagraphView {
  const marks = findQuoteMarks(text);
  const tokens = tokenize(text, marks);
  // "Un" in "Kim Jong Un" is not the UN, nor "as" the United States: such words match only in capitals.
  // (acronyms are at most six letters: longer words are not looked up)
  const words = tokens.map((t) => (t.fold.length <= MAX_ACRONYM && lexicon.acronymWords.has(t.fold) && !isAcronym(t) ? `${t.fold}\u0000` : t.fold));
  const sentences = sentenceRanges(text, marks, tokens, split);
  for (const s of sentences) {
    let k = s.from;
    while (k < s.to && tokens[k]!.kind !== 'word') k++;
    if (k < s.to) tokens[k]!.initial = true;
  }
  return { text, marks, tokens, words, sentences, phrases: new Map(), knownNames: NO_NAMES };
}

/** Sentence spans merged wherever a boundary falls inside a quotation, mapped to token indices. */
function sentenceRanges(text: string, marks: readonly QuoteMarks[], tokens: readonly Token[], split: readonly SentenceSpan[]): { from: number; to: number }[] {
  const inside = (offset: number): boolean =>
    marks.some((m) => offset > (m.open === -1 ? 0 : m.open) && offset < (m.close === -1 ? text.length : m.close));
  const spans: { start: number; end: number }[] = [];
  for (const s of split) {
    const last = spans[spans.length - 1];
    if (last && inside(s.start)) last.end = s.end;
    else spans.push({ start: s.start, end: s.end });
  }
  const ranges: { from: number; to: number }[] = [];
  let t = 0;
  for (const s of spans) {
    const from = t;
    while (t < tokens.length && tokens[t]!.start < s.end) t++;
    if (t > from) ranges.push({ from, to: t });
  }
  if (t < tokens.length) {
    const last = ranges[ranges.length - 1];
    if (last) last.to = tokens.length;
    else ranges.push({ from: t, to: tokens.length });
  }
  return ranges;
}

/** The folded words an article's views write capitalised inside a sentence (see `ParagraphView.knownNames`). */
export function capitalisedInside(views: readonly ParagraphView[]): Set<string> {
  const names = new Set<string>();
  for (const view of views) for (const t of view.tokens) if (t.cap && !t.initial && t.kind === 'word') names.add(t.fold);
  return names;
}

/** Verbatim text of tokens [from, to). */
export const sliceTokens = (view: ParagraphView, from: number, to: number): string =>
  to > from ? view.text.slice(view.tokens[from]!.start, view.tokens[to - 1]!.end) : '';
