import type { Matcher } from './calendar-patterns.js';
import { hasCueBefore } from './calendar-patterns.js';
import {
  agoNumber,
  agoSingle,
  agoUnit,
  anchorDirection,
  dayPhrases,
  directionAfter,
  directionBefore,
  firstWordsOf,
  pattern,
  relativePhrase,
  sundayWeekFollowers,
  sundayWeekWords,
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

/** A comparison word right before a count: its baseline, not an event ("naik dari sehari sebelumnya"). */
const COMPARISON_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${pattern.comparison})\\s+$`, 'iu');
/** The first number of a range right before a count ("10-14 hari setelah"): a span, not a date. */
const NUMBER_RANGE_BEFORE = /\d\s*[-–]\s*$/u;
/** A time followed by the end of a range ("pukul 08.00-15.00", "pukul 07.00 hingga 13.00"): opening hours or a schedule. */
const TIME_RANGE_AFTER = new RegExp(`^\\s*(?:${pattern.rangeAlways})\\s*(?:(?:${pattern.clockPrefix})\\s*)?\\d`, 'iu');
/** A reduplicated word before a position ("hari-hari ini", "pekan-pekan ini"): not the relative phrase. */
const REDUPLICATED_BEFORE = /\p{L}-$/u;

const NAME_NEXT = /^\s\p{Lu}\p{Ll}/u;

/** "setiap ", "tiap hari ": a repeated weekday, not a date. */
const HABITUAL_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${pattern.habitual})\\s+(?:(?:${pattern.weekdayPrefix})\\s+)?$`, 'iu');
/** Another weekday joined by a list or range word: "Selasa dan Kamis", "Senin-Jumat" is a schedule. */
const WEEKDAY_LIST_AFTER = new RegExp(`^\\s*(?:${pattern.listConnector})\\s*(?:(?:${pattern.weekdayPrefix})\\s+)?(?:${pattern.weekday})${E}`, 'iu');
const WEEKDAY_LIST_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${pattern.weekday})\\s*(?:${pattern.listConnector})\\s*(?:(?:${pattern.weekdayPrefix})\\s+)?$`, 'iu');
/** A future marker, with the verb of announcing right before it when there is one (group 1). */
const FUTURE = new RegExp(`(?:^|[^\\p{L}])(?:(${pattern.announcing})\\s+)?(?:${pattern.future})(?![\\p{L}])`, 'giu');
const DEMONSTRATIVE = new RegExp(`(?:^|[^\\p{L}])(?:${pattern.demonstrative})(?![\\p{L}])`, 'iu');
/** Where the clause holding a position begins: after the last clause mark before it, at most 100 characters back. */
function clauseBefore(text: string, at: number): string {
  const from = Math.max(0, at - 100);
  const head = text.slice(from, at);
  let cut = -1;
  for (let i = head.length - 1; i >= 0; i--) {
    if (',;:.!?()"“”«»'.includes(head[i]!)) {
      cut = i;
      break;
    }
  }
  return head.slice(cut + 1);
}
/** The clause before a weekday speaks of the future ("akan", "is expected to"), not of what was announced ("mengumumkan akan"). */
function futureClause(text: string, at: number): boolean {
  const clause = clauseBefore(text, at);
  FUTURE.lastIndex = 0;
  for (let m = FUTURE.exec(clause); m !== null; m = FUTURE.exec(clause)) if (m[1] === undefined) return true;
  return false;
}

export const relativeMatchers: readonly Matcher[] = [
  {
    // "kemarin", "pekan lalu", "minggu lalu" (also "Minggu lalu": the week), "tahun ini", "last year"
    starts: matchStarts([firstWordsOf.relative]),
    regex: new RegExp(`${B}(${pattern.relative})${E}`, 'giu'),
    build(m, text) {
      const found = relativePhrase.get(m[1]!.toLowerCase().replace(/\s+/g, ' '));
      if (!found || COUNT_BEFORE.test(before(text, m.index)) || REDUPLICATED_BEFORE.test(before(text, m.index))) return null;
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
      // "Anggota KPU Manado Sunday Rompas": a weekday word before a capitalised word, with no cue
      // ("pada", "on") before it, is a name
      if (m[2] === undefined && word === m[0] && NAME_NEXT.test(text.slice(wordEnd, wordEnd + 4)) && !hasCueBefore(text, m.index)) return null;
      // "setiap Senin", "jadwal jenguk Selasa dan Kamis": a schedule, not a date
      if (HABITUAL_BEFORE.test(before(text, m.index))) return null;
      if (m[2] === undefined && (WEEKDAY_LIST_AFTER.test(text.slice(wordEnd, wordEnd + 24)) || WEEKDAY_LIST_BEFORE.test(before(text, m.index)))) return null;
      // a bare weekday is past ("pada Rabu") unless its clause speaks of the future ("akan tiba pada Rabu")
      const direction =
        m[2] !== undefined ? (directionAfter.get(m[2].toLowerCase().replace(/\s+/gu, ' ')) ?? 'nearest') : futureClause(text, m.index) ? 'upcoming' : 'nearest';
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
  {
    // "sehari setelah", "dua pekan sebelum", "sekitar satu bulan sejak", "tiga hari kemudian", "a day after"
    starts: matchStarts([firstWordsOf.approximate, firstWordsOf.agoNumber, firstWordsOf.agoSingle], { digit: true }),
    regex: new RegExp(
      `${B}(?:(${pattern.approximate})\\s+)?(?:(\\d{1,3}|${pattern.agoNumber})\\s+(${pattern.agoUnit})|(${pattern.agoSingle}))\\s+(${pattern.anchorWord})${E}`,
      'giu',
    ),
    build(m, text) {
      const single = m[4] === undefined ? undefined : agoSingle.get(m[4].toLowerCase());
      const unit = single ?? (m[3] === undefined ? undefined : agoUnit.get(m[3].toLowerCase()));
      const count = single !== undefined ? 1 : /^\d/.test(m[2] ?? '') ? Number(m[2]) : agoNumber.get((m[2] ?? '').toLowerCase().replace(/\s+/g, ' '));
      const anchor = anchorDirection.get(m[5]!.toLowerCase().replace(/\s+/g, ' '));
      // "dalam dua hari setelah": a length of time, not a date
      if (unit === undefined || count === undefined || anchor === undefined || DURATION_BEFORE.test(before(text, m.index))) return null;
      // "naik dari sehari sebelumnya": a comparison's baseline; "10-14 hari setelah": a span
      if (COMPARISON_BEFORE.test(before(text, m.index)) || NUMBER_RANGE_BEFORE.test(before(text, m.index))) return null;
      return {
        kind: 'anchored',
        start: m.index,
        end: m.index + m[0].length,
        unit,
        offset: anchor.sign * count,
        backReference: anchor.backReference,
        approximate: m[1] !== undefined,
        demonstrative: DEMONSTRATIVE.test(clauseBefore(text, m.index)),
      };
    },
  },
  {
    // "keesokan harinya", "the next day": a day from the day told before
    starts: matchStarts([firstWordsOf.dayPhrase]),
    regex: new RegExp(`${B}(${pattern.dayPhrase})${E}`, 'giu'),
    build(m) {
      const offset = dayPhrases.get(m[1]!.toLowerCase().replace(/\s+/g, ' '));
      if (offset === undefined) return null;
      return {
        kind: 'anchored',
        start: m.index,
        end: m.index + m[0].length,
        unit: 'day',
        offset,
        backReference: true,
        approximate: false,
        demonstrative: false,
      };
    },
  },
  {
    // "pukul 8:20", "pada 7:35 waktu setempat", "jam 10 malam", "9:30 a.m."
    starts: matchStarts([firstWordsOf.clockPrefix], { digit: true }),
    regex: new RegExp(
      `${B}(?:(${pattern.clockPrefix})\\.?\\s+(\\d{1,2})(?:[.:](\\d{2}))?(?!\\d)(?:\\s*(${pattern.clockZone}))?|(\\d{1,2})[.:](\\d{2})(?!\\d)\\s*(${pattern.clockZone}))(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    build(m, text) {
      if (TIME_RANGE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) return null;
      const hour = Number(m[2] ?? m[5]);
      const minutes = m[3] ?? m[6];
      if (hour > 24 || (minutes !== undefined && Number(minutes) > 59)) return null;
      return { kind: 'clock', start: m.index, end: m.index + m[0].length };
    },
  },
];
