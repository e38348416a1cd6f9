/**
 * Folding for comparisons (never for display): case, diacritics and typographic quotes,
 * so that "Sergeï Lavrov", "sergei lavrov" and "SERGEI LAVROV" compare equal.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
