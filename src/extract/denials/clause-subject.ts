import * as lexicon from './denial-lexicon.js';
import { bracketBefore, gapBefore, type ParagraphView, punctuationBefore, type Word } from './words.js';

// (read once: an imported binding is a getter call at every use, and these are used on every word)
const { parties, relayPhrases, statementVerbs } = lexicon;

/**
 * Light clause reading for Indonesian (and English) news sentences, enough to find who does
 * what: a clause runs from the last punctuation or subordinating conjunction ("setelah",
 * "meskipun", "bahwa") to the word in question; its subject is its first noun phrase, after
 * opening words ("dengan", "dan") and articles ("seorang", "para"), up to the predicate (an
 * auxiliary such as "telah", or a verb recognised by its prefix: "mengatakan", "membantah").
 */

/** A run of words [from, to] (inclusive); to < from means empty. */
export interface WordRange {
  readonly from: number;
  readonly to: number;
}

export const EMPTY: WordRange = { from: 0, to: -1 };

/** True for a word that starts a predicate: an auxiliary or negator, a statement verb, or a prefixed verb. */
export function isPredicate(word: Word): boolean {
  const w = word.fold;
  if (parties.predicateWords.has(w) || statementVerbs.has(w)) return true;
  if (word.cap || parties.notVerbs.has(w) || parties.roles.has(w) || w.length < 5) return false;
  return parties.verbPrefixes.some((p) => w.startsWith(p) && w.length >= p.length + 3);
}

/**
 * First word of the clause holding word `i`, not before `floor` (the sentence's first word). A short
 * bracket after a name ("Football Association of Malaysia (FAM) have", "Badan Gizi Nasional (BGN)
 * Dadan") does not end a clause.
 */
export function clauseStart(view: ParagraphView, i: number, floor: number): number {
  let j = i;
  while (j > floor && !parties.boundaries.has(view.words[j - 1]!.fold)) {
    if (punctuationBefore(view, j)) {
      const head = bracketBefore(view, j);
      if (head < floor) break;
      j = head;
      continue;
    }
    j--;
  }
  return j;
}

/**
 * The subject noun phrase of the clause that ends just before word `i`. When the clause has none
 * because a relative clause stands between subject and predicate ("Choe Son Hui, yang berkunjung
 * ke Moskow pekan lalu, tidak mengomentari …"), the subject is the phrase before that clause; when
 * it is a description set off by commas after a name ("PT Sritex, perusahaan tekstil ternama di
 * Indonesia, membantah …", "Maj Gen X Y, spokesperson for …, dismissed …"), the name; when the
 * clause is a second predicate ("…, and maintained that …"), the sentence's subject.
 */
export function subjectBefore(view: ParagraphView, i: number, floor: number): WordRange {
  const start = clauseStart(view, i, floor);
  const subject = nounPhraseFrom(view, start, i);
  if (subject.to >= subject.from) {
    const named = start > floor && isDescription(view, subject) ? appositionHead(view, start, floor) : null;
    return named ?? subject;
  }
  if (start > floor && parties.coordinators.has(view.words[start]!.fold) && onlyPredicates(view, start + 1, i)) {
    return sentenceSubject(view, floor, start);
  }
  if (start <= floor) return subject;
  const before = clauseStart(view, start - 1, floor);
  if (parties.relativePronouns.has(view.words[before]!.fold)) {
    return before <= floor ? subject : nounPhraseFrom(view, clauseStart(view, before - 1, floor), before);
  }
  // "X, <description>, VERB" and "<role>, X, VERB": the clause before the verb's is a phrase alone
  if (!/^\s*,\s*$/u.test(gapBefore(view, start))) return subject;
  const alone = nounPhraseFrom(view, before, start);
  if (alone.to !== start - 1) return subject;
  if (isDescription(view, alone)) return before > floor ? (appositionHead(view, before, floor) ?? subject) : subject;
  return isName(view, before) && !parties.demonstratives.has(view.words[alone.to]!.fold) ? alone : subject;
}

/** True when word i can open a name: capitalised, and not a conjunction, opener or auxiliary. */
function isName(view: ParagraphView, i: number): boolean {
  const first = view.words[i]!;
  return first.cap && !parties.boundaries.has(first.fold) && !parties.openers.has(first.fold) && !parties.predicateWords.has(first.fold);
}

/** A description rather than a name: it opens with a role or a lower-case word and does not point back ("diplomat tersebut"). */
function isDescription(view: ParagraphView, range: WordRange): boolean {
  const first = view.words[range.from]!;
  // "diplomat tersebut" points back; "kontraktor terbesar di kawasan itu" describes
  if (range.to - range.from <= 2 && parties.demonstratives.has(view.words[range.to]!.fold)) return false;
  if (parties.personPronouns.has(first.fold) || parties.groupPronouns.has(first.fold) || parties.firstPerson.has(first.fold)) return false;
  return !first.cap || parties.roles.has(first.fold);
}

/** The name before ", <description>," when the clause before the comma is that name alone. */
function appositionHead(view: ParagraphView, start: number, floor: number): WordRange | null {
  if (!/^\s*,\s*$/u.test(gapBefore(view, start))) return null;
  const before = clauseStart(view, start - 1, floor);
  if (!isName(view, before)) return null;
  const name = nounPhraseFrom(view, before, start);
  if (name.to !== start - 1 || parties.demonstratives.has(view.words[name.to]!.fold)) return null;
  return name;
}

/** True when words [from, to) are all predicate words (adverbs, auxiliaries), or there are none. */
function onlyPredicates(view: ParagraphView, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!parties.predicateWords.has(view.words[k]!.fold)) return false;
  return true;
}

/** The subject of a sentence's first predicate standing before word `before`. */
export function sentenceSubject(view: ParagraphView, floor: number, before: number): WordRange {
  let k = floor;
  while (k < before && !isPredicate(view.words[k]!)) k++;
  if (k >= before || k === floor) return EMPTY;
  return subjectBefore(view, k, floor);
}

/** The noun phrase starting at word `from` (after openers and articles), stopping at a predicate or at `limit`. */
export function nounPhraseFrom(view: ParagraphView, from: number, limit: number): WordRange {
  const words = view.words;
  let i = from;
  while (i < limit && (parties.openers.has(words[i]!.fold) || parties.articles.has(words[i]!.fold) || parties.honorifics.has(words[i]!.fold))) i++;
  const start = i;
  while (i < limit && !isPredicate(words[i]!)) {
    if (i > start && punctuationBefore(view, i)) {
      // a short bracket after a name stays in the phrase: "Badan Gizi Nasional (BGN) Dadan Hindayana"
      const after = bracketAfter(view, i - 1, limit);
      if (after < 0) break;
      i = after;
      continue;
    }
    if (i > start && !words[i]!.cap && parties.cutWords.has(words[i]!.fold)) break;
    i++;
  }
  return i > start ? { from: start, to: i - 1 } : EMPTY;
}

/**
 * When a short bracket opens right after word `i` (a capitalised word) and closes within five
 * words, the index of the first word after it (`limit` when the phrase ends there); -1 otherwise.
 */
function bracketAfter(view: ParagraphView, i: number, limit: number): number {
  if (!view.words[i]!.cap || !/^\s*\(\s*$/u.test(gapBefore(view, i + 1))) return -1;
  for (let k = i + 2; k < Math.min(view.words.length, i + 7); k++) {
    if (bracketBefore(view, k) === i) return Math.min(k, limit);
    if (punctuationBefore(view, k)) return -1;
  }
  // the bracket closes the paragraph or the phrase's reach: "… Malaysia (FAM)"
  return -1;
}

/** The statement verb ("mengatakan", "mengeklaim", "said") nearest before word `i` in its sentence, if any. */
export function statementVerbBefore(view: ParagraphView, i: number, floor: number): number | null {
  for (let j = i - 1; j >= floor; j--) if (statementVerbs.has(view.words[j]!.fold)) return j;
  return null;
}

/**
 * The attribution after a quotation or a reported clause: ", kata pejabat itu", "tambah Kirby",
 * "kata media pemerintah Rusia mengutip pernyataan Lavrov" (a relay: the one quoted is the speaker).
 */
export function attributionAfter(view: ParagraphView, i: number, verbs: ReadonlySet<string>): WordRange {
  const words = view.words;
  if (i >= words.length || !verbs.has(words[i]!.fold)) return EMPTY;
  // "ujarnya kepada wartawan": the clitic is the speaker, what follows an adjunct
  if (words[i]!.fold.endsWith('nya')) return { from: i, to: i };
  let phrase = nounPhraseFrom(view, i + 1, Math.min(words.length, i + 10));
  if (phrase.to < phrase.from) return EMPTY;
  // "kata Kepala Kepolisian Resor X, Dedi Kurnia": the name after the role
  const next = phrase.to + 1;
  if (parties.roles.has(words[phrase.from]!.fold) && next < words.length && /^\s*,\s*$/u.test(gapBefore(view, next)) && isName(view, next)) {
    const named = nounPhraseFrom(view, next, Math.min(words.length, next + 6));
    if (named.to >= named.from) phrase = named;
  }
  const relay = relayAt(view, phrase.to + 1);
  if (relay !== null) {
    const quoted = nounPhraseFrom(view, relay, Math.min(words.length, relay + 8));
    if (quoted.to >= quoted.from) return quoted;
  }
  return phrase;
}

function relayAt(view: ParagraphView, i: number): number | null {
  for (const phrase of relayPhrases) {
    if (phrase.every((w, k) => view.words[i + k]?.fold === w)) return i + phrase.length;
  }
  return null;
}
