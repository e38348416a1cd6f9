import { z } from 'zod';

/** Longest query or topic accepted, here and in the Discord definitions (`max_length`). */
export const MAX_QUERY_LENGTH = 200;
/** Most results one answer may carry (the CLI's --limit); Discord pages through them. */
export const MAX_LIMIT = 1000;
export const DEFAULT_LIMIT = 10;

const CONTROL = /[\p{Cc}\p{Co}\p{Cs}]/u;

/** A user's free text: trimmed, 1-200 characters, no control characters. */
export const queryText = z
  .string({ required_error: 'is required', invalid_type_error: 'must be text' })
  .transform((s) => s.trim())
  .pipe(
    z
      .string()
      .min(1, 'is empty')
      .max(MAX_QUERY_LENGTH, `is longer than ${MAX_QUERY_LENGTH} characters`)
      .refine((s) => !CONTROL.test(s), 'contains control characters'),
  );

/** Optional free text: absent or blank means "not given". */
export const optionalText = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
  queryText.optional(),
);

/** How many results to return. */
export const limitNumber = z.coerce
  .number({ invalid_type_error: 'must be a number' })
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(MAX_LIMIT, `must be at most ${MAX_LIMIT}`)
  .default(DEFAULT_LIMIT);

/** A calendar day, YYYY-MM-DD. */
export const isoDayText = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : typeof value === 'string' ? value.trim() : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/u, 'must be a date written YYYY-MM-DD')
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), 'is not a real date')
    .optional(),
);

// Our own messages, as the Indonesian client shows them.
const INDONESIAN: Readonly<Record<string, string>> = {
  'is required': 'wajib diisi',
  'is empty': 'kosong',
  [`is longer than ${MAX_QUERY_LENGTH} characters`]: `lebih dari ${MAX_QUERY_LENGTH} karakter`,
  'contains control characters': 'berisi karakter kontrol',
  'must be text': 'harus berupa teks',
  'must be a number': 'harus berupa angka',
  'must be a whole number': 'harus bilangan bulat',
  'must be at least 1': 'minimal 1',
  [`must be at most ${MAX_LIMIT}`]: `maksimal ${MAX_LIMIT}`,
  'must be a date written YYYY-MM-DD': 'harus tanggal berformat YYYY-MM-DD',
  'is not a real date': 'bukan tanggal yang valid',
};

/**
 * "query: is longer than 200 characters; limit: must be at most 1000" — safe to show to a user.
 * In Indonesian ("kueri: lebih dari 200 karakter") when `locale` is 'id', with the option names the
 * user's client shows (`displayNames`: option name → its localised name).
 */
export function describeOptionErrors(error: z.ZodError, locale: 'en' | 'id' = 'en', displayNames: Readonly<Record<string, string>> = {}): string {
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
