import { BoundedCache } from '../../bounded-cache.js';
import { analyzeToken } from '../../language/analyzer.js';
import { tokenize } from '../../language/tokenize.js';
import { QUANTITY_TERM, quantityCount } from '../quantities.js';
import { SEARCH_OPTIONS } from '../search-options.js';
import { lengthNorm, saturation } from './bm25.js';
import { GrowableArray } from './growable-array.js';
import { averageLength, BLOCK_SHIFT, type PostingsData } from './postings.js';
import { TermTable } from './term-table.js';

/**
 * Accumulates paragraphs (in id order) into an inverted index. Postings are first recorded per
 * paragraph as (term, frequency) pairs in flat typed arrays, then laid out term by term in one
 * counting-sort pass, so a million paragraphs never become millions of JS objects.
 */
export class PostingsBuilder {
  private readonly ids = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly postingTerms = new GrowableArray((n) => new Uint32Array(n), 1 << 16);
  private readonly postingFrequencies = new GrowableArray((n) => new Uint8Array(n), 1 << 16);
  private readonly docEnds = new GrowableArray((n) => new Uint32Array(n));
  private readonly lengths = new GrowableArray((n) => new Uint32Array(n));
  /** Raw token → the ids of its index terms: each distinct spelling is analysed once. */
  // analysed raw tokens, bounded (`SEARCH_OPTIONS.memo.analysedWords`)
  private readonly memo = new BoundedCache<string, readonly number[]>(SEARCH_OPTIONS.memo.analysedWords);
  private counts = new Uint32Array(1024);
  private readonly touched: number[] = [];

  /** Adds the next paragraph; its id is the number of paragraphs added before it. */
  add(text: string): void {
    const tokens = tokenize(text);
    this.lengths.push(tokens.length);
    for (const token of tokens) {
      for (const id of this.analyze(token)) {
        const count = this.counts[id]!;
        if (count === 0) this.touched.push(id);
        this.counts[id] = count + 1;
      }
    }
    // an index term for the paragraph's quantities ("1,300 anak"), so that "How many …?" can ask for one
    const quantities = quantityCount(text);
    if (quantities > 0) {
      const id = this.termId(QUANTITY_TERM);
      if (this.counts[id] === 0) this.touched.push(id);
      this.counts[id] = this.counts[id]! + quantities;
    }
    for (const id of this.touched) {
      this.postingTerms.push(id);
      this.postingFrequencies.push(Math.min(255, this.counts[id]!));
      this.counts[id] = 0;
    }
    this.touched.length = 0;
    this.docEnds.push(this.postingTerms.length);
  }

  /** Sorts the vocabulary and lays the postings out by term. */
  finish(): { table: TermTable; data: PostingsData } {
    const sorted = [...this.terms].sort();
    const rank = new Uint32Array(this.terms.length);
    sorted.forEach((term, i) => {
      rank[this.ids.get(term)!] = i;
    });
    const postingTerms = this.postingTerms.view();
    const postingFrequencies = this.postingFrequencies.view();
    const docEnds = this.docEnds.view();
    const lengths = this.lengths.view();
    const paragraphOf = shortestFirst(lengths);
    const docLengths = paragraphOf.map((p) => lengths[p]!);

    const termStarts = new Uint32Array(sorted.length + 1);
    for (let i = 0; i < postingTerms.length; i++) {
      const t = rank[postingTerms[i]!]! + 1;
      termStarts[t] = termStarts[t]! + 1;
    }
    for (let t = 0; t < sorted.length; t++) termStarts[t + 1] = termStarts[t + 1]! + termStarts[t]!;
    const fill = termStarts.slice(0, sorted.length);
    const docIds = new Uint32Array(postingTerms.length);
    const frequencies = new Uint8Array(postingTerms.length);
    const maxSaturation = new Float64Array(sorted.length);
    const blockMax = new Float64Array((postingTerms.length >>> BLOCK_SHIFT) + 1);
    const average = averageLength(docLengths);
    // Docs in id order, so that each term's postings come out ascending.
    for (let doc = 0; doc < paragraphOf.length; doc++) {
      const paragraph = paragraphOf[doc]!;
      const norm = lengthNorm(docLengths[doc]!, average);
      for (let i = paragraph === 0 ? 0 : docEnds[paragraph - 1]!; i < docEnds[paragraph]!; i++) {
        const t = rank[postingTerms[i]!]!;
        const at = fill[t]!;
        fill[t] = at + 1;
        docIds[at] = doc;
        frequencies[at] = postingFrequencies[i]!;
        const s = saturation(postingFrequencies[i]!, norm);
        if (s > maxSaturation[t]!) maxSaturation[t] = s;
        const block = at >>> BLOCK_SHIFT;
        if (s > blockMax[block]!) blockMax[block] = s;
      }
    }
    return { table: TermTable.fromSorted(sorted), data: { termStarts, docIds, frequencies, docLengths, paragraphOf, maxSaturation, blockMax } };
  }

  private analyze(token: string): readonly number[] {
    let ids = this.memo.get(token);
    if (ids === undefined) {
      ids = analyzeToken(token).map((term) => this.termId(term));
      this.memo.set(token, ids);
    }
    return ids;
  }

  private termId(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      if (id >= this.counts.length) {
        const bigger = new Uint32Array(this.counts.length * 2);
        bigger.set(this.counts);
        this.counts = bigger;
      }
    }
    return id;
  }
}

/** Paragraph ids ordered by length, shortest first, ties in paragraph order (a stable counting sort). */
function shortestFirst(lengths: Uint32Array): Uint32Array {
  let longest = 0;
  for (let p = 0; p < lengths.length; p++) if (lengths[p]! > longest) longest = lengths[p]!;
  const starts = new Uint32Array(longest + 2);
  for (let p = 0; p < lengths.length; p++) starts[lengths[p]! + 1] = starts[lengths[p]! + 1]! + 1;
  for (let l = 0; l <= longest; l++) starts[l + 1] = starts[l + 1]! + starts[l]!;
  const order = new Uint32Array(lengths.length);
  for (let p = 0; p < lengths.length; p++) {
    const at = starts[lengths[p]!]!;
    starts[lengths[p]!] = at + 1;
    order[at] = p;
  }
  return order;
}
