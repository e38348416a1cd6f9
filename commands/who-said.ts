import { z } from 'zod';
import { listSpeakers, whoSaid } from '../src/answers/who-said.js';
import type { CommandModule } from './command.js';
import { commandHeader, DISCORD_CHOICE_LENGTH, DISCORD_CHOICES, limitOption, textOption } from './option-definitions.js';
import { limitNumber, optionalText } from './option-schemas.js';

const options = z.object({ topic: optionalText, speaker: optionalText, limit: limitNumber });

/** `/who-said [topic] [speaker] [limit]`: quotes and reported statements with their speakers, cited. */
export const whoSaidCommand: CommandModule<'who-said', z.infer<typeof options>> = {
  definition: {
    ...commandHeader(
      { en: 'who-said', id: 'siapa-bilang' },
      {
        en: 'Who said what: quotes and statements with their speaker and source, by topic or speaker.',
        id: 'Siapa bilang apa: kutipan dan pernyataan beserta pembicara dan sumbernya, per topik atau pembicara.',
      },
    ),
    options: [
      textOption(
        { en: 'topic', id: 'topik' },
        {
          en: 'Only quotes about these words, e.g. "kontainer" or "artillery shells".',
          id: 'Hanya kutipan tentang kata ini, mis. "kontainer" atau "peluru artileri".',
        },
      ),
      textOption(
        { en: 'speaker', id: 'pembicara' },
        {
          en: 'Only quotes by this speaker (any name they go by), e.g. "Kirby" or "White House".',
          id: 'Hanya kutipan dari pembicara ini (nama apa pun), mis. "Kirby" atau "Gedung Putih".',
        },
        { autocomplete: true, max_length: DISCORD_CHOICE_LENGTH },
      ),
      limitOption({ en: 'quotes', id: 'kutipan' }, 10),
    ],
  },
  options,
  positional: 'topic',
  run: (opts, { index }) => whoSaid(index, opts),
  autocomplete: (option, value, { index }) => {
    if (option !== 'speaker') return [];
    // a speaker name is typed, and offered, up to Discord's choice length
    return listSpeakers(index, value.slice(0, DISCORD_CHOICE_LENGTH), DISCORD_CHOICES).map(({ name }) => ({
      name: name.slice(0, DISCORD_CHOICE_LENGTH),
      value: name.slice(0, DISCORD_CHOICE_LENGTH),
    }));
  },
};
