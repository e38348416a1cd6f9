import { ApplicationCommandType, InteractionResponseType, InteractionType, MessageFlags } from 'discord-api-types/v10';
import type { DeferPolicy } from '../../interactions/defer-policy.js';
import { focusedOption, optionMap } from '../../interactions/interaction-options.js';
import type { FlowPlan, InteractionResponder } from '../../interactions/interaction-responder.js';
import { messageText, type TargetMessage } from '../../interactions/message-text.js';
import type { ReplyBody } from '../../interactions/reply-body.js';
import { answerWithPlan, type InteractionReplies } from '../../interactions/reply-flow.js';
import type { Logger } from '../../logger.js';
import { discordWords, localeOfDiscord } from '../../render/discord-words.js';
import type { InteractionPayload } from './interaction-payload.js';
import type { InteractionWebhooks } from './interaction-webhooks.js';

/**
 * The HTTP answer to one interaction, and optionally the rest of the conversation, to run once the
 * answer has been flushed to Discord (edits and follow-ups through the interaction's webhook).
 */
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
 * Answers a verified interaction from the same responder and the same flow (`answerWithPlan`) as
 * the gateway bot: PING → PONG (type 1), autocomplete → choices (type 8), commands and buttons as
 * the flow decides (a message, an update of the button's message, or a deferral followed by edits).
 * The initial response is the HTTP response's body; what follows goes through the webhook.
 */
export function answerHttpInteraction(interaction: InteractionPayload, deps: HttpAnswerDeps): HttpAnswer {
  if (interaction.type === InteractionType.Ping) return { status: 200, json: { type: InteractionResponseType.Pong } };
  const userId = interaction.member?.user.id ?? interaction.user?.id;
  const { token, data } = interaction;
  if (!userId || !token || !data) return badRequest('interaction without user, token or data');
  const locale = localeOfDiscord(interaction.locale);

  switch (interaction.type) {
    case InteractionType.ApplicationCommandAutocomplete: {
      const focused = focusedOption(data.options);
      const choices = focused ? deps.responder.autocomplete({ name: data.name ?? '', option: focused.name, value: focused.value, locale }) : [];
      return { status: 200, json: { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } } };
    }
    case InteractionType.ApplicationCommand:
    case InteractionType.MessageComponent: {
      let plan: FlowPlan;
      if (interaction.type === InteractionType.MessageComponent)
        plan = deps.responder.prepareComponent({ customId: data.custom_id ?? '', userId, locale, message: interaction.message ?? null });
      else if (data.type === ApplicationCommandType.Message)
        plan = deps.responder.prepareMessageCommand({ name: data.name ?? '', text: messageText(targetMessage(data)), userId, locale });
      else
        plan = deps.responder.prepareChatCommand({
          name: data.name ?? '',
          options: optionMap(data.options),
          userId,
          locale,
          permissions: memberPermissions(interaction.member),
        });
      const replies = new HttpReplies(deps.webhooks, interaction.application_id, token);
      const where = { interaction: interaction.id, type: interaction.type, user: userId };
      // The flow reaches its initial response before its first await, so `initial` is set on return.
      const flow = answerWithPlan(plan, replies, { policy: deps.deferPolicy, logger: deps.logger, words: discordWords[locale], where });
      const initial = replies.initial;
      if (initial === null) {
        deps.logger.error('no initial response for an interaction', where);
        return { status: 500, json: { error: 'internal error' }, after: () => flow };
      }
      return {
        status: 200,
        json: initial,
        after: () => {
          replies.flushed();
          return flow;
        },
      };
    }
    default:
      return badRequest(`unsupported interaction type ${interaction.type}`);
  }
}

/** The invoking member's permissions in the channel (a decimal bit set), or null outside a server. */
function memberPermissions(member: unknown): string | null {
  const permissions = typeof member === 'object' && member !== null ? (member as { permissions?: unknown }).permissions : undefined;
  return typeof permissions === 'string' ? permissions : null;
}

/** The message a message command was used on: `data.resolved.messages[data.target_id]`, or null. */
function targetMessage(data: { readonly target_id?: unknown; readonly resolved?: unknown }): TargetMessage | null {
  const messages = typeof data.resolved === 'object' && data.resolved !== null ? (data.resolved as { messages?: unknown }).messages : undefined;
  if (typeof data.target_id !== 'string' || typeof messages !== 'object' || messages === null) return null;
  // An own property only: the id comes from the request ("__proto__" is no message).
  if (!Object.hasOwn(messages, data.target_id)) return null;
  const message: unknown = (messages as Record<string, unknown>)[data.target_id];
  return typeof message === 'object' && message !== null ? (message as TargetMessage) : null;
}

/**
 * HTTP mode's ways to answer: the first call is the initial response (the HTTP body); the webhook
 * calls wait until that body has been flushed to Discord, since the webhook exists only after it.
 */
class HttpReplies implements InteractionReplies {
  initial: unknown = null;
  readonly #flushed: Promise<void>;
  #markFlushed: () => void = () => undefined;

  constructor(
    private readonly webhooks: InteractionWebhooks,
    private readonly applicationId: string,
    private readonly token: string,
  ) {
    this.#flushed = new Promise((resolve) => (this.#markFlushed = resolve));
  }

  flushed(): void {
    this.#markFlushed();
  }

  #respond(response: unknown): Promise<void> {
    if (this.initial !== null) return Promise.reject(new Error('answer-http-interaction: the interaction has already been answered in the HTTP response'));
    this.initial = response;
    return this.#flushed;
  }

  reply(body: ReplyBody): Promise<void> {
    return this.#respond({ type: InteractionResponseType.ChannelMessageWithSource, data: body });
  }

  update(body: ReplyBody): Promise<void> {
    return this.#respond({ type: InteractionResponseType.UpdateMessage, data: body });
  }

  defer({ ephemeral }: { ephemeral: boolean }): Promise<void> {
    return this.#respond({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: ephemeral ? MessageFlags.Ephemeral : 0 } });
  }

  deferUpdate(): Promise<void> {
    return this.#respond({ type: InteractionResponseType.DeferredMessageUpdate });
  }

  async editOriginal(body: ReplyBody): Promise<void> {
    await this.#flushed;
    await this.webhooks.editOriginal(this.applicationId, this.token, body);
  }

  async followUp(body: ReplyBody): Promise<void> {
    await this.#flushed;
    await this.webhooks.followUp(this.applicationId, this.token, body);
  }
}
