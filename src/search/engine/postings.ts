import { lengthNorm } from './bm25.js';
import { gallop } from './gallop.js';

/** Postings per block for block-max bounds: block `b` is postings `b << BLOCK_SHIFT` up to the next block. */
export const BLOCK_SHIFT = 6;

/**
 * What the inverted index saves: plain typed arrays, written and read as raw buffers.
 * Postings of term `t` are `docIds[termStarts[t] .. termStarts[t + 1])`, ascending, with the term's
 * frequency in each paragraph alongside (capped at 255).
 *
 * Doc ids are not paragraph ids: paragraphs are numbered shortest first (ties in corpus order).
 * BM25 favours short paragraphs, so along every posting list the best scores come first and the
 * block bounds fall: once the top k are found among the short paragraphs, whole blocks of longer
 * ones are skipped (index reordering for block-max pruning). It also makes equal scores rank the
 * shorter, more focused paragraph first.
 */
export interface PostingsData {
  readonly termStarts: Uint32Array;
  readonly docIds: Uint32Array;
  readonly frequencies: Uint8Array;
  /** Tokens per doc (stop words included, as MiniSearch counts a field's length). */
  readonly docLengths: Uint32Array;
  /** The paragraph id of each doc id. */
  readonly paragraphOf: Uint32Array;
  /** Per term, the largest BM25+ saturation over its postings: the term's score bound before IDF. */
  readonly maxSaturation: Float64Array;
  /**
   * Per block of 64 consecutive postings (blocks are aligned on the whole posting array, so one may
   * straddle two terms), the largest saturation in it: lets a query skip a block that cannot matter.
   */
  readonly blockMax: Float64Array;
}

/** The inverted index, with what queries derive from it once (average length, length norms). */
export class PostingsIndex implements PostingsData {
  readonly termStarts: Uint32Array;
  readonly docIds: Uint32Array;
  readonly frequencies: Uint8Array;
  readonly docLengths: Uint32Array;
  readonly paragraphOf: Uint32Array;
  /** The doc id of each paragraph id (the inverse of `paragraphOf`, computed on load). */
  readonly docOf: Uint32Array;
  readonly maxSaturation: Float64Array;
  readonly blockMax: Float64Array;
  readonly averageLength: number;
  /** `lengthNorm` of every paragraph, computed once on load. */
  readonly norms: Float64Array;
  /**
   * Bitsets over doc ids of the terms in at least a sixteenth of the docs, built on load: counting
   * or filtering by such a term ORs 32 docs a step instead of reading each posting. A bitset is at
   * most half the size of the postings it replaces.
   */
  readonly denseBits: ReadonlyMap<number, Int32Array>;

  constructor(data: PostingsData) {
    this.termStarts = data.termStarts;
    this.docIds = data.docIds;
    this.frequencies = data.frequencies;
    this.docLengths = data.docLengths;
    this.paragraphOf = data.paragraphOf;
    this.docOf = new Uint32Array(data.paragraphOf.length);
    for (let d = 0; d < data.paragraphOf.length; d++) this.docOf[data.paragraphOf[d]!] = d;
    this.maxSaturation = data.maxSaturation;
    this.blockMax = data.blockMax;
    this.averageLength = averageLength(data.docLengths);
    this.norms = new Float64Array(data.docLengths.length);
    for (let d = 0; d < this.norms.length; d++) this.norms[d] = lengthNorm(data.docLengths[d]!, this.averageLength);
    this.denseBits = denseBitsets(data, DENSE_SHARE);
  }

  get docCount(): number {
    return this.docLengths.length;
  }

  /** How many paragraphs hold term `t`. */
  documentFrequency(t: number): number {
    return this.termStarts[t + 1]! - this.termStarts[t]!;
  }

  /** First posting position in `[from, end)` whose doc id is at least `target` (`end` if none). */
  seek(from: number, end: number, target: number): number {
    return gallop(this.docIds, from, end, target);
  }
}

const DENSE_SHARE = 1 / 16;

function denseBitsets(data: PostingsData, share: number): Map<number, Int32Array> {
  const docs = data.docLengths.length;
  const bitsets = new Map<number, Int32Array>();
  if (docs < 1024) return bitsets;
  for (let t = 0; t + 1 < data.termStarts.length; t++) {
    const start = data.termStarts[t]!;
    const end = data.termStarts[t + 1]!;
    if (end - start < docs * share) continue;
    const bits = new Int32Array((docs >>> 5) + 1);
    for (let at = start; at < end; at++) {
      const doc = data.docIds[at]!;
      bits[doc >>> 5] = bits[doc >>> 5]! | (1 << (doc & 31));
    }
    bitsets.set(t, bits);
  }
  return bitsets;
}

export function averageLength(docLengths: Uint32Array): number {
  let total = 0;
  for (let d = 0; d < docLengths.length; d++) total += docLengths[d]!;
  // An empty index or one of empty paragraphs: any positive average keeps the norms finite.
  return total > 0 ? total / docLengths.length : 1;
}
