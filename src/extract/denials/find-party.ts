import type { Quote } from '../types.js';
import type { AccusationCue } from './accusations.js';
import { type ArticlePeople, position } from './article-people.js';
import { attributionAfter, clauseStart, EMPTY, nounPhraseFrom, sentenceSubject, statementVerbBefore, subjectBefore, type WordRange } from './clause-subject.js';
import * as lexicon from './denial-lexicon.js';
import type { Cue } from './find-denial-cues.js';
import type { Party } from './party.js';
import { gapBefore, type ParagraphView, punctuationBefore, quoteAround, textOf, wordAt } from './words.js';

// (read once: an imported binding is a getter call at every use, and these are used on every word)
const { accordingPhrases, afterQuoteVerbs, nouns, parties, targets, verbs } = lexicon;

/** What a party finder reads of a quote: where it is, whether it is direct, and its speaker. */
export type QuoteSpeaker = Pick<Quote, 'start' | 'end' | 'direct'> & {
  /** The quote's speaker: a canonical name, or, before the corpus's speakers are merged, one of the article's. */
  readonly speaker: Party | null;
};

/** What finding a party needs: the paragraph, its place in the article, the sentence's words and the paragraph's quotes. */
export interface PartyContext {
  readonly view: ParagraphView;
  readonly paragraphIndex: number;
  /** The article's people, built on first use (most articles never need them). */
  readonly people: () => ArticlePeople;
  /** First word of the sentence. */
  readonly floor: number;
  /** One past the sentence's last word. */
  readonly ceiling: number;
  readonly quotes: readonly QuoteSpeaker[];
  /**
   * The article's discourse model, when there is one (see src/extract/discourse): who the
   * expression at a paragraph index and offset refers to, as a party (a quote speaker for one who
   * speaks in the article's quotes, else its name), or null when the model resolved nothing there.
   */
  readonly resolve?: ((paragraphIndex: number, offset: number) => ModelledParty | null) | undefined;
}

/** Who the discourse model says an expression is: the party to record (a quote speaker or a name) and the entity's name. */
export interface ModelledParty {
  readonly party: Party;
  readonly name: string;
}

/** A closing quotation mark before a word: "…,” bantah FAM". */
const CLOSING_QUOTE = /["\u201D\u00BB]\s*$/u;

/**
 * Who makes a denial, resolved like a speaker: the agent of a passive ("dibantah Teheran"); the
 * owner of a denial noun ("penyangkalan Menteri X", "bantahannya"); for a cue inside quotation
 * marks, the quote extractor's speaker or else the marks' attribution; for a denial verb that
 * attributes a quote ("…,” bantah FAM"), who follows it; the one who says a denying statement
 * ("Rusia mengatakan tidak ada perjanjian"), from the statement verb's subject or the quote
 * extractor's reported speech; or the subject of a denial verb ("Rusia telah membantah"), which
 * for a relative clause is what it describes ("perkataan Pegi yang membantah …": Pegi). Pronouns
 * and descriptions ("diplomat tersebut") resolve to the person they refer back to. Null when unsure.
 */
export function findParty(ctx: PartyContext, cue: Cue): Party | null {
  const { view, floor } = ctx;
  const offset = view.words[cue.from]!.start;
  const speaker = (direct: boolean): Party | null =>
    ctx.quotes.find((q) => q.start <= offset && offset < q.end && q.speaker !== null && (q.direct || !direct))?.speaker ?? null;
  // a passive's subject is what is denied ("Anggapan itu harus dibantah"): only its agent denies
  // ("ditepisnya": the clitic is the agent, resolved as "ujarnya" is)
  if (cue.type === 'passive')
    return cue.from === cue.to && view.words[cue.from]!.fold.endsWith('nya') ? personAt(ctx, cue.from) : partyOf(ctx, passiveAgent(ctx, cue));
  if (cue.type === 'noun') return nounOwner(ctx, cue);
  const marks = quoteAround(view, offset);
  if (marks) {
    // the quote extractor's speaker (the same one /who-said gives the quotation), else the marks'
    // attribution; a clitic ("ujarnya") as the discourse model resolved it, else the latest person
    const quoted = speaker(true);
    if (quoted !== null) return quoted;
    const attribution = quoteAttribution(view, marks);
    if (attribution.to === attribution.from && afterQuoteVerbs.has(view.words[attribution.from]!.fold)) return personAt(ctx, attribution.from);
    return partyOf(ctx, attribution);
  }
  if (cue.type === 'verb' && afterQuoteVerbs.has(view.words[cue.from]!.fold) && CLOSING_QUOTE.test(gapBefore(view, cue.from))) {
    return partyOf(ctx, attributionAfter(view, cue.from, afterQuoteVerbs));
  }
  if (cue.type === 'act' || (cue.type === 'statement' && cue.kind !== 'no-comment')) {
    const verb = statementVerbBefore(view, cue.from, floor);
    if (verb !== null) {
      const said = partyOf(ctx, subjectOf(ctx, verb));
      if (said !== null) return said;
    }
    const reported = speaker(false);
    if (reported !== null || verb !== null) return reported;
    const according = accordingTo(ctx, cue);
    if (according.to >= according.from) return partyOf(ctx, according);
    const trailing = trailingAttribution(ctx, cue);
    if (trailing.to >= trailing.from || cue.type === 'statement') return partyOf(ctx, trailing);
  }
  // a denial verb's own subject first: in "X mengatakan Y membantah …" Y denies, not X
  const subject = subjectOf(ctx, cue.from);
  if (subject.to >= subject.from) return partyOf(ctx, subject);
  const reported = speaker(false);
  if (reported !== null) return reported;
  // "… mengatakan bahwa [cue …]": the one who says so
  const verb = statementVerbBefore(view, clauseStart(view, cue.from, floor), floor);
  return verb === null ? partyOf(ctx, trailingAttribution(ctx, cue)) : partyOf(ctx, subjectOf(ctx, verb));
}

/**
 * Who makes an accusation (see `AccusationType`): the subject of an accusation verb or claim (or,
 * for ", kata X" after the claim, X), the agent of a passive ("dituduh AS", "accused by …"), the
 * owner of an accusation noun ("tuduhan AS", "FIFA's claim", "kritik dari …") or else, for
 * "tuduhan" and "klaim", the sentence's subject. Null when the text does not say. The accuser only
 * tells sides apart, so it is read cheaply (see `namedIn`): most accusing sentences never meet a
 * denial, and an article's people are built only where a denial needs them.
 */
export function accuserOf(ctx: PartyContext, cue: AccusationCue): string | null {
  const { view, floor, ceiling } = ctx;
  const w = view.words;
  const next = cue.at + 1;
  switch (cue.type) {
    case 'verb':
    case 'claim': {
      const subject = subjectOf(ctx, cue.at);
      if (subject.to >= subject.from) return namedIn(ctx, subject);
      return afterQuoteVerbs.has(w[cue.at]!.fold) ? namedIn(ctx, attributionAfter(view, cue.at, afterQuoteVerbs)) : null;
    }
    case 'passive': {
      if (next >= ceiling || punctuationBefore(view, next)) return null;
      if (verbs.agentMarkers.has(w[next]!.fold)) return namedIn(ctx, nounPhraseFrom(view, next + 1, ceiling));
      return w[next]!.cap ? namedIn(ctx, nounPhraseFrom(view, next, ceiling)) : null;
    }
    case 'noun':
    case 'unowned': {
      if (next < ceiling && !punctuationBefore(view, next)) {
        if (nouns.possessorMarkers.has(w[next]!.fold)) return namedIn(ctx, nounPhraseFrom(view, next + 1, ceiling));
        if (cue.type === 'noun' && w[next]!.cap) return namedIn(ctx, nounPhraseFrom(view, next, ceiling));
      }
      if (cue.type === 'unowned') return null;
      const before = cue.at - 1;
      if (before >= floor && w[before]!.fold.endsWith("'s")) return namedIn(ctx, { from: clauseStart(view, before, floor), to: before });
      return namedIn(ctx, sentenceSubject(view, floor, ceiling));
    }
  }
}

/** Adverbs and auxiliaries between a subject or relative pronoun and its verb ("yang telah membantah", "secara tegas"). */
const isAdverb = (folded: string): boolean => parties.predicateWords.has(folded) && !parties.relativePronouns.has(folded);

/**
 * The subject of the verb at word `v`: for a relative clause ("perkataan Pegi yang membantah …",
 * "pernyataannya yang menyangkal …") the one whose statement it is, or the phrase it describes;
 * for a clause of reason with no subject of its own ("mengecam pernyataan X karena menyebut …")
 * the one whose statement is criticised; for "accusations he has repeatedly denied", "he".
 */
export function subjectOf(ctx: PartyContext, v: number): WordRange {
  const { view, floor } = ctx;
  const w = view.words;
  let k = v - 1;
  while (k >= floor && isAdverb(w[k]!.fold) && !punctuationBefore(view, k + 1)) k--;
  if (k > floor && parties.relativePronouns.has(w[k]!.fold) && !punctuationBefore(view, k + 1)) {
    const owner = statementOwner(view, k, floor);
    if (owner) return owner;
    const described = nounPhraseFrom(view, clauseStart(view, k - 1, floor), k);
    if (described.to >= described.from) return described;
  }
  const subject = subjectBefore(view, v, floor);
  if (subject.to < subject.from) {
    if (k > floor && parties.reasonWords.has(w[k]!.fold)) return criticised(view, k, floor);
    return subject;
  }
  // "…, accusations he has repeatedly denied": the target is the object, the pronoun or name after it the subject
  if (subject.to > subject.from && targets.has(w[subject.from]!.fold) && !w[subject.from]!.cap) {
    return { from: subject.from + 1, to: subject.to };
  }
  return subject;
}

/**
 * "perkataan Pegi yang …", "pernyataan Menteri X yang …", "pernyataannya yang …": for a relative
 * pronoun at word `rel`, whose statement it follows (a clitic "-nya" is a range of that one word,
 * resolved later like a pronoun); null when no statement noun stands within five words before it.
 */
function statementOwner(view: ParagraphView, rel: number, floor: number): WordRange | null {
  for (let s = rel - 1; s >= Math.max(floor, rel - 6); s--) {
    const noun = view.words[s]!.fold;
    if (parties.statementNouns.has(noun)) {
      if (noun.endsWith('nya') && s === rel - 1) return { from: s, to: s };
      if (s + 1 < rel && view.words[s + 1]!.cap) return nounPhraseFrom(view, s + 1, rel);
      return null;
    }
    if (punctuationBefore(view, s)) return null;
  }
  return null;
}

/**
 * "X mengecam pernyataan Y karena menyebut …": for a subjectless clause of reason at word `reason`,
 * the owner of a statement named in the clause before it, else the object of a verb of criticism.
 */
function criticised(view: ParagraphView, reason: number, floor: number): WordRange {
  const start = clauseStart(view, reason - 1, floor);
  for (let s = reason - 1; s >= start; s--) {
    if (!parties.statementNouns.has(view.words[s]!.fold)) continue;
    const owner = statementOwner(view, reason, floor);
    if (owner) return owner;
    if (s + 1 < reason && view.words[s + 1]!.cap) return nounPhraseFrom(view, s + 1, reason);
  }
  for (let s = start; s < reason; s++) {
    if (parties.criticismVerbs.has(view.words[s]!.fold)) {
      const object = nounPhraseFrom(view, s + 1, reason);
      if (object.to >= object.from && view.words[object.from]!.cap) return object;
    }
  }
  return EMPTY;
}

/**
 * The owner of a denial noun: the name after it ("penyangkalan Menteri Kebudayaan Fadli Zon",
 * "bantahan Moskow", "denial by Moscow"), the possessive before it ("Russia's denial"), else who
 * the clause is about ("Dia mengulangi bantahannya"; "Dalam bantahannya, Kementerian … menyebut").
 */
function nounOwner(ctx: PartyContext, cue: Cue): Party | null {
  const { view, floor, ceiling } = ctx;
  const w = view.words;
  // in a headline every word is capitalised: who owns the denial cannot be read from case
  if (titleCase(view, floor, ceiling)) return null;
  let next = cue.to + 1;
  if (next < ceiling && !punctuationBefore(view, next) && nouns.possessorMarkers.has(w[next]!.fold)) next++;
  if (next < ceiling && !punctuationBefore(view, next) && w[next]!.cap) {
    const owner = nounPhraseFrom(view, next, ceiling);
    if (owner.to >= owner.from) return partyOf(ctx, owner);
  }
  const before = cue.from - 1;
  if (before >= floor && w[before]!.fold.endsWith("'s") && w[before]!.cap) {
    return partyOf(ctx, { from: clauseStart(view, before, floor), to: before });
  }
  const subject = subjectOf(ctx, cue.from);
  if (subject.to >= subject.from) return partyOf(ctx, subject);
  // an opening adjunct ("Dalam bantahannya, …"): the subject of the clause after it
  for (let k = cue.to + 1; k < ceiling; k++) {
    if (!punctuationBefore(view, k)) continue;
    const main = nounPhraseFrom(view, k, ceiling);
    return main.to >= main.from ? partyOf(ctx, main) : null;
  }
  return null;
}

/** True for a sentence in title case ("Komnas Perempuan Mendesak Fadli Zon Tarik Penyangkalan …"): most of its longer words capitalised. */
function titleCase(view: ParagraphView, floor: number, ceiling: number): boolean {
  let long = 0;
  let capitalised = 0;
  for (let k = floor; k < ceiling; k++) {
    if (view.words[k]!.text.length < 4) continue;
    long++;
    if (view.words[k]!.cap) capitalised++;
  }
  return long >= 4 && capitalised >= 0.7 * long;
}

/** The speaker of quotation marks: "…,” kata pejabat itu" after them, or "X mengatakan “…" before them. */
function quoteAttribution(view: ParagraphView, [open, close]: readonly [number, number]): WordRange {
  const next = wordAt(view, close);
  const after = attributionAfter(view, next, afterQuoteVerbs);
  if (after.to >= after.from) return after;
  // English order: "…,” Zakharova said."
  const named = nounPhraseFrom(view, next, Math.min(view.words.length, next + 8));
  if (named.to >= named.from && afterQuoteVerbs.has(view.words[named.to + 1]?.fold ?? '')) return named;
  const inside = wordAt(view, open);
  if (inside === 0) return EMPTY;
  const start = clauseStart(view, inside - 1, 0);
  const verb = statementVerbBefore(view, inside, start);
  return verb === null ? EMPTY : subjectBefore(view, verb, start);
}

/** "Menurut Ketua X, tidak ada …", "According to the ministry, there was no …": the one named before the comma. */
function accordingTo(ctx: PartyContext, cue: Cue): WordRange {
  const w = ctx.view.words;
  for (let k = ctx.floor; k < cue.from; k++) {
    const phrase = accordingPhrases.find((p) => p.every((x, j) => w[k + j]?.fold === x));
    if (!phrase) continue;
    const from = k + phrase.length;
    let to = from;
    while (to < cue.from && !punctuationBefore(ctx.view, to + 1) && to - from < 8) to++;
    if (!(to < cue.from && /^\s*,\s*$/u.test(gapBefore(ctx.view, to + 1)))) return EMPTY;
    // "Menurut juru bicara maskapai, Andreas Lim, …": a name set off after the role is the one meant
    if (!w[from]!.cap || parties.roles.has(w[from]!.fold)) {
      let end = to + 1;
      while (end + 1 < cue.from && w[end + 1]!.cap && !punctuationBefore(ctx.view, end + 1) && end - to < 5) end++;
      if (w[to + 1]!.cap && end + 1 < cue.from && /^\s*,\s*$/u.test(gapBefore(ctx.view, end + 1))) return { from: to + 1, to: end };
    }
    return nounPhraseFrom(ctx.view, from, to + 1);
  }
  return EMPTY;
}

/** "dibantah Teheran", "dibantah oleh Moskow", "was denied by Moscow". */
function passiveAgent(ctx: PartyContext, cue: Cue): WordRange {
  let k = cue.to + 1;
  if (k < ctx.ceiling && punctuationBefore(ctx.view, k)) return EMPTY;
  if (k < ctx.ceiling && verbs.agentMarkers.has(ctx.view.words[k]!.fold)) k++;
  return nounPhraseFrom(ctx.view, k, ctx.ceiling);
}

/** ", kata X" after the clause of a cue: "Tuduhan itu tidak benar, kata Peskov." */
function trailingAttribution(ctx: PartyContext, cue: Cue): WordRange {
  for (let k = cue.to + 1; k < ctx.ceiling; k++) {
    if (punctuationBefore(ctx.view, k)) return attributionAfter(ctx.view, k, afterQuoteVerbs);
  }
  return EMPTY;
}

/**
 * A phrase as a name, without this article's people: a pronoun, clitic or description is who the
 * discourse model says it is (or unknown), a bare common noun or "kami" names no one, anything
 * else is its own words.
 */
function namedIn(ctx: PartyContext, range: WordRange): string | null {
  if (range.to < range.from) return null;
  const words = ctx.view.words;
  const first = words[range.from]!;
  const last = words[range.to]!;
  const modelled = (): string | null => ctx.resolve?.(ctx.paragraphIndex, first.start)?.name ?? null;
  if (parties.personPronouns.has(first.fold) || parties.groupPronouns.has(first.fold) || (range.from === range.to && isClitic(first.fold))) return modelled();
  if (parties.firstPerson.has(first.fold)) return null;
  if (!first.cap && (range.from === range.to || parties.demonstratives.has(last.fold))) return modelled();
  const to = range.to > range.from && parties.demonstratives.has(last.fold) ? range.to - 1 : range.to;
  return stripPossessive(textOf(ctx.view, range.from, to));
}

/** Turns a subject phrase into a party name: a person's fullest name, a resolved description or pronoun, or the phrase itself. */
export function partyOf(ctx: PartyContext, range: WordRange): Party | null {
  const { view } = ctx;
  if (range.to < range.from) return null;
  const people = ctx.people();
  const words = view.words;
  const first = words[range.from]!;
  const at = position(ctx.paragraphIndex, first.start);
  // a pronoun, clitic or description is who the discourse model says it is ("one Ia is one person
  // everywhere"), else who this article's people say
  const modelled = (k: number): Party | null => ctx.resolve?.(ctx.paragraphIndex, words[k]!.start)?.party ?? null;
  if (parties.personPronouns.has(first.fold) || (range.from === range.to && isClitic(first.fold))) return personAt(ctx, range.from);
  // "Suasana hati Ia membantah": a heading run into the sentence before its pronoun
  if (range.to > range.from && parties.personPronouns.has(words[range.to]!.fold) && words[range.to]!.cap) return personAt(ctx, range.to);
  if (parties.groupPronouns.has(first.fold)) return modelled(range.from) ?? people.latestGroup(at);
  if (parties.firstPerson.has(first.fold)) return null;
  const person = people.personIn(view, range);
  if (person) return person.name;
  const last = words[range.to]!;
  // "diplomat tersebut", "Pejabat itu" (capitalised only as the sentence's first word)
  const descriptive = !first.cap || parties.roles.has(first.fold) || parties.descriptionClasses.has(first.fold);
  if (descriptive && parties.demonstratives.has(last.fold) && range.to > range.from) {
    return (
      modelled(range.from) ??
      people.resolveDescription(
        words.slice(range.from, range.to).map((w) => w.fold),
        at,
      )
    );
  }
  if (!first.cap && range.to === range.from) {
    // "the official said": a known description refers back; another bare common noun ("pihak") names no one
    return parties.descriptionClasses.has(first.fold) ? (modelled(range.from) ?? people.resolveDescription([first.fold], at)) : null;
  }
  // "Federasi sepak bola Malaysia ini": the name without the pointer
  const to = range.to > range.from && parties.demonstratives.has(last.fold) ? range.to - 1 : range.to;
  const text = textOf(view, range.from, to);
  // a bracket the phrase ends in is closed: "Komisi Perlindungan Nelayan (KPN)"
  const closed = text.lastIndexOf('(') > text.lastIndexOf(')') && view.paragraph.text[words[to]!.end] === ')' ? `${text})` : text;
  return stripPossessive(closed);
}

/**
 * The person a pronoun or clitic at word k refers to: the discourse model's answer, unless this
 * article's people know no one by that name while they offer a person with a role or seen as a
 * subject (the model reading a capitalised common word, "Criticism lit up …", as someone); else
 * the latest such person.
 */
function personAt(ctx: PartyContext, k: number): Party | null {
  const people = ctx.people();
  const offset = ctx.view.words[k]!.start;
  const mine = people.latestPerson(position(ctx.paragraphIndex, offset))?.name ?? null;
  const modelled = ctx.resolve?.(ctx.paragraphIndex, offset) ?? null;
  if (modelled === null) return mine;
  return mine === null || people.knowsPerson(modelled.name) ? modelled.party : mine;
}

/** A statement noun with the clitic "-nya" ("pernyataannya"): its owner is a person named before. */
const isClitic = (folded: string): boolean => folded.endsWith('nya') && parties.statementNouns.has(folded);

/** "Russia's" → "Russia" (the owner of "Russia's denial"). */
const stripPossessive = (name: string): string => name.replace(/['\u2019]s$/u, '');
