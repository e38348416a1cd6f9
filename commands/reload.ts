import {
  ApplicationCommandType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { commandHeader } from './option-definitions.js';

/**
 * `/reload`: the server's admins update the index from the corpus folder now, without a restart
 * (for a folder that is not watched, SUMBER_WATCH=off, or to see what changed). Not one of the
 * answering commands (`commands/index.ts`): it reads no index, changes what every command reads,
 * and is answered privately once the update is done. Discord shows it only to members with Manage
 * Server (`default_member_permissions`), in servers only; the bot checks that permission again on
 * receipt, since a server can grant a command to other roles in its settings.
 */
export const reloadCommand: { readonly definition: RESTPostAPIChatInputApplicationCommandsJSONBody & { readonly name: 'reload' } } = {
  definition: {
    type: ApplicationCommandType.ChatInput,
    ...commandHeader(
      { en: 'reload', id: 'muat-ulang' },
      {
        en: 'Update the index from the corpus folder now, and say what changed (server managers).',
        id: 'Perbarui indeks dari folder korpus sekarang, dan tampilkan perubahannya (pengelola server).',
      },
    ),
    default_member_permissions: String(PermissionFlagsBits.ManageGuild),
    contexts: [InteractionContextType.Guild],
  },
};

/** True when a member's permissions (the interaction's `member.permissions`, a decimal bit set) include Manage Server or Administrator. */
export function mayReload(permissions: string | null | undefined): boolean {
  if (typeof permissions !== 'string' || !/^\d{1,30}$/u.test(permissions)) return false;
  const bits = BigInt(permissions);
  return (bits & (PermissionFlagsBits.ManageGuild | PermissionFlagsBits.Administrator)) !== 0n;
}
