import type { Article } from '../corpus/types.js';
import type { Extractions } from '../search/corpus-index.js';
import { extractDenials } from './denials/index.js';
import { extractEvents } from './events.js';
import { extractQuotes } from './quotes/index.js';

/**
 * Runs every extractor over the corpus, once, at index time. The results are saved with the
 * index; queries read them and never extract again.
 */
export function extractAll(articles: readonly Article[]): Extractions {
  const { quotes, speakers } = extractQuotes(articles);
  return { quotes, speakers, events: extractEvents(articles), denials: extractDenials(articles, quotes) };
}
