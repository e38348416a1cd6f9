import { analyzeToken } from '../language/analyzer.js';
import { matchGlossary } from '../language/glossary.js';
import { tokenize } from '../language/tokenize.js';

/** Most query words considered; the rest of an over-long query is ignored rather than slowing every search. */
export const MAX_QUERY_WORDS = 32;

/** One idea of a query: a word (or glossary phrase) and every index term that expresses it. */
export interface QueryConcept {
  readonly source: string;
  readonly terms: readonly string[];
  /**
   * The terms of the words as typed (a subset of `terms`, without the glossary's): only these may
   * be typos, so only these are expanded to near spellings.
   */
  readonly typed: readonly string[];
}

/**
 * Analyses a query with the same analyzer as the index, and expands English words and phrases
 * through the glossary ("denies" → bantah, sangkal, …), keeping the original word too so that
 * English articles still match.
 */
export function analyzeQuery(query: string): QueryConcept[] {
  const words = tokenize(query).slice(0, MAX_QUERY_WORDS);
  const concepts: QueryConcept[] = [];
  const covered = new Array<boolean>(words.length).fill(false);
  for (const match of matchGlossary(words)) {
    const source = words.slice(match.at, match.at + match.length);
    const terms = new Set<string>();
    for (const word of source) for (const term of analyzeToken(word)) terms.add(term);
    const typed = [...terms];
    for (const phrase of match.indonesian) for (const word of tokenize(phrase)) for (const term of analyzeToken(word)) terms.add(term);
    for (let i = match.at; i < match.at + match.length; i++) covered[i] = true;
    if (terms.size > 0) concepts.push({ source: source.join(' '), terms: [...terms], typed });
  }
  words.forEach((word, i) => {
    if (covered[i]) return;
    const terms = analyzeToken(word);
    if (terms.length > 0) concepts.push({ source: word, terms, typed: terms });
  });
  return concepts;
}
