import type { APIEmbed } from 'discord-api-types/v10';

/**
 * What Discord shows for escaped markdown: its parser (simple-markdown's `escape` rule) turns a
 * backslash followed by any character other than an ASCII letter, digit or whitespace into that
 * character alone.
 */
export function unescapeDiscord(markdown: string): string {
  return markdown.replace(/\\([^0-9A-Za-z\s])/gu, '$1');
}

// A mention Discord would render (and, in content, could ping) when its first character is not escaped.
const MENTION = /(\\*)(@everyone|@here|<@!?\d+>|<@&\d+>|<#\d+>|<\/[\w-]+:\d+>|<a?:\w+:\d+>|<t:-?\d+(:[tTdDfFR])?>)/gu;

/** The mentions (and other `<…>` tokens) in `markdown` that Discord would render as such. */
export function activeMentions(markdown: string): string[] {
  const found: string[] = [];
  for (const match of markdown.matchAll(MENTION)) if ((match[1] ?? '').length % 2 === 0) found.push(match[2] ?? '');
  return found;
}

/** Every markdown-rendered string of a message: content and embed descriptions, titles, field values. */
export function markdownTexts(body: { content?: string | undefined; embeds?: readonly APIEmbed[] | undefined }): string[] {
  const texts = [body.content ?? ''];
  for (const e of body.embeds ?? []) {
    texts.push(e.description ?? '', e.title ?? '');
    for (const f of e.fields ?? []) texts.push(f.name, f.value);
  }
  return texts.filter((t) => t.length > 0);
}
