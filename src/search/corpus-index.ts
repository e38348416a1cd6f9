import type { Article, ArticleMeta, Citation, CorpusProblem, Paragraph } from '../corpus/types.js';
import type { DatedEvent, Denial, Quote, Speaker } from '../extract/types.js';

/** A paragraph matched by a query, with its relevance score. */
export interface ParagraphHit {
  readonly paragraph: Paragraph;
  readonly score: number;
}

/** Key of a paragraph across the corpus: `${article}#${number}`. */
export const paragraphKey = (article: string, paragraph: number): string => `${article}#${paragraph}`;

/** Everything computed at index time, in the shape it is saved and loaded. */
export interface Extractions {
  readonly quotes: readonly Quote[];
  readonly speakers: readonly Speaker[];
  readonly events: readonly DatedEvent[];
  readonly denials: readonly Denial[];
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
  /** Ranked paragraph search through the shared analyzer and glossary, best first. */
  searchParagraphs(query: string, options?: { readonly limit?: number }): ParagraphHit[];
  /**
   * Relevance of every paragraph matching a topic, keyed by `paragraphKey`; used to filter and rank
   * extracted records (quotes, events, denials) by topic without re-running extraction.
   */
  topicScores(topic: string): ReadonlyMap<string, number>;
  /** Words from the corpus vocabulary close to the query's words, for "did you mean". */
  suggest(query: string): string[];
}

/** The corpus as loaded from disk, before indexing. */
export interface LoadedCorpus {
  readonly articles: readonly Article[];
  readonly problems: readonly CorpusProblem[];
}
