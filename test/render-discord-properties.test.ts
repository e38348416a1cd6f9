import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answer } from '../src/answers/types.js';
import type { Citation } from '../src/corpus/types.js';
import { DISCORD_LIMITS, findLimitViolations } from '../src/render/discord-limits.js';
import { type ReadingPosition, renderReadingPage } from '../src/render/discord-reading.js';
import { cleanDisplayText, escapeDiscordMarkdown, fitMarkdown, fitPlain } from '../src/render/discord-text.js';
import { renderDiscordPage } from '../src/render/render-discord.js';
import { activeMentions, markdownTexts, unescapeDiscord } from './fake-discord/discord-markdown.js';

// Any Unicode: whole code points (astral included), lone surrogates, and the characters that matter
// to Discord, mixed so markdown and mention syntax actually occur.
const nasty = fc.constantFrom(
  '@everyone',
  '@here',
  '<@123>',
  '<@&9>',
  '<#7>',
  '<t:1:R>',
  '**',
  '__',
  '`',
  '```',
  '||',
  '~~',
  '> ',
  '-# ',
  '# ',
  '- ',
  '1. ',
  '[a](https://e.example)',
  '](',
  '\\',
  '\n',
  '\u200B',
  '\u202E',
  '\uFEFF',
  '\uD800',
  '\uDC00',
  'é',
  '😀',
  'https://x.example/_a_',
);
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.oneof(nasty, fc.string({ unit: 'binary', maxLength: 5 })), { maxLength: 80 }).map((parts) => parts.join('')),
  fc.tuple(fc.string({ unit: 'binary', maxLength: 10 }), fc.integer({ min: 1000, max: 6000 })).map(([s, n]) => s.repeat(Math.ceil(n / Math.max(1, s.length)))),
);
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

const citation: fc.Arbitrary<Citation> = fc.record({
  article: anyText,
  outlet: nullable(anyText),
  published: nullable(fc.constantFrom('2023-10-14', '2022-01-01')),
  approximate: fc.boolean(),
  title: nullable(anyText),
  url: nullable(fc.oneof(fc.webUrl(), anyText)),
  paragraph: fc.nat(),
});

const answer: fc.Arbitrary<Answer> = fc.oneof(
  fc.record({
    command: fc.constant('search' as const),
    query: anyText,
    results: fc.array(fc.record({ text: anyText, score: fc.double(), citation }), { maxLength: 12 }),
    total: fc.nat(),
    suggestions: fc.array(anyText, { maxLength: 12 }),
  }),
  fc.record({
    command: fc.constant('who-said' as const),
    query: anyText,
    results: fc.array(
      fc.record({
        speaker: nullable(anyText),
        role: nullable(anyText),
        speakers: fc.array(anyText, { maxLength: 4 }),
        quote: anyText,
        direct: fc.boolean(),
        fragment: fc.boolean(),
        via: nullable(anyText),
        citation,
      }),
      { maxLength: 12 },
    ),
    total: fc.nat(),
  }),
  fc.record({
    command: fc.constant('timeline' as const),
    query: anyText,
    results: fc.array(
      fc.record({
        date: anyText,
        end: nullable(anyText),
        precision: fc.constantFrom('day' as const, 'week' as const, 'month' as const, 'year' as const),
        evidence: anyText,
        text: anyText,
        citations: fc.array(citation, { maxLength: 6 }),
      }),
      { maxLength: 8 },
    ),
    total: fc.nat(),
  }),
  fc.record({
    command: fc.constant('denials' as const),
    query: anyText,
    results: fc.array(
      fc.record({
        party: nullable(anyText),
        kind: fc.constantFrom('denial' as const, 'dismissal' as const, 'no-comment' as const, 'walk-back' as const),
        statement: anyText,
        denies: nullable(anyText),
        answers: nullable(citation),
        citation,
      }),
      { maxLength: 8 },
    ),
    total: fc.nat(),
  }),
  fc.record({
    command: fc.constant('sources' as const),
    query: anyText,
    results: fc.array(
      fc.record({
        article: anyText,
        outlet: nullable(anyText),
        published: nullable(anyText),
        approximate: fc.boolean(),
        title: nullable(anyText),
        url: nullable(anyText),
        language: fc.constantFrom('id' as const, 'en' as const),
        paragraphs: fc.nat(),
      }),
      { maxLength: 25 },
    ),
    total: fc.nat(),
  }),
  fc.record({
    command: fc.constant('help' as const),
    query: fc.constant(''),
    results: fc.array(fc.record({ command: anyText, usage: anyText, description: anyText }), { maxLength: 25 }),
    total: fc.nat(),
  }),
);

describe('the Discord text pipeline on any text', () => {
  it('escaping adds only escapes: Discord shows the clean text exactly, with no active mention', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const clean = cleanDisplayText(raw);
        const escaped = escapeDiscordMarkdown(clean);
        expect(unescapeDiscord(escaped)).toBe(clean);
        expect(activeMentions(escaped)).toEqual([]);
        expect(escaped).not.toMatch(/\p{Cf}/u);
      }),
      { numRuns: 200 },
    );
  });

  it('fitted text is never longer than asked and never ends in half an escape', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 0, max: 5000 }), (raw, max) => {
        const markdown = fitMarkdown(raw, max);
        expect(markdown.length).toBeLessThanOrEqual(max);
        expect(/(^|[^\\])(\\\\)*\\…$/u.test(markdown)).toBe(false);
        expect(fitPlain(raw, max).length).toBeLessThanOrEqual(max);
      }),
      { numRuns: 200 },
    );
  });
});

describe('renderDiscordPage on any answer', () => {
  it('never throws, stays within every limit, and renders no mention', () => {
    fc.assert(
      fc.property(answer, fc.constantFrom('en' as const, 'id' as const), fc.integer({ min: -2, max: 5 }), (a, locale, page) => {
        const started = performance.now();
        const rendered = renderDiscordPage(a, locale, page);
        expect(performance.now() - started).toBeLessThan(1000);
        expect(findLimitViolations(rendered)).toEqual([]);
        expect(rendered.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
        for (const t of markdownTexts(rendered)) expect(activeMentions(t)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('reads any article within the limits, and Later from its start shows every paragraph whole, once, in order', () => {
    const meta = fc.record({
      article: anyText,
      outlet: nullable(anyText),
      published: nullable(fc.constantFrom('2023-10-14')),
      approximate: fc.boolean(),
      title: nullable(anyText),
      url: nullable(fc.oneof(fc.webUrl(), anyText)),
    });
    fc.assert(
      fc.property(
        meta,
        fc.array(
          anyText.filter((t) => cleanDisplayText(t).length > 0),
          { minLength: 1, maxLength: 6 },
        ),
        fc.array(fc.record({ citation, label: nullable(anyText) }), { maxLength: 14 }),
        fc.nat(),
        (m, texts, sources, focusSeed) => {
          const article = { ...m, language: 'id' as const, byline: null, wire: [], captions: [], dateline: null, note: null };
          const paragraphs = texts.map((text, i) => ({ paragraph: i + 1, text }));
          const focus = (focusSeed % paragraphs.length) + 1;
          const shown = new Map<number, string>();
          let from: ReadingPosition | null = { paragraph: 1, part: 0 };
          for (let pages = 0; from && pages < 200; pages++) {
            const page = renderReadingPage(
              { article, paragraphs, from, focus, sources: sources.length ? { all: sources, current: 0 } : null, hint: 'read on: /read' },
              'en',
            );
            expect(findLimitViolations(page)).toEqual([]);
            for (const t of markdownTexts(page)) expect(activeMentions(t)).toEqual([]);
            for (const embed of page.embeds) {
              const number = Number(/^¶ (\d+)/u.exec(embed.title ?? '')?.[1]);
              shown.set(number, (shown.get(number) ?? '') + unescapeDiscord(embed.description ?? '').replace(/\u200b$/u, ''));
            }
            from = page.later;
          }
          expect([...shown.keys()]).toEqual(paragraphs.map((p) => p.paragraph));
          for (const p of paragraphs) expect(shown.get(p.paragraph)).toBe(cleanDisplayText(p.text));
        },
      ),
      { numRuns: 25 },
    );
  });
});
