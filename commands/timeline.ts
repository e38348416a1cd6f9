import { z } from 'zod';
import { isoDayText, limitNumber, optionalText } from '../src/answers/option-schemas.js';
import { timeline } from '../src/answers/timeline.js';
import type { CommandModule } from './command.js';
import { commandHeader, limitOption, textOption, type Words } from './option-definitions.js';

const options = z.object({ topic: optionalText, from: isoDayText, to: isoDayText, limit: limitNumber });

const dayOption = (name: Words, description: Words) => textOption(name, description, { min_length: 10, max_length: 10 });

/** `/timeline [topic] [from] [to] [limit]`: dated events in date order, each with every outlet that told it. */
export const timelineCommand: CommandModule<'timeline', z.infer<typeof options>> = {
  definition: {
    ...commandHeader(
      { en: 'timeline', id: 'linimasa' },
      {
        en: 'Dated events in order: what happened when, and which outlets reported it.',
        id: 'Peristiwa bertanggal secara berurutan: apa terjadi kapan, dan media mana yang memberitakannya.',
      },
    ),
    options: [
      textOption(
        { en: 'topic', id: 'topik' },
        { en: 'Only events about these words, e.g. "kontainer" or "Lavrov".', id: 'Hanya peristiwa tentang kata ini, mis. "kontainer" atau "Lavrov".' },
      ),
      dayOption({ en: 'from', id: 'dari' }, { en: 'First day, written YYYY-MM-DD (e.g. 2023-10-01).', id: 'Hari pertama, ditulis YYYY-MM-DD (mis. 2023-10-01).' }),
      dayOption({ en: 'to', id: 'sampai' }, { en: 'Last day, written YYYY-MM-DD (e.g. 2023-10-31).', id: 'Hari terakhir, ditulis YYYY-MM-DD (mis. 2023-10-31).' }),
      limitOption({ en: 'events', id: 'peristiwa' }, 10),
    ],
  },
  options,
  positional: 'topic',
  run: (opts, { index }) => timeline(index, opts),
};
