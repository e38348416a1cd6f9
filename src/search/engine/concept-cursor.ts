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
  return plan.alternatives.length === 1 ? new TermCursor(index, plan) : new UnionCursor(index, plan);
}

/** The common case, one index term: no loops over alternatives. */
class TermCursor implements ConceptCursor {
  doc = EXHAUSTED;
  readonly bound: number;
  private position: number;
  private readonly end: number;
  private readonly weight: number;

  constructor(
    private readonly index: PostingsIndex,
    plan: ConceptPlan,
  ) {
    const { term, weight } = plan.alternatives[0]!;
    this.bound = plan.bound;
    this.weight = weight;
    this.position = index.termStarts[term]!;
    this.end = index.termStarts[term + 1]!;
    this.settle();
  }

  score(): number {
    const f = this.index.frequencies[this.position]!;
    return this.weight * (D + (f * K1) / (f + this.index.norms[this.doc]!));
  }

  next(): void {
    this.position++;
    this.settle();
  }

  seek(target: number): void {
    if (this.doc >= target) return;
    this.position = this.index.seek(this.position, this.end, target);
    this.settle();
  }

  blockLast(upto: number): number {
    if (this.doc > upto) return upto;
    const last = this.index.docIds[Math.min(((this.position >>> SHIFT) + 1) << SHIFT, this.end) - 1]!;
    return last < upto ? last : upto;
  }

  blockBound(upto: number): number {
    return this.doc > upto ? 0 : this.weight * this.index.blockMax[this.position >>> SHIFT]!;
  }

  private settle(): void {
    this.doc = this.position < this.end ? this.index.docIds[this.position]! : EXHAUSTED;
  }
}

/** A concept with several alternatives (glossary translations, near spellings): the union of their postings. */
class UnionCursor implements ConceptCursor {
  doc = EXHAUSTED;
  readonly bound: number;
  private readonly positions: Int32Array;
  private readonly ends: Int32Array;
  private readonly weights: Float64Array;

  constructor(
    private readonly index: PostingsIndex,
    plan: ConceptPlan,
  ) {
    const n = plan.alternatives.length;
    this.bound = plan.bound;
    this.positions = new Int32Array(n);
    this.ends = new Int32Array(n);
    this.weights = new Float64Array(n);
    plan.alternatives.forEach((a, i) => {
      this.positions[i] = index.termStarts[a.term]!;
      this.ends[i] = index.termStarts[a.term + 1]!;
      this.weights[i] = a.weight;
    });
    this.settle();
  }

  score(): number {
    const { docIds, frequencies, norms } = this.index;
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
    const { docIds } = this.index;
    for (let i = 0; i < this.positions.length; i++) {
      const at = this.positions[i]!;
      if (at < this.ends[i]! && docIds[at] === this.doc) this.positions[i] = at + 1;
    }
    this.settle();
  }

  seek(target: number): void {
    if (this.doc >= target) return;
    for (let i = 0; i < this.positions.length; i++) this.positions[i] = this.index.seek(this.positions[i]!, this.ends[i]!, target);
    this.settle();
  }

  blockLast(upto: number): number {
    const { docIds } = this.index;
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
    let doc = EXHAUSTED;
    for (let i = 0; i < this.positions.length; i++) {
      const at = this.positions[i]!;
      if (at < this.ends[i]! && docIds[at]! < doc) doc = docIds[at]!;
    }
    this.doc = doc;
  }
}
