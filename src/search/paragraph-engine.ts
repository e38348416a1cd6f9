/**
 * The one interface of paragraph search: what `CorpusIndex` (and so every answer) reads from a
 * search engine, whichever engine it is. Two engines implement it:
 * - `compact` (search-engine.ts): typed-array BM25+ with block-max top-k, built for 100,000 to
 *   1,000,000 paragraphs; rebuilt, never changed in place;
 * - `minisearch` (minisearch-engine.ts): MiniSearch with Sumber's analyzer, for corpora up to the
 *   measured threshold; takes paragraphs in and out in place (`LiveParagraphEngine`).
 * Both rank the same way (BM25+ with MiniSearch's parameters, a query's concepts from
 * `analyzeQuery`, each concept scored by its best alternative, the sum times the number of concepts
 * matched), so an answer does not change with the engine (the differential test checks it).
 *
 * Paragraphs are known by id: their position in corpus order, 0-based. Nothing here exposes how an
 * engine numbers or stores them.
 */

/** The engines behind the interface, by the name the manifest and `SUMBER_ENGINE` use. */
export type EngineName = 'minisearch' | 'compact';
export const ENGINE_NAMES: readonly EngineName[] = ['minisearch', 'compact'];

/** A paragraph id and its relevance score. */
export interface ScoredParagraph {
  readonly id: number;
  readonly score: number;
}

/**
 * Per-paragraph counts (how many quotes, say, each paragraph holds) laid out by one engine for
 * summing over its match sets (`ParagraphMatches.sum`). Opaque outside the engine that made it:
 * made once per kind of count and summed over many topics.
 */
export interface ParagraphCounts {
  /** The engine that laid it out: another engine's match set cannot sum it. */
  readonly engine: EngineName;
}

/** The paragraphs matching a query, without scores: for filtering records fast. */
export interface ParagraphMatches {
  /** How many paragraphs match. */
  readonly size: number;
  has(paragraphId: number): boolean;
  /** The sum of `counts` over the matching paragraphs (counts laid out by the same engine). */
  sum(counts: ParagraphCounts): number;
}

/** What a top-k search gives: the hits, best first, and how many paragraphs match. */
export interface TopMatches {
  readonly hits: ScoredParagraph[];
  /** Paragraphs holding at least `required` of the query's `concepts` (-1 when not counted). */
  readonly total: number;
  /** The query's concepts found in the vocabulary. */
  readonly concepts: number;
  /** How many of them a paragraph must hold to count in `total` (`requiredConcepts`). */
  readonly required: number;
}

/** Paragraph search, engine-neutral. */
export interface ParagraphEngine {
  readonly name: EngineName;
  /** The engine's version, saved in the manifest: a saved index of another version is rebuilt. */
  readonly version: string;
  /** How many paragraphs it searches (ids 0 … paragraphCount - 1). */
  readonly paragraphCount: number;
  /**
   * The `k` best paragraphs, best first (equal scores: the shorter paragraph, then corpus order),
   * optionally only among `within` (ascending paragraph ids, for hits and total alike), and the
   * count of paragraphs holding at least `required` concepts (not counted when `count` is false).
   */
  topAndCount(query: string, k: number, within?: Uint32Array, count?: boolean): TopMatches;
  /** Every paragraph holding at least one of the query's concepts, as a membership test. */
  matches(query: string): ParagraphMatches;
  /** Lays out per-paragraph counts for `ParagraphMatches.sum`. */
  counts(countOf: (paragraphId: number) => number): ParagraphCounts;
  /** The `limit` index terms found in most paragraphs, most first (in term order among equals). */
  commonTerms(limit: number): string[];
  /**
   * Up to five corpus words near a query's words ("kontainr" → "kontainer"), for "did you mean",
   * shown as words of paragraphs (`textOf`), not as index stems.
   */
  suggest(query: string, textOf: (paragraphId: number) => string): string[];
}

/** One paragraph given to an engine: its stable key (`paragraphKey`) and its text. */
export interface EngineParagraph {
  readonly key: string;
  readonly text: string;
}

/**
 * A paragraph's stable key: its article id and paragraph number, which do not change when other
 * articles come or go (its id, a position in corpus order, does).
 */
export const paragraphKey = (article: string, number: number): string => `${article}#${number}`;

/**
 * An engine that takes paragraphs in and out in place (live additions), MiniSearch's.
 *
 * Protocol for an article added, changed or removed while serving (all synchronous, so no query
 * runs in between): `discard` the keys of its old paragraphs, `add` its new ones, then `reorder`
 * with the keys of the new corpus order, and only then serve the new paragraph store. Until
 * `reorder`, an added paragraph is not found (it has no id yet) and a discarded one is gone at once.
 */
export interface LiveParagraphEngine extends ParagraphEngine {
  readonly live: true;
  /** Whether a paragraph of this key is indexed. */
  has(key: string): boolean;
  /** Indexes a paragraph under a key not yet indexed (throws on a key already there: discard it first). */
  add(key: string, text: string): void;
  /** Removes a paragraph by key; false when there was none. The space it held is reclaimed by MiniSearch's vacuuming. */
  discard(key: string): boolean;
  /**
   * Gives paragraph ids again after the corpus order changed: `keys[i]` is the key of paragraph `i`.
   * Every key must be indexed (throws naming the first that is not) and every indexed key listed.
   * O(paragraphs): a pass over the keys, no re-indexing.
   */
  reorder(keys: readonly string[]): void;
}

/** Whether an engine takes paragraphs in place. */
export const isLive = (engine: ParagraphEngine): engine is LiveParagraphEngine => (engine as Partial<LiveParagraphEngine>).live === true;
