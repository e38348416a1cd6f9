import { z } from 'zod';
import { listOutlets } from '../src/answers/article-filter.js';
import { sourcesAnswer } from '../src/answers/sources.js';
import type { CommandModule } from './command.js';
import { commandHeader, limitOption, outletOption, textOption } from './option-definitions.js';
import { limitNumber, MAX_QUERY_LENGTH, optionalText } from './option-schemas.js';

/** A year, YYYY (blank is no year). */
const yearText = z.preprocess(
  (value) => (typeof value === 'string' && value.trim() === '' ? undefined : typeof value === 'string' ? value.trim() : value),
  z
    .string({ invalid_type_error: 'must be text' })
    .regex(/^\d{4}$/u, 'must be a year written YYYY')
    .optional(),
);

const options = z.object({ filter: optionalText, outlet: optionalText, year: yearText, limit: limitNumber.default(25) });

/** `/sources [filter]`: the articles of the corpus with outlet, date, title and link. */
export const sourcesCommand: CommandModule<'sources', z.infer<typeof options>> = {
  definition: {
    ...commandHeader(
      { en: 'sources', id: 'sumber' },
      { en: 'List the articles in the corpus: outlet, date, title and link.', id: 'Daftar artikel dalam korpus: media, tanggal, judul, dan tautan.' },
    ),
    options: [
      textOption(
        { en: 'filter', id: 'saring' },
        {
          en: 'Only articles whose outlet, title or file name contains these words.',
          id: 'Hanya artikel yang media, judul, atau nama berkasnya memuat kata ini.',
        },
      ),
      limitOption({ en: 'articles', id: 'artikel' }, 25),
      outletOption(),
      textOption(
        { en: 'year', id: 'tahun' },
        { en: 'Only articles published in this year, e.g. 2023.', id: 'Hanya artikel yang terbit pada tahun ini, mis. 2023.' },
        { min_length: 4, max_length: 4 },
      ),
    ],
  },
  options,
  positional: 'filter',
  run: (opts, { index }) => sourcesAnswer(index, opts),
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
