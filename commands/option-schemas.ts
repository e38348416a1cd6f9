import { z } from 'zod';
import { periodOf } from '../src/answers/date-range.js';
import type { Locale } from '../src/answers/types.js';

/** Longest query or topic accepted, here and in the Discord definitions (`max_length`). */
export const MAX_QUERY_LENGTH = 200;
/** Most results one answer may carry (the CLI's --limit); Discord pages through them. */
export const MAX_LIMIT = 1000;
export const DEFAULT_LIMIT = 10;

const CONTROL = /[\p{Cc}\p{Co}\p{Cs}]/u;
// Invisible format characters (zero-width space and joiners, soft hyphen, bidi marks): removed as
// the corpus text's are (src/corpus/normalize.ts), so "kon\u200Btainer" is the word "kontainer".
const FORMAT = /[\p{Cf}\u00AD]/gu;

/** A user's free text: invisible format characters removed, trimmed, 1-200 characters, no control characters. */
export const queryText = z
  .string({ required_error: 'is required', invalid_type_error: 'must be text' })
  .transform((s) => s.replace(FORMAT, '').trim())
  .pipe(
    z
      .string()
      .min(1, 'is empty')
      .max(MAX_QUERY_LENGTH, `is longer than ${MAX_QUERY_LENGTH} characters`)
      .refine((s) => !CONTROL.test(s), 'contains control characters'),
  );

/** Optional free text: absent or blank means "not given". */
export const optionalText = z.preprocess(
  (value) => (typeof value === 'string' && value.replace(FORMAT, '').trim() === '' ? undefined : value),
  queryText.optional(),
);

/** How many results to return. */
export const limitNumber = z.coerce
  .number({ invalid_type_error: 'must be a number' })
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(MAX_LIMIT, `must be at most ${MAX_LIMIT}`)
  .default(DEFAULT_LIMIT);

/**
 * A date bound of a range: a day (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY), a real one.
 * The text is kept as typed (trimmed); `periodStart` and `periodEnd` turn it into days, so that
 * `from: 2023-10` starts on 1 October and `to: 2023-10` ends on 31 October.
 */
export const datePeriodText = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : typeof value === 'string' ? value.trim() : value),
  z
    .string({ invalid_type_error: 'must be text' })
    .refine((s) => periodOf(s) !== null, 'must be a date written YYYY-MM-DD, YYYY-MM or YYYY')
    .optional(),
);

// Our own messages, as the Indonesian client shows them.
const INDONESIAN: Readonly<Record<string, string>> = {
  'is required': 'wajib diisi',
  'is empty': 'kosong',
  [`is longer than ${MAX_QUERY_LENGTH} characters`]: `lebih dari ${MAX_QUERY_LENGTH} karakter`,
  'is longer than 1000 characters': 'lebih dari 1000 karakter',
  'contains control characters': 'berisi karakter kontrol',
  'must be text': 'harus berupa teks',
  'must be a number': 'harus berupa angka',
  'must be a whole number': 'harus bilangan bulat',
  'must be at least 1': 'minimal 1',
  'must be at most 50': 'maksimal 50',
  [`must be at most ${MAX_LIMIT}`]: `maksimal ${MAX_LIMIT}`,
  'must be a date written YYYY-MM-DD, YYYY-MM or YYYY': 'harus tanggal berformat YYYY-MM-DD, YYYY-MM, atau YYYY',
  'is not a real date': 'bukan tanggal yang valid',
  'must be a year written YYYY': 'harus tahun berformat YYYY',
};

/**
 * "query: is longer than 200 characters; limit: must be at most 1000" — safe to show to a user.
 * In Indonesian ("kueri: lebih dari 200 karakter") when `locale` is 'id', with the option names the
 * user's client shows (`displayNames`: option name → its localised name).
 */
export function describeOptionErrors(error: z.ZodError, locale: Locale = 'en', displayNames: Readonly<Record<string, string>> = {}): string {
  // One message per option: "2023-1" breaks both the pattern and the calendar check, and saying so twice helps no one.
  const seen = new Set<string>();
  return error.issues
    .filter((issue) => {
      const key = issue.path.join('.');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((issue) => {
      const option = issue.path.join('.') || 'options';
      const name = locale === 'id' ? (displayNames[option] ?? option) : option;
      const message = locale === 'id' ? (INDONESIAN[issue.message] ?? issue.message) : issue.message;
      return `${name}: ${message}`;
    })
    .join('; ');
}
