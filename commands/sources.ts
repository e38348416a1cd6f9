import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { z } from 'zod';
import { limitNumber, optionalText } from '../src/answers/option-schemas.js';
import { sourcesAnswer } from '../src/answers/sources.js';
import type { CommandModule } from './command.js';

const options = z.object({ filter: optionalText, limit: limitNumber.default(25) });

/** `/sources [filter]`: the articles of the corpus with outlet, date, title and link. */
export const sourcesCommand: CommandModule<'sources', z.infer<typeof options>> = {
  definition: {
    name: 'sources',
    name_localizations: { id: 'sumber' },
    description: 'List the articles in the corpus: outlet, date, title and link.',
    description_localizations: {
      id: 'Daftar artikel dalam korpus: media, tanggal, judul, dan tautan.',
      'en-US': 'List the articles in the corpus: outlet, date, title and link.',
      'en-GB': 'List the articles in the corpus: outlet, date, title and link.',
    },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'filter',
        name_localizations: { id: 'saring' },
        description: 'Only articles whose outlet, title or file name contains these words.',
        description_localizations: {
          id: 'Hanya artikel yang media, judul, atau nama berkasnya memuat kata ini.',
          'en-US': 'Only articles whose outlet, title or file name contains these words.',
          'en-GB': 'Only articles whose outlet, title or file name contains these words.',
        },
        max_length: 200,
      },
      {
        type: ApplicationCommandOptionType.Integer,
        name: 'limit',
        name_localizations: { id: 'batas' },
        description: 'How many articles (default 25).',
        description_localizations: { id: 'Berapa artikel (bawaan 25).', 'en-US': 'How many articles (default 25).', 'en-GB': 'How many articles (default 25).' },
        min_value: 1,
        max_value: 50,
      },
    ],
  },
  options,
  positional: 'filter',
  run: (opts, { index }) => sourcesAnswer(index, opts),
};
