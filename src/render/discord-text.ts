import { escapeMarkdown } from 'discord.js';

// Format characters (zero-width spaces and joiners, bidi controls, soft hyphens, tags) change how
// text looks without being seen, so they are never shown. Control characters other than newline and
// tab have no business in a message either; lone surrogates would make the JSON body invalid UTF-8.
const INVISIBLE = /\p{Cf}/gu;
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

// escapeMarkdown's look-behinds rescan the text before every position, so it takes quadratic time
// on long runs without spaces (5 s for 12,000 backslashes, measured on discord.js 14.28); its
// masked-link pattern also backtracks badly on many "](" (1.6 s on 4 KB). Text is therefore escaped
// in pieces of at most CHUNK characters, cut at spaces where possible. Cutting can only lose context
// that *prevents* an escape (a URL or emoji started in an earlier piece), except for pairs split
// across two pieces ("|" + "|", "~" + "~"), which the pass below escapes one by one.
const CHUNK = 256;
const MASKED_LINK_OPTION_MAX_OPENINGS = 16;

// Left alone by escapeMarkdown even with every option: mention, channel, emoji and timestamp syntax
// (all start with "<"), link text brackets, "@everyone"/"@here", block quotes and "-#" subtext.
// Each is escaped only when it is not escaped already (preceded by an even run of backslashes); the
// look-behind makes every match start at the beginning of a backslash run, keeping this linear.
const UNESCAPED_SPECIAL = /(?<!\\)(\\*)([<[\]|~])/gu;
const UNESCAPED_BROADCAST = /(?<!\\)(\\*)@(everyone|here)/gu;
const UNESCAPED_LINE_START = /^([ \t]*)(\\*)(>|-#)/gmu;

/** Text safe to show: no format or control characters, no lone surrogates, `\r\n` as `\n`. */
export function cleanDisplayText(text: string): string {
  return text.replace(/\r\n?/gu, '\n').replace(INVISIBLE, '').replace(CONTROL, '').replace(LONE_SURROGATE, '\uFFFD');
}

/**
 * Escapes clean text so that Discord shows it as written: no bold, links, headings, lists, quotes,
 * mentions, emoji or timestamps come from it. Only backslashes are added, so removing Discord's
 * escapes gives the text back exactly (the snippets stay verbatim).
 */
export function escapeDiscordMarkdown(text: string): string {
  let out = text
    .split('\n')
    .map((line) => piecesOf(line).map(escapePiece).join(''))
    .join('\n');
  out = out.replace(UNESCAPED_SPECIAL, (match, run: string, char: string) => (run.length % 2 === 0 ? `${run}\\${char}` : match));
  out = out.replace(UNESCAPED_BROADCAST, (match, run: string, word: string) => (run.length % 2 === 0 ? `${run}\\@${word}` : match));
  out = out.replace(UNESCAPED_LINE_START, (match, space: string, run: string, mark: string) => (run.length % 2 === 0 ? `${space}${run}\\${mark}` : match));
  return out;
}

function escapePiece(piece: string): string {
  const escaped = escapeMarkdown(piece, {
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: piece.split('](').length - 1 <= MASKED_LINK_OPTION_MAX_OPENINGS,
  });
  // escapeMarkdown can misplace a backslash in runs of underscores ("__ ___ ___ ___" gets a visible
  // "\" and a bare "_"); when what Discord would show differs from the text, escape every ASCII
  // punctuation mark instead, which always shows the text as it is.
  return unescapeDiscordMarkdown(escaped) === piece ? escaped : piece.replace(ASCII_PUNCTUATION, '\\$&');
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/gu;

/** What Discord shows for markdown escapes: a backslash before anything but an ASCII letter, digit or space is dropped. */
export function unescapeDiscordMarkdown(markdown: string): string {
  return markdown.replace(/\\([^0-9A-Za-z\s])/gu, '$1');
}

function piecesOf(line: string): string[] {
  if (line.length <= CHUNK) return [line];
  const pieces: string[] = [];
  let start = 0;
  while (start < line.length) {
    let end = Math.min(line.length, start + CHUNK);
    if (end < line.length) {
      const space = line.lastIndexOf(' ', end - 1);
      if (space > start) end = space + 1;
      else if (isHighSurrogate(line.charCodeAt(end - 1))) end--;
    }
    pieces.push(line.slice(start, end));
    start = end;
  }
  return pieces;
}

/** Cuts a string to at most `max` code units without splitting a surrogate pair, marking the cut with "…". */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let end = max - 1;
  if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1))) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * Cuts already-escaped markdown to at most `max` code units. Cutting only shortens, so nothing that
 * was escaped becomes active; a trailing lone backslash (half of an escape) is dropped with the cut.
 */
export function cutMarkdown(markdown: string, max: number): string {
  if (markdown.length <= max) return markdown;
  if (max <= 0) return '';
  let end = max - 1;
  if (end > 0 && isHighSurrogate(markdown.charCodeAt(end - 1))) end--;
  let run = 0;
  while (run < end && markdown.charCodeAt(end - 1 - run) === 0x5c) run++;
  if (run % 2 === 1) end--;
  return `${markdown.slice(0, end)}…`;
}

/** Raw text → escaped markdown of at most `max` code units (ending in "…" when cut). */
export function fitMarkdown(raw: string, max: number): string {
  // Escaping never shortens text, so more than max + 1 clean code units can never be shown.
  return cutMarkdown(escapeDiscordMarkdown(cleanDisplayText(raw).slice(0, max + 1)), max);
}

// A link as Discord finds one in message content to preview (server side, whatever the markdown).
const CONTENT_LINK = /https?:\/\/\S+/giu;
// Characters percent-encoded in a link shown in content: those that could end the "<…>" around it
// or be read as markdown or a mention.
const CONTENT_LINK_BREAKERS = /[()<>"'`\\[\]@|~*_]/gu;

/**
 * Raw text → escaped markdown for message *content*, of at most `max` code units. Discord previews
 * every http(s) link in a message's content (an embed under the message) unless the link is wrapped
 * in angle brackets, so each link is shown as `<link>`: clickable, never previewed. Links inside
 * embeds are never previewed, so only content needs this. A cut never leaves half a link.
 */
export function fitContentMarkdown(raw: string, max: number): string {
  const text = cleanDisplayText(raw).slice(0, max + 1);
  const pieces: { markdown: string; link: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(CONTENT_LINK)) {
    const at = match.index ?? 0;
    if (at > last) pieces.push({ markdown: escapeDiscordMarkdown(text.slice(last, at)), link: false });
    const encoded = match[0].replace(CONTENT_LINK_BREAKERS, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    pieces.push({ markdown: `<${encoded}>`, link: true });
    last = at + match[0].length;
  }
  if (last < text.length) pieces.push({ markdown: escapeDiscordMarkdown(text.slice(last)), link: false });
  let out = '';
  for (const { markdown, link } of pieces) {
    if (out.length + markdown.length <= max) {
      out += markdown;
      continue;
    }
    // It does not fit: a link is dropped whole, text is cut; either way the cut is marked with "…".
    const room = max - out.length;
    if (link) return room >= 1 ? `${out}…` : cutMarkdown(out, max);
    return out + cutMarkdown(markdown, room);
  }
  return out;
}

/** Raw text → plain text (for footers, labels and choices, where Discord renders no markdown). */
export function fitPlain(raw: string, max: number): string {
  return cutText(cleanDisplayText(raw), max);
}

/** Prefixes every line with "> ", Discord's block quote. */
export function quoteLines(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

// Characters that would end a masked link, and "@" (no "@everyone" anywhere in a message, even a link target).
const URL_BREAKERS = /[()<>\s"'`\\[\]@]/gu;
const MAX_LINK_URL = 512;

/** An http(s) URL safe inside a masked link `[text](url)`, or null when it is not one. */
export function safeLinkUrl(url: string | null): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.username || parsed.password) return null;
  const href = parsed.href.replace(URL_BREAKERS, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return href.length <= MAX_LINK_URL ? href : null;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
