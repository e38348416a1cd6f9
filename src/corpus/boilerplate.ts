import { boilerplateLexicon as lexicon } from './lexicons.js';

/** The kinds of page furniture that are stripped from article text. */
export type BoilerplateKind = 'related' | 'share' | 'navigation' | 'ads' | 'follow' | 'footer' | 'section' | 'counter';

const kinds = ['related', 'share', 'navigation', 'ads', 'follow', 'footer'] as const;
const linePatterns = kinds.map((kind) => ({ kind, matches: wholeLineMatcher(lexicon[kind]) }));
// Case-sensitive: a short line of capitals ("MIXADVERT JASAPRO") is an ad slot's name.
const capsLine = new RegExp(`^(?:${lexicon.capsLine})$`, 'u');
const sectionLabels = new Set(lexicon.sections.map((s) => s.toLowerCase()));
const signoffOnly = new RegExp(`^${lexicon.signoff}$`, 'u');
const signoffAtEnd = new RegExp(`(?<=[.!?"'\\u201D\\u2019])\\s*${lexicon.signoff}$`, 'u');
/** The lexicon's sign-offs all close with ")" (as "(AFP/Z-4)"): the usual case, checked once. */
const signoffEndsInParenthesis = lexicon.signoff.endsWith('\\)');

/**
 * A test of whether a line is wholly one of `alternatives` (case-insensitive), as
 * `^(?:a|b|…)$` would say. An alternative that may start anywhere in the line (".*\b(x|y)\b.*")
 * makes that expression try every position of every line, article paragraphs included; so such
 * alternatives are first looked for without their leading ".*" and "\b"
 * (anything the whole expression matches, that search finds too), and the whole expression only
 * runs on the few lines where it finds something.
 */
function wholeLineMatcher(alternatives: readonly string[]): (text: string) => boolean {
  const whole = new RegExp(`^(?:${alternatives.join('|')})$`, 'iu');
  const floating = alternatives.filter((a) => /^\.\*(?![?*+{])/u.test(a));
  // A back-reference would change its meaning once the alternatives are regrouped.
  if (floating.length === 0 || alternatives.some((a) => /\\[1-9]/u.test(a))) return (text) => whole.test(text);
  const anchored = alternatives.filter((a) => !floating.includes(a));
  const start = anchored.length > 0 ? new RegExp(`^(?:${anchored.join('|')})$`, 'iu') : null;
  const hint = new RegExp(floating.map((a) => `(?:${a.slice(2).replace(/^\\b/u, '')})`).join('|'), 'iu');
  return (text) => start?.test(text) || (hint.test(text) && whole.test(text));
}

// A bullet, dash or bar in front of a widget's label ("- Penulis Berita", "• Share") is not part of it.
const LEADING_MARK = /^[-–—•·*|>»›]+\s*/u;
const shareWords = new Set(lexicon.shareWords);
const counterWords = lexicon.counters.map((w) => w.split(' '));
const COUNT = /^\d[\d.,]*\s*(?:[kmb]|rb|ribu|jt|juta)?$/iu;

/** The kind of boilerplate a whole line is, or null when it may be article text. */
export function classifyBoilerplate(line: string): BoilerplateKind | null {
  const text = line.trim().replace(LEADING_MARK, '');
  if (text === '') return null;
  if (
    sectionLabels.has(
      text
        .toLowerCase()
        .replace(/[:|»›>]+$/u, '')
        .trim(),
    )
  )
    return 'section';
  for (const { kind, matches } of linePatterns) if (matches(text)) return kind;
  // never a sentence that happens to be in capitals
  if (text.length <= 40 && capsLine.test(text)) return 'ads';
  if (text.length <= 160 && isShareBar(text)) return 'share';
  if (text.length <= 40 && isCounter(text)) return 'counter';
  return null;
}

/** "facebook twitter whatsapp telegram line copy", "facebook icon twitter icon …": a line of nothing but share-widget words. */
function isShareBar(text: string): boolean {
  const space = text.indexOf(' ');
  if (!shareWords.has((space < 0 ? text : text.slice(0, space)).toLowerCase().replace(/:$/u, ''))) return false;
  const words = text
    .toLowerCase()
    .split(/[\s|/·•,:]+/u)
    .filter((w) => w !== '');
  return words.length >= 2 && words.every((w) => shareWords.has(w));
}

/** "203 view", "1,2 rb dibaca", "12 komentar": a view, share or comment counter. */
function isCounter(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/u);
  for (let cut = 1; cut < words.length; cut++) {
    const number = words.slice(0, cut).join(' ');
    const rest = words.slice(cut);
    if (COUNT.test(number) && counterWords.some((c) => c.length === rest.length && c.every((w, i) => w === rest[i]))) return true;
  }
  // "Dibaca 1.234 kali"
  return /^(?:dibaca|dilihat|views?)\s*:?\s*\d[\d.,]*\s*(?:kali|times)?$/iu.test(text);
}

/** A reporter's sign-off standing alone on a line: "(DKH)", "(tia)", "(AFP/Z-4)", "(*)". */
export function isSignoffLine(line: string): boolean {
  return signoffOnly.test(line.trim());
}

/**
 * Splits a trailing sign-off from a paragraph ("… lebih andal. (AFP/Z-4)").
 * Only after sentence-final punctuation, so "(Korsel)" closing a phrase is kept.
 */
export function splitTrailingSignoff(paragraph: string): { text: string; signoff: string | null } {
  // a paragraph that cannot end in a sign-off is not tried at every position
  const match = signoffEndsInParenthesis && !paragraph.endsWith(')') ? null : signoffAtEnd.exec(paragraph);
  if (!match) return { text: paragraph, signoff: null };
  return { text: paragraph.slice(0, match.index).trimEnd(), signoff: match[0].trim() };
}
