import { BoundedCache } from '../../bounded-cache.js';
import { analyzeToken } from '../../language/analyzer.js';
import { foldText } from '../../language/fold.js';
import type { Span } from '../types.js';
import * as lexicon from './denial-lexicon.js';
import type { ParagraphView, Word } from './words.js';

// (read once: an imported binding is a getter call at every use, and these are used on every word)
const { accusationAliases, accusationCues, accusationWords, negatedActs, negators, parties, statementVerbs } = lexicon;

/**
 * How a sentence accuses, which decides how its accuser is found: an accusation verb ("menuduh",
 * "accused": its subject), a passive one ("dituduh AS", "was accused by": its agent), an
 * accusation noun ("tuduhan AS", "FIFA's claim": its owner, else the sentence's subject), a noun
 * that names no accuser ("DPO kasus …", "menuai kritik dari …": only one after it), or a claim (a
 * statement verb with an accused act, a finding, "mengaku dibidik": the one who says it).
 */
export type AccusationType = 'verb' | 'passive' | 'noun' | 'unowned' | 'claim';

export interface AccusationCue {
  readonly type: AccusationType;
  /** The cue's word: the verb, noun or statement verb. */
  readonly at: number;
}

/** A sentence that accuses, with its accuser and content terms. */
export interface Accusation {
  readonly span: Span;
  readonly terms: Iterable<string>;
  /** Who accuses, as a party name, or null when the text does not say. */
  readonly party: string | null;
  /**
   * True when the sentence names the accusation ("menuduh", "dituduh", "tuduhan AS", "allegations"),
   * not only tells a claim or a finding: only these are answers from another article.
   */
  readonly explicit: boolean;
}

/** First words of the two-word aliases ("korea" of "korea utara"): only after one of them is a pair looked up. */
const pairStarts = new Set([...accusationAliases.keys()].filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' '))));

/**
 * Stems of words seen so far, by folded form: a corpus repeats its vocabulary, and stemming is the
 * costly step. `analyzeToken` starts by folding its token with `foldText`, which is how a view's
 * `folded` is made (or, for plain ASCII, what it comes to), so the stems depend on the folded
 * form alone and "Senjata" and "senjata" share an entry.
 */
const MAX_CACHED_STEMS = 200_000;
const stems = new BoundedCache<string, readonly string[]>(MAX_CACHED_STEMS);

function stemsOf(text: string, folded: string): readonly string[] {
  return stems.memo(folded, () =>
    analyzeToken(text)
      .filter((t) => t.length >= 3)
      .map((t) => accusationAliases.get(foldText(t)) ?? t),
  );
}

/**
 * Content terms of words [from, to): names and words folded to their alias group ("Pyongyang",
 * "Korut" → "korea utara"; "amunisi", "peluru" → "senjata"), other words stemmed; stop words,
 * cue words, numbers and short tokens left out.
 */
export function contentTerms(view: ParagraphView, from: number, to: number): Set<string> {
  return termsOf(view.words, from, to);
}

function termsOf(words: readonly Pick<Word, 'text' | 'fold'>[], from: number, to: number): Set<string> {
  const terms = new Set<string>();
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    const next = i + 1 < to && pairStarts.has(w.fold) ? words[i + 1]!.fold : '';
    const pair = next && accusationAliases.get(`${w.fold} ${next}`);
    if (pair) {
      terms.add(pair);
      i++;
      continue;
    }
    const first = w.fold.charCodeAt(0);
    if (first >= 48 && first <= 57) continue;
    // (one lookup: a cue or function word is left out, an alias stands for its group)
    const known = TERM_OF_WORD.get(w.fold);
    if (known === SKIP) continue;
    if (known !== undefined) terms.add(known);
    else for (const t of stemsOf(w.text, w.fold)) terms.add(t);
  }
  return terms;
}

/** Words that say nothing of what is accused: auxiliaries, negators, pronouns, pointers, "pernyataan". */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...parties.predicateWords,
  ...negators.words,
  ...parties.demonstratives,
  ...parties.personPronouns,
  ...parties.groupPronouns,
  ...parties.firstPerson,
  ...parties.articles,
  ...parties.openers,
  ...parties.boundaries,
  ...parties.statementNouns,
  ...parties.timeWords,
]);

const SKIP = '';
/**
 * What a folded word is to `termsOf`, in one map: SKIP for a cue word, statement verb or function
 * word, else its alias group's key; a word not in it is stemmed.
 */
const TERM_OF_WORD: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>(accusationAliases);
  for (const w of [...accusationWords, ...statementVerbs, ...FUNCTION_WORDS]) map.set(w, SKIP);
  return map;
})();

const NAME_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;

/** The content terms of a party's name ("pejabat pertahanan Korea Utara" → pejabat, tahan, korea utara). */
export function nameTerms(name: string): ReadonlySet<string> {
  return nameTermCache.memo(name, () => {
    const words = (name.match(NAME_WORD) ?? []).map((text) => ({ text, fold: foldText(text) }));
    return termsOf(words, 0, words.length);
  });
}

/** Terms of names and denied phrases seen so far: parties recur across a corpus. */
const nameTermCache = new BoundedCache<string, ReadonlySet<string>>(MAX_CACHED_STEMS);

/**
 * True when two party names name the same side: they share a word that is not generic
 * ("Korea Utara" and "pejabat pertahanan Korea Utara"; not "Kementerian Pertahanan Kamboja" and
 * "Kementerian Luar Negeri Thailand").
 */
export function sameParty(a: string, b: string): boolean {
  const mine = partyWords(a);
  for (const w of partyWords(b)) if (mine.has(w)) return true;
  return false;
}

/** The words of a party's name that tell it apart (see `sameParty`), cached: parties recur. */
function partyWords(name: string): ReadonlySet<string> {
  return partyWordCache.memo(
    name,
    () =>
      new Set(
        (foldText(name).match(NAME_WORD) ?? [])
          .map((w) => w.replace(/'s$/u, ''))
          .filter((w) => w.length >= 2 && !parties.genericNames.has(w) && !parties.roles.has(w)),
      ),
  );
}
const partyWordCache = new BoundedCache<string, ReadonlySet<string>>(MAX_CACHED_STEMS);

/** What a word can be to an accusing sentence, as bits: one lookup per word (this runs on every sentence that may accuse). */
const PASSIVE = 1;
const VERB = 2;
const FINDING = 4;
const CLAIM = 8;
const NOUN = 16;
const UNOWNED = 32;
const STATEMENT = 64;
const ACT = 128;
const ROLES: ReadonlyMap<string, number> = (() => {
  const roles = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number): void => {
    for (const w of words) roles.set(w, (roles.get(w) ?? 0) | bit);
  };
  mark(accusationCues.passive, PASSIVE);
  mark(accusationCues.verbs, VERB);
  mark(accusationCues.findingVerbs, FINDING);
  mark(accusationCues.claimVerbs, CLAIM);
  mark(accusationCues.nouns, NOUN);
  mark(accusationCues.suspectNouns, UNOWNED);
  mark(accusationCues.criticismNouns, UNOWNED);
  mark(statementVerbs, STATEMENT);
  mark(negatedActs.acts, ACT);
  return roles;
})();
const predicateWords = parties.predicateWords;
const relativePronouns = parties.relativePronouns;
const PASSIVE_AFTER_CLAIM = /^di\p{L}{4,}/u;

/**
 * The accusation cue of words [from, to) of a sentence, if any: an accusation verb first, then a
 * claim, then a noun (see `AccusationType`).
 */
export function findAccusation(view: ParagraphView, from: number, to: number): AccusationCue | null {
  const w = view.words;
  let statement = -1;
  let act = false;
  let claim: AccusationCue | null = null;
  let noun: AccusationCue | null = null;
  for (let i = from; i < to; i++) {
    const word = w[i]!.fold;
    const role = ROLES.get(word);
    if (role === undefined) continue;
    if (role & PASSIVE && (word.startsWith('di') || (i > from && predicateWords.has(w[i - 1]!.fold)))) return { type: 'passive', at: i };
    if (role & VERB) return { type: 'verb', at: i };
    // (a claim in a relative clause, "pernyataan X yang mengaku dibidik", is what the sentence is about, not what it says)
    if (claim === null && role & (FINDING | CLAIM) && !(i > from && relativePronouns.has(w[i - 1]!.fold))) {
      // "mengaku dibidik": claims to have been done wrong
      if (role & FINDING || (i + 1 < to && PASSIVE_AFTER_CLAIM.test(w[i + 1]!.fold))) claim = { type: 'claim', at: i };
    }
    if (noun === null && role & (NOUN | UNOWNED)) noun = { type: role & NOUN ? 'noun' : 'unowned', at: i };
    if (statement < 0 && role & STATEMENT) statement = i;
    if (role & ACT) act = true;
  }
  if (claim === null && statement >= 0 && act) claim = { type: 'claim', at: statement };
  return claim ?? noun;
}

/** True for a sentence that accuses (see `findAccusation`). */
export function isAccusation(view: ParagraphView, from: number, to: number): boolean {
  return findAccusation(view, from, to) !== null;
}

/** Least number of shared content terms for a denial to answer an accusation of the same article. */
export const MIN_SHARED = 2;
/** Least number of shared content terms for a denial to answer an accusation of another article. */
export const MIN_SHARED_ELSEWHERE = 4;
/**
 * Terms held by more accusations than this are too common to choose between them ("Korea Utara",
 * "senjata" in a corpus about North Korean arms): skipping them keeps matching near linear.
 */
const MAX_POSTINGS = 100;

/** What a denial brings to the search for the accusation it answers. */
export interface DenialQuery {
  readonly where: Span;
  /** Content terms of the denial's clause. */
  readonly terms: Iterable<string>;
  /** What it denies, verbatim, when the text says ("tuduhan bahwa Korea Utara mengirimkan peluru ke Rusia"). */
  readonly denies: string | null;
  readonly party: string | null;
  readonly published: string | null;
}

/** Share of the terms of what a denial denies an accusation of another article must hold. */
const DENIED_COVERAGE = 0.75;

/**
 * The accusations of a corpus, indexed by content term, so that a denial no article of its own
 * answers finds an accusation of another article without scanning every sentence.
 */
export class AccusationIndex {
  private readonly list: (Accusation & { readonly published: string | null })[] = [];
  private readonly byTerm = new Map<string, number[]>();

  add(accusation: Accusation, published: string | null): void {
    const id = this.list.length;
    this.list.push({ ...accusation, published });
    for (const t of accusation.terms) push(this.byTerm, t, id);
  }

  /**
   * The accusation of another article, published no later than the denial (both dates known), by
   * another party, on the same subject: one holding at least three quarters (and three) of the
   * terms of what the denial denies ("membantah tuduhan bahwa Korea Utara mengirimkan peluru ke
   * Rusia" answers "… mengatakan Korea Utara telah mengirimkan ribuan peluru artileri ke Rusia"),
   * or an explicit accusation sharing MIN_SHARED_ELSEWHERE terms of its clause; the denier's own
   * name does not count, rarer terms weigh more. Null when none.
   */
  answerFor(query: DenialQuery): Span | null {
    if (query.published === null) return null;
    const own = query.party === null ? new Set<string>() : nameTerms(query.party);
    const denied = new Set<string>();
    if (query.denies !== null) for (const t of nameTerms(query.denies)) if (!own.has(t)) denied.add(t);
    const wanted = new Set<string>(denied);
    for (const t of query.terms) if (!own.has(t)) wanted.add(t);
    const { all, deniedCount, weights, touched } = this.counts();
    for (const t of wanted) {
      const ids = this.byTerm.get(t);
      if (!ids || ids.length > MAX_POSTINGS) continue;
      const weight = Math.log(1 + this.list.length / ids.length);
      const inDenied = denied.has(t) ? 1 : 0;
      for (const id of ids) {
        if (all[id]!++ === 0) touched.push(id);
        deniedCount[id]! += inDenied;
        weights[id]! += weight;
      }
    }
    const coverageNeeded = Math.max(3, Math.ceil(DENIED_COVERAGE * denied.size));
    let best: { span: Span; score: number } | null = null;
    // candidates in the order first met; the counts are cleared for the next query on the way
    for (const id of touched) {
      const count = all[id]!;
      const deniedHere = deniedCount[id]!;
      const weight = weights[id]!;
      all[id] = 0;
      deniedCount[id] = 0;
      weights[id] = 0;
      const { span, published, party, explicit } = this.list[id]!;
      const covers = denied.size >= 3 && deniedHere >= coverageNeeded;
      if (!covers && !(explicit && count >= MIN_SHARED_ELSEWHERE)) continue;
      if (span.article === query.where.article || published === null || published > query.published) continue;
      if (party !== null && query.party !== null && sameParty(party, query.party)) continue;
      if (best === null || weight > best.score) best = { span, score: weight };
    }
    touched.length = 0;
    return best?.span ?? null;
  }

  /**
   * Per-accusation counts for one query (terms shared, of them denied, their weight), all zero
   * between queries, and the accusations a query touched: kept across queries (objects made per
   * candidate per query were a large share of the corpus-wide merge).
   */
  private counts(): { all: Int32Array; deniedCount: Int32Array; weights: Float64Array; touched: number[] } {
    if (this.scratch === null || this.scratch.all.length < this.list.length) {
      const n = this.list.length;
      this.scratch = { all: new Int32Array(n), deniedCount: new Int32Array(n), weights: new Float64Array(n), touched: [] };
    }
    return this.scratch;
  }

  private scratch: { all: Int32Array; deniedCount: Int32Array; weights: Float64Array; touched: number[] } | null = null;
}

/** A denial of an article, for linking it to an accusation of the same article. */
export interface LocalDenial {
  /** Paragraph index in the article and offset: the denial's place. */
  readonly at: number;
  readonly terms: Iterable<string>;
  readonly party: string | null;
  /** True when what it denies points back ("tuduhan itu", "the remarks"): it answers the latest accusation before it. */
  readonly anaphoric: boolean;
}

/** An accusation of the same article, with its place (see `LocalDenial.at`). */
export interface LocalAccusation extends Accusation {
  readonly at: number;
}

/**
 * The accusation of its own article a denial answers, by another party: for one that points back,
 * the latest before it; else the one sharing the most content terms besides the denier's name (at
 * least MIN_SHARED), the nearest on a tie; null when none.
 */
export function answerInArticle(denial: LocalDenial, accusations: readonly LocalAccusation[]): LocalAccusation | null {
  const other = (a: LocalAccusation): boolean => a.party === null || denial.party === null || !sameParty(a.party, denial.party);
  if (denial.anaphoric) {
    let latest: LocalAccusation | null = null;
    for (const a of accusations) if (a.at < denial.at && other(a) && (latest === null || a.at > latest.at)) latest = a;
    return latest;
  }
  const own = denial.party === null ? new Set<string>() : nameTerms(denial.party);
  const wanted = new Set<string>();
  for (const t of denial.terms) if (!own.has(t)) wanted.add(t);
  let best: { accusation: LocalAccusation; count: number; distance: number } | null = null;
  for (const a of accusations) {
    let count = 0;
    for (const t of a.terms) if (wanted.has(t)) count++;
    if (count < MIN_SHARED || !other(a)) continue;
    // paragraphs apart (an accusation before the denial nearer by half a paragraph on a tie)
    const distance = Math.abs(Math.floor(a.at / 1_000_000) - Math.floor(denial.at / 1_000_000)) + (a.at < denial.at ? 0 : 0.5);
    if (best === null || count > best.count || (count === best.count && distance < best.distance)) best = { accusation: a, count, distance };
  }
  return best?.accusation ?? null;
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const ids = map.get(key);
  if (ids) ids.push(id);
  else map.set(key, [id]);
}
