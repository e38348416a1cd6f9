/**
 * Unicode normalisation applied to raw article text before anything else, so that every
 * paragraph, and so every snippet, is the same string whichever way the page encoded it.
 * NFKC folds compatibility forms (no-break spaces become spaces, full-width letters become
 * ASCII); format characters (zero-width, bidi controls, soft hyphens) are invisible in the
 * page and would break matching and Discord rendering, so they go. Typographic quotes stay.
 */
const FORMAT_CHARACTERS = /[\p{Cf}\u00AD]/gu;
const OTHER_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
// A run of horizontal white space other than one plain space: the single spaces between words (most
// of the text's) are left alone rather than replaced by themselves, which was half of this function's time.
const HORIZONTAL_SPACE = / [^\S\n]+|[^\S\n ][^\S\n]*/g;

export function normalizeText(raw: string): string {
  return (raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw)
    .normalize('NFKC')
    .replace(FORMAT_CHARACTERS, '')
    .replace(OTHER_CONTROLS, '')
    .replace(HORIZONTAL_SPACE, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n');
}

/** True when a buffer is not plausibly text: NUL bytes or many invalid UTF-8 sequences. */
export function looksBinary(buffer: Uint8Array, decoded: string): boolean {
  if (buffer.includes(0)) return true;
  const replacements = decoded.match(/\uFFFD/g)?.length ?? 0;
  return replacements > 8 && replacements / Math.max(decoded.length, 1) > 0.01;
}
