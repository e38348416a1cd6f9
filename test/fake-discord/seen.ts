import { activeMentions, unescapeDiscord } from './discord-markdown.js';
import { FLAG } from './discord-rules.js';

type Json = Record<string, unknown>;

/** A message as the fake Discord keeps it: what was sent, and what Discord made of it. */
export interface StoredMessage {
  readonly id: string;
  readonly channelId: string;
  /** The interaction this message answers (its response, a follow-up, or the message its button updated). */
  readonly interactionId: string | null;
  /** Ephemeral messages are seen by this user only; null for a message everyone in the channel sees. */
  readonly visibleTo: string | null;
  readonly createdAt: number;
  /** The message type: 20 for the response to a slash command, 0 otherwise (resources/message#message-object-message-types). */
  readonly type: number;
  flags: number;
  content: string;
  embeds: Json[];
  components: Json[];
  attachments: Json[];
  /** True while a type 5 deferral's "thinking…" placeholder has not been edited or followed up. */
  loading: boolean;
  deleted: boolean;
  editedAt: number | null;
  /** Who was notified when the message was sent: "everyone", "user:ID", "role:ID". */
  pinged: string[];
}

/** An embed as a user sees it: markdown escapes removed, nothing of it hidden. */
export interface SeenEmbed {
  readonly title: string | null;
  /** The link of the title (an embed's url is shown only as the link of its title). */
  readonly titleLink: string | null;
  readonly description: string | null;
  readonly fields: readonly { readonly name: string; readonly value: string }[];
  readonly footer: string | null;
  readonly author: string | null;
  readonly color: number | null;
}

export interface SeenButton {
  readonly label: string;
  readonly disabled: boolean;
  readonly customId: string | null;
  readonly url: string | null;
}

/** What one user sees of one message in the channel. */
export interface SeenMessage {
  readonly id: string;
  /** "Only you can see this" under the message. */
  readonly ephemeral: boolean;
  /** The app is still "thinking…" (a deferred response not yet edited). */
  readonly thinking: boolean;
  /** The message text as shown (escapes removed); markdown syntax such as ** is kept. */
  readonly text: string;
  /** The rich embeds shown; none when the message has SUPPRESS_EMBEDS. */
  readonly embeds: readonly SeenEmbed[];
  /** Link previews Discord adds for links in the text; none when the message has SUPPRESS_EMBEDS. */
  readonly previews: readonly string[];
  readonly buttons: readonly (readonly SeenButton[])[];
  readonly edited: boolean;
  /** Everyone and everything notified by the message. */
  readonly pinged: readonly string[];
}

/** A line the Discord client shows under a command when an app did not answer in time. */
export interface SeenFailure {
  readonly failure: string;
  readonly interactionId: string;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * What a user sees of a stored message (or nothing: a deleted message, or another user's ephemeral
 * one). Models resources/message#message-object-message-flags: SUPPRESS_EMBEDS (1 << 2) means "do
 * not include any embeds when serializing this message", so neither the app's rich embeds nor link
 * previews are shown; and EPHEMERAL (1 << 6): "only visible to the user who invoked the interaction".
 */
export function seenBy(message: StoredMessage, viewer: string): SeenMessage | null {
  if (message.deleted) return null;
  if (message.visibleTo !== null && message.visibleTo !== viewer) return null;
  const suppressed = (message.flags & FLAG.SUPPRESS_EMBEDS) !== 0;
  return {
    id: message.id,
    ephemeral: message.visibleTo !== null,
    thinking: message.loading,
    text: unescapeDiscord(message.content),
    embeds: suppressed ? [] : message.embeds.map(seenEmbed),
    previews: suppressed ? [] : linkPreviews(message.content),
    buttons: message.components.map((row) =>
      ((row.components as Json[] | undefined) ?? []).map((b) => ({
        label: str(b.label) ?? '',
        disabled: b.disabled === true,
        customId: str(b.custom_id),
        url: str(b.url),
      })),
    ),
    edited: message.editedAt !== null,
    pinged: message.pinged,
  };
}

function seenEmbed(embed: Json): SeenEmbed {
  const footer = embed.footer as Json | undefined;
  const author = embed.author as Json | undefined;
  const title = str(embed.title);
  return {
    title: title === null ? null : unescapeDiscord(title),
    titleLink: title === null ? null : str(embed.url),
    description: str(embed.description) === null ? null : unescapeDiscord(str(embed.description) ?? ''),
    fields: ((embed.fields as Json[] | undefined) ?? []).map((f) => ({ name: unescapeDiscord(str(f.name) ?? ''), value: unescapeDiscord(str(f.value) ?? '') })),
    // Footer and author names are plain text: Discord renders no markdown there.
    footer: str(footer?.text),
    author: str(author?.name),
    color: typeof embed.color === 'number' ? embed.color : null,
  };
}

// Discord unfurls http(s) links found in a message's content (never those inside embeds), unless the
// link is wrapped in angle brackets, "<https://…>", also inside a masked link "[text](<https://…>)"
// (resources/message#embed-object: link embeds come from URLs in content; the docs' "Formatting"
// reference: wrap a link in <> to suppress its embed). A backslash before "<" makes it plain text,
// so the link inside unfurls.
const URL_IN_TEXT = /https?:\/\/[^\s<>]+[^\s<>.,:;"')\]]/giu;

/** The links in message content that Discord would preview. */
export function linkPreviews(content: string): string[] {
  const found: string[] = [];
  for (const match of content.matchAll(URL_IN_TEXT)) {
    const at = match.index ?? 0;
    const url = match[0];
    const before = content[at - 1];
    let backslashes = 0;
    while (content[at - 2 - backslashes] === '\\') backslashes++;
    const wrapped = before === '<' && backslashes % 2 === 0 && content[at + url.length] === '>';
    if (!wrapped) found.push(url);
  }
  return found;
}

/**
 * Who a new message notifies, from the mentions in its content (mentions in embeds never notify)
 * and its allowed_mentions (resources/message#allowed-mentions-object; without the field, every
 * kind of mention in the content notifies).
 */
export function whoIsPinged(content: string, allowedMentions: unknown): string[] {
  const allowed = typeof allowedMentions === 'object' && allowedMentions !== null ? (allowedMentions as Json) : null;
  const parse = new Set(allowed ? (((allowed.parse as string[] | undefined) ?? []) as string[]) : ['everyone', 'users', 'roles']);
  const users = new Set(allowed ? ((allowed.users as string[] | undefined) ?? []) : []);
  const roles = new Set(allowed ? ((allowed.roles as string[] | undefined) ?? []) : []);
  const pinged: string[] = [];
  for (const mention of activeMentions(content)) {
    if (mention === '@everyone' || mention === '@here') {
      if (parse.has('everyone')) pinged.push('everyone');
      continue;
    }
    const user = /^<@!?(\d+)>$/u.exec(mention)?.[1];
    if (user && (parse.has('users') || users.has(user))) pinged.push(`user:${user}`);
    const role = /^<@&(\d+)>$/u.exec(mention)?.[1];
    if (role && (parse.has('roles') || roles.has(role))) pinged.push(`role:${role}`);
  }
  return pinged;
}

/** Every text a user reads in a seen message, for "is X shown anywhere" checks. */
export function shownTexts(message: SeenMessage): string[] {
  const texts = [message.text];
  for (const e of message.embeds) {
    texts.push(e.title ?? '', e.description ?? '', e.footer ?? '', e.author ?? '');
    for (const f of e.fields) texts.push(f.name, f.value);
  }
  for (const row of message.buttons) for (const b of row) texts.push(b.label);
  return texts.filter((t) => t.length > 0);
}
