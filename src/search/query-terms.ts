import stopwordData from '../language/lexicon/stopwords.json' with { type: 'json' };
import { analyzeToken, foldToken } from '../language/analyzer.js';
import { englishLemmas, glossaryWords, matchGlossary } from '../language/glossary.js';
import { tokenize } from '../language/tokenize.js';
import { asksForQuantity, QUANTITY_TERM } from './quantities.js';

/** Most query words considered; the rest of an over-long query is ignored rather than slowing every search. */
export const MAX_QUERY_WORDS = 32;

/** Words of a question that say nothing of what is asked ("How many", "Siapa yang"): see stopwords.json. */
const questionWords = new Set(stopwordData.question);
/** The glossary's English lemmas ("deny", "arrest"). */
const glossaryLemmas = new Set(glossaryWords().map(([lemma]) => lemma));

/** One idea of a query: a word (or glossary phrase) and every index term that expresses it. */
export interface QueryConcept {
  readonly source: string;
  /** Terms any one of which expresses the concept. */
  readonly terms: readonly string[];
  /**
   * The terms of the words as typed (a subset of `terms`, without the glossary's): only these may
   * be typos, so only these are expanded to near spellings.
   */
  readonly typed: readonly string[];
  /**
   * Translations of several words ("tidak berdasar", "rumah sakit"): the index holds no word
   * positions, so each stands for the concept through its most distinctive term (the one in fewest
   * paragraphs), and only when the index holds all its terms. Its commoner words ("tidak",
   * "rumah") then never match the concept on their own.
   */
  readonly phrases: readonly (readonly string[])[];
}

/**
 * Analyses a query with the same analyzer as the index, and expands English words and phrases
 * through the glossary ("denies" → bantah, sangkal, …), keeping the original word too, with its
 * English inflections ("deny" also finds "denied", "denies"), so that English articles still
 * match. The words of a question as such ("How many", "Did", "Siapa yang") are left out: they
 * would only match paragraphs that happen to hold them.
 */
export function analyzeQuery(query: string): QueryConcept[] {
  const typedWords = tokenize(query).slice(0, MAX_QUERY_WORDS);
  // question words ("How many", "Did", "Siapa") are dropped, unless nothing else is asked
  const asked = typedWords.filter((w) => !questionWords.has(foldToken(w)));
  const words = asked.length > 0 ? asked : typedWords;
  const concepts: QueryConcept[] = [];
  const covered = new Array<boolean>(words.length).fill(false);
  for (const match of matchGlossary(words)) {
    const source = words.slice(match.at, match.at + match.length);
    const terms = new Set<string>();
    const phrases: string[][] = [];
    let typed: string[] = [];
    if (source.length === 1) {
      for (const term of analyzeToken(source[0]!)) terms.add(term);
      typed = [...terms];
      for (const form of englishForms(foldToken(source[0]!))) for (const term of analyzeToken(form)) terms.add(term);
    } else {
      // the words as typed match on their own, as any typed word does ("forged documents" finds "documents")
      for (const word of source) {
        for (const term of analyzeToken(word)) terms.add(term);
        for (const form of englishForms(foldToken(word))) for (const term of analyzeToken(form)) terms.add(term);
      }
    }
    for (const phrase of match.indonesian) {
      const tokens = tokenize(phrase);
      // one word (a compound's parts are alternatives of it); several words: a phrase
      const analysed = tokens.map((word) => analyzeToken(word)).filter((t) => t.length > 0);
      if (analysed.length === 1) for (const term of analysed[0]!) terms.add(term);
      else if (analysed.length > 1) phrases.push(analysed.map((t) => t[0]!));
    }
    for (let i = match.at; i < match.at + match.length; i++) covered[i] = true;
    if (terms.size > 0 || phrases.length > 0) concepts.push({ source: source.join(' '), terms: [...terms], typed, phrases });
  }
  words.forEach((word, i) => {
    if (covered[i]) return;
    const terms = analyzeToken(word);
    if (terms.length > 0) concepts.push({ source: word, terms, typed: terms, phrases: [] });
  });
  // "How many …?", "Berapa …?": the answer is a number, one more idea of the question
  if (concepts.length > 0 && asksForQuantity(query)) concepts.push({ source: 'how many', terms: [QUANTITY_TERM], typed: [], phrases: [] });
  return concepts;
}

const VOWEL = /[aeiou]/u;

/**
 * The inflected forms of a query word whose lemma the glossary knows ("deny" → denies, denied,
 * denying; "arrests" → arrest, arrested, arresting): English text is not stemmed in the index.
 */
function englishForms(word: string): string[] {
  const lemma = englishLemmas(word).find((form) => glossaryLemmas.has(form));
  if (lemma === undefined || !/^[a-z]+$/u.test(lemma)) return [];
  const forms = new Set([lemma, `${lemma}s`, `${lemma}es`, `${lemma}ed`, `${lemma}ing`]);
  const last = lemma.at(-1)!;
  if (last === 'e') {
    forms.add(`${lemma}d`);
    forms.add(`${lemma.slice(0, -1)}ing`);
  }
  if (last === 'y' && !VOWEL.test(lemma.at(-2) ?? '')) {
    forms.add(`${lemma.slice(0, -1)}ies`);
    forms.add(`${lemma.slice(0, -1)}ied`);
  }
  // "ship" → shipped, shipping
  if (/[^aeiou][aeiou][bdgklmnprt]$/u.test(lemma)) {
    forms.add(`${lemma}${last}ed`);
    forms.add(`${lemma}${last}ing`);
  }
  forms.delete(word);
  return [...forms];
}
