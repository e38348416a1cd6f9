import { z } from 'zod';
import { limitNumber, queryText } from '../src/answers/option-schemas.js';
import { searchAnswer } from '../src/answers/search.js';
import type { CommandModule } from './command.js';
import { commandHeader, limitOption, textOption } from './option-definitions.js';

const options = z.object({ query: queryText, limit: limitNumber });

/** `/search query [limit]`: paragraphs matching Indonesian or English words, best first. */
export const searchCommand: CommandModule<'search', z.infer<typeof options>> = {
  definition: {
    ...commandHeader(
      { en: 'search', id: 'cari' },
      {
        en: 'Search the news corpus (Indonesian or English words) and get cited paragraphs.',
        id: 'Cari di korpus berita (kata Indonesia atau Inggris) dan dapatkan paragraf berkutipan.',
      },
    ),
    options: [
      textOption(
        { en: 'query', id: 'kueri' },
        { en: 'Words to look for, e.g. "1.000 kontainer" or "North Korea denies".', id: 'Kata yang dicari, mis. "1.000 kontainer" atau "Korea Utara membantah".' },
        { required: true, min_length: 1 },
      ),
      limitOption({ en: 'results', id: 'hasil' }, 10),
    ],
  },
  options,
  positional: 'query',
  run: (opts, { index }) => searchAnswer(index, opts),
};
