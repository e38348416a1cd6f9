import { addDays, compareDays, type Day, isValidDay, mondayOf, weekdayOf } from './calendar.js';
import type { WeekdayDirection } from './date-expression.js';

/**
 * A weekday named without a date, relative to publication: "Kamis" / "pada hari Kamis" is the
 * latest Thursday on or before publication; "akan tiba Kamis" (a clause about the future) the
 * first Thursday on or after it; "Senin lalu" the latest Monday strictly before;
 * "Jumat depan" the first Friday after; "Kamis ini" the Thursday of the publication's week;
 * "Sabtu pekan lalu" the Saturday of the week before it, "Senin pekan depan" the Monday of the week after.
 */
export function dayFromWeekday(published: Day, weekday: number, direction: WeekdayDirection): Day {
  const today = weekdayOf(published);
  switch (direction) {
    case 'nearest':
      return addDays(published, -((today - weekday + 7) % 7));
    case 'upcoming':
      return addDays(published, (weekday - today + 7) % 7);
    case 'last':
      return addDays(published, -((today - weekday + 7) % 7 || 7));
    case 'next':
      return addDays(published, (weekday - today + 7) % 7 || 7);
    case 'this':
      return addDays(mondayOf(published), (weekday + 6) % 7);
    case 'last-week':
      return addDays(mondayOf(published), ((weekday + 6) % 7) - 7);
    case 'next-week':
      return addDays(mondayOf(published), ((weekday + 6) % 7) + 7);
  }
}

/**
 * How far after publication a day and month without a year may lie: news mostly reports the
 * past, but announces dates a few weeks ahead ("pada 15 November" in an October article).
 */
const LOOKAHEAD_DAYS = 60;

/**
 * The year of a day and month without one: the latest occurrence up to LOOKAHEAD_DAYS after
 * publication, or strictly before it when the text says it is past ("13 Oktober lalu").
 */
export function yearForDayMonth(published: Day, month: number, day: number, latest: Day | null = null, past = false): number | null {
  const bound = latest ?? addDays(published, past ? -1 : LOOKAHEAD_DAYS);
  for (let year = bound.year; year >= bound.year - 8; year--) {
    if (isValidDay(year, month, day) && compareDays({ year, month, day }, bound) <= 0) return year;
  }
  return null;
}
