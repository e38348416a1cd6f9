import { BoundedCache } from '../../bounded-cache.js';
import { isRootWord, stemWord } from '../../language/stem.js';
import type { ParagraphView } from '../paragraph-view.js';
import { lexicon } from './lexicon.js';
import { isAcronym, type Token } from './tokens.js';

/** Word-level tests shared by the phrase finders and the phrase parser. */

const VERB_PREFIX = /^(?:me|di|ber|ter)[a-z]{3,}/;
/** English past forms ("defended", "rejected"): the verb of a clause, not a word of a name. */
const ENGLISH_PAST = /^[a-z]{3,}ed$/;

/** A lower-case Indonesian word that looks like a verb (meN-, di-, ber-, ter- …) and is not a known noun. */
export function isVerbLike(t: Token): boolean {
  if (t.kind !== 'word' || t.cap) return false;
  return verbLike.memo(t.fold, verbShaped);
}

/** Words that are nouns of a speaker phrase although shaped like verbs ("direktur", "pernyataan"). */
const nounTables = [lexicon.titles, lexicon.organisationHeads, lexicon.documents, lexicon.groupNouns];
// the vocabulary repeats; the bound keeps odd input from growing the memos forever
const verbLike = new BoundedCache<string, boolean>(200_000);
const verbShaped = (fold: string): boolean =>
  lexicon.verbs.has(fold) ||
  ((VERB_PREFIX.test(fold) || ENGLISH_PAST.test(fold)) && !lexicon.notVerbs.has(fold) && !nounTables.some((table) => table.isWord(fold)));

/**
 * Function words end a speaker phrase; `dan`/`and` and a few prepositions are handled by callers.
 * A capitalised one inside a sentence is part of a name ("Lalu Muhamad Iqbal"), not a function word.
 */
export const isFunctionWord = (t: Token): boolean =>
  t.kind === 'word' && lexicon.functionWords.has(t.fold) && !isAcronym(t) && !(t.cap && t.initial !== true && t.text.length > 2);

/**
 * A word of the common vocabulary (a dictionary root or a word built on one: "salah", "berdasarkan",
 * "sebanyak"), which opening a sentence is capitalised without being a name.
 */
export function isCommonWord(fold: string): boolean {
  return commonWords.memo(fold, () => lexicon.functionWords.has(fold) || isRootWord(fold) || stemWord(fold) !== fold);
}

const commonWords = new BoundedCache<string, boolean>(200_000);

/**
 * A capitalised word that can be part of a name: not a function or time word, and, opening its
 * sentence, not a common word the article never writes capitalised elsewhere ("Salah satu …").
 */
export function isNameToken(view: ParagraphView, k: number): boolean {
  const t = view.tokens[k];
  if (t?.kind !== 'word' || !t.cap || isFunctionWord(t) || isTimeWord(t)) return false;
  if (!t.initial || isAcronym(t) || view.knownNames.has(t.fold) || !isCommonWord(t.fold)) return true;
  // "Kim Yo Jong …": a root word right before a word that is no common word is a name's first word
  // ("Berdasarkan Peraturan …", "Hanya Kabupaten …" are no names).
  const next = view.tokens[k + 1];
  if (next === undefined || next.kind !== 'word' || !next.cap || isAcronym(next) || !isRootWord(t.fold) || lexicon.adverbs.matchAt(view.keys, k) > 0)
    return false;
  // "Rahmat Hidayat, Direktur …": a run of capitalised words set off by a comma and a title is a name
  return !isCommonWord(next.fold) || appositionFollows(view, k + 1);
}

/** After the capitalised words from k, a comma and a title ("…, Direktur Eksekutif …", "…, juru bicara …"). */
function appositionFollows(view: ParagraphView, k: number): boolean {
  let e = k;
  while (e < k + 3 && view.tokens[e]?.kind === 'word' && view.tokens[e]!.cap) e++;
  if (!isComma(view.tokens[e])) return false;
  const title = lexicon.titlePrefixes.matchAt(view.keys, e + 1);
  return lexicon.titles.matchAt(view.keys, e + 1 + title) > 0;
}

/** "dan", "serta", "and", "&": joins the speakers of a list. */
export const isConjunction = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === 'word' && (t.fold === 'dan' || t.fold === 'serta' || t.fold === 'and' || t.fold === '&');

/** A comma token. */
export const isComma = (t: Token | undefined): boolean => t !== undefined && t.kind === 'punct' && t.text === ',';

/** An all-capitals word of two or more letters (KCNA, PBB, DPRK). */

const anchorTables = [
  lexicon.titles,
  lexicon.organisations,
  lexicon.organisationHeads,
  lexicon.countries,
  lexicon.groupNouns,
  lexicon.pluralNouns,
  lexicon.documents,
];
/** Words that start an anchoring entry: most words start none, and are answered with one lookup. */
const anchorStarts = new Set(anchorTables.flatMap((table) => [...table.firstWords()]));

/** Any lexicon entry that anchors a speaker phrase (title, organisation, country, group, document). */
export function anchorLength(words: readonly string[], i: number, limit = words.length): number {
  if (!anchorStarts.has(words[i] ?? '')) return 0;
  return Math.max(
    lexicon.titles.matchAt(words, i, limit),
    lexicon.organisations.matchAt(words, i, limit),
    lexicon.organisationHeads.matchAt(words, i, limit),
    lexicon.countries.matchAt(words, i, limit),
    lexicon.groupNouns.matchAt(words, i, limit),
    lexicon.pluralNouns.matchAt(words, i, limit),
    lexicon.documents.matchAt(words, i, limit),
  );
}

/** A day, a month or a time word ("Kamis", "pekan lalu"); a capitalised time word inside a sentence is a name ("Lalu Muhamad Iqbal"). */
export const isTimeWord = (t: Token): boolean =>
  t.kind === 'word' && (lexicon.calendarNames.has(t.fold) || (lexicon.timeWords.has(t.fold) && (!t.cap || t.initial === true)));

/** The group noun a word is built on ("sekutu-sekutunya" -> "sekutu"), or null. */
export function groupBase(word: string): string | null {
  const bare = word.endsWith(lexicon.clitic) ? word.slice(0, -lexicon.clitic.length) : word;
  const single = bare.includes('-') ? bare.slice(0, bare.indexOf('-')) : bare;
  return lexicon.groupNouns.isWord(single) || lexicon.pluralNouns.isWord(bare) ? single : null;
}

/** A word that can stand inside a speaker phrase: capitalised, a lexicon anchor, a determiner or a pronoun. */
export function isPhraseWord(tokens: readonly Token[], words: readonly string[], i: number): boolean {
  const t = tokens[i];
  if (t?.kind !== 'word' || t.quote !== -1) return false;
  if (t.cap) return !isFunctionWord(t) || anchorLength(words, i) > 0;
  return (
    anchorLength(words, i) > 0 ||
    groupBase(t.fold) !== null ||
    lexicon.determiners.has(t.fold) ||
    lexicon.pluralMarkers.has(t.fold) ||
    lexicon.demonstratives.has(t.fold) ||
    lexicon.personPronouns.has(t.fold) ||
    lexicon.groupPronouns.has(t.fold) ||
    lexicon.anyPronouns.has(t.fold) ||
    lexicon.organisationPronouns.has(t.fold) ||
    lexicon.nameParticles.has(t.fold)
  );
}
