/** The parts of a message that "Find source" reads, as both discord.js and the raw API carry them. */
export interface TargetMessage {
  readonly content?: string | null | undefined;
  readonly embeds?: readonly { readonly title?: string | null | undefined; readonly description?: string | null | undefined }[] | null | undefined;
}

/**
 * A message's text for a message command: its content, or, when it has none (a bot's reply, a
 * link preview), its embeds' titles and descriptions. Anything not text is ignored.
 */
export function messageText(message: TargetMessage | null | undefined): string {
  if (!message) return '';
  const content = typeof message.content === 'string' ? message.content : '';
  if (content.trim() !== '') return content;
  const parts: string[] = [];
  for (const embed of Array.isArray(message.embeds) ? message.embeds : []) {
    if (typeof embed?.title === 'string') parts.push(embed.title);
    if (typeof embed?.description === 'string') parts.push(embed.description);
  }
  return parts.join('\n');
}
