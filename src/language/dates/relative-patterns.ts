import type { Matcher } from './calendar-patterns.js';
import {
  agoNumber,
  agoSingle,
  agoUnit,
  pattern,
  relativePhrase,
  sundayWeekFollowers,
  sundayWeekWords,
  directionAfter,
  directionBefore,
  firstWordsOf,
  weekdayNumber,
} from './date-lexicon.js';
import { matchStarts } from './match-starts.js';

/**
 * Patterns for dates relative to publication: "kemarin", "pekan lalu", "tahun ini", "tiga hari
 * lalu", "sebulan lalu", "two weeks ago", "Kamis", "pada hari Kamis", "Senin lalu", "last Monday".
 */

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const CAPITALISED = /^\p{Lu}/u;

/** A vague count ("beberapa pekan lalu") or a number right before: not "last week". */
const COUNT_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${pattern.vague}|${pattern.agoNumber}|\\d+)\\s+$`, 'iu');
/** A duration marker before a count: "selama tiga tahun" is a length of time, not a date. */
const DURATION_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${pattern.duration})\\s+$`, 'iu');
const NEXT_WORD = /^\s+([\p{L}]+)/u;
const before = (text: string, at: number): string => text.slice(Math.max(0, at - 30), at);

export const relativeMatchers: readonly Matcher[] = [
  {
    // "kemarin", "pekan lalu", "minggu lalu" (also "Minggu lalu": the week), "tahun ini", "last year"
    starts: matchStarts([firstWordsOf.relative]),
    regex: new RegExp(`${B}(${pattern.relative})${E}`, 'giu'),
    build(m, text) {
      const found = relativePhrase.get(m[1]!.toLowerCase().replace(/\s+/g, ' '));
      if (!found || COUNT_BEFORE.test(before(text, m.index))) return null;
      return { kind: 'relative', start: m.index, end: m.index + m[0].length, ...found };
    },
  },
  {
    // "tiga hari lalu", "2 pekan yang lalu", "two weeks ago", "a year ago"
    starts: matchStarts([firstWordsOf.agoNumber], { digit: true }),
    regex: new RegExp(`${B}(\\d{1,3}|${pattern.agoNumber})\\s+(${pattern.agoUnit})\\s+(?:${pattern.agoMarker})${E}`, 'giu'),
    build(m, text) {
      const unit = agoUnit.get(m[2]!.toLowerCase());
      const count = /^\d/.test(m[1]!) ? Number(m[1]) : agoNumber.get(m[1]!.toLowerCase().replace(/\s+/g, ' '));
      if (!unit || count === undefined || DURATION_BEFORE.test(before(text, m.index))) return null;
      return { kind: 'relative', start: m.index, end: m.index + m[0].length, unit, offset: -count };
    },
  },
  {
    // "sebulan lalu", "seminggu yang lalu"
    starts: matchStarts([firstWordsOf.agoSingle]),
    regex: new RegExp(`${B}(${pattern.agoSingle})\\s+(?:${pattern.agoMarker})${E}`, 'giu'),
    build(m) {
      const unit = agoSingle.get(m[1]!.toLowerCase());
      return unit ? { kind: 'relative', start: m.index, end: m.index + m[0].length, unit, offset: -1 } : null;
    },
  },
  {
    // "Kamis", "hari Kamis", "Senin lalu", "Jumat depan"; the capital letter is required
    starts: matchStarts([firstWordsOf.weekdayPrefix, firstWordsOf.weekday]),
    regex: new RegExp(`${B}(?:(?:${pattern.weekdayPrefix})\\s+)?(${pattern.weekday})${E}(?:\\s+(${pattern.directionAfter})${E})?`, 'giu'),
    build(m, text) {
      const word = m[1]!;
      const weekday = weekdayNumber.get(word.toLowerCase());
      if (weekday === undefined || !CAPITALISED.test(word)) return null;
      const wordEnd = m.index + m[0].indexOf(word) + word.length;
      const next = NEXT_WORD.exec(text.slice(wordEnd))?.[1]?.toLowerCase();
      // "Minggu lalu", "Minggu pertama": the week, not Sunday
      if (sundayWeekWords.has(word.toLowerCase()) && next !== undefined && sundayWeekFollowers.has(next)) return null;
      const direction = m[2] === undefined ? 'nearest' : (directionAfter.get(m[2].toLowerCase()) ?? 'nearest');
      return { kind: 'weekday', start: m.index, end: m.index + m[0].length, weekday, direction };
    },
  },
  {
    // "last Monday", "next Friday", "this Thursday"
    starts: matchStarts([firstWordsOf.directionBefore]),
    regex: new RegExp(`${B}(${pattern.directionBefore})\\s+(${pattern.weekday})${E}`, 'giu'),
    build(m) {
      const weekday = weekdayNumber.get(m[2]!.toLowerCase());
      const direction = directionBefore.get(m[1]!.toLowerCase());
      if (weekday === undefined || direction === undefined || !CAPITALISED.test(m[2]!)) return null;
      return { kind: 'weekday', start: m.index, end: m.index + m[0].length, weekday, direction };
    },
  },
];
