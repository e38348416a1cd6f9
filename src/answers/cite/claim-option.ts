import { z } from 'zod';

/** Longest claim `/cite` takes (the Discord option's `max_length` too): a paragraph or two. */
export const MAX_CLAIM_LENGTH = 1000;

const CONTROL = /[\p{Cc}\p{Co}\p{Cs}]/u;
// Invisible format characters go, as in every query (src/answers/option-schemas.ts); line breaks and
// tabs of a pasted claim are spaces (a claim copied from a post often spans lines).
const FORMAT = /[\p{Cf}\u00AD]/gu;
const SPACE = /\s+/gu;

/** A claim as the user pasted it: white space made single spaces, trimmed, 1 to 1,000 characters, no control characters. */
export const claimText = z
  .string({ required_error: 'is required', invalid_type_error: 'must be text' })
  .transform((s) => s.replace(FORMAT, '').replace(SPACE, ' ').trim())
  .pipe(
    z
      .string()
      .min(1, 'is empty')
      .max(MAX_CLAIM_LENGTH, `is longer than ${MAX_CLAIM_LENGTH} characters`)
      .refine((s) => !CONTROL.test(s), 'contains control characters'),
  );
