import { pattern } from '../language/dates/date-lexicon.js';

/**
 * Quantities: numbers written in digits that count something ("1,300 children", "426 siswa",
 * "2.325 TPS"), as opposed to the numbers of dates, times and years ("6 Oktober", "(24/7)",
 * "8:20", "2025"). The index holds one extra term for them, so that a question asking for a
 * number ("How many …?", "Berapa …?") can prefer the paragraphs that give one.
 */

/** The index term of a paragraph's quantities: no token analyses to it (a control character opens it). */
export const QUANTITY_TERM = '\u0001quantity';

const NUMBER = /(?<![\p{L}\p{N}/:.,-])\d+(?:[.,]\d+)*(?![\p{L}\p{N}/:]|[.,]\d)/gu;
const YEAR = /^(?:19|20)\d\d$/u;
const MONTH_AFTER = new RegExp(`^\\s+(?:${pattern.month})(?![\\p{L}])`, 'iu');
const MONTH_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${pattern.month})\\.?\\s+$`, 'iu');
const DIGIT = /\d/u;

/** How many quantities a text gives. */
export function quantityCount(text: string): number {
  if (!DIGIT.test(text)) return 0;
  let count = 0;
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m !== null; m = NUMBER.exec(text)) {
    if (YEAR.test(m[0])) continue;
    const end = m.index + m[0].length;
    // "6 Oktober", "Oct. 7": the day of a date
    if (m[0].length <= 2 && (MONTH_AFTER.test(text.slice(end, end + 12)) || MONTH_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)))) continue;
    count++;
  }
  return count;
}

/** Words opening a question that asks for a number ("how many", "berapa"). */
const ASKS_NUMBER = /^(?:how\s+(?:many|much)|berapa(?:kah)?|jumlah\s+berapa)(?![\p{L}])/iu;

/** True when a query asks for a number. */
export const asksForQuantity = (query: string): boolean => ASKS_NUMBER.test(query.trim());
