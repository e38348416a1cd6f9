import type { Article } from '../src/corpus/types.js';
import type { Language } from '../src/language/types.js';

/** A hand-made article: clean paragraphs, as `loadCorpus` produces them. */
export function makeArticle(id: string, paragraphs: readonly string[], language: Language = 'id'): Article {
  return {
    article: id,
    title: null,
    outlet: null,
    url: null,
    published: null,
    approximate: false,
    language,
    byline: null,
    wire: [],
    captions: [],
    dateline: null,
    note: null,
    paragraphs: paragraphs.map((text, i) => ({ article: id, number: i + 1, text })),
  };
}
