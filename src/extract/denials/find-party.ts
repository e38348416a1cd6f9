import type { Quote } from '../types.js';
import { position, type ArticlePeople } from './article-people.js';
import { attributionAfter, clauseStart, nounPhraseFrom, statementVerbBefore, subjectBefore, type WordRange } from './clause-subject.js';
import { afterQuoteVerbs, parties, verbs } from './denial-lexicon.js';
import type { Cue } from './find-denial-cues.js';
import { punctuationBefore, quoteAround, textOf, wordAt, type ParagraphView } from './paragraph-view.js';

/** What a party finder reads of a quote: where it is, whether it is direct, and its speaker. */
export type QuoteSpeaker = Pick<Quote, 'start' | 'end' | 'direct' | 'speaker'>;

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
}

/**
 * Who makes a denial, resolved like a speaker: the agent of a passive ("dibantah Teheran"); for a
 * cue inside quotation marks, the quote extractor's speaker or else the marks' attribution; the
 * one who says a denying statement ("Rusia mengatakan tidak ada perjanjian"), from the quote
 * extractor's reported speech or the statement verb's subject; or the subject of a denial verb
 * ("Rusia telah membantah"). Pronouns and descriptions ("diplomat tersebut") resolve to the person
 * they refer back to. Null when unsure.
 */
export function findParty(ctx: PartyContext, cue: Cue): string | null {
  const { view, floor } = ctx;
  const offset = view.words[cue.from]!.start;
  const speaker = (direct: boolean): string | null =>
    ctx.quotes.find((q) => q.start <= offset && offset < q.end && q.speaker !== null && (q.direct || !direct))?.speaker ?? null;
  if (cue.type === 'passive') {
    const agent = partyOf(ctx, passiveAgent(ctx, cue));
    if (agent !== null) return agent;
  }
  const marks = quoteAround(view, offset);
  if (marks) return speaker(true) ?? partyOf(ctx, quoteAttribution(view, marks));
  if (cue.type === 'act' || (cue.type === 'statement' && cue.kind !== 'no-comment')) {
    const reported = speaker(false);
    if (reported !== null) return reported;
    const verb = statementVerbBefore(view, cue.from, floor);
    if (verb !== null) return partyOf(ctx, subjectBefore(view, verb, floor));
    const trailing = trailingAttribution(ctx, cue);
    if (trailing.to >= trailing.from || cue.type === 'statement') return partyOf(ctx, trailing);
  }
  // a denial verb's own subject first: in "X mengatakan Y membantah …" Y denies, not X
  const subject = subjectBefore(view, cue.from, floor);
  if (subject.to >= subject.from) return partyOf(ctx, subject);
  const reported = speaker(false);
  if (reported !== null) return reported;
  // "… mengatakan bahwa [cue …]": the one who says so
  const verb = statementVerbBefore(view, clauseStart(view, cue.from, floor), floor);
  return verb === null ? partyOf(ctx, trailingAttribution(ctx, cue)) : partyOf(ctx, subjectBefore(view, verb, floor));
}

/** The speaker of quotation marks: "…,” kata pejabat itu" after them, or "X mengatakan “…" before them. */
function quoteAttribution(view: ParagraphView, [open, close]: readonly [number, number]): WordRange {
  const next = wordAt(view, close);
  const after = attributionAfter(view, next, afterQuoteVerbs);
  if (after.to >= after.from) return after;
  // English order: "…,” Zakharova said."
  const named = nounPhraseFrom(view, next, Math.min(view.words.length, next + 8));
  if (named.to >= named.from && afterQuoteVerbs.has(view.words[named.to + 1]?.folded ?? '')) return named;
  const inside = wordAt(view, open);
  if (inside === 0) return { from: 0, to: -1 };
  const start = clauseStart(view, inside - 1, 0);
  const verb = statementVerbBefore(view, inside, start);
  return verb === null ? { from: 0, to: -1 } : subjectBefore(view, verb, start);
}

/** "dibantah Teheran", "dibantah oleh Moskow", "was denied by Moscow". */
function passiveAgent(ctx: PartyContext, cue: Cue): WordRange {
  let k = cue.to + 1;
  if (k < ctx.ceiling && punctuationBefore(ctx.view, k)) return { from: 0, to: -1 };
  if (k < ctx.ceiling && verbs.agentMarkers.has(ctx.view.words[k]!.folded)) k++;
  return nounPhraseFrom(ctx.view, k, ctx.ceiling);
}

/** ", kata X" after the clause of a cue: "Tuduhan itu tidak benar, kata Peskov." */
function trailingAttribution(ctx: PartyContext, cue: Cue): WordRange {
  for (let k = cue.to + 1; k < ctx.ceiling; k++) {
    if (punctuationBefore(ctx.view, k)) return attributionAfter(ctx.view, k, afterQuoteVerbs);
  }
  return { from: 0, to: -1 };
}

/** Turns a subject phrase into a party name: a person's fullest name, a resolved description, or the phrase itself. */
function partyOf(ctx: PartyContext, range: WordRange): string | null {
  const { view } = ctx;
  const people = ctx.people();
  if (range.to < range.from) return null;
  const words = view.words;
  const first = words[range.from]!;
  const at = position(ctx.paragraphIndex, first.start);
  if (parties.personPronouns.has(first.folded)) return people.latestPerson(at)?.name ?? null;
  if (parties.groupPronouns.has(first.folded) || parties.firstPerson.has(first.folded)) return null;
  const person = people.personIn(view, range);
  if (person) return person.name;
  const last = words[range.to]!;
  // "diplomat tersebut", "Pejabat itu" (capitalised only as the sentence's first word)
  const descriptive = !first.capitalised || parties.roles.has(first.folded) || parties.descriptionClasses.has(first.folded);
  if (descriptive && parties.demonstratives.has(last.folded) && range.to > range.from) {
    return people.resolveDescription(words.slice(range.from, range.to).map((w) => w.folded), at);
  }
  if (!first.capitalised && range.to === range.from) {
    // "the official said": a known description refers back; another bare common noun ("pihak") names no one
    return parties.descriptionClasses.has(first.folded) ? people.resolveDescription([first.folded], at) : null;
  }
  return textOf(view, range.from, range.to);
}
