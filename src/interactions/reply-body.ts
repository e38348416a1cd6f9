import type { InteractionEditReplyOptions, InteractionReplyOptions } from 'discord.js';
import { type AllowedMentionsTypes, type APIActionRowComponent, type APIButtonComponentWithCustomId, type APIEmbed, MessageFlags } from 'discord-api-types/v10';
import { findLimitViolations } from '../render/discord-limits.js';
import { renderDiscordNotice } from '../render/render-discord.js';

export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

/**
 * A message as Discord's API takes it (the `data` of an interaction response, or a webhook body).
 * Every body mentions no one (`allowed_mentions.parse` empty, whatever the text says).
 *
 * No body sets SUPPRESS_EMBEDS (1 << 2): that flag hides *all* embeds of a message, the app's own rich
 * embeds included ("do not include any embeds when serializing this message"), and every answer is
 * made of embeds. Link previews are kept away otherwise: Discord previews only links in a message's
 * content, and the renderer wraps each of those in `<…>` (`fitContentMarkdown`); links inside embeds
 * are never previewed.
 */
export interface ReplyBody {
  readonly content: string;
  readonly embeds: APIEmbed[];
  readonly components: ButtonRow[];
  readonly flags: number;
  readonly allowed_mentions: { readonly parse: AllowedMentionsTypes[] };
}

/** Thrown when a body would break a Discord limit: a renderer bug, caught before sending. */
export class ReplyLimitError extends Error {
  override readonly name = 'ReplyLimitError';
}

/** A body from rendered parts, checked against every Discord limit before it can be sent. */
export function replyBody(parts: { content: string; embeds?: APIEmbed[]; components?: ButtonRow[] }, { ephemeral }: { ephemeral: boolean }): ReplyBody {
  const body: ReplyBody = {
    content: parts.content,
    embeds: parts.embeds ?? [],
    components: parts.components ?? [],
    flags: ephemeral ? MessageFlags.Ephemeral : 0,
    allowed_mentions: { parse: [] },
  };
  const problems = findLimitViolations(body);
  if (problems.length > 0) throw new ReplyLimitError(`reply exceeds Discord limits: ${problems.join('; ')}`);
  return body;
}

/** An ephemeral plain message (errors, refusals), escaped. */
export function noticeBody(text: string): ReplyBody {
  return replyBody({ content: renderDiscordNotice(text) }, { ephemeral: true });
}

/**
 * The body for editing a message (an update, or an edit of `@original`): a message's ephemerality is
 * fixed when it is made and an edit may set no flag but SUPPRESS_EMBEDS, which Sumber never sets.
 */
export function editBody(body: ReplyBody): ReplyBody {
  return { ...body, flags: 0 };
}

export const isEphemeral = (body: ReplyBody): boolean => (body.flags & MessageFlags.Ephemeral) !== 0;

/** discord.js options for `reply` / `followUp`. */
export function replyOptions(body: ReplyBody): InteractionReplyOptions {
  return { content: body.content, embeds: body.embeds, components: body.components, flags: body.flags, allowedMentions: { parse: [] } };
}

/** discord.js options for `editReply` (after deferring). */
export function editOptions(body: ReplyBody): InteractionEditReplyOptions {
  const edit = editBody(body);
  return { content: edit.content, embeds: edit.embeds, components: edit.components, flags: edit.flags, allowedMentions: { parse: [] } };
}
