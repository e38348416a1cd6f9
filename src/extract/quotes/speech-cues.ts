import type { ParagraphView } from '../paragraph-view.js';
import { lexicon, type VerbInfo } from './lexicon.js';
import { phraseAfter } from './post-phrase.js';
import { parseSpeakerPhrase } from './speaker-phrase.js';
import { phraseBefore } from './subject-phrase.js';
import type { TokenRange } from './token-ranges.js';
import { isComma, isTimeWord } from './word-classes.js';

/**
 * Speech cues of one sentence, outside quotation marks, each with the place of its speaker phrase:
 * "Kirby mengatakan" (active: speaker before), "…, kata Kirby" / "…,” ujar Kirby" (post),
 * "tambahnya" (clitic: the speaker is -nya), "disampaikan Kirby" (passive), "Menurut Kirby, …"
 * (according), "demikian pernyataan bersama itu" (thus).
 */

export type CueType = 'active' | 'post' | 'clitic' | 'passive' | 'according' | 'thus';

/** How an active verb without a subject of its own finds one. */
export type Elision = 'subordinate' | 'relative' | 'coordinate';

/** One speech cue and where its speaker phrase is. */
export interface Cue {
  readonly at: number;
  readonly length: number;
  readonly type: CueType;
  /** May introduce a reported clause (false for "mengecam", "menyebutnya sebagai"). */
  readonly statement: boolean;
  /** The speaker phrase; null for a clitic or a left-out subject. */
  readonly phrase: TokenRange | null;
  readonly elided: Elision | null;
  /** The relay phrase when the speaker phrase is quoted by it ("kata media pemerintah Rusia mengutip …"). */
  readonly relay: TokenRange | null;
  /** First token and end of the attribution: speaker phrase and cue together. */
  readonly attrFrom: number;
  readonly attrTo: number;
}

/**
 * Words that can open a cue: the first words of "according" phrases and verb phrases, the speech
 * verbs, and the according clitics and "thus" words (looked up by their fold). Any other word opens
 * none, unless it ends in the clitic ("menyebutnya"): one lookup rules out most words of a sentence.
 */
const cueStarts = new Set([
  ...lexicon.according.firstWords(),
  ...lexicon.verbPhrases.firstWords(),
  ...lexicon.verbs.keys(),
  ...lexicon.accordingClitic,
  ...lexicon.thus,
  ...lexicon.relayQuoting,
]);

/**
 * "menyebutnya", "mengatakannya": an active verb with an object -nya, as an active verb. Built once,
 * so that the many other words ending in -nya ("hanya", "sebelumnya") are ruled out by one lookup.
 */
const withObjectClitic = new Map<string, VerbInfo>();
for (const [verb, info] of lexicon.verbs) {
  const form = verb + lexicon.clitic;
  if (info.forms.has('active') && !lexicon.verbs.has(form)) withObjectClitic.set(form, { ...info, forms: new Set(['active']) });
}
for (const form of withObjectClitic.keys()) cueStarts.add(form);

/** Cues of the sentence [sFrom, sTo) in text order. */
export function findCues(view: ParagraphView, sFrom: number, sTo: number): Cue[] {
  const { tokens, keys: words } = view;
  const cues: Cue[] = [];
  for (let i = sFrom; i < sTo; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.quote !== -1) continue;
    const w = words[i]!;
    if (!cueStarts.has(w) && (w === t.fold || !cueStarts.has(t.fold))) continue;
    const prev = tokens[i - 1];
    const afterBreak = i === sFrom || prev?.kind === 'close' || isComma(prev) || lexicon.resumptives.has(words[i - 1] ?? '');
    const according = lexicon.according.matchAt(words, i, sTo);
    if (according > 0) {
      const cue = after(view, sTo, 'according', i, according, true);
      if (cue) cues.push(cue), (i = cue.attrTo - 1);
      continue;
    }
    if (lexicon.accordingClitic.has(t.fold)) {
      cues.push(clitic('according', i, 1, true));
      continue;
    }
    if (lexicon.thus.has(t.fold) && afterBreak) {
      const skip = passiveVerbAt(view, i + 1);
      const cue = after(view, sTo, 'thus', i, 1 + skip, true);
      if (cue) {
        cues.push(cue);
        // "demikian mereka memperingatkan": the verb after the phrase belongs to this cue.
        i = cue.attrTo - 1 + (lexicon.verbs.get(words[cue.attrTo] ?? '')?.forms.has('active') ? 1 : 0);
      }
      continue;
    }
    // "KCNA quoted the deputy director as saying", "media reported Lembong … as saying": the object speaks, the subject relays.
    if (lexicon.relayQuoting.has(w) && !(t.cap && !t.initial)) {
      const cue = quotedAs(view, sFrom, sTo, i);
      if (cue) {
        cues.push(cue);
        i = cue.attrTo - 1;
        continue;
      }
    }
    const found = t.cap && !t.initial ? null : verbAt(view, i);
    if (!found) continue;
    const { info, length, cliticForm } = found;
    if (info.needs && !followedBy(view, i + length, sTo, info.needs)) continue;
    if (cliticForm) {
      if (afterBreak) cues.push(clitic('clitic', i, length, info.statement));
      continue;
    }
    let cue: Cue | null = null;
    if (info.forms.has('post') && afterBreak) {
      cue = after(view, sTo, 'post', i, length, info.statement);
      // "…, said Kirby." but not "…, said the administration was preparing …": a verb that is also
      // active takes its speaker after it only when nothing but an adjunct follows the phrase.
      if (cue && info.forms.has('active') && !endsClause(view, cue.attrTo, sTo)) cue = null;
    }
    if (!cue && info.forms.has('passive') && (lexicon.agents.has(words[i + length] ?? '') || afterBreak || afterPointer(view, sFrom, i))) {
      cue = after(view, sTo, 'passive', i, length, false);
    }
    if (!cue && info.forms.has('active')) cue = active(view, sFrom, i, length, info);
    if (cue && cue.phrase === null && info.ownSubject) cue = null;
    if (cue) {
      cues.push(cue);
      i = Math.max(i, cue.at + cue.length - 1);
    }
  }
  return cues;
}

const parses = (view: ParagraphView, r: TokenRange | null): r is TokenRange => r !== null && parseSpeakerPhrase(view, r.from, r.to) !== null;

/** A cue whose speaker phrase follows it, through a relay when one quotes the other ("kata media … mengutip pernyataan Lavrov"). */
function after(view: ParagraphView, sTo: number, type: CueType, at: number, length: number, statement: boolean): Cue | null {
  const phrase = phraseAfter(view, at + length, sTo);
  if (!parses(view, phrase)) return null;
  const relayLength = lexicon.relayActive.matchAt(view.keys, phrase.to, sTo);
  const original = relayLength > 0 ? phraseAfter(view, phrase.to + relayLength, sTo) : null;
  if (original && parses(view, original)) {
    return { at, length, type, statement, phrase: original, elided: null, relay: phrase, attrFrom: at, attrTo: original.to };
  }
  return { at, length, type, statement, phrase, elided: null, relay: null, attrFrom: at, attrTo: phrase.to };
}

/** "X quoted Y as saying": a cue whose speaker is Y and whose relay is X, or null. */
function quotedAs(view: ParagraphView, sFrom: number, sTo: number, at: number): Cue | null {
  const phrase = phraseAfter(view, at + 1, sTo);
  if (!parses(view, phrase)) return null;
  // the speaker may carry an apposition before "as saying": "Lembong, handcuffed and …, as saying"
  const end = Math.min(sTo, phrase.to + 16);
  // (plain folds: "as" here is never the acronym AS)
  const folds = view.tokens.slice(phrase.to, Math.min(sTo, end + 3)).map((t) => t.fold);
  for (let k = phrase.to; k < end; k++) {
    if (view.tokens[k]!.quote !== -1) return null;
    const as = lexicon.relayAs.matchAt(folds, k - phrase.to);
    if (as === 0) continue;
    const relay = phraseBefore(view, sFrom, at);
    return {
      at,
      length: 1,
      type: 'active',
      statement: true,
      phrase,
      elided: null,
      relay: parses(view, relay) ? relay : null,
      attrFrom: relay?.from ?? at,
      attrTo: k + as,
    };
  }
  return null;
}

/** "Hal itu (juga) disampaikan …", "Pernyataan tersebut diungkapkan …": the verb follows a pointer back that opens the sentence. */
function afterPointer(view: ParagraphView, sFrom: number, i: number): boolean {
  let k = i - 1;
  while (k > sFrom && lexicon.adverbs.matchEndingAt(view.keys, k, sFrom) > 0) k -= lexicon.adverbs.matchEndingAt(view.keys, k, sFrom);
  const pointer = lexicon.statementObjects.matchEndingAt(view.keys, k, sFrom);
  if (pointer > 0 && k - pointer + 1 === sFrom) return true;
  return lexicon.demonstratives.has(view.keys[k] ?? '') && k - 1 >= sFrom && lexicon.documents.matchEndingAt(view.keys, k - 1, sFrom) === k - sFrom;
}

/** Nothing but punctuation, a preposition, a time or a relay follows token k in the sentence. */
function endsClause(view: ParagraphView, k: number, sTo: number): boolean {
  const t = view.tokens[k];
  if (k >= sTo || !t || t.kind !== 'word') return true;
  return (
    lexicon.adjunctPrepositions.has(t.fold) ||
    lexicon.listeners.has(t.fold) ||
    isTimeWord(t) ||
    lexicon.relayActive.matchAt(view.keys, k, sTo) > 0 ||
    lexicon.relayPassive.matchAt(view.keys, k, sTo) > 0
  );
}

function clitic(type: CueType, at: number, length: number, statement: boolean): Cue {
  return { at, length, type, statement, phrase: null, elided: null, relay: null, attrFrom: at, attrTo: at + length };
}

function active(view: ParagraphView, sFrom: number, at: number, length: number, info: VerbInfo): Cue {
  const phrase = phraseBefore(view, sFrom, at);
  const parsed = phrase ? parseSpeakerPhrase(view, phrase.from, phrase.to) : null;
  if (phrase && parsed) {
    return { at, length, type: 'active', statement: info.statement, phrase, elided: null, relay: null, attrFrom: phrase.from, attrTo: at + length };
  }
  let k = at - 1;
  while (k >= sFrom && lexicon.adverbs.matchEndingAt(view.keys, k, sFrom) > 0) k -= lexicon.adverbs.matchEndingAt(view.keys, k, sFrom);
  const before = view.keys[k] ?? '';
  const elided: Elision = lexicon.subordinatingWords.has(before) ? 'subordinate' : lexicon.relatives.has(before) ? 'relative' : 'coordinate';
  return { at, length, type: 'active', statement: info.statement, phrase: null, elided, relay: null, attrFrom: at, attrTo: at + length };
}

/** The speech word at token i: a multi-word verb, a listed form, or a meN- verb with an object -nya ("menyebutnya"). */
function verbAt(view: ParagraphView, i: number): { info: VerbInfo; length: number; cliticForm: boolean } | null {
  const phrase = lexicon.verbPhrases.matchAt(view.keys, i);
  if (phrase > 0) {
    const info = lexicon.verbPhraseInfo.get(view.keys.slice(i, i + phrase).join(' '));
    if (info) return { info, length: phrase, cliticForm: false };
  }
  const w = view.keys[i]!;
  const info = lexicon.verbs.get(w);
  if (info) {
    const onlyClitic = info.forms.size === 1 && info.forms.has('clitic');
    return { info, length: 1, cliticForm: onlyClitic };
  }
  const withObject = withObjectClitic.get(w);
  return withObject ? { info: withObject, length: 1, cliticForm: false } : null;
}

function passiveVerbAt(view: ParagraphView, i: number): number {
  const info = lexicon.verbs.get(view.keys[i] ?? '');
  return info?.forms.has('passive') ? 1 : 0;
}

function followedBy(view: ParagraphView, from: number, sTo: number, word: string): boolean {
  if (word === ',') {
    // "Toto yakin, pandemi …", "memastikan bahwa …": the clause starts right after the verb.
    let k = from;
    while (k < sTo && lexicon.adverbs.matchAt(view.keys, k, sTo) > 0) k += lexicon.adverbs.matchAt(view.keys, k, sTo);
    return k < sTo && (view.keys[k] === ',' || view.keys[k] === ':' || lexicon.complementisers.has(view.keys[k]!));
  }
  for (let k = from; k < Math.min(sTo, from + 6); k++) if (view.keys[k] === word || lexicon.complementisers.has(view.keys[k]!)) return true;
  return false;
}
