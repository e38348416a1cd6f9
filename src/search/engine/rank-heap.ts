import type { ScoredParagraph } from './paragraph-score.js';

/**
 * The best `k` paragraphs seen so far, as a binary heap whose root is the worst of them
 * (lowest score; of equal scores, the later paragraph): its score is the threshold to beat.
 */
export class RankHeap {
  private readonly ids: Uint32Array;
  private readonly scores: Float64Array;
  private size = 0;

  constructor(private readonly k: number) {
    this.ids = new Uint32Array(k);
    this.scores = new Float64Array(k);
  }

  get full(): boolean {
    return this.size === this.k;
  }

  /** The score a paragraph must beat to enter once the heap is full. */
  get threshold(): number {
    return this.size === this.k ? this.scores[0]! : 0;
  }

  /** Keeps the paragraph if it is among the best `k` so far; true when it was kept. */
  offer(id: number, score: number): boolean {
    if (this.size < this.k) {
      let at = this.size++;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!this.worse(id, score, this.ids[parent]!, this.scores[parent]!)) break;
        this.ids[at] = this.ids[parent]!;
        this.scores[at] = this.scores[parent]!;
        at = parent;
      }
      this.ids[at] = id;
      this.scores[at] = score;
      return true;
    }
    if (!this.worse(this.ids[0]!, this.scores[0]!, id, score)) return false;
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= this.size) break;
      const right = left + 1;
      const child = right < this.size && this.worse(this.ids[right]!, this.scores[right]!, this.ids[left]!, this.scores[left]!) ? right : left;
      if (!this.worse(this.ids[child]!, this.scores[child]!, id, score)) break;
      this.ids[at] = this.ids[child]!;
      this.scores[at] = this.scores[child]!;
      at = child;
    }
    this.ids[at] = id;
    this.scores[at] = score;
    return true;
  }

  /** Everything kept, in no particular order. */
  drain(): ScoredParagraph[] {
    return Array.from({ length: this.size }, (_, i) => ({ id: this.ids[i]!, score: this.scores[i]! }));
  }

  private worse(idA: number, scoreA: number, idB: number, scoreB: number): boolean {
    return scoreA < scoreB || (scoreA === scoreB && idA > idB);
  }
}
