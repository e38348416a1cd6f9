import type { DatePrecision, ResolvedDate } from '../language/dates/types.js';

/** Day precision first: the more precise of two dates is told first and placed by. */
export const PRECISION_RANK: Readonly<Record<DatePrecision, number>> = { day: 0, week: 1, month: 2, year: 3 };

const MS_PER_DAY = 86_400_000;

/** First and last day (YYYY-MM-DD) a date may mean at its precision. */
function daysOf(date: string, precision: DatePrecision): [string, string] {
  if (precision === 'day') return [date, date];
  if (precision === 'week') {
    const end = new Date(Date.parse(`${date}T00:00:00Z`) + 6 * MS_PER_DAY).toISOString().slice(0, 10);
    return [date, end];
  }
  if (precision === 'month') {
    const [y, m] = date.split('-').map(Number) as [number, number];
    return [`${date}-01`, `${date}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`];
  }
  return [`${date}-01-01`, `${date}-12-31`];
}

/** The precision of a range's end, read from how it is written (a week's end is a day). */
const precisionOf = (date: string, fallback: DatePrecision): DatePrecision =>
  date.length === 4 ? 'year' : date.length === 7 ? 'month' : fallback === 'week' ? 'week' : 'day';

/**
 * The first and last day (YYYY-MM-DD) a resolved date may mean: "2023-10" spans the month, a week
 * its seven days, a range runs to the last day its end may mean.
 */
export function eventSpan(e: Pick<ResolvedDate, 'date' | 'endDate' | 'precision'>): [string, string] {
  const [start] = daysOf(e.date, e.precision);
  const last = e.endDate ?? e.date;
  return [start, daysOf(last, precisionOf(last, e.precision))[1]];
}
