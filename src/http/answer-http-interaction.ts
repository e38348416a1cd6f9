import { InteractionResponseType, InteractionType, MessageFlags } from 'discord-api-types/v10';
import { describeDiscordError } from '../discord/discord-errors.js';
import { focusedOption, optionMap } from '../discord/interaction-options.js';
import type { InteractionResponder, Outcome, Plan } from '../discord/interaction-responder.js';
import { editBody } from '../discord/reply-body.js';
import type { Logger } from '../logger.js';
import { localeOfDiscord } from '../render/discord-words.js';
import type { DeferPolicy } from './defer-policy.js';
import type { InteractionPayload } from './interaction-payload.js';
import type { InteractionWebhooks } from './interaction-webhooks.js';

/** The HTTP answer to one interaction, and optionally work to do once it has been sent (a deferred follow-up). */
export interface HttpAnswer {
  readonly status: number;
  readonly json: unknown;
  readonly after?: () => Promise<void>;
}

export interface HttpAnswerDeps {
  readonly responder: InteractionResponder;
  readonly webhooks: InteractionWebhooks;
  readonly deferPolicy: DeferPolicy;
  readonly logger: Logger;
}

const badRequest = (message: string): HttpAnswer => ({ status: 400, json: { error: message } });

/**
 * Answers a verified interaction from the same responder as the gateway bot: PING → PONG (type 1),
 * commands → a message (type 4), autocomplete → choices (type 8), paging buttons → an update of
 * their message (type 7), Context → an ephemeral message. A command predicted to be slow is
 * deferred instead (type 5, or 6 for a page) and its answer sent as an edit once ready.
 */
export function answerHttpInteraction(interaction: InteractionPayload, deps: HttpAnswerDeps): HttpAnswer {
  if (interaction.type === InteractionType.Ping) return { status: 200, json: { type: InteractionResponseType.Pong } };
  const userId = interaction.member?.user.id ?? interaction.user?.id;
  const { token, data } = interaction;
  if (!userId || !token || !data) return badRequest('interaction without user, token or data');
  const locale = localeOfDiscord(interaction.locale);

  switch (interaction.type) {
    case InteractionType.ApplicationCommand: {
      const plan = deps.responder.prepareCommand({ name: data.name ?? '', options: optionMap(data.options), userId, locale });
      return respond(plan, deps, interaction.application_id, token, 'message');
    }
    case InteractionType.ApplicationCommandAutocomplete: {
      const focused = focusedOption(data.options);
      const choices = focused ? deps.responder.autocomplete({ name: data.name ?? '', option: focused.name, value: focused.value, locale }) : [];
      return { status: 200, json: { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } } };
    }
    case InteractionType.MessageComponent: {
      const plan = deps.responder.prepareComponent({ customId: data.custom_id ?? '', userId, locale });
      return respond(plan, deps, interaction.application_id, token, plan.kind === 'page' ? 'update' : 'message');
    }
    default:
      return badRequest(`unsupported interaction type ${interaction.type}`);
  }
}

function respond(plan: Plan, deps: HttpAnswerDeps, applicationId: string, token: string, mode: 'message' | 'update'): HttpAnswer {
  if (plan.kind === 'reject') return { status: 200, json: { type: InteractionResponseType.ChannelMessageWithSource, data: plan.body } };
  const timed = (): Outcome => {
    const started = performance.now();
    try {
      return plan.run();
    } finally {
      deps.deferPolicy.record(plan.command, performance.now() - started);
    }
  };

  if (!deps.deferPolicy.shouldDefer(plan.command)) {
    try {
      const outcome = timed();
      if (mode === 'update' && !outcome.ephemeral) return { status: 200, json: { type: InteractionResponseType.UpdateMessage, data: editBody(outcome.body) } };
      return { status: 200, json: { type: InteractionResponseType.ChannelMessageWithSource, data: outcome.body } };
    } finally {
      plan.release();
    }
  }

  const ephemeralContext = plan.kind === 'context';
  const deferred =
    mode === 'update'
      ? { type: InteractionResponseType.DeferredMessageUpdate }
      : { type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: ephemeralContext ? MessageFlags.Ephemeral : 0 } };
  const after = async () => {
    try {
      const outcome = timed();
      if (outcome.ephemeral && !ephemeralContext) {
        // The deferred message is public; an error must not be: replace it with an ephemeral follow-up.
        if (mode === 'message') await deps.webhooks.deleteOriginal(applicationId, token);
        await deps.webhooks.followUp(applicationId, token, outcome.body);
      } else {
        await deps.webhooks.editOriginal(applicationId, token, editBody(outcome.body));
      }
    } catch (error) {
      deps.logger.error('deferred interaction follow-up failed', { command: plan.command, error: describeDiscordError(error) });
    } finally {
      plan.release();
    }
  };
  return { status: 200, json: deferred, after };
}
