import { diffArrays } from 'diff';
import type { CiteWord } from './cite-words.js';
import { type ConceptUnit, conceptsOf, coveredBy, indonesianUnits } from './equivalents.js';

/** What a claim does to its source, word by word: adds words, drops them, or puts others in their place. */
export type ChangeKind = 'added' | 'removed' | 'changed';

/**
 * One difference between a claim and a source passage, with the words on both sides as written
 * (`claim` a slice of the claim, `source` a slice of the paragraph) and where it sits in the
 * paragraph: `start`–`end` are the source words' offsets, or the point where the claim's words
 * would go (`start === end`) for an addition.
 */
export interface Change {
  readonly kind: ChangeKind;
  readonly claim: string | null;
  readonly source: string | null;
  readonly start: number;
  readonly end: number;
}

/** A word-level alignment of a claim against a source passage. */
export interface Alignment {
  readonly changes: readonly Change[];
  /** Offsets in the source text of the first and last source words the claim was aligned with (edges trimmed). */
  readonly start: number;
  readonly end: number;
  /** The same as source word positions (`to` exclusive). */
  readonly from: number;
  readonly to: number;
  /** Claim words with meaning (not function words), and how many of them met the same word (any form) or a glossary equivalent. */
  readonly claimContent: number;
  readonly claimExact: number;
  readonly claimEquivalent: number;
  /** The same for the source words with meaning between `start` and `end` (attribution words aside: see `neutral`). */
  readonly sourceContent: number;
  readonly sourceMatched: number;
  /** Claim words of any kind met by the same word (any form), or by an equivalent. */
  readonly claimAligned: number;
  readonly claimAlignedEquivalent: number;
}

/** Most edits the alignment looks for before it gives up: a claim that far from a passage is not a version of it. */
const MAX_EDIT_FACTOR = 1.5;

const keyOf = (w: CiteWord) => w.key;

/**
 * Aligns the claim's words with the source words of a window (both after the analyzer's folding, so
 * inflections meet): the longest common subsequence by `diffArrays` (Myers), then each region
 * between common words read as an addition, an omission or a change, and common words in another
 * form ("mengirim" / "mengirimkan") as changes too. Source words before the first and after the
 * last common word are the passage around the claim, not omissions, except as many as the claim
 * has words there (a first word replaced is a change). Null when no word is common or the two are
 * too far apart to be versions of each other.
 */
export function alignWords(
  claimText: string,
  claim: readonly CiteWord[],
  sourceText: string,
  source: readonly CiteWord[],
  neutral?: Uint8Array,
): Alignment | null {
  if (claim.length === 0 || source.length === 0) return null;
  const maxEditLength = Math.ceil(MAX_EDIT_FACTOR * (claim.length + source.length));
  const parts = diffArrays(source.map(keyOf), claim.map(keyOf), { maxEditLength });
  if (!parts) return null;

  // Runs in order: common runs and the hunks between them, as word ranges of both sides.
  interface Run {
    readonly common: boolean;
    s0: number;
    s1: number;
    c0: number;
    c1: number;
  }
  const runs: Run[] = [];
  let s = 0;
  let c = 0;
  for (const part of parts) {
    const n = part.count ?? part.value.length;
    const last = runs[runs.length - 1];
    if (!part.added && !part.removed) {
      runs.push({ common: true, s0: s, s1: s + n, c0: c, c1: c + n });
      s += n;
      c += n;
      continue;
    }
    const hunk = last && !last.common ? last : { common: false, s0: s, s1: s, c0: c, c1: c };
    if (hunk !== last) runs.push(hunk);
    if (part.removed) hunk.s1 = s += n;
    else hunk.c1 = c += n;
  }
  const firstCommon = runs.findIndex((r) => r.common);
  if (firstCommon < 0) return null;
  let lastCommon = runs.length - 1;
  while (!runs[lastCommon]!.common) lastCommon--;
  // The passage around the claim: keep only the source words next to the claim's own extra words.
  const lead = runs[0]!;
  if (!lead.common) lead.s0 = lead.s1 - Math.min(lead.c1 - lead.c0, lead.s1 - lead.s0);
  const tail = runs[runs.length - 1]!;
  if (!tail.common) tail.s1 = tail.s0 + Math.min(tail.c1 - tail.c0, tail.s1 - tail.s0);

  const changes: Change[] = [];
  const claimSlice = (c0: number, c1: number) => claimText.slice(claim[c0]!.start, claim[c1 - 1]!.end);
  const sourceSlice = (s0: number, s1: number) => sourceText.slice(source[s0]!.start, source[s1 - 1]!.end);
  let claimExact = 0;
  let claimAligned = 0;
  let claimEquivalent = 0;
  let claimAlignedEquivalent = 0;
  let sourceMatched = 0;
  // Words of the source that say who speaks ("kata", the speaker's name) are neither matched nor missed.
  const counts = (i: number) => source[i]!.content && !neutral?.[i];
  for (const run of runs) {
    if (run.common) {
      // Common keys in another form are a change of form: one change per run of them.
      let k = 0;
      while (k < run.s1 - run.s0) {
        const a = source[run.s0 + k]!;
        const b = claim[run.c0 + k]!;
        claimAligned++;
        if (b.content) claimExact++;
        if (counts(run.s0 + k)) sourceMatched++;
        if (a.folded === b.folded) {
          k++;
          continue;
        }
        let e = k + 1;
        while (e < run.s1 - run.s0 && source[run.s0 + e]!.folded !== claim[run.c0 + e]!.folded) {
          claimAligned++;
          if (claim[run.c0 + e]!.content) claimExact++;
          if (counts(run.s0 + e)) sourceMatched++;
          e++;
        }
        changes.push({
          kind: 'changed',
          claim: claimSlice(run.c0 + k, run.c0 + e),
          source: sourceSlice(run.s0 + k, run.s0 + e),
          start: source[run.s0 + k]!.start,
          end: source[run.s0 + e - 1]!.end,
        });
        k = e;
      }
      continue;
    }
    const hasSource = run.s1 > run.s0;
    const hasClaim = run.c1 > run.c0;
    if (hasSource && hasClaim) {
      // Words the glossary gives for one another ("Korea Utara" / "DPRK") are changed, but still the same idea.
      const [claimMarks, sourceMarks] = equivalentWords(claim, run.c0, run.c1, source, run.s0, run.s1);
      for (let j = run.c0; j < run.c1; j++) {
        if (!claimMarks[j - run.c0]) continue;
        claimAlignedEquivalent++;
        if (claim[j]!.content) claimEquivalent++;
      }
      for (let i = run.s0; i < run.s1; i++) if (counts(i) && sourceMarks[i - run.s0]) sourceMatched++;
      changes.push({
        kind: 'changed',
        claim: claimSlice(run.c0, run.c1),
        source: sourceSlice(run.s0, run.s1),
        start: source[run.s0]!.start,
        end: source[run.s1 - 1]!.end,
      });
    } else if (hasClaim) {
      const at = run.s0 < source.length && run !== tail ? source[run.s0]!.start : source[Math.max(0, run.s0 - 1)]!.end;
      changes.push({ kind: 'added', claim: claimSlice(run.c0, run.c1), source: null, start: at, end: at });
    } else if (hasSource) {
      changes.push({ kind: 'removed', claim: null, source: sourceSlice(run.s0, run.s1), start: source[run.s0]!.start, end: source[run.s1 - 1]!.end });
    }
  }
  const first = runs[0]!.common || runs[0]!.s1 === runs[0]!.s0 ? runs[firstCommon]!.s0 : runs[0]!.s0;
  const lastRun = runs[runs.length - 1]!;
  const last = lastRun.common || lastRun.s1 === lastRun.s0 ? runs[lastCommon]!.s1 : lastRun.s1;
  let claimContent = 0;
  for (const w of claim) if (w.content) claimContent++;
  let sourceContent = 0;
  for (let i = first; i < last; i++) if (counts(i)) sourceContent++;
  return {
    changes,
    start: source[first]!.start,
    end: source[last - 1]!.end,
    from: first,
    to: last,
    claimContent,
    claimExact,
    claimEquivalent,
    sourceContent,
    sourceMatched,
    claimAligned,
    claimAlignedEquivalent,
  };
}

/** Which words of a changed region, on each side, the glossary gives for words of the other side. */
function equivalentWords(claim: readonly CiteWord[], c0: number, c1: number, source: readonly CiteWord[], s0: number, s1: number): [Uint8Array, Uint8Array] {
  const claimUnits: ConceptUnit[] = indonesianUnits(claim, c0, c1).map((u) => ({ ...u, from: u.from - c0, to: u.to - c0 }));
  const sourceUnits: ConceptUnit[] = indonesianUnits(source, s0, s1).map((u) => ({ ...u, from: u.from - s0, to: u.to - s0 }));
  return [coveredBy(claimUnits, conceptsOf(sourceUnits), c1 - c0), coveredBy(sourceUnits, conceptsOf(claimUnits), s1 - s0)];
}
