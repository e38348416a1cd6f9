import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { z } from 'zod';
import { denials, listParties } from '../src/answers/denials.js';
import { limitNumber, MAX_QUERY_LENGTH, optionalText } from '../src/answers/option-schemas.js';
import type { CommandModule } from './command.js';

const options = z.object({ party: optionalText, topic: optionalText, limit: limitNumber });

/** `/denials [party] [topic] [limit]`: who denied, dismissed or would not comment on an accusation. */
export const denialsCommand: CommandModule<'denials', z.infer<typeof options>> = {
  definition: {
    name: 'denials',
    name_localizations: { id: 'bantahan' },
    description: 'Who denied, dismissed or would not comment on an accusation, with the accusation.',
    description_localizations: {
      id: 'Siapa membantah, menepis, atau tak berkomentar atas tuduhan, beserta tuduhannya.',
      'en-US': 'Who denied, dismissed or would not comment on an accusation, with the accusation.',
      'en-GB': 'Who denied, dismissed or would not comment on an accusation, with the accusation.',
    },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'party',
        name_localizations: { id: 'pihak' },
        description: 'Who denies, e.g. "Rusia", "Lavrov" or "North Korea".',
        description_localizations: {
          id: 'Pihak yang membantah, mis. "Rusia", "Lavrov" atau "Korea Utara".',
          'en-US': 'Who denies, e.g. "Rusia", "Lavrov" or "North Korea".',
          'en-GB': 'Who denies, e.g. "Rusia", "Lavrov" or "North Korea".',
        },
        max_length: MAX_QUERY_LENGTH,
        autocomplete: true,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: 'topic',
        name_localizations: { id: 'topik' },
        description: 'Only denials about these words, e.g. "senjata" or "containers".',
        description_localizations: {
          id: 'Hanya bantahan tentang kata ini, mis. "senjata" atau "kontainer".',
          'en-US': 'Only denials about these words, e.g. "senjata" or "containers".',
          'en-GB': 'Only denials about these words, e.g. "senjata" or "containers".',
        },
        max_length: MAX_QUERY_LENGTH,
      },
      {
        type: ApplicationCommandOptionType.Integer,
        name: 'limit',
        name_localizations: { id: 'batas' },
        description: 'How many denials (default 10).',
        description_localizations: { id: 'Berapa bantahan (bawaan 10).', 'en-US': 'How many denials (default 10).', 'en-GB': 'How many denials (default 10).' },
        min_value: 1,
        max_value: 50,
      },
    ],
  },
  options,
  positional: 'topic',
  run: (opts, { index }) => denials(index, opts),
  autocomplete(option, value, { index }) {
    if (option !== 'party') return [];
    // what the user typed is untrusted: cut it and drop control characters before matching
    const prefix = value.slice(0, MAX_QUERY_LENGTH).replace(/\p{Cc}/gu, '').trim();
    return listParties(index, prefix).map((party) => ({ name: party, value: party }));
  },
};
