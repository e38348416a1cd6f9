import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { z } from 'zod';
import { findArticles, readAnswer } from '../src/answers/read.js';
import type { CommandModule } from './command.js';
import { commandHeader, DISCORD_CHOICE_LENGTH, DISCORD_CHOICES, describe, textOption } from './option-definitions.js';
import { MAX_QUERY_LENGTH, queryText } from './option-schemas.js';

const paragraphNumber = z.preprocess(
  (value) => (value === undefined || value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value),
  z.coerce
    .number({ invalid_type_error: 'must be a number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(100_000, 'must be at most 100000')
    .optional(),
);

const options = z.object({ article: queryText, paragraph: paragraphNumber });

/**
 * `/read article [paragraph]`: an article's paragraphs, verbatim and in order, from a paragraph on;
 * on Discord a page at a time, with buttons to read on or back. The Context button of every result
 * opens the same reading at the cited paragraph.
 */
export const readCommand: CommandModule<'read', z.infer<typeof options>> = {
  definition: {
    ...commandHeader(
      { en: 'read', id: 'baca' },
      {
        en: 'Read a whole article of the corpus, paragraph by paragraph, from any paragraph.',
        id: 'Baca satu artikel korpus selengkapnya, paragraf demi paragraf, mulai paragraf mana pun.',
      },
    ),
    options: [
      textOption(
        { en: 'article', id: 'artikel' },
        {
          en: 'The article: its file name as citations give it, or words of its title or outlet.',
          id: 'Artikelnya: nama berkas seperti di kutipan, atau kata dari judul atau medianya.',
        },
        { required: true, autocomplete: true, min_length: 1 },
      ),
      {
        type: ApplicationCommandOptionType.Integer,
        name: 'paragraph',
        name_localizations: { id: 'paragraf' },
        ...describe({ en: 'Start at this paragraph (default 1).', id: 'Mulai dari paragraf ini (bawaan 1).' }),
        min_value: 1,
      },
    ],
  },
  options,
  positional: 'article',
  run: (opts, { index, locale }) => readAnswer(index, opts, locale),
  autocomplete(option, value, { index }) {
    if (option !== 'article') return [];
    return findArticles(index, value.slice(0, MAX_QUERY_LENGTH), DISCORD_CHOICES)
      .filter((a) => a.article.length <= DISCORD_CHOICE_LENGTH)
      .map((a) => {
        const label = [a.outlet, a.published, a.title].filter(Boolean).join(' · ');
        const name = label ? `${label} — ${a.article}` : a.article;
        return {
          name:
            name.length <= DISCORD_CHOICE_LENGTH
              ? name
              : `${name.slice(0, DISCORD_CHOICE_LENGTH - a.article.length - 4)}… — ${a.article}`.slice(0, DISCORD_CHOICE_LENGTH),
          value: a.article,
        };
      });
  },
};
