import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../src/corpus/language.js';
import { MAY_DENY_OR_ACCUSE, mayDenyOrAccuse, NEEDED_STARTS } from '../src/extract/denials/denial-lexicon.js';
import { eventSpan, PRECISION_RANK } from '../src/extract/event-span.js';
import { ParagraphView } from '../src/extract/paragraph-view.js';
import { eventWords, timelineGroups } from '../src/extract/timeline-groups.js';
import type { DatedEvent } from '../src/extract/types.js';
import { calendarMatchers } from '../src/language/dates/calendar-patterns.js';
import type { DateExpression } from '../src/language/dates/date-expression.js';
import { matchExpressions } from '../src/language/dates/find-date-expressions.js';
import { DATE_PATTERN_STARTS, StartFinder, startsWithin } from '../src/language/dates/index.js';
import { relativeMatchers } from '../src/language/dates/relative-patterns.js';
import type { DatePrecision } from '../src/language/dates/types.js';
import { foldText } from '../src/language/fold.js';
import dateData from '../src/language/lexicon/dates.json' with { type: 'json' };
import denialData from '../src/language/lexicon/denials.json' with { type: 'json' };
import markers from '../src/language/lexicon/language-markers.json' with { type: 'json' };
import { splitSentences } from '../src/language/sentences.js';
import { TOKEN, tokenizeWithOffsets } from '../src/language/tokenize.js';

/**
 * The index-time fast paths find exactly what the plain definitions find: each is compared, on
 * generated text full of the vocabulary and of awkward characters, with the definition it stands
 * for (a regular expression run over the whole text, a count over every word, a merge of every pair).
 */

/** Text made of vocabulary words in any case, numbers, punctuation and non-ASCII characters. */
const textOf = (vocabulary: readonly string[]) =>
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...vocabulary),
        fc.constantFrom(...vocabulary).map((w) => w.toUpperCase()),
        fc.constantFrom(...vocabulary).map((w) => w[0]!.toUpperCase() + w.slice(1)),
        fc.integer({ min: 0, max: 2100 }).map(String),
        fc.constantFrom(' ', '  ', ', ', '. ', '(', ')', '/', '-', '–', "'", '’', '“', '”', '"', '\n'),
        fc.constantFrom('é', 'İ', 'ſ', 'K', '\u0301', '\u{1D400}', '\uD800', '٣', 'x', 'Q7', 'ab-cd', "d'x", '1.000', '2,5'),
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join(''));

describe('tokenize: the scanner', () => {
  it('finds exactly the matches of the TOKEN expression', () => {
    fc.assert(
      fc.property(fc.oneof(textOf(['kontainer-kontainer', "jum'at", 'non-proliferasi', '1.000', 'Korea']), fc.string({ unit: 'binary' })), (text) => {
        const expected = [...text.matchAll(TOKEN)].map((m) => ({ token: m[0], start: m.index, end: m.index + m[0].length }));
        expect(tokenizeWithOffsets(text)).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the paragraph view: words read off the shared tokens', () => {
  it('are the matches of the TOKEN expression, folded by foldText', () => {
    fc.assert(
      fc.property(
        fc.oneof(textOf(['kontainer-kontainer', "jum'at", 'Nanik S. Deyang', '@warga_kota', 'G20', '20an', "Korea's"]), fc.string({ unit: 'binary' })),
        (text) => {
          const view = new ParagraphView({ article: 'a', number: 1, text });
          const expected = [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], fold: foldText(m[0]), start: m.index, end: m.index + m[0].length }));
          expect(view.words.map(({ text, fold, start, end }) => ({ text, fold, start, end }))).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('foldText: the shortcuts', () => {
  /** The definition the shortcuts stand for. */
  const fullFold = (text: string): string =>
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
      .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim();
  it('fold as the full folding does', () => {
    fc.assert(
      fc.property(fc.oneof(textOf(['Sergeï Lavrov', 'kata “Dia”', "jum'at", 'ABC']), fc.string({ unit: 'binary' })), (text) => {
        expect(foldText(text)).toBe(fullFold(text));
      }),
      { numRuns: 500 },
    );
  });
});

describe('dates: patterns tried only where a match can begin', () => {
  const vocabulary = [
    ...dateData.months.flatMap((m) => [...m.names, ...m.abbreviations]),
    ...dateData.weekdays.flatMap((w) => w.names),
    ...dateData.relative.phrases.map((p) => p.phrase),
    ...Object.keys(dateData.ago.numbers),
    ...Object.keys(dateData.ago.units),
    ...Object.keys(dateData.ago.single),
    ...dateData.ago.markers,
    ...dateData.cues.words,
    ...Object.keys(dateData.weekday_directions.before),
    ...Object.keys(dateData.weekday_directions.after),
    'hari',
    'yang lalu',
  ];
  /** The definition: each pattern scanned over the whole text, resumed one character after each match. */
  function scanAll(text: string): DateExpression[] {
    const found: DateExpression[] = [];
    for (const matcher of [...calendarMatchers, ...relativeMatchers]) {
      const regex = new RegExp(matcher.regex.source, matcher.regex.flags);
      for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
        const e = matcher.build(m, text);
        if (e && e.end > e.start) found.push(e);
        regex.lastIndex = m.index + 1;
      }
    }
    return found;
  }

  const names = [...dateData.months.flatMap((m) => [...m.names, ...m.abbreviations]), ...dateData.weekdays.flatMap((w) => w.names)];
  const capitalised = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  // any vocabulary word, or a month or weekday name, written in any case
  const pick = (list: readonly string[]) =>
    fc.oneof(fc.constantFrom(...list), fc.constantFrom(...names), fc.constantFrom(...names).map(capitalised), fc.constantFrom(...list).map(capitalised));
  const year = fc.integer({ min: 1995, max: 2030 }).map(String);
  const day = fc.integer({ min: 0, max: 40 }).map(String);
  /** Date-like runs: a cue and a year, day month year, a weekday with a bracketed date, a count and a unit. */
  const phrase = fc.oneof(
    fc.tuple(pick(vocabulary), year).map(([w, y]) => `${w} ${y}`),
    fc.tuple(day, pick(vocabulary), fc.option(year)).map(([d, w, y]) => `${d} ${w}${y ? ` ${y}` : ''}`),
    fc.tuple(pick(vocabulary), day, day, fc.option(year)).map(([w, d, m, y]) => `${w} (${d}/${m}${y ? `/${y}` : ''})`),
    fc.tuple(day, pick(vocabulary), day, pick(vocabulary)).map(([a, w, b, m]) => `${a} ${w} ${b} ${m}`),
    fc.tuple(pick(vocabulary), pick(vocabulary)).map(([a, b]) => `${a} ${b}`),
    fc.tuple(pick(vocabulary), day, pick(vocabulary), fc.option(year)).map(([a, d, b, y]) => `${a} ${d} ${b}${y ? ` ${y}` : ''}`),
    fc.tuple(pick(vocabulary), pick(vocabulary), day).map(([a, b, d]) => `${a}, ${b}. ${d}`),
    fc.tuple(pick(vocabulary), day, pick(vocabulary)).map(([a, d, b]) => `${a} (${d} ${b})`),
  );
  const sentence = fc.array(fc.oneof(phrase, textOf(vocabulary)), { maxLength: 5 }).map((parts) => parts.join(' '));

  it('find what a scan of the whole sentence finds', () => {
    fc.assert(
      fc.property(sentence, (text) => {
        expect(matchExpressions(text)).toEqual(scanAll(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('begin in a sentence where they begin in its paragraph, found once for the paragraph', () => {
    const own = new StartFinder(DATE_PATTERN_STARTS);
    const combined = new StartFinder([...DATE_PATTERN_STARTS, NEEDED_STARTS]);
    const dateBits = (1 << DATE_PATTERN_STARTS.length) - 1;
    fc.assert(
      fc.property(fc.array(sentence, { maxLength: 4 }), (parts) => {
        const paragraph = parts.join(' ');
        const starts = combined.find(paragraph);
        for (const s of splitSentences(paragraph)) {
          const cut = startsWithin(starts, s.start, s.end);
          const expected = own.find(paragraph.slice(s.start, s.end));
          const kept = cut.at.flatMap((at, j) => ((cut.masks[j]! & dateBits) !== 0 ? [[at, cut.masks[j]! & dateBits]] : []));
          expect(kept).toEqual(expected.at.map((at, j) => [at, expected.masks[j]!]));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('find dates in real phrasing', () => {
    const text = 'Pada Kamis (26/10), sebulan lalu, 13 Oktober 2023 dan awal 2024, Oct. 13, 2023 serta tiga hari lalu (26/10) pekan lalu.';
    expect(matchExpressions(text).length).toBeGreaterThan(5);
    expect(matchExpressions(text)).toEqual(scanAll(text));
  });
});

describe('denials: the paragraph prefilter', () => {
  const vocabulary = [
    ...denialData.verbs.denial,
    ...denialData.verbs.dismissal,
    ...denialData.nouns.words,
    ...denialData.statements.denial,
    ...denialData.statements['no-comment'],
    ...denialData.accusations.words,
    'tidak',
    'ada',
    'membantahnya',
  ];
  it('holds exactly when the expression matches somewhere', () => {
    fc.assert(
      fc.property(textOf(vocabulary), (text) => {
        expect(mayDenyOrAccuse(text)).toBe(MAY_DENY_OR_ACCUSE.test(text));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('detectLanguage', () => {
  /** The definition: every run of letters of the lower-cased text looked up in both lists. */
  function reference(text: string): 'id' | 'en' {
    const id = new Set(markers.id);
    const en = new Set(markers.en);
    let i = 0;
    let e = 0;
    for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
      if (id.has(word)) i++;
      if (en.has(word)) e++;
    }
    return e > i ? 'en' : 'id';
  }
  it('counts marker words as a count over every word does', () => {
    fc.assert(
      fc.property(textOf([...markers.id.slice(0, 30), ...markers.en.slice(0, 30), 'Rusia', 'the']), (text) => {
        expect(detectLanguage(text)).toBe(reference(text));
      }),
      { numRuns: 800 },
    );
  });
});

describe('timelineGroups', () => {
  /** The definition: tellings merged most precise first, each into the first group met that shares most of its words. */
  function reference(events: readonly DatedEvent[]): number[] {
    const ordered = [...events.keys()].sort((a, b) => PRECISION_RANK[events[a]!.precision] - PRECISION_RANK[events[b]!.precision] || a - b);
    const groups: { first: number; words: Set<string>; span: [string, string]; articles: string[] }[] = [];
    const out = new Array<number>(events.length);
    for (const at of ordered) {
      const e = events[at]!;
      const words = eventWords(e);
      const span = eventSpan(e);
      const shared = new Map<number, number>();
      for (const w of words) {
        const ids = groups.flatMap((g, id) => (g.words.has(w) ? [id] : []));
        if (ids.length > 200) continue;
        for (const id of ids) shared.set(id, (shared.get(id) ?? 0) + 1);
      }
      let same: (typeof groups)[number] | undefined;
      for (const [id, count] of shared) {
        const g = groups[id]!;
        if (count < 4 || count / Math.max(1, Math.min(g.words.size, words.size)) < 0.6 || g.articles.includes(e.article)) continue;
        if (g.span[0] >= span[0] && g.span[1] <= span[1]) {
          same = g;
          break;
        }
      }
      if (same) {
        same.articles.push(e.article);
        out[at] = same.first;
      } else {
        groups.push({ first: at, words, span, articles: [e.article] });
        out[at] = at;
      }
    }
    return out;
  }
  const precisions: readonly [DatePrecision, string][] = [
    ['day', '2023-10-13'],
    ['day', '2023-10-14'],
    ['week', '2023-10-09'],
    ['month', '2023-10'],
    ['year', '2023'],
  ];
  const event = fc.record({
    article: fc.constantFrom('a', 'b', 'c', 'd'),
    words: fc.array(fc.constantFrom('Korea', 'Utara', 'mengirim', 'kontainer', 'amunisi', 'ke', 'Rusia', 'kata', 'Gedung', 'Putih', 'pekan', 'lalu', 'é'), {
      minLength: 1,
      maxLength: 8,
    }),
    date: fc.constantFrom(...precisions),
  });
  it('groups tellings as merging every pair in order does', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 25 }), (drafts) => {
        const events: DatedEvent[] = drafts.map((d, i) => ({
          article: d.article,
          paragraph: 1,
          start: i,
          end: i + 1,
          text: d.words.join(' '),
          date: d.date[1],
          endDate: null,
          precision: d.date[0],
          evidence: d.date[1],
        }));
        expect([...timelineGroups(events)]).toEqual(reference(events));
      }),
      { numRuns: 400 },
    );
  });
});
