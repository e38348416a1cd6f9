import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { executeCommand } from '../src/app/execute-command.js';
import { warmUp, warmUpQueries } from '../src/app/warm-up.js';
import { indexArticles } from '../src/corpus-index/index-articles.js';
import { openCorpusIndex } from '../src/corpus-index/open-index.js';

const { index } = openCorpusIndex(join(import.meta.dirname, 'fixtures', 'mini-corpus'), { write: false });

describe('warmUp', () => {
  it('makes its queries from the corpus itself: its most common words, its most quoted speaker', () => {
    const common = index.commonTerms(3);
    expect(common).toHaveLength(3);
    const queries = warmUpQueries(index);
    expect(queries.some(([name, options]) => name === 'search' && options.query === common[0])).toBe(true);
    const top = [...index.speakers].sort((a, b) => b.quotes - a.quotes)[0]!;
    expect(queries.some(([name, options]) => name === 'who-said' && options.speaker !== undefined && top.name.endsWith(options.speaker))).toBe(true);
  });

  it('runs every query of its set, each a valid command that answers', () => {
    for (const [name, options] of warmUpQueries(index))
      expect(() => executeCommand(name, options, { index, locale: 'en' }), `${name} ${JSON.stringify(options)}`).not.toThrow();
    const report = warmUp(index, { rounds: 2 });
    expect(report.rounds).toBe(2);
    expect(report.calls).toBeGreaterThan(2 * warmUpQueries(index).length - 1);
  });

  it('stops at its time budget', () => {
    expect(warmUp(index, { rounds: 1000, budgetMs: 0 }).rounds).toBe(0);
  });

  it('does nothing, and does not throw, on an empty corpus', () => {
    const empty = indexArticles([]);
    expect(warmUpQueries(empty)).toEqual([]);
    expect(warmUp(empty).calls).toBeGreaterThanOrEqual(0);
  });
});

describe('commonTerms', () => {
  it('orders index terms by how many paragraphs hold them', () => {
    const terms = index.commonTerms(5);
    const counts = terms.map((t) => index.searchTop(t, { limit: 1 }).total);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(index.commonTerms(0)).toEqual([]);
  });
});
