import { type BlockShape, capitalisedShare, isTitleCased } from './blocks.js';

/** A block of the page before the article's first paragraph, offered as the title. */
export interface TitleCandidate {
  readonly text: string;
  readonly shape: BlockShape;
  /** Position among the page's blocks (chrome included). */
  readonly index: number;
  /** The same text appears elsewhere on the page, not just below it (the title is often printed twice, or as an image's alt text). */
  readonly repeated: boolean;
  /** A byline, a date line or a photo follows it, as they follow a headline. */
  readonly followedByMeta: boolean;
}

// A headline may end in "?", "!", "…" or a closing quote, not in a full stop, colon or comma.
const NOT_A_HEADLINE_END = /[.,:;]["'\u201D\u2019)]*$|[-–—|/]$/u;
const HAS_LETTER = /\p{L}/u;

/** Whether a block is shaped like a headline at all: a few words, no final stop, not all lower case. */
export function isHeadlineShaped(text: string, shape: BlockShape): boolean {
  if (shape.words < 3 || shape.words > 30 || text.length > 250) return false;
  if (NOT_A_HEADLINE_END.test(text) && !text.endsWith('...')) return false;
  if (!HAS_LETTER.test(text) || text === text.toLowerCase()) return false;
  return true;
}

/**
 * Picks the title among the headline-shaped blocks above the article: the page's title comes
 * first, is often repeated, is followed by its byline or date, and reads as a headline; a
 * subtitle, a photo caption or a menu item fares worse on each. Null when no block is shaped
 * like a headline: a page without its title has none, and no line of the body is ever taken.
 */
export function chooseTitle(candidates: readonly TitleCandidate[]): string | null {
  let best: { text: string; score: number } | null = null;
  candidates.forEach((c, rank) => {
    if (!isHeadlineShaped(c.text, c.shape)) return;
    let score = rank === 0 ? 2 : rank === 1 ? 1 : -rank / 2;
    if (c.repeated) score += 2;
    if (c.followedByMeta) score += 1;
    if (c.shape.words >= 5 && c.shape.words <= 25) score += 2;
    if (isTitleCased(c.shape)) score += 1;
    // all in capitals: a label or a widget ("SCROLL TO CONTINUE WITH CONTENT") more often than a title
    if (c.text === c.text.toUpperCase() && c.shape.words >= 3) score -= 3;
    if (capitalisedShare(c.shape) === 0 && c.shape.contentWords > 2) score -= 1;
    if (best === null || score > best.score) best = { text: c.text, score };
  });
  return best === null ? null : (best as { text: string }).text;
}
