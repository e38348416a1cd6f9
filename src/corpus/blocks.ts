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
  /** Of those, the Indonesian ones and the English ones (which tell the article's language). */
  readonly indonesianWords: number;
  readonly englishWords: number;
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

// each function word with its language: 1 Indonesian, 2 English, 3 both
const FUNCTION_WORDS = new Map<string, number>();
for (const w of functionWords.id) FUNCTION_WORDS.set(w, 1);
for (const w of functionWords.en) FUNCTION_WORDS.set(w, (FUNCTION_WORDS.get(w) ?? 0) | 2);
/** No longer word is a function word: longer words are not cut out and looked up. */
const LONGEST_FUNCTION_WORD = Math.max(...[...FUNCTION_WORDS.keys()].map((w) => w.length));
// "." "!" "?" "…" or a colon, then any closing quotes and brackets
const SENTENCE_END = /[.!?…:;]["'\u201D\u2019\u00BB)\]]*$|["\u201D\u00BB]$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;

/**
 * Measures a block; `text` is one line of normalised page text (single spaces). A word is a run
 * between spaces holding a letter or a digit, looked at without its leading and trailing
 * punctuation; a word of digits and number punctuation ("2.325", "15/2/2024") is a number.
 * (A scan by hand: this runs on every paragraph at index time.)
 */
export function blockShape(text: string): BlockShape {
  let words = 0;
  let fn = 0;
  let id = 0;
  let en = 0;
  let content = 0;
  let caps = 0;
  const n = text.length;
  let i = 0;
  // A long paragraph's shares are read from its first words; the rest is only counted.
  while (i < n && words < SAMPLE_WORDS) {
    while (i < n && text.charCodeAt(i) === 32) i++;
    const start = i;
    while (i < n && text.charCodeAt(i) !== 32) i++;
    let s = start;
    while (s < i && !isLetterOrDigit(text, s)) s++;
    if (s === i) continue;
    let e = i - 1;
    while (e > s && !isLetterOrDigit(text, e)) e--;
    words++;
    const c = text.charCodeAt(s);
    const upper = c < 128 ? c >= 65 && c <= 90 : UPPER.test(text[s]!);
    if (e - s < LONGEST_FUNCTION_WORD) {
      const word = text.slice(s, e + 1);
      const language = FUNCTION_WORDS.get(upper || c >= 128 ? word.toLowerCase() : word);
      if (language !== undefined) {
        fn++;
        if (language & 1) id++;
        if (language & 2) en++;
        continue;
      }
    }
    if (isNumber(text, s, e)) continue;
    content++;
    if (upper) caps++;
  }
  const endsSentence = SENTENCE_END.test(text) && !(text.endsWith(':') && words < 4);
  if (i >= n) return { words, functionWords: fn, indonesianWords: id, englishWords: en, contentWords: content, capitalised: caps, endsSentence };
  // the rest of a long paragraph: its words counted, the shares scaled from the sample
  let more = 0;
  let inWord = false;
  for (; i < n; i++) {
    const space = text.charCodeAt(i) === 32;
    if (!space && !inWord) more++;
    inWord = !space;
  }
  const scale = (words + more) / words;
  return {
    words: words + more,
    functionWords: Math.round(fn * scale),
    indonesianWords: Math.round(id * scale),
    englishWords: Math.round(en * scale),
    contentWords: Math.round(content * scale),
    capitalised: Math.round(caps * scale),
    endsSentence,
  };
}

/** Words read one by one at the start of a block; enough to tell prose from chrome. */
const SAMPLE_WORDS = 40;

function isLetterOrDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  // a surrogate pair is counted a letter (emoji are rare and harmless here)
  return (c >= 0xd800 && c <= 0xdfff) || LETTER_OR_DIGIT.test(text[i]!);
}

/** Digits and number punctuation only: "2.325", "15/2/2024", "43,58%", "2015-2016". */
function isNumber(text: string, s: number, e: number): boolean {
  const first = text.charCodeAt(s);
  if (first < 48 || first > 57) return false;
  for (let j = s + 1; j <= e; j++) {
    const c = text.charCodeAt(j);
    if (!((c >= 48 && c <= 57) || c === 46 || c === 44 || c === 58 || c === 47 || c === 37 || c === 45)) return false;
  }
  return true;
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
