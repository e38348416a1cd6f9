import { z } from 'zod';
import type { HelpResult } from '../src/answers/types.js';
import type { CommandModule } from './command.js';
// A cycle (index.ts lists this module) that is safe: the list is only read when /help runs.
import { commandList } from './index.js';

const options = z.object({});

/** `/help`: every command with its options and what it answers. */
export const helpCommand: CommandModule<'help', z.infer<typeof options>> = {
  definition: {
    name: 'help',
    name_localizations: { id: 'bantuan' },
    description: 'What Sumber can answer, and how to ask.',
    description_localizations: {
      id: 'Apa yang bisa dijawab Sumber, dan cara bertanya.',
      'en-US': 'What Sumber can answer, and how to ask.',
      'en-GB': 'What Sumber can answer, and how to ask.',
    },
  },
  options,
  run: (_opts, { locale }) => {
    const results: HelpResult[] = commandList.map(({ definition }) => ({
      command: definition.name,
      usage: [
        `/${definition.name}`,
        ...(definition.options ?? []).map((o) => ('required' in o && o.required ? `${o.name}:<…>` : `[${o.name}:<…>]`)),
      ].join(' '),
      description: (locale === 'id' ? definition.description_localizations?.id : undefined) ?? definition.description,
    }));
    return { command: 'help', query: '', results, total: results.length };
  },
};
