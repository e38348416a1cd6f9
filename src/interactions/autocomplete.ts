import type { Choice, CommandContext, CommandModule } from '../../commands/command.js';
import { MAX_QUERY_LENGTH } from '../../commands/option-schemas.js';
import type { Logger } from '../logger.js';
import { DISCORD_LIMITS } from '../render/discord-limits.js';
import { cleanDisplayText, fitPlain } from '../render/discord-text.js';

/**
 * Autocomplete choices for what the user is typing, from the command module's own `autocomplete`.
 * Never throws: a failing or missing handler gives no choices. At most 25 choices; names are cut to
 * 100 characters (they are only shown), while a value longer than 100 is dropped (it is what the
 * command receives, so it must not be altered).
 */
export function answerAutocomplete(
  module: Pick<CommandModule, 'autocomplete'> | undefined,
  option: string,
  value: string,
  context: CommandContext,
  logger: Logger,
): Choice[] {
  if (!module?.autocomplete) return [];
  let choices: unknown;
  try {
    choices = module.autocomplete(option, cleanDisplayText(value).slice(0, MAX_QUERY_LENGTH), context);
  } catch (error) {
    logger.warn('autocomplete failed; answering with no choices', { option, error });
    return [];
  }
  if (!Array.isArray(choices)) return [];
  const valid: Choice[] = [];
  for (const choice of choices as unknown[]) {
    if (valid.length === DISCORD_LIMITS.autocompleteChoices) break;
    if (typeof choice !== 'object' || choice === null) continue;
    const { name, value: choiceValue } = choice as { name?: unknown; value?: unknown };
    if (typeof name !== 'string' || typeof choiceValue !== 'string') continue;
    const shown = fitPlain(name, DISCORD_LIMITS.choiceName);
    if (shown.trim() === '' || choiceValue.length === 0 || choiceValue.length > DISCORD_LIMITS.choiceValue) continue;
    valid.push({ name: shown, value: choiceValue });
  }
  return valid;
}
