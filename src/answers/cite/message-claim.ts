import { lexicon } from '../../extract/quotes/lexicon.js';
import { foldToken } from '../../language/analyzer.js';
import { splitSentences } from '../../language/sentences.js';
import { tokenize, tokenizeWithOffsets } from '../../language/tokenize.js';
import { MAX_CLAIM_LENGTH } from './claim-option.js';

/** Most characters of a message read (Discord's longest message is 4,000 characters with Nitro; embeds add up to 6,000). */
export const MAX_MESSAGE_TEXT = 10_000;

// Discord markup that is no part of what the message claims: mentions, channels, roles, custom
// emoji and timestamps (<@1>, <#1>, <@&1>, <:name:1>, <t:1:R>), links, code fences, and the marks
// of block quotes, headings, subtext and lists at a line's start. Emphasis, strike-through and
// spoiler marks are dropped but their words kept. Each pattern is linear (no nested quantifiers).
const ANGLE_MARKUP = /<(?:@[!&]?|#|a?:\w{1,32}:|t:)[\w:-]{0,40}>/gu;
const LINK = /\bhttps?:\/\/\S+/gu;
const LINE_MARKS = /^[ \t]*(?:>>>|>|-#|#{1,3}|[-*•]|\d{1,3}[.)])[ \t]+/gmu;
const INLINE_MARKS = /\*\*|__|~~|\|\||```|`|(?<![\p{L}\p{N}])[*_]|[*_](?![\p{L}\p{N}])/gu;
const FORMAT = /[\p{Cf}\u00AD]/gu;
const CONTROL = /[\p{Cc}\p{Co}\p{Cs}]/gu;
const SPACE = /\s+/gu;
const QUOTE_MARK = /["“”„«»]|(?<![\p{L}])[‘'](?=\p{L})/u;

/**
 * What the "Find source" message command looks up in a message: its text with Discord's markup
 * taken out, as one claim of at most 1,000 characters (what `/cite claim:` takes). A longer message
 * keeps the sentences that look most like a circulating quote or claim (in quotation marks, after a
 * "Name:" or with a speech verb), longest first, in the message's order, as many as fit. Null when
 * the message has no words (an image, a sticker, only a link).
 */
export function messageClaim(content: string): string | null {
  const text = plainText(content.slice(0, MAX_MESSAGE_TEXT));
  if (tokenize(text).length === 0) return null;
  if (text.length <= MAX_CLAIM_LENGTH) return text;
  const sentences = splitSentences(text).map((s, order) => ({ order, text: text.slice(s.start, s.end).trim() }));
  const ranked = sentences
    .filter((s) => tokenize(s.text).length > 0)
    .map((s) => ({ ...s, claimLike: looksLikeClaim(s.text) }))
    .sort((a, b) => Number(b.claimLike) - Number(a.claimLike) || b.text.length - a.text.length || a.order - b.order);
  const chosen: typeof ranked = [];
  let length = 0;
  for (const s of ranked) {
    if (s.text.length > MAX_CLAIM_LENGTH) continue;
    const added = s.text.length + (chosen.length > 0 ? 1 : 0);
    if (length + added > MAX_CLAIM_LENGTH) continue;
    // Once a claim-like sentence is in, plain sentences would only blur what is looked up.
    if (chosen.some((c) => c.claimLike) && !s.claimLike) continue;
    chosen.push(s);
    length += added;
  }
  if (chosen.length === 0) return cutAtWord(ranked[0]?.text ?? text, MAX_CLAIM_LENGTH);
  return chosen
    .sort((a, b) => a.order - b.order)
    .map((s) => s.text)
    .join(' ');
}

/** The message's words without Discord's markup, on one line. */
function plainText(content: string): string {
  return content
    .replace(ANGLE_MARKUP, ' ')
    .replace(LINK, ' ')
    .replace(LINE_MARKS, '')
    .replace(INLINE_MARKS, '')
    .replace(FORMAT, '')
    .replace(CONTROL, ' ')
    .replace(SPACE, ' ')
    .trim();
}

/** True when a sentence reads as a quote or a claim someone makes: quotation marks, a "Name:" lead, or a speech verb. */
function looksLikeClaim(sentence: string): boolean {
  if (QUOTE_MARK.test(sentence)) return true;
  const colon = sentence.indexOf(':');
  if (colon > 0 && colon < 60 && /^[^.!?]*\p{Lu}/u.test(sentence.slice(0, colon))) return true;
  // A speech verb: one that puts its speaker before it ("mengatakan", "said"), or one that follows
  // the words said after a comma ("…, kata X"; "pesan" alone is a noun as often as a verb).
  return tokenizeWithOffsets(sentence).some(({ token, start }) => {
    const info = lexicon.verbs.get(foldToken(token));
    return info?.statement && (info.forms.has('active') || (info.forms.has('post') && /[,"”’]\s*$/u.test(sentence.slice(0, start))));
  });
}

/** The text cut at the last word boundary within `max` characters. */
function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  return (space > max / 2 ? text.slice(0, space) : text.slice(0, max)).trim();
}
