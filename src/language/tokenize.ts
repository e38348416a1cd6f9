/** A word or number of a text, as offsets into it: `text.slice(start, end) === token`. */
export interface Token {
  readonly token: string;
  readonly start: number;
  readonly end: number;
}

// Numbers keep their separators ("1.000", "2,5", "60.000"); words keep inner hyphens and
// apostrophes ("kontainer-kontainer", "non-proliferasi", "jum'at").
const TOKEN = /\p{N}+(?:[.,]\p{N}+)*|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;

/** The words and numbers of a text, in order. */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** The words and numbers of a text with their offsets. */
export function tokenizeWithOffsets(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) tokens.push({ token: m[0], start: m.index, end: m.index + m[0].length });
  return tokens;
}
