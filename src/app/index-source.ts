import type { CorpusIndex } from '../corpus-index/corpus-index.js';

/**
 * Where a transport reads the index it answers from: `current` is read once at the start of each
 * command, which then answers from that index to its end, whatever is swapped in meanwhile (see
 * `LiveIndex`). A fixed index (a test's, the CLI's) is a source that never changes.
 */
export interface IndexSource {
  readonly current: CorpusIndex;
}

/** The source of an index given either way. */
export function indexSourceOf(index: CorpusIndex | IndexSource): IndexSource {
  return isIndexSource(index) ? index : { current: index };
}

function isIndexSource(value: CorpusIndex | IndexSource): value is IndexSource {
  // a CorpusIndex has no `current`; a LiveIndex has it as a getter on its prototype
  return 'current' in value && !('articles' in value && 'searchTop' in value);
}
