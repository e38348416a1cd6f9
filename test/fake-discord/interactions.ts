import { ApplicationCommandOptionType, ComponentType, InteractionType } from 'discord-api-types/v10';

/** Ids of the fake application, guild, channel and users. */
export const APP_ID = '900000000000000001';
export const GUILD_ID = '900000000000000002';
export const CHANNEL_ID = '900000000000000003';
export const OWNER_ID = '123456789012345678';
export const OTHER_ID = '876543210987654321';

export const BOT_USER = { id: APP_ID, username: 'Sumber', discriminator: '0', global_name: null, avatar: null, bot: true, flags: 0 };

let counter = 0;
/** A fresh interaction id (a snowflake made of the current time) and a token unique to it. */
export function nextIds(): { id: string; token: string } {
  counter++;
  const id = (((BigInt(Date.now()) - 1420070400000n) << 22n) | BigInt(counter)).toString();
  return { id, token: `fake-interaction-token-${counter}-${'x'.repeat(40)}` };
}

const user = (id: string) => ({ id, username: `user${id.slice(-4)}`, discriminator: '0', global_name: null, avatar: null });

/** The member's permissions in the channel, as Discord computes them for the interaction (a decimal bit set; '0' by default). */
function base(type: InteractionType, ids: { id: string; token: string }, userId: string, locale: string, permissions = '0') {
  return {
    id: ids.id,
    application_id: APP_ID,
    type,
    token: ids.token,
    version: 1,
    locale,
    guild_locale: 'id',
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'riset' },
    member: { user: user(userId), roles: [], permissions, joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 },
    app_permissions: '0',
    entitlements: [],
    authorizing_integration_owners: { '0': GUILD_ID },
    context: 0,
    attachment_size_limit: 8388608,
  };
}

/** A string, integer or boolean option as Discord sends it. */
export function option(name: string, value: string | number | boolean, focused = false) {
  const type =
    typeof value === 'string'
      ? ApplicationCommandOptionType.String
      : typeof value === 'number'
        ? ApplicationCommandOptionType.Integer
        : ApplicationCommandOptionType.Boolean;
  return { name, type, value, ...(focused ? { focused } : {}) };
}

export function commandInteraction(
  ids: { id: string; token: string },
  name: string,
  options: ReturnType<typeof option>[],
  { userId = OWNER_ID, locale = 'en-US', permissions = '0' } = {},
) {
  return { ...base(InteractionType.ApplicationCommand, ids, userId, locale, permissions), data: { id: '700000000000000001', name, type: 1, options } };
}

export function autocompleteInteraction(
  ids: { id: string; token: string },
  name: string,
  options: ReturnType<typeof option>[],
  { userId = OWNER_ID, locale = 'en-US' } = {},
) {
  return { ...base(InteractionType.ApplicationCommandAutocomplete, ids, userId, locale), data: { id: '700000000000000001', name, type: 1, options } };
}

/** A button press on a message the bot sent (its body as the fake recorded it). */
export function buttonInteraction(
  ids: { id: string; token: string },
  customId: string,
  message: Record<string, unknown>,
  { userId = OWNER_ID, locale = 'en-US' } = {},
) {
  return {
    ...base(InteractionType.MessageComponent, ids, userId, locale),
    message: {
      id: '800000000000000001',
      channel_id: CHANNEL_ID,
      type: 20,
      content: '',
      embeds: [],
      components: [],
      author: BOT_USER,
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: 4,
      ...message,
    },
    data: { custom_id: customId, component_type: ComponentType.Button },
  };
}

/** A message some user posted in the channel, as Discord sends it in a message command's `resolved.messages`. */
export function channelMessage(id: string, content: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    channel_id: CHANNEL_ID,
    type: 0,
    content,
    embeds: [],
    components: [],
    author: user(OTHER_ID),
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: 0,
    ...extra,
  };
}

/**
 * A message context-menu command (interactions/application-commands#message-commands): type 2
 * with `data.type` 3, the message's id as `target_id`, and the message in `resolved.messages`.
 */
export function messageCommandInteraction(
  ids: { id: string; token: string },
  name: string,
  message: ReturnType<typeof channelMessage>,
  { userId = OWNER_ID, locale = 'en-US' } = {},
) {
  return {
    ...base(InteractionType.ApplicationCommand, ids, userId, locale),
    data: { id: '700000000000000002', name, type: 3, target_id: message.id, resolved: { messages: { [message.id]: message } } },
  };
}
