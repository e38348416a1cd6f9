import type { CorpusIndex, RankedParagraph } from '../src/corpus-index/corpus-index.js';

/** Every paragraph a query ranks (or the best `limit`), best first: `searchTop` without the count, for tests. */
export const rankedParagraphs = (index: CorpusIndex, query: string, limit = index.paragraphCount): RankedParagraph[] =>
  index.searchTop(query, { limit, count: false }).hits;
