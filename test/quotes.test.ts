import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuoteMarks } from '../src/extract/quotes/find-quote-marks.js';
import { extractQuotes } from '../src/extract/quotes/index.js';
import type { Quote } from '../src/extract/types.js';
import type { Language } from '../src/language/types.js';
import table from './fixtures/attribution.json' with { type: 'json' };
import { makeArticle } from './quotes-articles.js';

interface Expectation {
  readonly text: string;
  readonly speaker: string | null;
  readonly speakers?: readonly string[];
  readonly role?: string;
  readonly direct: boolean;
  readonly fragment?: boolean;
  readonly via?: string;
}

interface Case {
  readonly name: string;
  readonly language?: string;
  readonly paragraphs: readonly string[];
  readonly expect: readonly Expectation[];
  readonly absent?: readonly string[];
}

const describeQuote = (q: Quote): string => `${q.direct ? 'direct' : 'reported'} [${q.speakers.join(' + ') || 'unattributed'}] "${q.quote}"`;

function findExpected(quotes: readonly Quote[], e: Expectation): Quote | undefined {
  return quotes.find((q) => q.direct === e.direct && (e.direct ? q.quote === e.text : q.quote.includes(e.text)));
}

describe('attribution patterns (test/fixtures/attribution.json)', () => {
  const cases = (table as { cases: Case[] }).cases;

  it('covers at least 40 Indonesian and 8 English patterns', () => {
    expect(cases.filter((c) => (c.language ?? 'id') === 'id').length).toBeGreaterThanOrEqual(40);
    expect(cases.filter((c) => c.language === 'en').length).toBeGreaterThanOrEqual(8);
  });

  for (const c of cases) {
    it(c.name, () => {
      const article = makeArticle('case.txt', c.paragraphs, (c.language ?? 'id') as Language);
      const { quotes } = extractQuotes([article]);
      const seen = quotes.map(describeQuote).join('\n');
      for (const e of c.expect) {
        const q = findExpected(quotes, e);
        expect(q, `no ${e.direct ? 'direct' : 'reported'} quote "${e.text}" among:\n${seen}`).toBeDefined();
        expect(q!.speaker, `speaker of "${e.text}"`).toBe(e.speaker);
        if (e.speakers) expect(q!.speakers).toEqual(e.speakers);
        else expect(q!.speakers).toEqual(e.speaker === null ? [] : [e.speaker]);
        if (e.role !== undefined) expect(q!.role).toBe(e.role);
        if (e.fragment !== undefined) expect(q!.fragment, `fragment flag of "${e.text}"`).toBe(e.fragment);
        if (e.via !== undefined) expect(q!.via).toBe(e.via);
      }
      for (const text of c.absent ?? []) {
        expect(
          quotes.some((q) => q.direct && q.quote.includes(text)),
          `"${text}" must not be a quote:\n${seen}`,
        ).toBe(false);
      }
    });
  }
});

describe('quote spans', () => {
  const cases = (table as { cases: Case[] }).cases;
  const articles = cases.map((c, i) => makeArticle(`case-${i}.txt`, c.paragraphs, (c.language ?? 'id') as Language));
  const { quotes, speakers } = extractQuotes(articles);

  it('every quote is the verbatim text of its paragraph between its offsets', () => {
    expect(quotes.length).toBeGreaterThan(50);
    for (const q of quotes) {
      const article = articles.find((a) => a.article === q.article)!;
      const paragraph = article.paragraphs.find((p) => p.number === q.paragraph)!;
      expect(paragraph.text.slice(q.start, q.end)).toBe(q.quote);
      expect(q.quote.trim()).toBe(q.quote);
    }
  });

  it('a direct quote is the text inside the marks, without the marks', () => {
    for (const q of quotes.filter((x) => x.direct)) expect(q.quote).not.toMatch(/^[“”"«»]|[“”"«»]$/u);
  });

  it('every speaker of a quote is a canonical speaker, and counts match', () => {
    const names = new Map(speakers.map((s) => [s.name, s]));
    const counts = new Map<string, number>();
    for (const q of quotes) {
      if (q.speaker !== null) expect(q.speakers[0]).toBe(q.speaker);
      else expect(q.speakers).toEqual([]);
      for (const name of q.speakers) {
        expect(names.has(name), `${name} is not a canonical speaker`).toBe(true);
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
    }
    for (const s of speakers) expect(s.quotes).toBe(counts.get(s.name));
  });

  it('merges a speaker across articles by full and partial name', () => {
    const merged = extractQuotes([
      makeArticle('a.txt', ['“Pengiriman itu melanggar resolusi,” kata juru bicara keamanan nasional Gedung Putih John Kirby.']),
      makeArticle('b.txt', ['Kirby mengatakan bahwa Washington akan menjatuhkan sanksi baru.']),
    ]);
    const kirby = merged.speakers.filter((s) => s.aliases.includes('Kirby') || s.aliases.includes('John Kirby'));
    expect(kirby).toHaveLength(1);
    expect(kirby[0]!.name).toBe('John Kirby');
    expect(kirby[0]!.roles).toContain('juru bicara keamanan nasional Gedung Putih');
    expect(merged.quotes.every((q) => q.speaker === 'John Kirby')).toBe(true);
  });
});

describe('robustness', () => {
  const paragraphText = fc.array(
    fc.oneof(
      fc.constantFrom('“', '”', '"', '‘', '’', "'", '«', '»', ',', '.', ' ', ':', '(', ')', '\n', '\u00A0'),
      fc.constantFrom(
        'kata',
        'Kirby',
        'mengatakan',
        'bahwa',
        'tambahnya',
        'Menurut',
        'pejabat',
        'itu',
        'mereka',
        'dan',
        'said',
        'he',
        'Gedung Putih',
        'yang',
        'demikian',
        'pernyataan',
      ),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 60 },
  );

  it('never throws on arbitrary paragraphs, and every span stays in bounds', () => {
    fc.assert(
      fc.property(
        fc.array(
          paragraphText.map((parts) => parts.join('')),
          { minLength: 1, maxLength: 4 },
        ),
        (texts) => {
          const article = makeArticle('x.txt', texts);
          const { quotes } = extractQuotes([article]);
          for (const q of quotes) {
            const text = texts[q.paragraph - 1]!;
            expect(q.start).toBeGreaterThanOrEqual(0);
            expect(q.end).toBeLessThanOrEqual(text.length);
            expect(q.start).toBeLessThan(q.end);
            expect(text.slice(q.start, q.end)).toBe(q.quote);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('finds quotation marks only as pairs in order, inside the text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        let last = -1;
        for (const m of findQuoteMarks(text)) {
          expect(m.start).toBeGreaterThan(last);
          expect(m.start).toBeLessThan(m.end);
          expect(m.end).toBeLessThanOrEqual(text.length);
          if (m.open >= 0) expect(m.open).toBeLessThan(m.start);
          if (m.close >= 0) expect(m.close).toBeGreaterThanOrEqual(m.end);
          last = m.close >= 0 ? m.close : text.length;
        }
      }),
      { numRuns: 500 },
    );
  });
});
