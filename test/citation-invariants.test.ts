import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import { executeCommand } from '../src/app/execute-command.js';
import { defaultDataDir } from '../src/app/paths.js';
import type { Citation } from '../src/corpus/types.js';
import type { CorpusIndex } from '../src/corpus-index/corpus-index.js';
import { openCorpusIndex } from '../src/corpus-index/open-index.js';
import type { Span } from '../src/extract/types.js';

const corpora = {
  seeds: defaultDataDir,
  'mini corpus': join(import.meta.dirname, 'fixtures', 'mini-corpus'),
  'held-out articles': join(import.meta.dirname, 'fixtures', 'holdout'),
};

describe.each(Object.entries(corpora))('every snippet is verbatim and cited (%s)', (_name, dir) => {
  const { index } = openCorpusIndex(dir, { write: false });
  const slice = (span: Span) => index.paragraph(span.article, span.paragraph)?.text.slice(span.start, span.end);
  const resolves = (c: Citation) => {
    const meta = index.article(c.article);
    expect(meta).toBeDefined();
    expect(index.paragraph(c.article, c.paragraph)).toBeDefined();
    expect(c).toMatchObject({ outlet: meta!.outlet, published: meta!.published, approximate: meta!.approximate, title: meta!.title, url: meta!.url });
  };

  it('extracts something to check', () => {
    expect(index.quotes.length + index.events.length + index.denials.length).toBeGreaterThan(5);
  });
  it('quotes are substrings of their paragraph, at their offsets', () => {
    for (const q of index.quotes) expect(slice(q)).toBe(q.quote);
  });
  it('events are sentences of their paragraph, and their evidence is inside them', () => {
    for (const e of index.events) {
      expect(slice(e)).toBe(e.text);
      expect(e.text).toContain(e.evidence);
    }
  });
  it('denials are substrings of their paragraph, and what they answer exists', () => {
    for (const d of index.denials) {
      expect(slice(d)).toBe(d.statement);
      if (d.answers) expect(slice(d.answers)).toBeTruthy();
    }
  });
  it('every answer of every command cites a real paragraph with its article metadata', () => {
    for (const name of Object.keys(commands) as (keyof typeof commands)[]) {
      if (name === 'help' || name === 'sources') continue;
      const options =
        name === 'search'
          ? { query: 'Korea Utara Rusia senjata', limit: 1000 }
          : name === 'read'
            ? { article: index.articles[0]?.article }
            : name === 'cite'
              ? { claim: 'Korea Utara mengirim senjata ke Rusia, kata Kirby', limit: 50 }
              : { limit: 1000 };
      const answer = executeCommand(name, options, { index: index as CorpusIndex, locale: 'en' });
      for (const result of answer.results) {
        const citations: Citation[] = 'citations' in result ? [...result.citations] : 'citation' in result ? [result.citation] : [];
        expect(citations.length).toBeGreaterThan(0);
        citations.forEach(resolves);
        const text = 'quote' in result ? result.quote : 'statement' in result ? result.statement : 'text' in result ? result.text : '';
        expect(citations.some((c) => index.paragraph(c.article, c.paragraph)!.text.includes(text))).toBe(true);
      }
    }
  });
});
