import type { DenialKind } from '../types.js';
import { negatedActs, negators, nouns, statementCues, targets, verbs } from './denial-lexicon.js';
import { punctuationBefore, type ParagraphView } from './paragraph-view.js';

/**
 * How a cue denies, which decides how its party is found:
 * verb ("Rusia membantah …": its subject), passive ("klaim yang dibantah Teheran": its agent),
 * noun ("bantahan Moskow"), act ("tidak pernah memasok": who says so), statement ("tidak ada
 * perjanjian", "rumor", "menolak berkomentar": who says so).
 */
export type CueType = 'verb' | 'passive' | 'noun' | 'act' | 'statement';

/** A denial cue: words [from, to] of a paragraph view. */
export interface Cue {
  readonly type: CueType;
  readonly kind: DenialKind;
  readonly from: number;
  readonly to: number;
}

const byFirstWord = <T extends { words: readonly string[] }>(list: readonly T[]): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const item of [...list].sort((a, b) => b.words.length - a.words.length)) {
    const first = item.words[0]!;
    map.set(first, [...(map.get(first) ?? []), item]);
  }
  return map;
};
const statementsByFirst = byFirstWord(statementCues);
const markersByFirst = byFirstWord(negatedActs.markers.map((words) => ({ words })));
const activeVerbs = new Set([...verbs.denial, ...verbs.dismissal, ...verbs.objectNeeded]);
/** Every word that can start a cue: most words of a sentence are not one and are passed over at once. */
const cueStarts = new Set([...statementsByFirst.keys(), ...markersByFirst.keys(), ...activeVerbs, ...verbs.passive, ...nouns.words]);

/** The denial cues among words [from, to) of a paragraph (one sentence), in text order; traps left out. */
export function findDenialCues(view: ParagraphView, from: number, to: number): readonly Cue[] {
  // (most sentences have no cue: they share one empty list)
  let cues: Cue[] = NO_CUES;
  const w = view.words;
  for (let i = from; i < to; i++) {
    const word = w[i]!.folded;
    if (!cueStarts.has(word)) continue;
    if (cues === NO_CUES) cues = [];
    const statement = firstMatch(view, i, to, statementsByFirst.get(word));
    if (statement) {
      cues.push({ type: 'statement', kind: statement.kind, from: i, to: i + statement.words.length - 1 });
      i += statement.words.length - 1;
      continue;
    }
    const marker = firstMatch(view, i, to, markersByFirst.get(word));
    if (marker) {
      let k = i + marker.words.length;
      while (k < to && k < i + marker.words.length + 2 && negatedActs.gapWords.has(w[k]!.folded)) k++;
      if (k < to && negatedActs.acts.has(w[k]!.folded)) cues.push({ type: 'act', kind: 'denial', from: i, to: k });
      continue;
    }
    if (negated(view, i, from)) continue;
    if (activeVerbs.has(word)) {
      const englishPassive = i > from && verbs.englishPassiveAuxiliaries.has(w[i - 1]!.folded);
      if (englishPassive && !(i + 1 < to && verbs.agentMarkers.has(w[i + 1]!.folded))) continue; // "was denied entry"
      // "rejected the proposal" denies nothing; in "the claims were dismissed by …" the target stands before
      if (verbs.objectNeeded.has(word) && !(englishPassive ? targetBefore(view, i, from) : objectIsTarget(view, i, to))) continue;
      const kind = verbs.objectNeededKind.get(word) ?? (verbs.denial.has(word) ? 'denial' : 'dismissal');
      cues.push({ type: englishPassive ? 'passive' : 'verb', kind, from: i, to: i });
    } else if (verbs.passive.has(word)) {
      if (verbs.passiveObjectNeeded.has(word) && !targetBefore(view, i, from)) continue;
      cues.push({ type: 'passive', kind: verbs.passiveKind.get(word) ?? 'denial', from: i, to: i });
    } else if (nouns.words.has(word) && !(i + 1 < to && nouns.backReferences.has(w[i + 1]!.folded))) {
      cues.push({ type: 'noun', kind: 'denial', from: i, to: i });
    }
  }
  return cues;
}

const NO_CUES: Cue[] = [];

/** The first entry whose words stand at word i (before `to`), with no clause punctuation between them. */
function firstMatch<T extends { readonly words: readonly string[] }>(view: ParagraphView, i: number, to: number, list: readonly T[] | undefined): T | undefined {
  if (list === undefined) return undefined;
  const w = view.words;
  for (const entry of list) {
    const phrase = entry.words;
    if (i + phrase.length > to) continue;
    let k = 0;
    while (k < phrase.length && w[i + k]!.folded === phrase[k] && (k === 0 || !punctuationBefore(view, i + k))) k++;
    if (k === phrase.length) return entry;
  }
  return undefined;
}

/** "tidak membantah", "tidak secara tegas membantah", "did not deny": a negated cue is no denial. */
function negated(view: ParagraphView, i: number, from: number): boolean {
  const w = view.words;
  if (i - 1 >= from && negators.words.has(w[i - 1]!.folded)) return true;
  return i - 2 >= from && negators.between.has(w[i - 1]!.folded) && negators.words.has(w[i - 2]!.folded);
}

/** True when the object after a verb names an accusation, claim, report or rumour, or is a clause. */
function objectIsTarget(view: ParagraphView, i: number, to: number): boolean {
  for (let k = i + 1; k < Math.min(to, i + 5); k++) {
    if (punctuationBefore(view, k)) return false;
    if (targets.has(view.words[k]!.folded)) return true;
  }
  return false;
}

/** True when one of the three words before a passive verb names an accusation ("klaim yang ditolak"). */
function targetBefore(view: ParagraphView, i: number, from: number): boolean {
  return view.words.slice(Math.max(from, i - 3), i).some((x) => targets.has(x.folded));
}
