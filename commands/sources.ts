import { z } from 'zod';
import { limitNumber, optionalText } from '../src/answers/option-schemas.js';
import { sourcesAnswer } from '../src/answers/sources.js';
import type { CommandModule } from './command.js';
import { commandHeader, limitOption, textOption } from './option-definitions.js';

const options = z.object({ filter: optionalText, limit: limitNumber.default(25) });

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
        { en: 'Only articles whose outlet, title or file name contains these words.', id: 'Hanya artikel yang media, judul, atau nama berkasnya memuat kata ini.' },
      ),
      limitOption({ en: 'articles', id: 'artikel' }, 25),
    ],
  },
  options,
  positional: 'filter',
  run: (opts, { index }) => sourcesAnswer(index, opts),
};
