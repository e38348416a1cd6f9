import { foldToken } from './analyzer.js';
import { glossaryLexicon as glossary } from './lexicons.js';

// Maps, not the JSON objects: a query word is a key here, and a plain object would also "hold"
// Object.prototype's members ("constructor", "__proto__", "toString"), which are not glossary entries.
const phrases: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(glossary.phrases));
const words: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(glossary.words));
const longestPhrase = Math.max(...[...phrases.keys()].map((p) => p.split(' ').length));

/** Forms an English word may have been inflected from: "denies" → deny, "shipped" → ship, "containers" → container. */
export function englishLemmas(word: string): string[] {
  const forms = [word];
  const add = (form: string) => form.length >= 2 && !forms.includes(form) && forms.push(form);
  if (word.endsWith('ies') || word.endsWith('ied')) add(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) add(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) add(word.slice(0, -1));
  for (const suffix of ['ing', 'ed']) {
    if (!word.endsWith(suffix) || word.length <= suffix.length + 2) continue;
    const base = word.slice(0, -suffix.length);
    add(base);
    add(`${base}e`);
    if (/(.)\1$/u.test(base)) add(base.slice(0, -1));
  }
  if (word.endsWith('d')) add(word.slice(0, -1));
  return forms;
}

/** The glossary's single English words, each with the Indonesian words it gives. */
export function glossaryWords(): readonly (readonly [string, readonly string[]])[] {
  return [...words];
}

/** A run of query words and the Indonesian words the glossary gives for it. */
export interface GlossaryMatch {
  /** Index of the first query word covered, and how many words. */
  readonly at: number;
  readonly length: number;
  readonly indonesian: readonly string[];
}

/** Finds glossary entries among query words (phrases first, longest first, then single words). */
export function matchGlossary(queryWords: readonly string[]): GlossaryMatch[] {
  const folded = queryWords.map(foldToken);
  const matches: GlossaryMatch[] = [];
  for (let i = 0; i < folded.length; ) {
    let matched: GlossaryMatch | null = null;
    for (let n = Math.min(longestPhrase, folded.length - i); n >= 2 && !matched; n--) {
      const candidates = phraseForms(folded.slice(i, i + n));
      const key = candidates.find((c) => phrases.has(c));
      if (key !== undefined) matched = { at: i, length: n, indonesian: phrases.get(key)! };
    }
    if (!matched) {
      const key = englishLemmas(folded[i]!).find((form) => words.has(form));
      if (key !== undefined) matched = { at: i, length: 1, indonesian: words.get(key)! };
    }
    if (matched) matches.push(matched);
    i += matched?.length ?? 1;
  }
  return matches;
}

/** The phrase with its last word in each of its possible base forms ("ballistic missiles" → "ballistic missile"). */
function phraseForms(words: readonly string[]): string[] {
  const head = words.slice(0, -1).join(' ');
  return englishLemmas(words.at(-1)!).map((last) => `${head} ${last}`);
}
