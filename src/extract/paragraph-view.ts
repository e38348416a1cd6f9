import type { Paragraph } from '../corpus/types.js';
import { foldText } from '../language/fold.js';
import { type SentenceSpan, splitSentences } from '../language/sentences.js';
import { scanTokens } from '../language/tokenize.js';
import { findQuoteMarks, type QuoteMarks } from './quotes/find-quote-marks.js';
import { lexicon } from './quotes/lexicon.js';
import { isAcronym, type Token, tokenize } from './quotes/tokens.js';

/**
 * One paragraph as every extractor reads it, built once per paragraph of an article and shared by
 * the quote reader and the denial reader: its sentences, its quotations, its tokens (words and
 * punctuation, each knowing the quotation it sits in) and, derived from the same tokens, its words.
 */

/**
 * A word or number as the denial reader takes it: the matches of the search tokenizer's TOKEN
 * ("1.000", "2,5", "non-proliferasi"), so without the initials' full stops and the handles' '@'
 * the quote tokens keep; `fold` is `foldText` of it (no possessive dropped, unlike a token's).
 */
export interface Word {
  readonly text: string;
  readonly fold: string;
  readonly start: number;
  readonly end: number;
  /** Starts with a capital letter. */
  readonly cap: boolean;
}

/** A token range [from, to) of a paragraph's tokens. */
export interface TokenRange {
  readonly from: number;
  readonly to: number;
}

const NO_NAMES: ReadonlySet<string> = new Set();

const MAX_ACRONYM = Math.max(0, ...[...lexicon.acronymWords].map((w) => w.length));

const CAPITAL = /^\p{Lu}/u;

export class ParagraphView {
  readonly text: string;
  /** Quotations, as `findQuoteMarks` finds them. */
  readonly marks: readonly QuoteMarks[];
  readonly tokens: readonly Token[];
  /**
   * Lookup keys of the tokens, parallel to `tokens`, for phrase-table lookups: each token's fold,
   * marked (see `acronymKey`) for a lower-case spelling of a word the lexicon knows only as an acronym.
   */
  readonly keys: readonly string[];
  /** Sentences as character spans, as `splitSentences` finds them. */
  readonly spans: readonly SentenceSpan[];
  /** Sentences as token ranges [from, to); a quotation never straddles two of them. */
  readonly sentences: readonly TokenRange[];
  /** Speaker phrases already parsed in this paragraph, by token range (the same range is asked for several times). */
  readonly phrases = new Map<number, unknown>();
  /**
   * Folded words the article writes capitalised inside a sentence: names. A capitalised dictionary
   * word that opens a sentence ("Salah satu …", "Berdasarkan …") is a name only if it is among them.
   * Set by the article's reader once every paragraph is tokenised; empty for a paragraph read alone.
   */
  knownNames: ReadonlySet<string> = NO_NAMES;
  #words: Word[] | undefined;
  #quotes: [number, number][] | undefined;

  constructor(
    readonly paragraph: Paragraph,
    spans: readonly SentenceSpan[] = splitSentences(paragraph.text),
  ) {
    const text = paragraph.text;
    this.text = text;
    this.spans = spans;
    const marks = findQuoteMarks(text);
    const tokens = tokenize(text, marks);
    this.marks = marks;
    this.tokens = tokens;
    // "Un" in "Kim Jong Un" is not the UN, nor "as" the United States: such words match only in capitals.
    // (acronyms are at most six letters: longer words are not looked up)
    this.keys = tokens.map((t) => (t.fold.length <= MAX_ACRONYM && lexicon.acronymWords.has(t.fold) && !isAcronym(t) ? acronymKey(t.fold) : t.fold));
    const sentences = sentenceRanges(text, marks, tokens, spans);
    for (const s of sentences) {
      let k = s.from;
      while (k < s.to && tokens[k]!.kind !== 'word') k++;
      if (k < s.to) tokens[k]!.initial = true;
    }
    this.sentences = sentences;
  }

  /**
   * The paragraph's words and numbers (the search tokenizer's TOKEN matches), read off the tokens:
   * a word token standing alone between spaces, of ASCII letters, digits and hyphens, is a word
   * as it is; the rare other runs of characters between spaces ("2,5", "S.", "@nama") are scanned again.
   */
  get words(): readonly Word[] {
    return (this.#words ??= wordsOf(this.text, this.tokens));
  }

  /** [open, close] offsets of double quotation marks (“…”, "…", «…»); close is the text length when unclosed. */
  get quotes(): readonly (readonly [number, number])[] {
    return (this.#quotes ??= quoteSpans(this.text));
  }
}

/** One view per paragraph of an article, sharing the article's names (see `ParagraphView.knownNames`). */
export function viewArticle(paragraphs: readonly Paragraph[], spansOf?: (index: number) => readonly SentenceSpan[]): ParagraphView[] {
  const views = paragraphs.map((p, i) => new ParagraphView(p, spansOf ? spansOf(i) : splitSentences(p.text)));
  const knownNames = capitalisedInside(views);
  for (const view of views) view.knownNames = knownNames;
  return views;
}

/**
 * The key of a lower-case spelling of a word the lexicon knows only as an acronym ("un", "as"): a
 * control character after it, which no folded word and no phrase of the lexicon holds, so that
 * phrase lookups miss it.
 */
export const acronymKey = (fold: string): string => `${fold}\u0000`;

function wordsOf(text: string, tokens: readonly Token[]): Word[] {
  const words: Word[] = [];
  const n = tokens.length;
  for (let k = 0; k < n; ) {
    // a run of tokens with no space between them
    const first = tokens[k]!;
    let last = k;
    while (last + 1 < n && tokens[last + 1]!.start === tokens[last]!.end) last++;
    if (last === k && first.kind === 'word' && plainWord(first.text)) words.push(first);
    else {
      const from = first.start;
      scanTokens(text.slice(from, tokens[last]!.end), (start, end) => {
        const word = text.slice(from + start, from + end);
        words.push({ text: word, fold: foldText(word), start: from + start, end: from + end, cap: capitalised(word) });
      });
    }
    k = last + 1;
  }
  return words;
}

/** ASCII letters, digits and hyphens, one TOKEN match whole: a letter first, or digits only. */
function plainWord(word: string): boolean {
  const c0 = word.charCodeAt(0);
  const digitsOnly = c0 >= 48 && c0 <= 57;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45) {
      if (digitsOnly) return false;
    } else if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Starts with a capital letter (ASCII answered without a regular expression). */
function capitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return CAPITAL.test(word);
}

function quoteSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\u201C' || ch === '\u00AB' || (ch === '"' && open < 0)) {
      if (open < 0) open = i;
    } else if ((ch === '\u201D' || ch === '\u00BB' || ch === '"') && open >= 0) {
      spans.push([open, i]);
      open = -1;
    }
  }
  if (open >= 0) spans.push([open, text.length]);
  return spans;
}

/** Sentence spans merged wherever a boundary falls inside a quotation, mapped to token indices. */
function sentenceRanges(text: string, marks: readonly QuoteMarks[], tokens: readonly Token[], split: readonly SentenceSpan[]): { from: number; to: number }[] {
  const inside = (offset: number): boolean => marks.some((m) => offset > (m.open === -1 ? 0 : m.open) && offset < (m.close === -1 ? text.length : m.close));
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
function capitalisedInside(views: readonly ParagraphView[]): Set<string> {
  const names = new Set<string>();
  for (const view of views) for (const t of view.tokens) if (t.cap && !t.initial && t.kind === 'word') names.add(t.fold);
  return names;
}

/** Verbatim text of tokens [from, to). */
export const sliceTokens = (view: ParagraphView, from: number, to: number): string =>
  to > from ? view.text.slice(view.tokens[from]!.start, view.tokens[to - 1]!.end) : '';
