import { z } from 'zod';
import { denials, listParties } from '../src/answers/denials.js';
import type { CommandModule } from './command.js';
import { commandHeader, DISCORD_CHOICE_LENGTH, DISCORD_CHOICES, limitOption, textOption } from './option-definitions.js';
import { limitNumber, MAX_QUERY_LENGTH, optionalText } from './option-schemas.js';

const options = z.object({ party: optionalText, topic: optionalText, limit: limitNumber });

/** `/denials [party] [topic] [limit]`: who denied, dismissed or would not comment on an accusation. */
export const denialsCommand: CommandModule<'denials', z.infer<typeof options>> = {
  definition: {
    ...commandHeader(
      { en: 'denials', id: 'bantahan' },
      {
        en: 'Who denied, dismissed or would not comment on an accusation, with the accusation.',
        id: 'Siapa membantah, menepis, atau tak berkomentar atas tuduhan, beserta tuduhannya.',
      },
    ),
    options: [
      textOption(
        { en: 'party', id: 'pihak' },
        { en: 'Who denies, e.g. "Rusia", "Lavrov" or "North Korea".', id: 'Pihak yang membantah, mis. "Rusia", "Lavrov" atau "Korea Utara".' },
        { autocomplete: true },
      ),
      textOption(
        { en: 'topic', id: 'topik' },
        { en: 'Only denials about these words, e.g. "senjata" or "containers".', id: 'Hanya bantahan tentang kata ini, mis. "senjata" atau "kontainer".' },
      ),
      limitOption({ en: 'denials', id: 'bantahan' }, 10),
    ],
  },
  options,
  positional: 'topic',
  run: (opts, { index }) => denials(index, opts),
  autocomplete(option, value, { index }) {
    if (option !== 'party') return [];
    // what the user typed is untrusted: cut it and drop control characters before matching
    const prefix = value
      .slice(0, MAX_QUERY_LENGTH)
      .replace(/\p{Cc}/gu, '')
      .trim();
    return listParties(index, prefix, DISCORD_CHOICES)
      .map((party) => party.slice(0, DISCORD_CHOICE_LENGTH))
      .map((party) => ({ name: party, value: party }));
  },
};
