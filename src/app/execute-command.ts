import { ZodError } from 'zod';
import type { CommandContext } from '../../commands/command.js';
import { commands, type CommandName } from '../../commands/index.js';
import { UserFacingError } from '../answers/errors.js';
import { describeOptionErrors } from '../answers/option-schemas.js';
import type { Answer } from '../answers/types.js';

/**
 * Validates raw options against a command's schema and runs it. Every transport calls this, so
 * options are checked the same way whether they came from Discord, HTTP, the console or the CLI.
 * Invalid options become a `UserFacingError` naming the option.
 */
export function executeCommand(name: CommandName, rawOptions: Readonly<Record<string, unknown>>, context: CommandContext): Answer {
  const command = commands[name];
  const displayNames = Object.fromEntries((command.definition.options ?? []).map((o) => [o.name, o.name_localizations?.id ?? o.name]));
  const parsed = command.options.safeParse(rawOptions);
  if (!parsed.success) throw new UserFacingError(describeOptionErrors(parsed.error, context.locale, displayNames));
  try {
    return command.run(parsed.data, context);
  } catch (error) {
    if (error instanceof ZodError) throw new UserFacingError(describeOptionErrors(error, context.locale, displayNames));
    throw error;
  }
}

/** Names of the options a command accepts (for the CLI's and console's parsers). */
export function optionNames(name: CommandName): string[] {
  return (commands[name].definition.options ?? []).map((o) => o.name);
}
