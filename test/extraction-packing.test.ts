import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../src/app/paths.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import { extractArticle, mergeArticleParts, mergeExtractions, readArticle } from '../src/extract/article-extraction.js';
import { extractDenials } from '../src/extract/denials/index.js';
import { extractEvents } from '../src/extract/events.js';
import { PackReader, PackWriter } from '../src/extract/packed-extraction.js';
import { extractQuotes } from '../src/extract/quotes/index.js';

/**
 * An article's extraction crosses from a worker thread packed (numbers and one string, verbatim
 * text as offsets): what the merge makes of the packed form must be what the extractors make.
 */

describe('packed extraction', () => {
  it('reads back every number and string in the order written, nulls and repeats included', () => {
    const item = fc.oneof(fc.integer({ min: -1000, max: 1_000_000 }), fc.string(), fc.constant(null), fc.constantFrom('senjata', 'korea utara', ''));
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), (items) => {
        const out = new PackWriter();
        for (const x of items) {
          if (typeof x === 'number') out.num(x);
          else out.str(x);
        }
        const input = new PackReader(out.finish());
        expect(items.map((x) => (typeof x === 'number' ? input.num() : input.str()))).toEqual(items);
      }),
    );
  });

  it('gives the records of the corpus-wide extractors on the seed and held-out articles', () => {
    for (const dir of [defaultDataDir, fileURLToPath(new URL('./fixtures/holdout/', import.meta.url))]) {
      const articles = loadCorpus(dir).articles;
      const merged = mergeExtractions(articles, articles.map(extractArticle));
      const { quotes, speakers } = extractQuotes(articles);
      expect(JSON.stringify(merged.quotes)).toBe(JSON.stringify(quotes));
      expect(JSON.stringify(merged.speakers)).toBe(JSON.stringify(speakers));
      expect(JSON.stringify(merged.events)).toBe(JSON.stringify(extractEvents(articles)));
      expect(JSON.stringify(merged.denials)).toBe(JSON.stringify(extractDenials(articles, quotes)));
      // this thread's own articles skip the packing: the same records
      expect(JSON.stringify(mergeArticleParts(articles, articles.map(readArticle)))).toBe(JSON.stringify(merged));
      expect(merged.quotes.length).toBeGreaterThan(0);
      expect(merged.denials.length).toBeGreaterThan(0);
    }
  });
});
