import { UserFacingError } from './errors.js';
import { periodOf } from './option-schemas.js';

/**
 * The days a `from` / `to` pair stands for: `from` is the first day of the day, month or year it
 * names, `to` the last ("from 2023-10 to 2023-10" is all of October). Either may be absent (null).
 * A bound that is not a date, or a start after the end, is a `UserFacingError` saying so once.
 */
export function dayRange(from: string | undefined, to: string | undefined): { from: string | null; to: string | null } {
  const start = bound(from, 'from');
  const end = bound(to, 'to');
  const first = start?.first ?? null;
  const last = end?.last ?? null;
  if (first !== null && last !== null && first > last) {
    throw new UserFacingError(`The start ${from!.trim()} is after the end ${to!.trim()}.`);
  }
  return { from: first, to: last };
}

function bound(text: string | undefined, name: string): { first: string; last: string } | null {
  if (text === undefined || text.trim() === '') return null;
  const period = periodOf(text);
  if (!period) throw new UserFacingError(`${name}: must be a date written YYYY-MM-DD, YYYY-MM or YYYY (got "${text.trim().slice(0, 20)}")`);
  return period;
}
