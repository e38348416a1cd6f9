import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { z } from 'zod';
import { citeAnswer, DEFAULT_CITE_LIMIT } from '../src/answers/cite/cite.js';
import { claimText, MAX_CLAIM_LENGTH } from '../src/answers/cite/claim-option.js';
import type { CommandModule } from './command.js';
import { commandHeader, describe, textOption } from './option-definitions.js';

/** Most sources one answer gives (the CLI's --limit); the best are first. */
const MAX_CITE_LIMIT = 50;

const options = z.object({
  claim: claimText,
  limit: z.coerce
    .number({ invalid_type_error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(MAX_CITE_LIMIT, `must be at most ${MAX_CITE_LIMIT}`)
    .default(DEFAULT_CITE_LIMIT),
});

/**
 * `/cite claim [limit]`: where a pasted quote or claim comes from. The source passages, verbatim,
 * with a verdict each (verbatim, altered, translated, related) and what the claim changed, best
 * first; none when nothing in the corpus supports it. The "Find source" message command runs the
 * same on a message's text (`src/answers/cite/message-claim.ts`).
 */
export const citeCommand: CommandModule<'cite', z.infer<typeof options>> = {
  definition: {
    ...commandHeader(
      { en: 'cite', id: 'lacak-sumber' },
      {
        en: 'Where does a quote or claim come from? Its verbatim source, and what was changed.',
        id: 'Dari mana kutipan atau klaim ini? Sumber aslinya kata demi kata, dan apa yang diubah.',
      },
    ),
    options: [
      textOption(
        { en: 'claim', id: 'klaim' },
        {
          en: 'The quote or claim as it circulates, e.g. "Minister: We never sent …" (up to 1,000 characters).',
          id: 'Kutipan atau klaim seperti yang beredar, mis. "Menteri: Kami tidak pernah …" (maks. 1.000 karakter).',
        },
        { required: true, min_length: 1, max_length: MAX_CLAIM_LENGTH },
      ),
      {
        type: ApplicationCommandOptionType.Integer,
        name: 'limit',
        name_localizations: { id: 'batas' },
        ...describe({ en: `How many sources (default ${DEFAULT_CITE_LIMIT}).`, id: `Berapa sumber (bawaan ${DEFAULT_CITE_LIMIT}).` }),
        min_value: 1,
        max_value: MAX_CITE_LIMIT,
      },
    ],
  },
  options,
  positional: 'claim',
  run: (opts, { index }) => citeAnswer(index, opts),
};
