import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { z } from 'zod';
import { limitNumber, MAX_QUERY_LENGTH, queryText } from '../src/answers/option-schemas.js';
import { searchAnswer } from '../src/answers/search.js';
import type { CommandModule } from './command.js';

const options = z.object({ query: queryText, limit: limitNumber });

/** `/search query [limit]`: paragraphs matching Indonesian or English words, best first. */
export const searchCommand: CommandModule<'search', z.infer<typeof options>> = {
  definition: {
    name: 'search',
    name_localizations: { id: 'cari' },
    description: 'Search the news corpus (Indonesian or English words) and get cited paragraphs.',
    description_localizations: {
      id: 'Cari di korpus berita (kata Indonesia atau Inggris) dan dapatkan paragraf berkutipan.',
      'en-US': 'Search the news corpus (Indonesian or English words) and get cited paragraphs.',
      'en-GB': 'Search the news corpus (Indonesian or English words) and get cited paragraphs.',
    },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'query',
        name_localizations: { id: 'kueri' },
        description: 'Words to look for, e.g. "1.000 kontainer" or "North Korea denies".',
        description_localizations: {
          id: 'Kata yang dicari, mis. "1.000 kontainer" atau "Korea Utara membantah".',
          'en-US': 'Words to look for, e.g. "1.000 kontainer" or "North Korea denies".',
          'en-GB': 'Words to look for, e.g. "1.000 kontainer" or "North Korea denies".',
        },
        required: true,
        min_length: 1,
        max_length: MAX_QUERY_LENGTH,
      },
      {
        type: ApplicationCommandOptionType.Integer,
        name: 'limit',
        name_localizations: { id: 'batas' },
        description: 'How many results (default 10).',
        description_localizations: {
          id: 'Berapa hasil (bawaan 10).',
          'en-US': 'How many results (default 10).',
          'en-GB': 'How many results (default 10).',
        },
        min_value: 1,
        max_value: 50,
      },
    ],
  },
  options,
  positional: 'query',
  run: (opts, { index }) => searchAnswer(index, opts),
};
