import {
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  MessageFlags,
} from 'discord.js';
import type { Logger } from '../logger.js';
import { discordWords, localeOfDiscord } from '../render/discord-words.js';
import { describeDiscordError, isDroppableInteractionError } from './discord-errors.js';
import { focusedOption, optionMap } from './interaction-options.js';
import type { InteractionResponder } from './interaction-responder.js';
import { editOptions, noticeBody, replyOptions } from './reply-body.js';

/** Autocomplete cannot be deferred; past this, Discord has given up on the answer (3 s). */
export const AUTOCOMPLETE_DEADLINE_MS = 2_500;

/**
 * The gateway bot's one error boundary: every interaction is handled and awaited in here, and
 * nothing escapes. Expired or already-answered interactions (10062, 40060) are logged and dropped;
 * any other failure is logged (tokens redacted) and the user gets a plain ephemeral message.
 */
export async function handleInteraction(interaction: Interaction, responder: InteractionResponder, logger: Logger): Promise<void> {
  const receivedAt = Date.now();
  try {
    if (interaction.isChatInputCommand()) await answerChatInput(interaction, responder);
    else if (interaction.isAutocomplete()) await answerAutocomplete(interaction, responder, logger, receivedAt);
    else if (interaction.isButton()) await answerButton(interaction, responder);
  } catch (error) {
    await reportFailure(interaction, error, logger);
  }
}

async function answerChatInput(interaction: ChatInputCommandInteraction, responder: InteractionResponder): Promise<void> {
  const plan = responder.prepareCommand({
    name: interaction.commandName,
    options: optionMap(interaction.options.data),
    userId: interaction.user.id,
    locale: localeOfDiscord(interaction.locale),
  });
  if (plan.kind === 'reject') {
    await interaction.reply(replyOptions(plan.body));
    return;
  }
  try {
    // Acknowledge first: answers over a large corpus may take longer than Discord's 3 seconds.
    await interaction.deferReply();
    const outcome = plan.run();
    if (outcome.ephemeral) {
      // A deferred reply cannot turn ephemeral: replace it with an ephemeral follow-up.
      await interaction.deleteReply();
      await interaction.followUp(replyOptions(outcome.body));
    } else {
      await interaction.editReply(editOptions(outcome.body));
    }
  } finally {
    plan.release();
  }
}

async function answerButton(interaction: ButtonInteraction, responder: InteractionResponder): Promise<void> {
  const plan = responder.prepareComponent({ customId: interaction.customId, userId: interaction.user.id, locale: localeOfDiscord(interaction.locale) });
  if (plan.kind === 'reject') {
    await interaction.reply(replyOptions(plan.body));
    return;
  }
  try {
    if (plan.kind === 'context') {
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await interaction.editReply(editOptions(plan.run().body));
      return;
    }
    await interaction.deferUpdate();
    const outcome = plan.run();
    if (outcome.ephemeral) await interaction.followUp(replyOptions(outcome.body));
    else await interaction.editReply(editOptions(outcome.body));
  } finally {
    plan.release();
  }
}

async function answerAutocomplete(interaction: AutocompleteInteraction, responder: InteractionResponder, logger: Logger, receivedAt: number): Promise<void> {
  const focused = focusedOption(interaction.options.data);
  const choices = focused ? responder.autocomplete({ name: interaction.commandName, option: focused.name, value: focused.value, locale: localeOfDiscord(interaction.locale) }) : [];
  const elapsed = Date.now() - receivedAt;
  if (elapsed > AUTOCOMPLETE_DEADLINE_MS) {
    logger.warn('autocomplete took too long; not answered', { command: interaction.commandName, elapsedMs: elapsed });
    return;
  }
  await interaction.respond(choices);
}

async function reportFailure(interaction: Interaction, error: unknown, logger: Logger): Promise<void> {
  const where = { interaction: interaction.id, type: interaction.type, user: interaction.user.id };
  if (isDroppableInteractionError(error)) {
    logger.warn('interaction expired or already answered; dropped', { ...where, error: describeDiscordError(error) });
    return;
  }
  logger.error('interaction failed', { ...where, error: describeDiscordError(error) });
  if (!interaction.isRepliable()) return;
  try {
    const body = replyOptions(noticeBody(discordWords[localeOfDiscord(interaction.locale)].failed));
    if (interaction.deferred || interaction.replied) await interaction.followUp(body);
    else await interaction.reply(body);
  } catch (second) {
    logger.warn('could not tell the user about the failure', { ...where, error: describeDiscordError(second) });
  }
}
