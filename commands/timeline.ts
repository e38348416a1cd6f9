import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { z } from 'zod';
import { isoDayText, limitNumber, MAX_QUERY_LENGTH, optionalText } from '../src/answers/option-schemas.js';
import { timeline } from '../src/answers/timeline.js';
import type { CommandModule } from './command.js';

const options = z.object({ topic: optionalText, from: isoDayText, to: isoDayText, limit: limitNumber });

const day = (name: string, id: string, en: string, idText: string) => ({
  type: ApplicationCommandOptionType.String as const,
  name,
  name_localizations: { id },
  description: en,
  description_localizations: { id: idText, 'en-US': en, 'en-GB': en },
  min_length: 10,
  max_length: 10,
});

/** `/timeline [topic] [from] [to] [limit]`: dated events in date order, each with every outlet that told it. */
export const timelineCommand: CommandModule<'timeline', z.infer<typeof options>> = {
  definition: {
    name: 'timeline',
    name_localizations: { id: 'linimasa' },
    description: 'Dated events in order: what happened when, and which outlets reported it.',
    description_localizations: {
      id: 'Peristiwa bertanggal secara berurutan: apa terjadi kapan, dan media mana yang memberitakannya.',
      'en-US': 'Dated events in order: what happened when, and which outlets reported it.',
      'en-GB': 'Dated events in order: what happened when, and which outlets reported it.',
    },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'topic',
        name_localizations: { id: 'topik' },
        description: 'Only events about these words, e.g. "kontainer" or "Lavrov".',
        description_localizations: {
          id: 'Hanya peristiwa tentang kata ini, mis. "kontainer" atau "Lavrov".',
          'en-US': 'Only events about these words, e.g. "kontainer" or "Lavrov".',
          'en-GB': 'Only events about these words, e.g. "kontainer" or "Lavrov".',
        },
        max_length: MAX_QUERY_LENGTH,
      },
      day('from', 'dari', 'First day, written YYYY-MM-DD (e.g. 2023-10-01).', 'Hari pertama, ditulis YYYY-MM-DD (mis. 2023-10-01).'),
      day('to', 'sampai', 'Last day, written YYYY-MM-DD (e.g. 2023-10-31).', 'Hari terakhir, ditulis YYYY-MM-DD (mis. 2023-10-31).'),
      {
        type: ApplicationCommandOptionType.Integer,
        name: 'limit',
        name_localizations: { id: 'batas' },
        description: 'How many events (default 10).',
        description_localizations: { id: 'Berapa peristiwa (bawaan 10).', 'en-US': 'How many events (default 10).', 'en-GB': 'How many events (default 10).' },
        min_value: 1,
        max_value: 50,
      },
    ],
  },
  options,
  positional: 'topic',
  run: (opts, { index }) => timeline(index, opts),
};
