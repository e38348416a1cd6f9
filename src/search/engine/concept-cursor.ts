import { BM25 } from './bm25.js';
import { BLOCK_SHIFT, type PostingsIndex } from './postings.js';

// BM25+ saturation inlined in the hot loops (same formula and constants as `saturation` in bm25.ts),
// and imported constants copied to module constants: some module loaders turn imports into getters.
const D = BM25.d;
const K1 = BM25.k + 1;
const SHIFT = BLOCK_SHIFT;

import type { ConceptPlan } from './query-plan.js';

/** Past the last paragraph id: an exhausted cursor sits here. */
export const EXHAUSTED = 0xffffffff;

/**
 * Walks the paragraphs matching one query concept, in id order. At each paragraph the concept
 * scores its best alternative there, so a paragraph holding several spellings or translations
 * of one idea is not counted as matching several ideas.
 */
export interface ConceptCursor {
  /** The current paragraph id, or `EXHAUSTED`. */
  readonly doc: number;
  /** The highest score this concept gives any paragraph. */
  readonly bound: number;
  /** The concept's score at the current paragraph. */
  score(): number;
  /** Moves past the current paragraph. */
  next(): void;
  /** Moves to the first paragraph at or after `target`. */
  seek(target: number): void;
  /**
   * The last doc id, at most `upto`, up to which the current postings blocks bound the concept's
   * score (block-max); only alternatives with a posting by `upto` count.
   */
  blockLast(upto: number): number;
  /** The highest score the concept can give a doc from the current one up to `upto` (a value from `blockLast`). */
  blockBound(upto: number): number;
}

export function conceptCursor(index: PostingsIndex, plan: ConceptPlan): ConceptCursor {
  return new PostingsCursor(index, plan);
}

/**
 * One class for both kinds of concept, one index term (the common case, with its own branch that
 * loops over nothing) or several alternatives (glossary translations, near spellings: the union of
 * their postings). Why not two classes: the top-k loop calls every cursor, and a call site that has
 * seen one class and then meets the other throws away its optimised code; a large corpus's first
 * queries were slowed by that several times over.
 */
class PostingsCursor implements ConceptCursor {
  doc = EXHAUSTED;
  readonly bound: number;
  private readonly single: boolean;
  /** The single term's position, end and weight (when `single`). */
  private position: number;
  private readonly end: number;
  private readonly weight: number;
  /** Each alternative's position, end and weight (when not `single`). */
  private readonly positions: Int32Array;
  private readonly ends: Int32Array;
  private readonly weights: Float64Array;

  constructor(
    private readonly index: PostingsIndex,
    plan: ConceptPlan,
  ) {
    const n = plan.alternatives.length;
    this.bound = plan.bound;
    this.single = n === 1;
    const first = plan.alternatives[0]!;
    this.position = index.termStarts[first.term]!;
    this.end = index.termStarts[first.term + 1]!;
    this.weight = first.weight;
    this.positions = new Int32Array(this.single ? 0 : n);
    this.ends = new Int32Array(this.single ? 0 : n);
    this.weights = new Float64Array(this.single ? 0 : n);
    if (!this.single) {
      plan.alternatives.forEach((a, i) => {
        this.positions[i] = index.termStarts[a.term]!;
        this.ends[i] = index.termStarts[a.term + 1]!;
        this.weights[i] = a.weight;
      });
    }
    this.settle();
  }

  score(): number {
    const { docIds, frequencies, norms } = this.index;
    if (this.single) {
      const f = frequencies[this.position]!;
      return this.weight * (D + (f * K1) / (f + norms[this.doc]!));
    }
    const norm = norms[this.doc]!;
    let best = 0;
    for (let i = 0; i < this.positions.length; i++) {
      const at = this.positions[i]!;
      if (at < this.ends[i]! && docIds[at] === this.doc) {
        const f = frequencies[at]!;
        const s = this.weights[i]! * (D + (f * K1) / (f + norm));
        if (s > best) best = s;
      }
    }
    return best;
  }

  next(): void {
    if (this.single) {
      this.position++;
    } else {
      const { docIds } = this.index;
      for (let i = 0; i < this.positions.length; i++) {
        const at = this.positions[i]!;
        if (at < this.ends[i]! && docIds[at] === this.doc) this.positions[i] = at + 1;
      }
    }
    this.settle();
  }

  seek(target: number): void {
    if (this.doc >= target) return;
    if (this.single) this.position = this.index.seek(this.position, this.end, target);
    else for (let i = 0; i < this.positions.length; i++) this.positions[i] = this.index.seek(this.positions[i]!, this.ends[i]!, target);
    this.settle();
  }

  blockLast(upto: number): number {
    const { docIds } = this.index;
    if (this.single) {
      if (this.doc > upto) return upto;
      const last = docIds[Math.min(((this.position >>> SHIFT) + 1) << SHIFT, this.end) - 1]!;
      return Math.min(last, upto);
    }
    let last = upto;
    for (let i = 0; i < this.positions.length; i++) {
      const at = this.positions[i]!;
      if (at >= this.ends[i]! || docIds[at]! > upto) continue;
      const blockLast = docIds[Math.min(((at >>> SHIFT) + 1) << SHIFT, this.ends[i]!) - 1]!;
      if (blockLast < last) last = blockLast;
    }
    return last;
  }

  blockBound(upto: number): number {
    const { docIds, blockMax } = this.index;
    if (this.single) return this.doc > upto ? 0 : this.weight * blockMax[this.position >>> SHIFT]!;
    let best = 0;
    for (let i = 0; i < this.positions.length; i++) {
      const at = this.positions[i]!;
      if (at >= this.ends[i]! || docIds[at]! > upto) continue;
      const b = this.weights[i]! * blockMax[at >>> SHIFT]!;
      if (b > best) best = b;
    }
    return best;
  }

  private settle(): void {
    const { docIds } = this.index;
    if (this.single) {
      this.doc = this.position < this.end ? docIds[this.position]! : EXHAUSTED;
      return;
    }
    let doc = EXHAUSTED;
    for (let i = 0; i < this.positions.length; i++) {
      const at = this.positions[i]!;
      if (at < this.ends[i]! && docIds[at]! < doc) doc = docIds[at]!;
    }
    this.doc = doc;
  }
}
