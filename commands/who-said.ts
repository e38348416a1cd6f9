import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { z } from 'zod';
import { limitNumber, MAX_QUERY_LENGTH, optionalText } from '../src/answers/option-schemas.js';
import { listSpeakers, whoSaid } from '../src/answers/who-said.js';
import type { CommandModule } from './command.js';

/** Longest speaker name Discord lets a user type (and that autocomplete offers). */
const MAX_SPEAKER_LENGTH = 100;

const options = z.object({ topic: optionalText, speaker: optionalText, limit: limitNumber });

/** `/who-said [topic] [speaker] [limit]`: quotes and reported statements with their speakers, cited. */
export const whoSaidCommand: CommandModule<'who-said', z.infer<typeof options>> = {
  definition: {
    name: 'who-said',
    name_localizations: { id: 'siapa-bilang' },
    description: 'Who said what: quotes and statements with their speaker and source, by topic or speaker.',
    description_localizations: {
      id: 'Siapa bilang apa: kutipan dan pernyataan beserta pembicara dan sumbernya, per topik atau pembicara.',
      'en-US': 'Who said what: quotes and statements with their speaker and source, by topic or speaker.',
      'en-GB': 'Who said what: quotes and statements with their speaker and source, by topic or speaker.',
    },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'topic',
        name_localizations: { id: 'topik' },
        description: 'Only quotes about these words, e.g. "kontainer" or "artillery shells".',
        description_localizations: {
          id: 'Hanya kutipan tentang kata ini, mis. "kontainer" atau "peluru artileri".',
          'en-US': 'Only quotes about these words, e.g. "kontainer" or "artillery shells".',
          'en-GB': 'Only quotes about these words, e.g. "kontainer" or "artillery shells".',
        },
        max_length: MAX_QUERY_LENGTH,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: 'speaker',
        name_localizations: { id: 'pembicara' },
        description: 'Only quotes by this speaker (any name they go by), e.g. "Kirby" or "Gedung Putih".',
        description_localizations: {
          id: 'Hanya kutipan dari pembicara ini (nama apa pun), mis. "Kirby" atau "Gedung Putih".',
          'en-US': 'Only quotes by this speaker (any name they go by), e.g. "Kirby" or "White House".',
          'en-GB': 'Only quotes by this speaker (any name they go by), e.g. "Kirby" or "White House".',
        },
        max_length: MAX_SPEAKER_LENGTH,
        autocomplete: true,
      },
      {
        type: ApplicationCommandOptionType.Integer,
        name: 'limit',
        name_localizations: { id: 'batas' },
        description: 'How many quotes (default 10).',
        description_localizations: { id: 'Berapa kutipan (bawaan 10).', 'en-US': 'How many quotes (default 10).', 'en-GB': 'How many quotes (default 10).' },
        min_value: 1,
        max_value: 50,
      },
    ],
  },
  options,
  positional: 'topic',
  run: (opts, { index }) => whoSaid(index, opts),
  autocomplete: (option, value, { index }) => {
    if (option !== 'speaker') return [];
    return listSpeakers(index, value.slice(0, MAX_SPEAKER_LENGTH), 25).map((s) => ({ name: s.name, value: s.name }));
  },
};
