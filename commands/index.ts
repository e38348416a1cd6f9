import { citeCommand } from './cite.js';
import type { CommandModule } from './command.js';
import { denialsCommand } from './denials.js';
import { createHelpCommand } from './help.js';
import { readCommand } from './read.js';
import { searchCommand } from './search.js';
import { sourcesCommand } from './sources.js';
import { timelineCommand } from './timeline.js';
import { whoSaidCommand } from './who-said.js';

/** Every slash command's name. Adding a name without its module (or the reverse) is a compile error below. */
export const commandNames = ['search', 'who-said', 'timeline', 'denials', 'cite', 'sources', 'read', 'help'] as const;
export type CommandName = (typeof commandNames)[number];

/** The command modules by name: the one table the CLI, the console, the bot and the HTTP endpoint serve. */
// biome-ignore lint/suspicious/noExplicitAny: each module has its own option type
export const commands: { readonly [N in CommandName]: CommandModule<N, any> } = {
  search: searchCommand,
  'who-said': whoSaidCommand,
  timeline: timelineCommand,
  denials: denialsCommand,
  cite: citeCommand,
  sources: sourcesCommand,
  read: readCommand,
  help: createHelpCommand(() => commandList),
};

export const commandList: readonly CommandModule<CommandName, unknown>[] = commandNames.map((name) => commands[name]);

export function isCommandName(name: string): name is CommandName {
  return (commandNames as readonly string[]).includes(name);
}
