import { addDays, compareDays, isValidDay, mondayOf, weekdayOf, type Day } from './calendar.js';

/**
 * How far back the weekday rule looks for a year in which a day and month fall on the stated
 * weekday. A given date returns to the same weekday every 5, 6 or 11 years, so seven years
 * always holds at least one match and never two close together.
 */
const WEEKDAY_RULE_YEARS = 7;

/**
 * News convention "Kamis (26/10)": the year is the latest one, not after the publication year,
 * in which that day and month fall on that weekday. The publication year (not its day) is the
 * bound, so that a report of an event announced for later that year still lands in its year.
 * Null when no year within range fits (the weekday is then probably a typo).
 */
export function yearFromWeekday(published: Day, month: number, day: number, weekday: number): number | null {
  for (let year = published.year; year >= published.year - WEEKDAY_RULE_YEARS; year--) {
    if (isValidDay(year, month, day) && weekdayOf({ year, month, day }) === weekday) return year;
  }
  return null;
}

/**
 * A weekday named without a date, relative to publication: "Kamis" / "pada hari Kamis" is the
 * latest Thursday on or before publication; "Senin lalu" the latest Monday strictly before;
 * "Jumat depan" the first Friday after; "Kamis ini" the Thursday of the publication's week.
 */
export function dayFromWeekday(published: Day, weekday: number, direction: 'nearest' | 'last' | 'next' | 'this'): Day {
  const today = weekdayOf(published);
  switch (direction) {
    case 'nearest':
      return addDays(published, -((today - weekday + 7) % 7));
    case 'last':
      return addDays(published, -((today - weekday + 7) % 7 || 7));
    case 'next':
      return addDays(published, (weekday - today + 7) % 7 || 7);
    case 'this':
      return addDays(mondayOf(published), (weekday + 6) % 7);
  }
}

/**
 * How far after publication a day and month without a year may lie: news mostly reports the
 * past, but announces dates a few weeks ahead ("pada 15 November" in an October article).
 */
const LOOKAHEAD_DAYS = 60;

/** The year of a day and month without one: the latest occurrence up to LOOKAHEAD_DAYS after publication. */
export function yearForDayMonth(published: Day, month: number, day: number, latest: Day | null = null): number | null {
  const bound = latest ?? addDays(published, LOOKAHEAD_DAYS);
  for (let year = bound.year; year >= bound.year - 8; year--) {
    if (isValidDay(year, month, day) && compareDays({ year, month, day }, bound) <= 0) return year;
  }
  return null;
}
