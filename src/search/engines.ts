import type { Paragraph } from '../corpus/types.js';
import { MiniSearchEngine } from './minisearch-engine.js';
import { type EngineName, type ParagraphEngine, paragraphKey } from './paragraph-engine.js';
import { SearchEngine } from './search-engine.js';

/**
 * Indexes paragraphs (in corpus order: paragraph id `i` is `paragraphs[i]`) with the named engine.
 * `onProgress` hears every 10,000. (The compact engine needs no keys: none are made for it.)
 */
export function buildEngine(name: EngineName, paragraphs: readonly Paragraph[], onProgress?: (done: number, total: number) => void): ParagraphEngine {
  if (name === 'minisearch')
    return MiniSearchEngine.build(
      paragraphs.map((p) => ({ key: paragraphKey(p.article, p.number), text: p.text })),
      onProgress,
    );
  return SearchEngine.build(
    paragraphs.map((p) => p.text),
    onProgress,
  );
}
