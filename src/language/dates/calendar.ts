/**
 * Day arithmetic on proleptic Gregorian dates, in UTC so that no local time zone or daylight
 * saving shift can move a date. Dates are plain {year, month, day} triples (month 1-12).
 */

/** A calendar day. */
export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;

/** Number of days in a month (month 1-12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when the triple names a real day ("31/02" does not). */
export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Parses YYYY-MM-DD; null for anything else, including impossible days. */
export function parseIsoDay(text: string | null): Day | null {
  if (text === null) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDay(year, month, day) ? { year, month, day } : null;
}

function toEpochDay(d: Day): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY);
}

function fromEpochDay(n: number): Day {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The day `n` days after `d` (negative: before). */
export function addDays(d: Day, n: number): Day {
  return fromEpochDay(toEpochDay(d) + n);
}

/** Signed number of days from `a` to `b`. */
export function daysBetween(a: Day, b: Day): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** Weekday, 0 = Sunday … 6 = Saturday (the JavaScript convention used in the lexicon). */
export function weekdayOf(d: Day): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

/** Monday of the week holding `d`: Indonesian and ISO weeks start on Monday. */
export function mondayOf(d: Day): Day {
  return addDays(d, -((weekdayOf(d) + 6) % 7));
}

/** The month `n` months after year/month, as [year, month]. */
export function addMonths(year: number, month: number, n: number): [number, number] {
  const index = year * 12 + (month - 1) + n;
  return [Math.floor(index / 12), (index % 12) + 1];
}

/** Compares two days: negative when a is earlier. */
export function compareDays(a: Day, b: Day): number {
  return toEpochDay(a) - toEpochDay(b);
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** YYYY-MM-DD. */
export function formatDay(d: Day): string {
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

/** YYYY-MM. */
export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}
