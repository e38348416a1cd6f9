import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../src/extract/quotes/index.js';
import type { Quote } from '../src/extract/types.js';
import type { Language } from '../src/language/types.js';
import breadth from './fixtures/quotes-breadth.json' with { type: 'json' };
import reported from './fixtures/quotes-reported.json' with { type: 'json' };
import speakers from './fixtures/quotes-speakers.json' with { type: 'json' };
import { makeArticle } from './quotes-articles.js';

interface Expectation {
  readonly text: string;
  readonly speaker: string | null;
  readonly speakers?: readonly string[];
  readonly direct: boolean;
  readonly fragment?: boolean;
  readonly via?: string;
}

interface Case {
  readonly name: string;
  readonly language?: string;
  readonly paragraphs: readonly string[];
  readonly expect: readonly Expectation[];
  /** Names no quote of the case may be given to. */
  readonly notSpeakers?: readonly string[];
}

const describeQuote = (q: Quote): string =>
  `${q.direct ? 'direct' : 'reported'} [${q.speakers.join(' + ') || 'unattributed'}]${q.via ? ` via ${q.via}` : ''} "${q.quote}"`;

/** Issue 16's kinds of failure, and phrasing of outlets and stories the dev sets lack, each as an invented mini article (test/fixtures/quotes-{speakers,reported,breadth}.json). */
for (const [file, table] of [
  ['quotes-speakers.json', speakers],
  ['quotes-reported.json', reported],
  ['quotes-breadth.json', breadth],
] as const) {
  describe(`speakers and reported speech (test/fixtures/${file})`, () => {
    for (const c of (table as { cases: Case[] }).cases) {
      it(c.name, () => {
        const { quotes } = extractQuotes([makeArticle('case.txt', c.paragraphs, (c.language ?? 'id') as Language)]);
        const seen = quotes.map(describeQuote).join('\n');
        for (const e of c.expect) {
          const q = quotes.find((x) => x.direct === e.direct && (e.direct ? x.quote === e.text : x.quote.includes(e.text)));
          expect(q, `no ${e.direct ? 'direct' : 'reported'} quote "${e.text}" among:\n${seen}`).toBeDefined();
          expect(q!.speaker, `speaker of "${e.text}" among:\n${seen}`).toBe(e.speaker);
          if (e.speakers) expect(q!.speakers).toEqual(e.speakers);
          if (e.fragment !== undefined) expect(q!.fragment).toBe(e.fragment);
          if (e.via !== undefined) expect(q!.via).toBe(e.via);
        }
        for (const name of c.notSpeakers ?? [])
          expect(
            quotes.some((q) => q.speakers.includes(name)),
            `"${name}" must speak nowhere:\n${seen}`,
          ).toBe(false);
      });
    }
  });
}
