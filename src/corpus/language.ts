import type { Language } from '../language/types.js';
import { languageMarkers as markers } from './lexicons.js';

/** Each marker word, with whether it marks Indonesian and whether it marks English (a word may mark both). */
const marks = new Map<string, { id: boolean; en: boolean }>();
for (const w of markers.id) marks.set(w, { id: true, en: marks.get(w)?.en ?? false });
for (const w of markers.en) marks.set(w, { id: marks.get(w)?.id ?? false, en: true });
/** No longer word can be a marker: longer words are counted without being cut out of the text. */
const LONGEST = Math.max(...[...marks.keys()].map((w) => w.length));
const LETTER = /^\p{L}$/u;
/** First code units of the markers: a word starting otherwise is counted without a lookup. */
const markerInitials = new Set([...marks.keys()].map((w) => w.charCodeAt(0)));

/** Indonesian or English, by which language's function words are more frequent (Indonesian on a tie). */
export function detectLanguage(text: string): Language {
  const lower = text.toLowerCase();
  let id = 0;
  let en = 0;
  // the words are the runs of letters of the lower-cased text
  for (let i = 0; i < lower.length; ) {
    let width = letterWidth(lower, i);
    if (width === 0) {
      i += lower.codePointAt(i)! > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    while (width > 0) {
      i += width;
      width = i < lower.length ? letterWidth(lower, i) : 0;
    }
    if (i - start > LONGEST || !markerInitials.has(lower.charCodeAt(start))) continue;
    const mark = marks.get(lower.slice(start, i));
    if (mark?.id) id++;
    if (mark?.en) en++;
  }
  return en > id ? 'en' : 'id';
}

/** Code units of the letter at i, or 0 when the character there is not a letter. */
function letterWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  const ch = String.fromCodePoint(text.codePointAt(i)!);
  return LETTER.test(ch) ? ch.length : 0;
}
