import { UserFacingError } from './errors.js';
import { periodOf } from './option-schemas.js';

/**
 * The days a `from` / `to` pair stands for: `from` is the first day of the day, month or year it
 * names, `to` the last ("from 2023-10 to 2023-10" is all of October). Either may be absent (null).
 * A bound that is not a date, or a start after the end, is a `UserFacingError` saying so once.
 */
export function dayRange(from: string | undefined, to: string | undefined, locale: 'en' | 'id' = 'en'): { from: string | null; to: string | null } {
  const start = bound(from, 'from', locale);
  const end = bound(to, 'to', locale);
  const first = start?.first ?? null;
  const last = end?.last ?? null;
  if (first !== null && last !== null && first > last) {
    throw new UserFacingError(
      locale === 'id' ? `Awal ${from!.trim()} jatuh sesudah akhir ${to!.trim()}.` : `The start ${from!.trim()} is after the end ${to!.trim()}.`,
    );
  }
  return { from: first, to: last };
}

function bound(text: string | undefined, name: 'from' | 'to', locale: 'en' | 'id'): { first: string; last: string } | null {
  if (text === undefined || text.trim() === '') return null;
  const period = periodOf(text);
  const got = text.trim().slice(0, 20);
  if (!period) {
    throw new UserFacingError(
      locale === 'id'
        ? `${name === 'from' ? 'dari' : 'sampai'}: harus tanggal berformat YYYY-MM-DD, YYYY-MM, atau YYYY (tertulis "${got}")`
        : `${name}: must be a date written YYYY-MM-DD, YYYY-MM or YYYY (got "${got}")`,
    );
  }
  return period;
}
