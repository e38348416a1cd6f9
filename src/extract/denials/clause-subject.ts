import { parties, relayPhrases, statementVerbs } from './denial-lexicon.js';
import { punctuationBefore, type ParagraphView, type Word } from './paragraph-view.js';

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

const EMPTY: WordRange = { from: 0, to: -1 };

/** True for a word that starts a predicate: an auxiliary or negator, a statement verb, or a prefixed verb. */
export function isPredicate(word: Word): boolean {
  const w = word.folded;
  if (parties.predicateWords.has(w) || statementVerbs.has(w)) return true;
  if (word.capitalised || parties.notVerbs.has(w) || parties.roles.has(w) || w.length < 5) return false;
  return parties.verbPrefixes.some((p) => w.startsWith(p) && w.length >= p.length + 3);
}

/** First word of the clause holding word `i`, not before `floor` (the sentence's first word). */
export function clauseStart(view: ParagraphView, i: number, floor: number): number {
  let j = i;
  while (j > floor && !punctuationBefore(view, j) && !parties.boundaries.has(view.words[j - 1]!.folded)) j--;
  return j;
}

/**
 * The subject noun phrase of the clause that ends just before word `i`. When the clause has none
 * because a relative clause stands between subject and predicate ("Choe Son Hui, yang berkunjung
 * ke Moskow pekan lalu, tidak mengomentari …"), the subject is the phrase before that clause.
 */
export function subjectBefore(view: ParagraphView, i: number, floor: number): WordRange {
  const start = clauseStart(view, i, floor);
  const subject = nounPhraseFrom(view, start, i);
  if (subject.to >= subject.from || start <= floor) return subject;
  const relative = clauseStart(view, start - 1, floor);
  if (relative <= floor || !parties.relativePronouns.has(view.words[relative]!.folded)) return subject;
  return nounPhraseFrom(view, clauseStart(view, relative - 1, floor), relative);
}

/** The noun phrase starting at word `from` (after openers and articles), stopping at a predicate or at `limit`. */
export function nounPhraseFrom(view: ParagraphView, from: number, limit: number): WordRange {
  const words = view.words;
  let i = from;
  while (i < limit && (parties.openers.has(words[i]!.folded) || parties.articles.has(words[i]!.folded))) i++;
  const start = i;
  while (i < limit && !(i > start && punctuationBefore(view, i)) && !isPredicate(words[i]!)) {
    if (i > start && !words[i]!.capitalised && parties.cutWords.has(words[i]!.folded)) break;
    i++;
  }
  return i > start ? { from: start, to: i - 1 } : EMPTY;
}

/** The statement verb ("mengatakan", "mengeklaim", "said") nearest before word `i` in its sentence, if any. */
export function statementVerbBefore(view: ParagraphView, i: number, floor: number): number | null {
  for (let j = i - 1; j >= floor; j--) if (statementVerbs.has(view.words[j]!.folded)) return j;
  return null;
}

/**
 * The attribution after a quotation or a reported clause: ", kata pejabat itu", "tambah Kirby",
 * "kata media pemerintah Rusia mengutip pernyataan Lavrov" (a relay: the one quoted is the speaker).
 */
export function attributionAfter(view: ParagraphView, i: number, verbs: ReadonlySet<string>): WordRange {
  const words = view.words;
  if (i >= words.length || !verbs.has(words[i]!.folded)) return EMPTY;
  const phrase = nounPhraseFrom(view, i + 1, Math.min(words.length, i + 10));
  if (phrase.to < phrase.from) return EMPTY;
  const relay = relayAt(view, phrase.to + 1);
  if (relay !== null) {
    const quoted = nounPhraseFrom(view, relay, Math.min(words.length, relay + 8));
    if (quoted.to >= quoted.from) return quoted;
  }
  return phrase;
}

function relayAt(view: ParagraphView, i: number): number | null {
  for (const phrase of relayPhrases) {
    if (phrase.every((w, k) => view.words[i + k]?.folded === w)) return i + phrase.length;
  }
  return null;
}
