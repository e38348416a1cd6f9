import { functionWords } from './lexicons.js';

/**
 * The shape of one block of page text (a line or a re-joined paragraph), from general features
 * in the manner of jusText: how long it is, how dense in function words (prose is dense in
 * them, menus, headlines, credits and widgets are not), how many of its other words are
 * capitalised (headlines and names of links are), and whether it ends a sentence.
 */
export interface BlockShape {
  /** Words: runs of characters between spaces that hold a letter or a digit. */
  readonly words: number;
  /** Words that are Indonesian or English function words. */
  readonly functionWords: number;
  /** Words that are neither function words nor numbers. */
  readonly contentWords: number;
  /** Content words that start with a capital letter. */
  readonly capitalised: number;
  /** Ends with sentence-final punctuation (possibly inside closing quotes or brackets). */
  readonly endsSentence: boolean;
}

/** How a block reads, from its shape alone; the neighbours decide the rest (see `clean-article.ts`). */
export type BlockClass =
  /** Running prose: long, dense in function words, ending a sentence. */
  | 'good'
  /** A short sentence: ends like one and is not in title case. */
  | 'sentence'
  /** Prose cut off (a page's last line, a wrapped line): lower-case words, no final stop. */
  | 'open'
  /** Anything else: headlines, labels, menu items, link lists. */
  | 'weak';

const FUNCTION_WORDS = new Set([...functionWords.id, ...functionWords.en]);
// "." "!" "?" "…" or a colon, then any closing quotes and brackets
const SENTENCE_END = /[.!?…:;]["'\u201D\u2019\u00BB)\]]*$|["\u201D\u00BB]$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER_START = /^["'\u201C\u2018(\[]*\p{Lu}/u;
const NUMBER = /^[\p{N}.,:/%-]+$/u;
// leading and trailing punctuation of a word, set aside before it is looked up
const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** Measures a block; `text` is one line of normalised page text (single spaces). */
export function blockShape(text: string): BlockShape {
  let words = 0;
  let fn = 0;
  let content = 0;
  let caps = 0;
  for (const token of text.split(' ')) {
    if (token === '' || !LETTER_OR_DIGIT.test(token)) continue;
    words++;
    const bare = token.replace(EDGES, '');
    const lower = bare.toLowerCase();
    if (FUNCTION_WORDS.has(lower)) {
      fn++;
      continue;
    }
    if (NUMBER.test(bare)) continue;
    content++;
    if (UPPER_START.test(token)) caps++;
  }
  const endsSentence = SENTENCE_END.test(text) && !(text.endsWith(':') && words < 4);
  return { words, functionWords: fn, contentWords: content, capitalised: caps, endsSentence };
}

/** Share of a block's words that are function words. */
export function functionDensity(shape: BlockShape): number {
  return shape.words === 0 ? 0 : shape.functionWords / shape.words;
}

/** Share of a block's content words that are capitalised (1 for a headline in title case). */
export function capitalisedShare(shape: BlockShape): number {
  return shape.contentWords === 0 ? 0 : shape.capitalised / shape.contentWords;
}

/** The class of a block from its shape. */
export function classifyShape(shape: BlockShape): BlockClass {
  const density = functionDensity(shape);
  const caps = capitalisedShare(shape);
  if (shape.words >= 10 && density >= 0.15 && caps < 0.8 && (shape.endsSentence || shape.words >= 30)) return 'good';
  if (shape.endsSentence && shape.words >= 1 && (caps <= 0.5 || shape.words <= 3)) return 'sentence';
  // names in capitals raise the share in prose too: a cut-off line dense in function words is still prose
  if (!shape.endsSentence && shape.words >= 5 && caps < 0.8 && (caps < 0.5 ? density >= 0.08 : density >= 0.12)) return 'open';
  return 'weak';
}

/** A headline's shape: a few words, no final stop, most of them capitalised. */
export function isTitleCased(shape: BlockShape): boolean {
  return shape.contentWords >= 2 && capitalisedShare(shape) >= 0.6;
}
