/**
 * The built index, what every answer reads: the corpus's articles and paragraphs, the records
 * extraction made from them, and the search engines over their texts, assembled by build-index.ts,
 * saved and loaded by index-store.ts, kept fresh by open-index.ts.
 */
import type { ArticleMeta, Citation, CorpusProblem, Paragraph } from '../corpus/types.js';
import type { Extractions, Speaker } from '../extract/types.js';
import type { NamedRecords, RecordPlaces } from './record-places.js';

export type { NamedRecords, RecordPlaces } from './record-places.js';

/** The kinds of records extraction produces, by their `CorpusIndex` array. */
export type RecordKind = 'quotes' | 'events' | 'denials';

/** A paragraph found by a top-k search, with its id (its position in corpus order, 0-based) and relevance score. */
export interface RankedParagraph {
  readonly id: number;
  readonly paragraph: Paragraph;
  readonly score: number;
}

/** The paragraphs a topic matches, as a membership test without scores: for filtering records fast. */
export interface TopicMatch {
  /** How many paragraphs match. */
  readonly size: number;
  hasId(id: number): boolean;
  /** How many records of a kind sit in matching paragraphs (without visiting them one by one). */
  recordCount(kind: RecordKind): number;
}

/**
 * The loaded corpus and its index: what every answer function reads.
 * Built once (or loaded from index-data/), never mutated by queries.
 */
export interface CorpusIndex extends Extractions {
  readonly articles: readonly ArticleMeta[];
  readonly problems: readonly CorpusProblem[];
  article(id: string): ArticleMeta | undefined;
  paragraph(article: string, number: number): Paragraph | undefined;
  citation(article: string, paragraph: number): Citation;
  /** Words from the corpus vocabulary close to the query's words, for "did you mean". */
  suggest(query: string): string[];
  /** The `limit` index terms (analysed words) found in most paragraphs, most first. */
  commonTerms(limit: number): string[];

  // Each answers in milliseconds at a million paragraphs: nothing here scores or sorts every match.
  // (A test that needs an index over hand-made articles: `indexArticles` in `src/corpus-index/index-articles.ts`.)

  /** How many paragraphs the corpus has; ids run from 0 to `paragraphCount - 1` in corpus order. */
  readonly paragraphCount: number;
  /** The id of a paragraph, or undefined when there is none. */
  paragraphId(article: string, number: number): number | undefined;
  /** The paragraph with an id (0 ≤ id < paragraphCount). */
  paragraphAt(id: number): Paragraph;
  /**
   * The `limit` best paragraphs for a query, best first,
   * found without scoring every match, and `total`, how many paragraphs match in all: those holding
   * at least `required` of the query's `concepts` (all of them up to two, more than half beyond). With `within`
   * (ascending paragraph ids), only those paragraphs are considered, for hits and total alike.
   * With `count: false`, the matches are not counted (`total` is -1): a caller that only ranks.
   */
  searchTop(
    query: string,
    options: { readonly limit: number; readonly within?: Uint32Array; readonly count?: boolean },
  ): { hits: RankedParagraph[]; total: number; readonly concepts?: number; readonly required?: number };
  /** The paragraphs matching a topic, as a membership test (no scoring, no sorting). */
  matchTopic(topic: string): TopicMatch;
  /** Where the records of a kind sit: each record's paragraph id, and the records of each paragraph. */
  recordPlaces(kind: RecordKind): RecordPlaces;
  /** Quotes grouped by speaker (every name of `speakers`, else `speaker`), denials by party: each distinct name once, folded. */
  recordsByName(kind: 'quotes' | 'denials'): readonly NamedRecords[];
  /** Speakers with a name or alias having a word starting with `prefix` (folded), most quotes first: autocomplete. */
  speakersByPrefix(prefix: string, limit: number): Speaker[];
  /** Speakers one of whose names holds the words of `name` in order, as whole words (folded), most quotes first. */
  speakersMatching(name: string, limit?: number): Speaker[];
}
