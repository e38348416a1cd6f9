import { z } from 'zod';
import type { HelpResult } from '../src/answers/types.js';
import type { CommandModule } from './command.js';
import { commandHeader } from './option-definitions.js';
// A cycle (index.ts lists this module) that is safe: the list is only read when /help runs.
import { commandList } from './index.js';

const options = z.object({});

/** `/help`: every command with its options and what it answers. */
export const helpCommand: CommandModule<'help', z.infer<typeof options>> = {
  definition: commandHeader({ en: 'help', id: 'bantuan' }, { en: 'What Sumber can answer, and how to ask.', id: 'Apa yang bisa dijawab Sumber, dan cara bertanya.' }),
  options,
  run: (_opts, { locale }) => {
    // Names as the user's client shows them: an Indonesian client lists /cari, not /search.
    const shown = (name: string, localized?: Partial<Record<string, string | null>> | null) => (locale === 'id' ? (localized?.id ?? name) : name);
    const results: HelpResult[] = commandList.map(({ definition }) => ({
      command: shown(definition.name, definition.name_localizations),
      usage: [
        `/${shown(definition.name, definition.name_localizations)}`,
        ...(definition.options ?? []).map((o) => {
          const name = shown(o.name, o.name_localizations);
          return 'required' in o && o.required ? `${name}:<…>` : `[${name}:<…>]`;
        }),
      ].join(' '),
      description: (locale === 'id' ? definition.description_localizations?.id : undefined) ?? definition.description,
    }));
    return { command: 'help', query: '', results, total: results.length };
  },
};
