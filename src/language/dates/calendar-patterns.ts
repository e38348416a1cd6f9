import { calendarParts, type DateExpression } from './date-expression.js';
import { firstWordsOf, fullMonthNames, monthNumber, monthsAlsoNames, pattern, unitWords, weekdayNumber } from './date-lexicon.js';
import { type MatchStarts, matchStarts } from './match-starts.js';

/**
 * Patterns for calendar dates written out: "13 Oktober 2023", "Oct. 13", "24/06/2024",
 * "Kamis (26/10)", "Juli 2019", "pada Juli", "sejak 2017", "1-5 Oktober". Each pattern is compiled
 * once; `build` checks what a regular expression cannot say simply (capital letters, cues before
 * a bare month or year, numbers glued to other numbers) and returns null to reject a match.
 */

export interface Matcher {
  /** Where a match can begin: the pattern is tried only there. */
  readonly starts: MatchStarts;
  readonly regex: RegExp;
  build(m: RegExpExecArray, text: string): DateExpression | null;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const YEAR = '(?:19|20)\\d{2}';
// "Kamis, ", "Kamis (", "Senin kemarin (": a weekday, a past-direction word at most, then the date
const WEEKDAY_PREFIX = `(?:(${pattern.weekday})${E}(?:\\s+(?:${pattern.dateFollower})${E})?\\s*(?:,\\s*|\\(\\s*)?)?`;
const YEAR_AFTER = `(?:\\.?\\s*,?\\s*(${YEAR})${E})?`;

/** A cue word or a modifier right before a position ("pada ", "sejak ", "mid-"). */
const CUE_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${pattern.cue}|${pattern.modifier})(?:\\s+|\\s*-\\s*)$`, 'iu');
/** A past-direction word right after a date ("Kamis (24/7) kemarin", "13 Oktober lalu"): part of it. */
const FOLLOWER_AFTER = new RegExp(`^\\s*(?:${pattern.dateFollower})${E}`, 'iu');
/**
 * A document number right before a year ("Nomor 527 Tahun ", "UU 17 tahun ", "No. 17 of ",
 * "Nomor 257/"): the year is the law's or decree's, not a date.
 */
const DOCUMENT_NUMBER_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:${pattern.documentWord})\\.?\\s*(?:(?:no|nomor|nomer|nr)\\.?\\s*)?[\\p{L}\\d]*\\d[\\p{L}\\d.\\-]*\\s*(?:(?:${pattern.documentYearLink})\\.?\\s+|/\\s*)$`,
  'iu',
);
/** "tahun ", "year " right before a position. */
const YEAR_WORD_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${pattern.yearWord})\\s+$`, 'iu');
/** The first year and connector of a pair, ending at a position ("2019-", "2015 and "), with the first year captured. */
const YEAR_PAIR_BEFORE = new RegExp(`(${YEAR})\\s*(?:,|${pattern.rangeAlways}|${pattern.rangeAfterBetween}|atau|or)\\s*$`, 'iu');
const NUMBER_GLUE_BEFORE = /(?:\d[.,]|[.,/]|[$€£]|rp|us\$)$/iu;
const NUMBER_GLUE_AFTER = /^(?:[.,/]\d|\d)/u;
const NEXT_WORD = /^\s+([\p{L}%]+)/u;
const NAME_AFTER = /^\s+\p{Lu}\p{Ll}/u;
const CAPITALISED = /^\p{Lu}/u;

/** "antara", "between" right before a position. */
export const BETWEEN_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${pattern.between})\\s+$`, 'iu');
const AFTER_BETWEEN_WORD = new RegExp(`^(?:${pattern.rangeAfterBetween})$`, 'iu');

export const hasCueBefore = (text: string, at: number): boolean => CUE_BEFORE.test(text.slice(Math.max(0, at - 30), at));
/** A year at `at` introduced as a date: after a cue word or a modifier, or after "tahun"/"year". */
const yearCued = (text: string, at: number): boolean => hasCueBefore(text, at) || YEAR_WORD_BEFORE.test(text.slice(Math.max(0, at - 12), at));
/** The year at `at` is the year of a numbered law or decree. */
const documentYear = (text: string, at: number): boolean => DOCUMENT_NUMBER_BEFORE.test(text.slice(Math.max(0, at - 60), at));
const glued = (text: string, start: number, end: number): boolean =>
  NUMBER_GLUE_BEFORE.test(text.slice(Math.max(0, start - 3), start)) || NUMBER_GLUE_AFTER.test(text.slice(end, end + 2));

const month = (word: string | undefined): number | null =>
  word !== undefined && CAPITALISED.test(word) ? (monthNumber.get(word.toLowerCase()) ?? null) : null;
/** A weekday written before a date; an uncapitalised one is not a weekday (lowercase "minggu" is "week"). */
const weekday = (word: string | undefined): number | null =>
  word !== undefined && CAPITALISED.test(word) ? (weekdayNumber.get(word.toLowerCase()) ?? null) : null;
const num = (s: string | undefined): number | null => (s === undefined ? null : Number(s));
const twoDigitYear = (s: string): number => (s.length === 4 ? Number(s) : Number(s) + (Number(s) < 70 ? 2000 : 1900));

/** A date whose weekday opened a bracket ends with the closing bracket: "Kamis (26/10)". */
function closeBracket(m: RegExpExecArray, text: string): number {
  let end = m.index + m[0].length;
  if (m[0].includes('(')) {
    const after = /^\s*\)/.exec(text.slice(end));
    if (after) end += after[0].length;
  }
  return end;
}

function calendar(m: RegExpExecArray, text: string, fields: Parameters<typeof calendarParts>[0], weekdayWord?: string) {
  const wd = weekday(weekdayWord);
  // An uncapitalised weekday word is not part of the date: start the match after it.
  const start = weekdayWord !== undefined && wd === null ? m.index + m[0].indexOf(weekdayWord) + weekdayWord.length : m.index;
  const first = text.slice(start, m.index + m[0].length).search(/[\p{L}\p{N}]/u);
  let end = wd === null ? m.index + m[0].length - (m[0].match(/[\s(,]*$/)?.[0].length ?? 0) : closeBracket(m, text);
  // "Kamis (24/7) kemarin", "13 Oktober lalu": the word says the day is past and belongs to the date
  const follower = fields.day !== undefined && fields.day !== null ? FOLLOWER_AFTER.exec(text.slice(end, end + 12)) : null;
  if (follower) end += follower[0].length;
  return {
    kind: 'calendar' as const,
    start: start + Math.max(0, first),
    end,
    parts: calendarParts({ ...fields, weekday: wd, ...(follower ? { past: true } : {}) }),
    to: null,
  };
}

export const calendarMatchers: readonly Matcher[] = [
  {
    // "13 Oktober 2023", "Jumat (13 Oktober)", "13 Okt. 2023", "3rd October", "the 3rd of October"
    starts: matchStarts([firstWordsOf.weekday], { digit: true }),
    regex: new RegExp(`${B}${WEEKDAY_PREFIX}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${pattern.month})${E}${YEAR_AFTER}`, 'giu'),
    build(m, text) {
      const mo = month(m[3]);
      if (mo === null || glued(text, m.index + m[0].indexOf(m[2]!), m.index + m[0].length)) return null;
      return calendar(m, text, { day: num(m[2]), month: mo, year: num(m[4]) }, m[1]);
    },
  },
  {
    // English order: "Oct. 13", "October 13, 2023", "Thursday, Oct. 26"
    starts: matchStarts([firstWordsOf.weekday, firstWordsOf.month]),
    regex: new RegExp(`${B}${WEEKDAY_PREFIX}(${pattern.month})${E}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?${E}(?:,?\\s+(${YEAR})${E})?`, 'giu'),
    build(m, text) {
      const mo = month(m[2]);
      if (mo === null || NUMBER_GLUE_AFTER.test(text.slice(m.index + m[0].length))) return null;
      return calendar(m, text, { day: num(m[3]), month: mo, year: num(m[4]) }, m[1]);
    },
  },
  {
    // "24/06/2024", "Senin (24/06/2024)", "24-06-2024"; two-digit years only with slashes
    starts: matchStarts([firstWordsOf.weekday], { digit: true }),
    regex: new RegExp(`${B}${WEEKDAY_PREFIX}(\\d{1,2})([/.\\-])(\\d{1,2})\\3(\\d{4}|\\d{2})${E}`, 'giu'),
    build(m, text) {
      const dayAt = m.index + m[0].indexOf(`${m[2]}${m[3]}`);
      if (glued(text, dayAt, m.index + m[0].length) || (m[5]!.length === 2 && m[3] !== '/')) return null;
      return calendar(m, text, { day: num(m[2]), month: num(m[4]), year: twoDigitYear(m[5]!) }, m[1]);
    },
  },
  {
    // "Kamis (26/10)", "(26/10)", "pada 26/10": day/month alone needs a weekday, brackets or a cue
    starts: matchStarts([firstWordsOf.weekday], { digit: true, bracket: true }),
    regex: new RegExp(`${B}${WEEKDAY_PREFIX}(\\(\\s*)?(\\d{1,2})/(\\d{1,2})${E}`, 'giu'),
    build(m, text) {
      const end = m.index + m[0].length;
      const dayAt = m.index + m[0].indexOf(`${m[3]}/`);
      if (glued(text, dayAt, end)) return null;
      const bracketed = m[2] !== undefined && /^\s*\)/.test(text.slice(end));
      if (weekday(m[1]) === null && !bracketed && !hasCueBefore(text, dayAt)) return null;
      const found = calendar(m, text, { day: num(m[3]), month: num(m[4]) }, m[1]);
      // a lone bracketed date keeps its brackets out of the evidence
      return weekday(m[1]) === null ? { ...found, start: dayAt, end } : found;
    },
  },
  {
    // "Juli 2019", "bulan Oktober 2023", "Okt 2023"
    starts: matchStarts([firstWordsOf.monthWord, firstWordsOf.month]),
    regex: new RegExp(`${B}(?:(${pattern.monthWord})\\s+)?(${pattern.month})${E}\\.?\\s*,?\\s*(${YEAR})${E}`, 'giu'),
    build(m, text) {
      const mo = month(m[2]);
      if (mo === null || glued(text, m.index, m.index + m[0].length)) return null;
      return calendar(m, text, { month: mo, year: num(m[3]) });
    },
  },
  {
    // "pada Juli", "bulan Juli", "Juli lalu": a bare full month name needs a cue or "lalu"
    starts: matchStarts([firstWordsOf.monthWord, firstWordsOf.month]),
    regex: new RegExp(`${B}(?:(${pattern.monthWord})\\s+)?(${pattern.month})${E}(?:\\s+(${pattern.monthPast})${E})?`, 'giu'),
    build(m, text) {
      const mo = month(m[2]);
      if (mo === null || !fullMonthNames.has(m[2]!.toLowerCase())) return null;
      if (m[1] === undefined && m[3] === undefined && !hasCueBefore(text, m.index)) return null;
      // "dari May Titthara": a month that is also a given name, before a capitalised word, is the name
      if (m[1] === undefined && m[3] === undefined && monthsAlsoNames.has(m[2]!.toLowerCase()) && NAME_AFTER.test(text.slice(m.index + m[0].length)))
        return null;
      return calendar(m, text, { month: mo, past: m[3] !== undefined });
    },
  },
  {
    // "sejak 2017", "tahun 2023", "pada akhir 2019", "2019-2020": a year needs a cue and no unit after it
    starts: matchStarts([firstWordsOf.yearWord], { digit: true }),
    regex: new RegExp(`${B}(?:(${pattern.yearWord})\\s+)?(${YEAR})${E}`, 'giu'),
    build(m, text) {
      const yearAt = m.index + m[0].length - 4;
      const before = text.slice(Math.max(0, yearAt - 8), yearAt);
      if (glued(text, yearAt, m.index + m[0].length)) return null;
      // after a dash only as the second year of a pair ("2019-2020") or after a modifier ("mid-2023"),
      // not in a code ("Haeil-2023")
      if (/[-–]$/u.test(before) && !/(?:19|20)\d\d\s*[-–]$/u.test(before) && !hasCueBefore(text, yearAt)) return null;
      const next = NEXT_WORD.exec(text.slice(m.index + m[0].length))?.[1];
      if (next !== undefined && unitWords.has(next.toLowerCase())) return null;
      if (documentYear(text, yearAt)) return null;
      // the second year of a pair ("2015-2016", "2015 and 2016") only when the first is a date too
      // ("tahun 2019-2020"), not in a name such as "periode 2015-2016"
      const lead = text.slice(Math.max(0, m.index - 20), m.index);
      const pair = m[1] === undefined && !hasCueBefore(text, m.index) ? YEAR_PAIR_BEFORE.exec(lead) : null;
      const cued = m[1] !== undefined || hasCueBefore(text, m.index) || (pair !== null && yearCued(text, m.index - lead.length + pair.index));
      return cued ? calendar(m, text, { year: num(m[2]) }) : null;
    },
  },
  {
    // "1-5 Oktober 2023", "1 hingga 5 Oktober", "antara 1 dan 5 Oktober"
    starts: matchStarts([], { digit: true }),
    regex: new RegExp(`${B}(\\d{1,2})\\s*(${pattern.rangeAlways}|${pattern.rangeAfterBetween})\\s*(\\d{1,2})\\s+(${pattern.month})${E}${YEAR_AFTER}`, 'giu'),
    build(m, text) {
      const mo = month(m[4]);
      if (mo === null || glued(text, m.index, m.index + m[0].length)) return null;
      if (AFTER_BETWEEN_WORD.test(m[2]!) && !BETWEEN_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) return null;
      const year = num(m[5]);
      return {
        kind: 'calendar',
        start: m.index,
        end: m.index + m[0].length,
        parts: calendarParts({ day: num(m[1]), month: mo, year }),
        to: calendarParts({ day: num(m[3]), month: mo, year }),
      };
    },
  },
];
