import type { DenialKind } from '../types.js';
import { isPredicate } from './clause-subject.js';
import * as lexicon from './denial-lexicon.js';
import { type ParagraphView, punctuationBefore } from './words.js';

// (read once: an imported binding is a getter call at every use, and these are used on every word)
const { dismissalComplements, existentialDenials, gappedStatements, insistence, negatedActs, negators, nouns, statementCues, targetNouns, targets, verbs } =
  lexicon;

/**
 * How a cue denies, which decides how its party is found:
 * verb ("Rusia membantah …": its subject), passive ("klaim yang dibantah Teheran": its agent),
 * noun ("bantahan Moskow": its owner), act ("tidak pernah memasok", "maintained that … did not":
 * who says so), statement ("tidak ada perjanjian", "rumor", "menolak berkomentar": who says so).
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
const gappedByFirst = byFirstWord(gappedStatements.map((g) => ({ ...g, words: g.start })));
const existentialByFirst = byFirstWord(existentialDenials.starts.map((words) => ({ words })));
const insistenceByFirst = byFirstWord(insistence.negations.map((words) => ({ words })));
const activeVerbs = new Set([...verbs.denial, ...verbs.dismissal, ...verbs.objectNeeded]);
/** Phrasal verbs ("shrugged off", "brushed aside", "scoffed at") by their first word: the words that follow it. */
const phrasalVerbs = new Map<string, string[][]>();
for (const verb of activeVerbs) {
  if (!verb.includes(' ')) continue;
  const [head, ...rest] = verb.split(' ');
  phrasalVerbs.set(head!, [...(phrasalVerbs.get(head!) ?? []), rest]);
}
/** Every word that can start a cue: most words of a sentence are not one and are passed over at once. */
const cueStarts = new Set([
  ...statementsByFirst.keys(),
  ...markersByFirst.keys(),
  ...gappedByFirst.keys(),
  ...existentialByFirst.keys(),
  ...insistenceByFirst.keys(),
  ...insistence.verbs,
  ...activeVerbs,
  ...phrasalVerbs.keys(),
  ...verbs.passive,
  ...nouns.words,
]);

/** The denial cues among words [from, to) of a paragraph (one sentence), in text order; traps left out. */
export function findDenialCues(view: ParagraphView, from: number, to: number): readonly Cue[] {
  // (most sentences have no cue: they share one empty list)
  let cues: Cue[] = NO_CUES;
  const w = view.words;
  // an insistence verb seen earlier in the sentence ("maintained that …"): a past negation after it denies
  let insisting = false;
  for (let i = from; i < to; i++) {
    const word = w[i]!.fold;
    if (!cueStarts.has(word)) continue;
    if (insistence.verbs.has(word)) {
      insisting = true;
      continue;
    }
    const statement = firstMatch(view, i, to, statementsByFirst.get(word));
    if (statement) {
      if (cues === NO_CUES) cues = [];
      cues.push({ type: 'statement', kind: statement.kind, from: i, to: i + statement.words.length - 1 });
      i += statement.words.length - 1;
      continue;
    }
    const gapped = gappedAt(view, i, to);
    if (gapped) {
      if (cues === NO_CUES) cues = [];
      cues.push(gapped);
      continue;
    }
    const existential = existentialAt(view, i, to);
    if (existential) {
      if (cues === NO_CUES) cues = [];
      cues.push(existential);
      i = existential.to;
      continue;
    }
    const marker = firstMatch(view, i, to, markersByFirst.get(word));
    if (marker) {
      let k = i + marker.words.length;
      while (k < to && k < i + marker.words.length + 2 && negatedActs.gapWords.has(w[k]!.fold)) k++;
      if (k < to && negatedActs.acts.has(w[k]!.fold)) {
        if (cues === NO_CUES) cues = [];
        cues.push({ type: 'act', kind: 'denial', from: i, to: k });
        continue;
      }
    }
    if (insisting) {
      const negation = firstMatch(view, i, to, insistenceByFirst.get(word));
      if (negation && i + negation.words.length < to) {
        if (cues === NO_CUES) cues = [];
        cues.push({ type: 'act', kind: 'denial', from: i, to: i + negation.words.length - 1 });
        insisting = false;
        continue;
      }
    }
    if (marker || negated(view, i, from)) continue;
    const cue = wordCue(view, i, from, to);
    if (cue) {
      if (cues === NO_CUES) cues = [];
      cues.push(cue);
    }
  }
  return cues;
}

const NO_CUES: Cue[] = [];

/** A denial verb, a passive of one, or a denial noun at word i, when it holds up. */
function wordCue(view: ParagraphView, i: number, from: number, to: number): Cue | null {
  const w = view.words;
  const word = w[i]!.fold;
  // "Anggapan itu harus dibantah": a call to deny
  if (i > from && verbs.modals.has(w[i - 1]!.fold)) return null;
  // (a phrasal verb is read as one verb ending at its last word)
  let verb = word;
  let last = i;
  const phrasal = activeVerbs.has(word) ? undefined : phrasalVerbs.get(word)?.find((rest) => wordsAt(view, i + 1, to, rest));
  if (phrasal) {
    verb = `${word} ${phrasal.join(' ')}`;
    last = i + phrasal.length;
  }
  if (activeVerbs.has(verb)) {
    const englishPassive = i > from && verbs.englishPassiveAuxiliaries.has(w[i - 1]!.fold);
    if (englishPassive && !(last + 1 < to && verbs.agentMarkers.has(w[last + 1]!.fold))) return null; // "was denied entry"
    // "rejected the proposal" denies nothing; in "the claims were dismissed by …" the target stands before
    if (verbs.objectNeeded.has(verb)) {
      const held = englishPassive ? targetBefore(view, i, from) : objectIsTarget(view, last, to) || dismissedAs(view, last, to);
      if (!held) return null;
    }
    const kind = verbs.objectNeededKind.get(verb) ?? (verbs.denial.has(verb) ? 'denial' : 'dismissal');
    return { type: englishPassive ? 'passive' : 'verb', kind, from: i, to: last };
  }
  if (verbs.passive.has(word)) {
    if (verbs.passiveObjectNeeded.has(word) && !targetBefore(view, i, from)) return null;
    return { type: 'passive', kind: verbs.passiveKind.get(word) ?? 'denial', from: i, to: i };
  }
  if (nouns.words.has(word)) {
    if (i + 1 < to && nouns.backReferences.has(w[i + 1]!.fold)) return null; // "Bantahan itu muncul …"
    // "to be in denial" is a state of mind; "in its denial" and "dalam bantahannya" have an owner
    if (i > from && nouns.notAfter.has(w[i - 1]!.fold) && !word.endsWith('nya')) return null;
    return { type: 'noun', kind: 'denial', from: i, to: i };
  }
  return null;
}

/** The first entry whose words stand at word i (before `to`), with no clause punctuation between them. */
function firstMatch<T extends { readonly words: readonly string[] }>(
  view: ParagraphView,
  i: number,
  to: number,
  list: readonly T[] | undefined,
): T | undefined {
  if (list === undefined) return undefined;
  const w = view.words;
  for (const entry of list) {
    const phrase = entry.words;
    if (i + phrase.length > to) continue;
    let k = 0;
    while (k < phrase.length && w[i + k]!.fold === phrase[k] && (k === 0 || !punctuationBefore(view, i + k))) k++;
    if (k === phrase.length) return entry;
  }
  return undefined;
}

/** True when the words of `phrase` stand at word k (before `to`). */
function wordsAt(view: ParagraphView, k: number, to: number, phrase: readonly string[]): boolean {
  if (k + phrase.length > to) return false;
  for (let j = 0; j < phrase.length; j++) if (view.words[k + j]!.fold !== phrase[j]) return false;
  return true;
}

/** "tidak semua informasi itu … benar": the first part at word i, the second within its reach. */
function gappedAt(view: ParagraphView, i: number, to: number): Cue | null {
  const entry = firstMatch(view, i, to, gappedByFirst.get(view.words[i]!.fold));
  if (!entry) return null;
  const first = i + entry.start.length;
  const last = Math.min(to, first + entry.within);
  for (let k = first; k < last; k++) {
    if (wordsAt(view, k, to, entry.end) && !negated(view, k, first)) return { type: 'statement', kind: entry.kind, from: i, to: k + entry.end.length - 1 };
  }
  return null;
}

/** "tidak ada (siswa) yang dilarikan", "tidak ada data atau hasil yang ditutup-tutupi": nothing underwent the act. */
function existentialAt(view: ParagraphView, i: number, to: number): Cue | null {
  const start = firstMatch(view, i, to, existentialByFirst.get(view.words[i]!.fold));
  if (!start) return null;
  // "agar tidak ada layanan yang terganggu": a purpose, not a denial
  if ((i > 0 && existentialDenials.notAfter.has(view.words[i - 1]!.fold)) || (i > 1 && existentialDenials.notAfter.has(view.words[i - 2]!.fold))) return null;
  const first = i + start.words.length;
  const last = Math.min(to - 1, first + existentialDenials.maxGap);
  for (let k = first; k < last; k++) {
    if (!existentialDenials.relatives.has(view.words[k]!.fold)) continue;
    const verb = view.words[k + 1]!;
    if (verb.cap || existentialDenials.notPassive.has(verb.fold)) return null;
    const passive = existentialDenials.passivePrefixes.some((p) => verb.fold.startsWith(p) && verb.fold.length >= p.length + 4);
    return passive ? { type: 'statement', kind: 'denial', from: i, to: k + 1 } : null;
  }
  return null;
}

/** "tidak membantah", "tidak secara tegas membantah", "did not deny": a negated cue is no denial. */
function negated(view: ParagraphView, i: number, from: number): boolean {
  const w = view.words;
  if (i - 1 >= from && negators.words.has(w[i - 1]!.fold)) return true;
  return i - 2 >= from && negators.between.has(w[i - 1]!.fold) && negators.words.has(w[i - 2]!.fold);
}

/** True when the object after a verb names an accusation, claim, report or rumour, or is a clause. */
function objectIsTarget(view: ParagraphView, i: number, to: number): boolean {
  for (let k = i + 1; k < Math.min(to, i + 5); k++) {
    if (punctuationBefore(view, k)) return false;
    if (targets.has(view.words[k]!.fold)) return true;
    // "menolak membantah laporan": the object is an act, not an accusation
    if (isPredicate(view.words[k]!)) return false;
  }
  return false;
}

/** "dismissed the rapes as mere rumours", "menepis kabar itu sebagai hoaks": the object is called false. */
function dismissedAs(view: ParagraphView, i: number, to: number): boolean {
  const limit = Math.min(to, i + 12);
  for (let k = i + 1; k < limit; k++) {
    if (punctuationBefore(view, k)) return false;
    if (!dismissalComplements.markers.has(view.words[k]!.fold)) continue;
    let j = k + 1;
    while (j < to && j < k + 4 && dismissalComplements.fillers.has(view.words[j]!.fold)) j++;
    return j < to && dismissalComplements.words.has(view.words[j]!.fold);
  }
  return false;
}

/** True when one of the three words before a passive verb names an accusation ("klaim yang ditolak"). */
function targetBefore(view: ParagraphView, i: number, from: number): boolean {
  return view.words.slice(Math.max(from, i - 3), i).some((x) => targetNouns.has(x.fold));
}
