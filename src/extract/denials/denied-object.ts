import { isPredicate, subjectBefore } from './clause-subject.js';
import * as lexicon from './denial-lexicon.js';
import type { Cue } from './find-denial-cues.js';
import { gapBefore, type ParagraphView, punctuationBefore, textOf } from './words.js';

// (read once: an imported binding is a getter call at every use, and these are used on every word)
const { existentialStarts, parties, targets } = lexicon;

/** What a denial denies, verbatim, and (for "…, klaim yang dibantah Teheran") the accusing clause before it. */
export interface Denied {
  readonly text: string | null;
  readonly accusation: { readonly start: number; readonly end: number } | null;
}

const NOTHING: Denied = { text: null, accusation: null };

/**
 * Last word of the clause holding word i: before the next punctuation, the sentence end, or a
 * second predicate ("tuduhan itu dan menyebut …": "tuduhan itu").
 */
function clauseEnd(view: ParagraphView, i: number, ceiling: number): number {
  let k = i;
  while (k + 1 < ceiling && !punctuationBefore(view, k + 1)) {
    if (k > i && k + 2 < ceiling && parties.coordinators.has(view.words[k + 1]!.fold) && isPredicate(view.words[k + 2]!)) break;
    k++;
  }
  return k;
}

/** The words from `from` to the end of their clause, or null when there are none. */
function restOfClause(view: ParagraphView, from: number, ceiling: number, first = false): string | null {
  if (from >= ceiling || (!first && punctuationBefore(view, from))) return null;
  return textOf(view, from, clauseEnd(view, from, ceiling));
}

/**
 * What is denied, when the text says: the object of a denial verb ("membantah tuduhan itu"),
 * the act denied ("tidak pernah memasok senjata ke Rusia"), what is said not to exist ("tidak ada
 * perjanjian yang ditandatangani …"), the rumour dismissed, or for a passive the claim before it
 * ("Washington juga menuduh Iran …, klaim yang dibantah Teheran").
 */
export function describeDenied(view: ParagraphView, cue: Cue, floor: number, ceiling: number): Denied {
  const w = view.words;
  switch (cue.type) {
    case 'verb': {
      // "He has been accused of …, accusations he has repeatedly denied": the accusation is the clause before
      const subject = subjectBefore(view, cue.from, floor);
      const head = subject.from;
      if (subject.to > head && head > floor && targets.has(w[head]!.fold) && !w[head]!.cap && /^\s*,\s*$/u.test(gapBefore(view, head))) {
        const start = w[floor]!.start;
        const end = w[head - 1]!.end;
        return { text: view.paragraph.text.slice(start, end), accusation: { start, end } };
      }
      return { text: restOfClause(view, cue.to + 1, ceiling), accusation: null };
    }
    case 'noun':
      return { text: restOfClause(view, cue.to + 1, ceiling), accusation: null };
    case 'act':
      return { text: restOfClause(view, cue.to, ceiling, true), accusation: null };
    case 'passive': {
      const noun = cue.from - 2;
      if (noun > floor && w[cue.from - 1]?.fold === 'yang' && targets.has(w[noun]!.fold) && punctuationBefore(view, noun)) {
        const start = w[floor]!.start;
        const end = w[noun - 1]!.end;
        return { text: view.paragraph.text.slice(start, end), accusation: { start, end } };
      }
      const subject = subjectBefore(view, cue.from, floor);
      return subject.to >= subject.from ? { text: textOf(view, subject.from, subject.to), accusation: null } : NOTHING;
    }
    case 'statement': {
      if (cue.kind === 'no-comment') {
        const next = w[cue.to + 1];
        return next && targets.has(next.fold) ? { text: restOfClause(view, cue.to + 1, ceiling), accusation: null } : NOTHING;
      }
      if (cue.kind !== 'denial' || existentialStarts.some((p) => p.every((x, k) => w[cue.from + k]?.fold === x))) {
        return { text: restOfClause(view, cue.from, ceiling, true), accusation: null };
      }
      // "menyebut tuduhan itu tidak berdasar": the target right before the cue
      for (let k = cue.from - 1; k >= Math.max(floor, cue.from - 4) && !punctuationBefore(view, k + 1); k--) {
        if (targets.has(w[k]!.fold) && !w[k]!.cap) return { text: textOf(view, k, cue.from - 1), accusation: null };
      }
      const subject = subjectBefore(view, cue.from, floor);
      const named = subject.to >= subject.from && w.slice(subject.from, subject.to + 1).some((x) => targets.has(x.fold));
      return named ? { text: textOf(view, subject.from, subject.to), accusation: null } : NOTHING;
    }
  }
}
