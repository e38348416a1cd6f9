import markers from '../language/lexicon/language-markers.json' with { type: 'json' };
import type { Language } from './types.js';

const indonesian = new Set(markers.id);
const english = new Set(markers.en);

/** Indonesian or English, by which language's function words are more frequent (Indonesian on a tie). */
export function detectLanguage(text: string): Language {
  let id = 0;
  let en = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (indonesian.has(word)) id++;
    if (english.has(word)) en++;
  }
  return en > id ? 'en' : 'id';
}
