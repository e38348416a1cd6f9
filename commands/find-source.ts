import { ApplicationCommandType, type RESTPostAPIContextMenuApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { messageClaim } from '../src/answers/cite/message-claim.js';
import type { CommandName } from './index.js';

/**
 * A message context-menu command (Discord: right-click a message → Apps): it runs a slash command
 * on the message's text. Its name is what Discord sends back in the interaction (the English one:
 * the default name, whatever the client's language).
 */
export interface MessageCommand {
  readonly definition: RESTPostAPIContextMenuApplicationCommandsJSONBody & { readonly type: ApplicationCommandType.Message };
  /** The slash command it runs, and its options read from the message's text; null when the message has nothing to run it on. */
  options(text: string): { readonly command: CommandName; readonly options: Readonly<Record<string, string>> } | null;
}

/**
 * "Find source" / "Cari sumber": `/cite` on a message (a quote pasted in a channel, a post
 * forwarded from elsewhere). Discord's rules for message commands: a name of 1-32 characters, any
 * case and spaces allowed, and an empty description (no options).
 */
export const findSourceCommand: MessageCommand = {
  definition: {
    type: ApplicationCommandType.Message,
    name: 'Find source',
    name_localizations: { id: 'Cari sumber' },
  },
  options(text) {
    const claim = messageClaim(text);
    return claim === null ? null : { command: 'cite', options: { claim } };
  },
};

/** The message commands by their (default) name. */
export const messageCommands: readonly MessageCommand[] = [findSourceCommand];

export function messageCommandNamed(name: string): MessageCommand | undefined {
  return messageCommands.find((c) => c.definition.name === name);
}
