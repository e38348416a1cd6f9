import type { Article } from '../corpus/types.js';
import { extractAll } from '../extract/index.js';
import type { Extractions } from '../extract/types.js';
import type { EngineName } from '../search/paragraph-engine.js';
import { buildIndex } from './build-index.js';
import type { CorpusIndex } from './corpus-index.js';
import { createCorpusIndex } from './create-corpus-index.js';

/**
 * A real, in-memory `CorpusIndex` over hand-made articles (for tests and small tools): the same
 * search engine as a built corpus. Extraction records may be given (e.g. to test an answer on
 * chosen records); by default they are extracted from the articles.
 */
export function indexArticles(articles: readonly Article[], extractions?: Partial<Extractions>, engineName: EngineName = 'compact'): CorpusIndex {
  const { snapshot, engine } = buildIndex({ articles, problems: [] }, undefined, () => () => ({ ...extractAll(articles), ...extractions }), engineName);
  return createCorpusIndex(snapshot, engine);
}
