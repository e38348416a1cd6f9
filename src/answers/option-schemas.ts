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

/** "query: is longer than 200 characters; limit: must be at most 1000" — safe to show to a user. */
export function describeOptionErrors(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'options'}: ${issue.message}`).join('; ');
}
