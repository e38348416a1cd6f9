import { z } from 'zod';
import { listOutlets } from '../src/answers/article-filter.js';
import { searchAnswer } from '../src/answers/search.js';
import type { CommandModule } from './command.js';
import { commandHeader, dateRangeOptions, limitOption, outletOption, textOption } from './option-definitions.js';
import { datePeriodText, limitNumber, MAX_QUERY_LENGTH, optionalText, queryText } from './option-schemas.js';

const options = z.object({ query: queryText, outlet: optionalText, from: datePeriodText, to: datePeriodText, limit: limitNumber });

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
        {
          en: 'Words to look for, e.g. "1.000 kontainer" or "North Korea denies".',
          id: 'Kata yang dicari, mis. "1.000 kontainer" atau "Korea Utara membantah".',
        },
        { required: true, min_length: 1 },
      ),
      limitOption({ en: 'results', id: 'hasil' }, 10),
      outletOption(),
      ...dateRangeOptions({ en: 'published', id: 'terbit' }),
    ],
  },
  options,
  positional: 'query',
  run: (opts, { index, locale }) => searchAnswer(index, opts, locale),
  autocomplete: (option, value, { index }) =>
    option === 'outlet'
      ? listOutlets(
          index,
          value
            .slice(0, MAX_QUERY_LENGTH)
            .replace(/\p{Cc}/gu, '')
            .trim(),
        ).map((name) => ({ name, value: name.slice(0, 100) }))
      : [],
};
