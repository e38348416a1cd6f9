import type { Article } from '../corpus/types.js';
import type { Extractions } from '../search/corpus-index.js';

/**
 * Runs every extractor over the corpus, once, at index time. The results are saved with the
 * index; queries read them and never extract again.
 */
export function extractAll(articles: readonly Article[]): Extractions {
  void articles; // the quote, event and denial extractors are wired in as they land (issues 3 and 4)
  return { quotes: [], speakers: [], events: [], denials: [] };
}
