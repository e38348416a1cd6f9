import { type REST, type RESTPostAPIApplicationCommandsJSONBody, Routes } from 'discord.js';
import { messageCommands } from '../../commands/find-source.js';
import { commandList } from '../../commands/index.js';
import { reloadCommand } from '../../commands/reload.js';

/** The JSON body `npm run deploy` sends: every slash command's definition, the admins' `/reload`, then the message commands' ("Find source"), as written. */
export function commandRegistrationBody(): RESTPostAPIApplicationCommandsJSONBody[] {
  return [...commandList.map((command) => command.definition), reloadCommand.definition, ...messageCommands.map((command) => command.definition)];
}

export interface RegistrationTarget {
  readonly clientId: string;
  /** One guild (instant, for development), or every guild the application is in when absent. */
  readonly guildId?: string | undefined;
}

/** The route that replaces all of the application's commands, in one guild or globally. */
export function registrationRoute({ clientId, guildId }: RegistrationTarget): `/${string}` {
  return guildId ? Routes.applicationGuildCommands(clientId, guildId) : Routes.applicationCommands(clientId);
}

/** Registers the commands (a bulk overwrite, so removed commands disappear too); returns how many Discord holds. */
export async function registerCommands(rest: REST, target: RegistrationTarget, body = commandRegistrationBody()): Promise<number> {
  const result = await rest.put(registrationRoute(target), { body });
  return Array.isArray(result) ? result.length : body.length;
}
