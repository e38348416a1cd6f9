import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type Message,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
} from 'discord.js';
import type { DeferPolicy } from '../../interactions/defer-policy.js';
import { describeDiscordError, isDroppableInteractionError } from '../../interactions/discord-errors.js';
import { focusedOption, optionMap } from '../../interactions/interaction-options.js';
import type { InteractionResponder } from '../../interactions/interaction-responder.js';
import { messageText } from '../../interactions/message-text.js';
import { editOptions, replyOptions } from '../../interactions/reply-body.js';
import { answerWithPlan, type InteractionReplies } from '../../interactions/reply-flow.js';
import type { Logger } from '../../logger.js';
import { discordWords, localeOfDiscord } from '../../render/discord-words.js';

/** Autocomplete cannot be deferred; past this, Discord has given up on the answer (3 s). */
export const AUTOCOMPLETE_DEADLINE_MS = 2_500;

/**
 * The gateway bot's one error boundary: every interaction is handled and awaited in here, and
 * nothing escapes. Commands and buttons are answered by `answerWithPlan`, as in HTTP mode; failures
 * there are logged and reported to the user privately. Autocomplete failures are only logged.
 */
export async function handleInteraction(interaction: Interaction, responder: InteractionResponder, logger: Logger, policy: DeferPolicy): Promise<void> {
  const receivedAt = Date.now();
  const where = { interaction: interaction.id, type: interaction.type, user: interaction.user.id };
  try {
    if (interaction.isChatInputCommand()) await answerChatInput(interaction, responder, logger, policy);
    else if (interaction.isMessageContextMenuCommand()) await answerMessageCommand(interaction, responder, logger, policy);
    else if (interaction.isAutocomplete()) await answerAutocomplete(interaction, responder, logger, receivedAt);
    else if (interaction.isButton()) await answerButton(interaction, responder, logger, policy);
  } catch (error) {
    if (isDroppableInteractionError(error)) logger.warn('interaction expired or already answered; dropped', { ...where, error: describeDiscordError(error) });
    else logger.error('interaction failed', { ...where, error: describeDiscordError(error) });
  }
}

/** discord.js's ways to answer one command or button interaction. */
function repliesOf(interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction | ButtonInteraction): InteractionReplies {
  return {
    reply: async (body) => void (await interaction.reply(replyOptions(body))),
    update: async (body) => {
      if (!interaction.isButton()) throw new Error('handle-interaction: only a button interaction can update its message');
      await interaction.update(editOptions(body));
    },
    defer: async ({ ephemeral }) => void (await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {})),
    deferUpdate: async () => {
      if (!interaction.isButton()) throw new Error('handle-interaction: only a button interaction can defer an update');
      await interaction.deferUpdate();
    },
    editOriginal: async (body) => void (await interaction.editReply(editOptions(body))),
    followUp: async (body) => void (await interaction.followUp(replyOptions(body))),
  };
}

async function answerChatInput(interaction: ChatInputCommandInteraction, responder: InteractionResponder, logger: Logger, policy: DeferPolicy): Promise<void> {
  const locale = localeOfDiscord(interaction.locale);
  const plan = responder.prepareChatCommand({
    name: interaction.commandName,
    options: optionMap(interaction.options.data),
    userId: interaction.user.id,
    locale,
    permissions: interaction.memberPermissions?.bitfield.toString() ?? null,
  });
  await answerWithPlan(plan, repliesOf(interaction), {
    policy,
    logger,
    words: discordWords[locale],
    where: { interaction: interaction.id, command: interaction.commandName, user: interaction.user.id },
  });
}

/** "Find source" on a message: the message's text (as Discord sent it with the interaction) goes to the command it runs. */
async function answerMessageCommand(
  interaction: MessageContextMenuCommandInteraction,
  responder: InteractionResponder,
  logger: Logger,
  policy: DeferPolicy,
): Promise<void> {
  const locale = localeOfDiscord(interaction.locale);
  const target: Message = interaction.targetMessage;
  const text = messageText({ content: target.content, embeds: target.embeds.map((e) => ({ title: e.title, description: e.description })) });
  const plan = responder.prepareMessageCommand({ name: interaction.commandName, text, userId: interaction.user.id, locale });
  await answerWithPlan(plan, repliesOf(interaction), {
    policy,
    logger,
    words: discordWords[locale],
    where: { interaction: interaction.id, command: interaction.commandName, user: interaction.user.id, message: target.id },
  });
}

async function answerButton(interaction: ButtonInteraction, responder: InteractionResponder, logger: Logger, policy: DeferPolicy): Promise<void> {
  const locale = localeOfDiscord(interaction.locale);
  const plan = responder.prepareComponent({
    customId: interaction.customId,
    userId: interaction.user.id,
    locale,
    message: interaction.message.toJSON() as Record<string, unknown>,
  });
  await answerWithPlan(plan, repliesOf(interaction), {
    policy,
    logger,
    words: discordWords[locale],
    where: { interaction: interaction.id, type: 'button', user: interaction.user.id },
  });
}

async function answerAutocomplete(interaction: AutocompleteInteraction, responder: InteractionResponder, logger: Logger, receivedAt: number): Promise<void> {
  const focused = focusedOption(interaction.options.data);
  const choices = focused
    ? responder.autocomplete({ name: interaction.commandName, option: focused.name, value: focused.value, locale: localeOfDiscord(interaction.locale) })
    : [];
  const elapsed = Date.now() - receivedAt;
  if (elapsed > AUTOCOMPLETE_DEADLINE_MS) {
    logger.warn('autocomplete took too long; not answered', { command: interaction.commandName, elapsedMs: elapsed });
    return;
  }
  await interaction.respond(choices);
}
