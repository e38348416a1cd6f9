import { z } from 'zod';
import { timeline } from '../src/answers/timeline.js';
import type { CommandModule } from './command.js';
import { commandHeader, dateRangeOptions, limitOption, textOption } from './option-definitions.js';
import { datePeriodText, limitNumber, optionalText } from './option-schemas.js';

const options = z.object({ topic: optionalText, from: datePeriodText, to: datePeriodText, limit: limitNumber });

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
      ...dateRangeOptions(),
      limitOption({ en: 'events', id: 'peristiwa' }, 10),
    ],
  },
  options,
  positional: 'topic',
  run: (opts, { index, locale }) => timeline(index, opts, locale),
};
