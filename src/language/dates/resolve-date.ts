import { addDays, addMonths, type Day, daysInMonth, formatDay, formatMonth, isValidDay, mondayOf, weekdayOf } from './calendar.js';
import type { CalendarParts, DateExpression } from './date-expression.js';
import type { RelativeUnit } from './date-lexicon.js';
import type { DatePrecision } from './types.js';
import { dayFromWeekday, yearForDayMonth } from './weekday-rule.js';

/** A date resolved to a precision, before it is given its evidence. */
export interface Resolution {
  readonly date: string;
  readonly until: string | null;
  readonly precision: DatePrecision;
  /**
   * True when it came from publication-relative words ("kemarin", "Kamis", "bulan lalu"); false for a
   * written calendar date, even one whose year was inferred.
   */
  readonly relative: boolean;
}

/** A calendar date pinned down as far as its precision goes. */
interface Pinned {
  readonly year: number;
  readonly month: number | null;
  readonly day: number | null;
}

/**
 * Resolves one expression against the publication day (null when unknown). Expressions that
 * need the publication date (relative words, a day and month without a year) stay unresolved
 * without one: a guessed date is worse than "date unknown" for a fact-checker.
 *
 * An approximate publication date is still used, at full precision: a bare "pada hari Kamis"
 * then names the Thursday of the estimated week, which is what a reader of the article would
 * take it to mean; the citation carries the `approximate` flag so the estimate stays visible.
 */
export function resolveExpression(e: DateExpression, published: Day | null): Resolution | null {
  if (e.kind === 'calendar') return resolveCalendar(e.parts, e.to, published);
  // counted from another event, or a time of that event's day: resolved against it (resolveFrom)
  if (e.kind === 'anchored' || e.kind === 'clock') return null;
  if (published === null) return null;
  if (e.kind === 'weekday') return { ...format(dayOf(dayFromWeekday(published, e.weekday, e.direction))), until: null, relative: true };
  switch (e.unit) {
    case 'day':
      return { ...format(dayOf(addDays(published, e.offset))), until: null, relative: true };
    case 'week':
      return { date: formatDay(addDays(mondayOf(published), 7 * e.offset)), precision: 'week', until: null, relative: true };
    case 'month': {
      const [year, month] = addMonths(published.year, published.month, e.offset);
      return { ...format({ year, month, day: null }), until: null, relative: true };
    }
    case 'year':
      return { ...format({ year: published.year + e.offset, month: null, day: null }), until: null, relative: true };
  }
}

function resolveCalendar(from: CalendarParts, to: CalendarParts | null, published: Day | null): Resolution | null {
  if (to === null) {
    const pinned = pin(from, published, null);
    return pinned && { ...format(pinned), until: null, relative: false };
  }
  const end = pin(to, published, null);
  if (end === null) return null;
  // the start of a range borrows what it leaves out from the end: "1-5 Oktober 2023", "1 September dan 1 Oktober"
  const start = pin({ ...from, month: from.month ?? end.month, year: from.year }, published, end);
  if (start === null) return null;
  const a = format(start);
  return { date: a.date, until: format(end).date, precision: a.precision, relative: false };
}

/** Fills in the year of a calendar date; `latest` bounds the start of a range by its end. */
function pin(parts: CalendarParts, published: Day | null, latest: Pinned | null): Pinned | null {
  const { month, day } = parts;
  if (parts.year !== null) {
    if (month !== null && day !== null && !isValidDay(parts.year, month, day)) return null;
    return { year: parts.year, month, day: month === null ? null : day };
  }
  if (month === null) return null;
  const bound = latest && { year: latest.year, month: latest.month ?? 12, day: latest.day ?? 31 };
  if (day === null) {
    if (bound) return { year: month <= bound.month ? bound.year : bound.year - 1, month, day: null };
    if (published === null) return null;
    const before = parts.past ? month < published.month : month <= published.month;
    return { year: before ? published.year : published.year - 1, month, day: null };
  }
  if (published === null && bound === null) return null;
  const year = yearForDayMonth(published ?? bound!, month, day, bound, parts.past);
  if (year === null) return null;
  // "Kamis (14/2)" when 14 February of that year is a Wednesday: the weekday or the day is wrong, and
  // which one the text does not say, so only the month is certain (a full date with its year is
  // taken as written: the year settles it)
  if (parts.weekday !== null && weekdayOf({ year, month, day }) !== parts.weekday) return { year, month, day: null };
  return { year, month, day };
}

const dayOf = (d: Day): Pinned => ({ year: d.year, month: d.month, day: d.day });

function format(p: Pinned): { date: string; precision: DatePrecision } {
  if (p.month !== null && p.day !== null) return { date: formatDay({ year: p.year, month: p.month, day: p.day }), precision: 'day' };
  if (p.month !== null) return { date: formatMonth(p.year, p.month), precision: 'month' };
  return { date: String(p.year).padStart(4, '0'), precision: 'year' };
}

const RANK: Readonly<Record<DatePrecision, number>> = { day: 0, week: 1, month: 2, year: 3 };
const UNIT_PRECISION: Readonly<Record<RelativeUnit, DatePrecision>> = { day: 'day', week: 'week', month: 'month', year: 'year' };

/** The first day a resolved date may mean ("2023-10" → 1 October 2023). */
function firstDayOf(date: string): Day {
  const [year, month, day] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  return { year, month: month ?? 1, day: day ?? 1 };
}

/**
 * A date counted from another one: "sehari setelah" 10 June is 11 June; "sekitar sebulan sejak"
 * 8 January is February. The result is no finer than the other date nor than the unit counted
 * ("dua pekan setelah" a day is a week), and an approximate count gives a month at the finest.
 */
export function resolveFrom(e: Extract<DateExpression, { kind: 'anchored' }>, sign: 1 | -1, anchor: Pick<Resolution, 'date' | 'precision'>): Resolution {
  const from = firstDayOf(anchor.date);
  const n = sign * e.offset;
  let d: Day;
  if (e.unit === 'day') d = addDays(from, n);
  else if (e.unit === 'week') d = addDays(from, 7 * n);
  else {
    const [year, month] = addMonths(from.year, from.month, e.unit === 'month' ? n : 12 * n);
    d = { year, month, day: Math.min(from.day, daysInMonth(year, month)) };
  }
  let precision = RANK[anchor.precision] > RANK[UNIT_PRECISION[e.unit]] ? anchor.precision : UNIT_PRECISION[e.unit];
  if (e.approximate && RANK[precision] < RANK.month) precision = 'month';
  const date =
    precision === 'day'
      ? formatDay(d)
      : precision === 'week'
        ? formatDay(mondayOf(d))
        : precision === 'month'
          ? formatMonth(d.year, d.month)
          : String(d.year).padStart(4, '0');
  return { date, until: null, precision, relative: false };
}
