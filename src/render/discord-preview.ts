import type { APIEmbed } from 'discord-api-types/v10';

/**
 * An HTML page that shows Sumber's Discord replies as Discord shows them, with the web components
 * of `@skyra/discord-components-core` (a maintained look-alike of Discord's client). It is for the
 * screenshots under docs/ (`npm run screenshots`) and for reading replies without a Discord server.
 *
 * What Discord does with a message is applied here, as the fake Discord of the tests models it: no
 * embeds on a message with SUPPRESS_EMBEDS, "Only you can see this" on an ephemeral one; message
 * markdown is converted for the subset Sumber writes (escapes, **bold**, *italic*, `code`, block
 * quotes, -# subtext, masked links and <links>); embed footers are plain text.
 */

/** A message to show: a reply body, who asked with which command, and whether it was edited. */
export interface PreviewMessage {
  /** The slash command as the user typed it, shown above the reply ("/search query: kontainer"). */
  readonly command: string | null;
  readonly user: string;
  readonly body: { readonly content: string; readonly embeds: readonly APIEmbed[]; readonly components: readonly PreviewRow[]; readonly flags: number };
  readonly edited?: boolean;
}

export interface PreviewRow {
  readonly components: readonly { readonly label?: string | undefined; readonly disabled?: boolean | undefined; readonly style?: number | undefined }[];
}

export interface PreviewScene {
  readonly title: string;
  readonly messages: readonly PreviewMessage[];
}

const SUPPRESS_EMBEDS = 1 << 2;
const EPHEMERAL = 1 << 6;
const TIMESTAMP = '06/25/2024';
// Avatars drawn in the page (the components' default avatars are images on Discord's servers).
const avatar = (fill: string, letter: string) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="80" height="80"><circle cx="40" cy="40" r="40" fill="${fill}"/><text x="40" y="53" font-family="sans-serif" font-size="38" font-weight="700" fill="#fff" text-anchor="middle">${letter}</text></svg>`)}`;
const BOT_AVATAR = avatar('#2d7d6f', 'S');
const USER_AVATAR = avatar('#8c5ab4', 'R');

/** HTML text: &, <, >, " escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

// Inline markdown, in the order Discord's parser tries its rules: an escape, code, a masked link, an
// autolink in <…>, a bare link, bold, italic.
const INLINE =
  /\\([^0-9A-Za-z\s])|`([^`]+)`|\[((?:\\.|[^\]\\])+)\]\(<?(https?:\/\/[^\s)>]+)>?\)|<(https?:\/\/[^\s>]+)>|(https?:\/\/[^\s<]+[^\s<.,:;"')\]])|\*\*((?:\\.|[^*\\])+)\*\*|\*((?:\\.|[^*\\])+)\*/gu;

/** One line of Discord markdown as HTML (with the components for bold, italic, code and links). */
export function inlineMarkdown(markdown: string): string {
  let out = '';
  let last = 0;
  for (const m of markdown.matchAll(INLINE)) {
    const at = m.index ?? 0;
    out += escapeHtml(markdown.slice(last, at));
    last = at + m[0].length;
    if (m[1] !== undefined) out += escapeHtml(m[1]);
    else if (m[2] !== undefined) out += `<discord-code>${escapeHtml(m[2])}</discord-code>`;
    else if (m[3] !== undefined) out += `<discord-link href="${escapeHtml(m[4] ?? '')}">${inlineMarkdown(m[3])}</discord-link>`;
    else if (m[5] !== undefined) out += `<discord-link href="${escapeHtml(m[5])}">${escapeHtml(m[5])}</discord-link>`;
    else if (m[6] !== undefined) out += `<discord-link href="${escapeHtml(m[6])}">${escapeHtml(m[6])}</discord-link>`;
    else if (m[7] !== undefined) out += `<discord-bold>${inlineMarkdown(m[7])}</discord-bold>`;
    else if (m[8] !== undefined) out += `<discord-italic>${inlineMarkdown(m[8])}</discord-italic>`;
  }
  return out + escapeHtml(markdown.slice(last));
}

/** Block markdown: "> " lines as a block quote, "-# " lines as subtext, the rest as lines. */
export function blockMarkdown(markdown: string): string {
  const out: string[] = [];
  let quote: string[] = [];
  const flush = () => {
    if (quote.length) out.push(`<discord-quote>${quote.join('<br>')}</discord-quote>`);
    quote = [];
  };
  for (const line of markdown.split('\n')) {
    if (line.startsWith('> ')) {
      quote.push(inlineMarkdown(line.slice(2)));
      continue;
    }
    flush();
    if (line.startsWith('-# ')) out.push(`<discord-subscript>${inlineMarkdown(line.slice(3))}</discord-subscript>`);
    else out.push(`${inlineMarkdown(line)}<br>`);
  }
  flush();
  return out.join('').replace(/(<br>)+$/u, '');
}

function embedHtml(embed: APIEmbed): string {
  const attributes = [
    embed.color !== undefined ? `color="#${embed.color.toString(16).padStart(6, '0')}"` : '',
    // An embed's url shows only as the link of its title (a title-less embed's url shows nothing).
    embed.title !== undefined ? `embed-title="${escapeHtml(embed.title)}"` : '',
    embed.title !== undefined && embed.url ? `url="${escapeHtml(embed.url)}"` : '',
    embed.author ? `author-name="${escapeHtml(embed.author.name)}"` : '',
  ].filter(Boolean);
  const parts = [
    embed.description ? `<discord-embed-description slot="description">${blockMarkdown(embed.description)}</discord-embed-description>` : '',
    embed.footer ? `<discord-embed-footer slot="footer">${escapeHtml(embed.footer.text)}</discord-embed-footer>` : '',
  ];
  return `<discord-embed slot="embeds" ${attributes.join(' ')}>${parts.join('')}</discord-embed>`;
}

function rowsHtml(rows: readonly PreviewRow[]): string {
  if (rows.length === 0) return '';
  const buttons = (row: PreviewRow) =>
    row.components
      .map(
        (b) =>
          `<discord-button type="${b.style === 1 ? 'primary' : 'secondary'}"${b.disabled ? ' disabled' : ''}>${escapeHtml(b.label ?? '')}</discord-button>`,
      )
      .join('');
  return `<discord-attachments slot="components">${rows.map((row) => `<discord-action-row>${buttons(row)}</discord-action-row>`).join('')}</discord-attachments>`;
}

/** One reply as Discord shows it, under the command that asked for it. */
export function messageHtml(message: PreviewMessage): string {
  const { body } = message;
  const ephemeral = (body.flags & EPHEMERAL) !== 0;
  const embeds = (body.flags & SUPPRESS_EMBEDS) !== 0 ? [] : body.embeds;
  const reply = message.command
    ? `<discord-command slot="reply" author="${escapeHtml(message.user)}" avatar="${USER_AVATAR}" command="${escapeHtml(message.command)}"></discord-command>`
    : '';
  const attributes = [
    'author="Sumber"',
    'bot',
    `avatar="${BOT_AVATAR}"`,
    `timestamp="${TIMESTAMP}"`,
    ephemeral ? 'ephemeral' : '',
    message.edited ? 'edited' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return `<discord-message ${attributes}>${reply}${blockMarkdown(body.content)}${embeds.map(embedHtml).join('')}${rowsHtml(body.components)}</discord-message>`;
}

/** A whole page: the scene's title, then its messages in a Discord channel, dark theme. */
export function previewPage(scene: PreviewScene, script: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(scene.title)}</title>
<style>
  html, body { margin: 0; background: #313338; }
  body { width: 860px; font-family: 'gg sans', 'Noto Sans', 'Helvetica Neue', Helvetica, Arial, sans-serif; }
  h1 { margin: 0; padding: 10px 16px 0; color: #b5bac1; font: 600 13px 'Noto Sans', sans-serif; letter-spacing: .02em; text-transform: uppercase; }
</style>
<script>${script.replace(/<\/script/giu, '<\\/script')}</script>
</head><body>
<h1>${escapeHtml(scene.title)}</h1>
<discord-messages id="messages">${scene.messages.map(messageHtml).join('\n')}</discord-messages>
</body></html>`;
}
