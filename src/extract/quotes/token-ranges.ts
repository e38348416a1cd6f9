import type { ParagraphView } from '../paragraph-view.js';
import { isComma } from './word-classes.js';

/** Token ranges of a paragraph and small scans over them. */

/** Longest speaker phrase looked for, in tokens. */
export const MAX_PHRASE = 24;

/** Tokens [from, to) of a paragraph. */
export interface TokenRange {
  readonly from: number;
  readonly to: number;
}

/** The opening bracket of the closing one at `close`, within a few tokens, or -1. */
export function matchingOpen(view: ParagraphView, sFrom: number, close: number): number {
  for (let k = close - 1; k >= Math.max(sFrom, close - 8); k--) if (view.tokens[k]!.text === '(') return k;
  return -1;
}

/** The next comma at or after `from`, or `end`. */
export function nextComma(view: ParagraphView, from: number, end: number): number {
  let k = from;
  while (k < end && !isComma(view.tokens[k])) k++;
  return k;
}

/** True when the tokens [from, to) hold no word. */
export const isEmptyRange = (view: ParagraphView, from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (view.tokens[k]!.kind === 'word') return false;
  return true;
};
