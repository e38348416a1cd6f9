import { UserFacingError } from './errors.js';
import type { Locale } from './types.js';

/**
 * The days a `from` / `to` pair stands for: `from` is the first day of the day, month or year it
 * names, `to` the last ("from 2023-10 to 2023-10" is all of October). Either may be absent (null).
 * A bound that is not a date, or a start after the end, is a `UserFacingError` saying so once.
 */
export function dayRange(from: string | undefined, to: string | undefined, locale: Locale = 'en'): { from: string | null; to: string | null } {
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

function bound(text: string | undefined, name: 'from' | 'to', locale: Locale): { first: string; last: string } | null {
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

/** The first and last day (YYYY-MM-DD) of a day, month or year written as `datePeriodText` accepts, or null. */
export function periodOf(text: string): { first: string; last: string } | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1) return null;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  if (m[2] === undefined) return { first: `${m[1]}-01-01`, last: `${m[1]}-12-31` };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (m[3] === undefined) return { first: `${m[1]}-${m[2]}-01`, last: `${m[1]}-${m[2]}-${pad(days)}` };
  const day = Number(m[3]);
  if (day < 1 || day > days) return null;
  return { first: `${m[1]}-${m[2]}-${m[3]}`, last: `${m[1]}-${m[2]}-${m[3]}` };
}
