import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { parseClaim } from '../src/answers/cite/claim.js';
import { MAX_CLAIM_LENGTH } from '../src/answers/cite/claim-option.js';
import { messageClaim } from '../src/answers/cite/message-claim.js';
import { UserFacingError } from '../src/answers/errors.js';
import type { Answer } from '../src/answers/types.js';
import { executeCommand } from '../src/app/execute-command.js';
import { foldToken } from '../src/language/analyzer.js';
import { tokenize } from '../src/language/tokenize.js';
import { renderDiscordPage } from '../src/render/render-discord.js';
import { renderAnswerText } from '../src/render/render-text.js';
import { CITE_ARTICLES, openCiteCorpus } from './fixtures/cite-corpus.js';
import { withJsNames } from './fixtures/hostile-text.js';

const corpus = openCiteCorpus();
afterAll(() => corpus.remove());
const { index } = corpus;

/** Generous on a shared, loaded machine; a claim takes a few milliseconds. */
const BOUND_MS = 2_000;

// Pieces of the corpus's own text, so that many claims align with a passage (cut, joined, mixed
// with other words): the alignment's edges are exercised, not only the empty answer.
const corpusWords = Object.values(CITE_ARTICLES)
  .flatMap((text) => text.split(/\s+/u))
  .filter(Boolean);
const corpusPiece = fc
  .tuple(fc.nat({ max: corpusWords.length - 1 }), fc.integer({ min: 1, max: 40 }))
  .map(([from, n]) => corpusWords.slice(from, from + n).join(' '));
const anyText = withJsNames(fc.string({ unit: 'binary', maxLength: 1200 }));
const mixed = fc
  .array(
    fc.oneof(
      corpusPiece,
      fc.string({ maxLength: 20 }),
      fc.constantFrom(':', ',', ' kata ', ' said ', '"', '“', '”', '**', '\n', ' tidak ', 'Menurut ', 'BREAKING: '),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(' '));
const claims = fc.oneof(anyText, corpusPiece, mixed);

/** /cite as every transport runs it: options validated (a bad claim is a clear error), then the answer. */
function run(claim: string): Answer | null {
  try {
    return executeCommand('cite', { claim }, { index, locale: 'en' });
  } catch (error) {
    if (error instanceof UserFacingError) return null;
    throw error;
  }
}

describe('/cite takes any text as a claim', () => {
  it('without crashing, in bounded time, every result a verbatim slice of its paragraph', () => {
    fc.assert(
      fc.property(claims, (claim) => {
        const started = performance.now();
        const answer = run(claim);
        expect(performance.now() - started).toBeLessThan(BOUND_MS);
        if (answer === null || answer.command !== 'cite') return;
        for (const r of answer.results) {
          const paragraph = index.paragraph(r.citation.article, r.citation.paragraph);
          expect(paragraph).toBeDefined();
          expect(r.text.length).toBeGreaterThan(0);
          expect(paragraph!.text.includes(r.text)).toBe(true);
          expect(['verbatim', 'altered', 'translated', 'related']).toContain(r.verdict);
          for (const d of r.differences) if (d.kind !== 'speaker' && d.source !== undefined) expect(paragraph!.text.includes(d.source)).toBe(true);
        }
        // and every transport can show it
        expect(typeof renderAnswerText(answer, 'en')).toBe('string');
        expect(renderDiscordPage(answer, 'id', 0).embeds.length).toBe(Math.min(answer.results.length, 5));
      }),
      { numRuns: 300 },
    );
  });

  it('a verbatim result holds the claim’s words (its speaker aside), folded, one after another', () => {
    const folded = (text: string) => ` ${tokenize(text).map(foldToken).join(' ')} `;
    fc.assert(
      fc.property(fc.oneof(corpusPiece, mixed), (claim) => {
        const answer = run(claim);
        if (answer === null || answer.command !== 'cite') return;
        const parsed = parseClaim(claim.replace(/\s+/gu, ' ').trim());
        const body = parsed.text.slice(parsed.body.start, parsed.body.end);
        for (const r of answer.results) if (r.verdict === 'verbatim') expect(folded(r.text)).toContain(folded(body));
      }),
      { numRuns: 200 },
    );
  });
});

describe('"Find source" takes any message', () => {
  it('gives a claim /cite accepts, or nothing to look up, never more than 1,000 characters', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          withJsNames(fc.string({ unit: 'binary', maxLength: 6000 })),
          fc.array(mixed, { maxLength: 30 }).map((p) => p.join('. ')),
        ),
        (message) => {
          const claim = messageClaim(message);
          if (claim === null) return;
          expect(claim.length).toBeLessThanOrEqual(MAX_CLAIM_LENGTH);
          expect(claim.length).toBeGreaterThan(0);
          expect(run(claim)).not.toBeNull();
        },
      ),
      { numRuns: 200 },
    );
  });
});
