import { functionWords } from '../../corpus/lexicons.js';
import { analyzeToken, foldToken, isStopword } from '../../language/analyzer.js';
import { claimLexicon } from '../../language/lexicons.js';
import { scanTokens } from '../../language/tokenize.js';

/**
 * One word of a claim or of a source passage, as the alignment compares it: its place in the text
 * (so that every passage shown is a slice of the paragraph), its folded form (case and diacritics
 * aside: what "verbatim" compares) and its key (the shared analyzer's stem: what the alignment
 * pairs, so that "mengirim" and "mengirimkan" meet as one word changed in form).
 */
export interface CiteWord {
  readonly start: number;
  readonly end: number;
  readonly folded: string;
  readonly key: string;
  /** False for function words and stop words ("yang", "the", "kami"): they hold a sentence together but say little alone. */
  readonly content: boolean;
}

const FUNCTION_WORDS: ReadonlySet<string> = new Set([...functionWords.id, ...functionWords.en]);

/** Numbers compare without their group separators ("1.000" and "1,000" are the same number); a decimal comma stays. */
function numberKey(folded: string): string {
  return /^\d{1,3}(?:[.,]\d{3})+$/u.test(folded) ? folded.replace(/[.,]/gu, '') : folded;
}

/** The alignment key of one folded word: its stem, or itself for stop words and numbers. */
export function wordKey(folded: string, token: string): string {
  if (/^\p{N}/u.test(folded)) return numberKey(folded);
  return analyzeToken(token)[0] ?? folded;
}

/** Negations ("tidak", "never") carry a claim's meaning, though function words elsewhere: a claim that drops one says the opposite. */
export const NEGATIONS: ReadonlySet<string> = new Set(claimLexicon.negations.map((w) => foldToken(w)));

/** True when a folded word carries meaning of its own (not a function word or a stop word; a negation always does). */
export function isContentWord(folded: string): boolean {
  return NEGATIONS.has(folded) || (!FUNCTION_WORDS.has(folded) && !isStopword(folded));
}

interface WordForm {
  readonly folded: string;
  readonly key: string;
  readonly content: boolean;
}

/**
 * Tokens already read, as written: every claim is compared with a few dozen paragraphs, whose
 * words follow Zipf's law, so most are read again and again (folding and stemming are most of the
 * cost of a claim). A Map (a user's token such as "constructor" is no key of an object), emptied
 * when full so its memory stays bounded.
 */
const forms = new Map<string, WordForm>();
const MAX_FORMS = 50_000;

function formOf(token: string): WordForm {
  let form = forms.get(token);
  if (form === undefined) {
    const folded = foldToken(token);
    form = { folded, key: wordKey(folded, token), content: isContentWord(folded) };
    if (forms.size >= MAX_FORMS) forms.clear();
    forms.set(token, form);
  }
  return form;
}

/** The words of `text` from `from` to `to` (code units), at most `max` of them. */
export function citeWords(text: string, from = 0, to = text.length, max = Number.POSITIVE_INFINITY): CiteWord[] {
  const words: CiteWord[] = [];
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  scanTokens(part, (start, end) => {
    if (words.length >= max) return;
    const form = formOf(part.slice(start, end));
    words.push({ start: start + from, end: end + from, folded: form.folded, key: form.key, content: form.content });
  });
  return words;
}
