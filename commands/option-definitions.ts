import { type APIApplicationCommandIntegerOption, type APIApplicationCommandStringOption, ApplicationCommandOptionType } from 'discord-api-types/v10';
import { MAX_QUERY_LENGTH } from './option-schemas.js';

/** Discord's longest autocomplete choice, name and value alike: the one place the commands learn it. */
export const DISCORD_CHOICE_LENGTH = 100;
/** Discord's most autocomplete choices in one answer. */
export const DISCORD_CHOICES = 25;

/** English and Indonesian words for one name or description. */
export interface Words {
  readonly en: string;
  readonly id: string;
}

/**
 * A description in English (what every client shows by default) with its Indonesian localisation.
 * No en-US / en-GB entries: a localisation equal to the default changes nothing.
 */
export function describe(words: Words) {
  return { description: words.en, description_localizations: { id: words.id } };
}

/** A command's name (kept as its literal type, which the handler table is keyed by) and description, localised. */
export function commandHeader<N extends string>(name: { readonly en: N; readonly id: string }, description: Words) {
  return { name: name.en, name_localizations: { id: name.id }, ...describe(description) };
}

/** A free-text option (at most 200 characters unless said otherwise). */
export function textOption(
  name: Words,
  description: Words,
  extra: { readonly required?: boolean; readonly autocomplete?: boolean; readonly min_length?: number; readonly max_length?: number } = {},
): APIApplicationCommandStringOption {
  const { autocomplete, ...rest } = extra;
  const base = {
    type: ApplicationCommandOptionType.String as const,
    name: name.en,
    name_localizations: { id: name.id },
    ...describe(description),
    max_length: MAX_QUERY_LENGTH,
    ...rest,
  };
  return autocomplete ? { ...base, autocomplete: true } : base;
}

/** The `limit` option: how many results, 1 to 50 on Discord (pages of results beyond that are read with the buttons). */
export function limitOption(what: Words, byDefault: number): APIApplicationCommandIntegerOption {
  return {
    type: ApplicationCommandOptionType.Integer,
    name: 'limit',
    name_localizations: { id: 'batas' },
    ...describe({ en: `How many ${what.en} (default ${byDefault}).`, id: `Berapa ${what.id} (bawaan ${byDefault}).` }),
    min_value: 1,
    max_value: 50,
  };
}

/** The `from` and `to` options of a date range: a day, a month or a year (YYYY-MM-DD, YYYY-MM, YYYY); `of` says of what ("published"). */
export function dateRangeOptions(of?: Words): APIApplicationCommandStringOption[] {
  const lead = (words: Words) => (of ? { en: `${words.en} (${of.en})`, id: `${words.id} (${of.id})` } : words);
  const start = lead({ en: 'Start', id: 'Mulai' });
  const end = lead({ en: 'End', id: 'Akhir' });
  return [
    textOption(
      { en: 'from', id: 'dari' },
      {
        en: `${start.en}: a day, month or year, e.g. 2023-10-01, 2023-10 or 2023.`,
        id: `${start.id}: hari, bulan, atau tahun, mis. 2023-10-01, 2023-10, atau 2023.`,
      },
      { min_length: 4, max_length: 10 },
    ),
    textOption(
      { en: 'to', id: 'sampai' },
      {
        en: `${end.en}: a day, or the last day of a month or year, e.g. 2023-10-31 or 2023-10.`,
        id: `${end.id}: hari, atau hari terakhir bulan atau tahun, mis. 2023-10-31 atau 2023-10.`,
      },
      { min_length: 4, max_length: 10 },
    ),
  ];
}

/** The `outlet` option: words of an outlet's name, with the corpus's outlets offered as the user types. */
export function outletOption(): APIApplicationCommandStringOption {
  return textOption(
    { en: 'outlet', id: 'media' },
    {
      en: 'Only articles from this outlet, e.g. "Kompas" (suggested as you type).',
      id: 'Hanya artikel dari media ini, mis. "Kompas" (disarankan saat mengetik).',
    },
    { autocomplete: true },
  );
}
