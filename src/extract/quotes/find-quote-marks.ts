/**
 * Finds the top-level quotations of one paragraph in every house style: “…”, ”…” (Kompas opens
 * with the closing glyph), "…", „…“, «…», »…«, ‘…’ and '…' (single marks at the top level only where
 * they cannot be apostrophes), with single marks nested inside double ones ("menyebarkan 'rumor
 * tentang kesepakatan senjata'") kept inside the outer quotation.
 *
 * A mark's role is read from where it stands, not from its glyph alone: after a space (or the start,
 * or an opening bracket) and before a word it opens; after a word or punctuation and before a space
 * or punctuation it closes. Glyphs that only ever open (“ „ «) or close (» for «) are trusted only
 * as far as their position allows, because sites mix them freely.
 */

/** One quotation: offsets of its marks and of its trimmed inner text in the paragraph. */
export interface QuoteMarks {
  /** Offset of the opening mark, or -1 when the quotation continues from the previous paragraph. */
  readonly open: number;
  /** Offset of the closing mark, or -1 when the quotation runs on past the paragraph's end. */
  readonly close: number;
  /** Inner text, trimmed of white space and of a trailing comma: `text.slice(start, end)`. */
  readonly start: number;
  readonly end: number;
}

const LETTER = /[\p{L}\p{N}]/u;
const MARK = /["\u201C\u201D\u201E\u201F\u00AB\u00BB\u2018\u2019\u201A']/g;
/** What may stand right before an opening mark. */
const SPACE_BEFORE = /[\s([{\u2014\u2013:;,—-]/u;
/** What may stand right after a closing mark. */
const AFTER_CLOSE = /[\s)\]}.,;:!?\u2014\u2013—-]/u;

const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);
const isSpaceChar = (ch: string | undefined): boolean => ch !== undefined && /\s/u.test(ch);
const DOUBLE_OPENERS = '"\u201C\u201D\u201E\u201F\u00AB\u00BB';

/** Start of text, a space, a bracket or a dash before, and a non-space after. */
const openerPosition = (text: string, i: number): boolean =>
  (i === 0 || SPACE_BEFORE.test(text[i - 1]!) || DOUBLE_OPENERS.includes(text[i - 1]!)) && i + 1 < text.length && !isSpaceChar(text[i + 1]);
/** A non-space before, and the end, a space or punctuation after (never a letter: "Ma’ruf", "don't"). */
const closerPosition = (text: string, i: number): boolean =>
  i > 0 && !isSpaceChar(text[i - 1]) && (i + 1 >= text.length || AFTER_CLOSE.test(text[i + 1]!) || DOUBLE_OPENERS.includes(text[i + 1]!));

type Kind = 'double' | 'ascii' | 'guillemet' | 'reversed' | 'single' | 'asciiSingle';

const isSingle = (kind: Kind): boolean => kind === 'single' || kind === 'asciiSingle';

/** The kind a character opens, if it may open a quotation here. */
function openerKind(text: string, i: number): Kind | null {
  const ch = text[i];
  const opener = openerPosition(text, i);
  const closer = closerPosition(text, i);
  switch (ch) {
    case '\u201C':
    case '\u201E':
    case '\u201F':
      // “ after a word and before a space closes („…“, or a site's “…“).
      return closer && !opener ? null : 'double';
    case '\u201D':
      // ” opens where it stands before a word after a space (Kompas: ”…”).
      return opener && !closer ? 'double' : null;
    case '"':
      return opener && !closer ? 'ascii' : null;
    case '\u00AB':
      return closer && !opener ? null : 'guillemet';
    case '\u00BB':
      return opener && !closer ? 'reversed' : null;
    case '\u2018':
    case '\u201A':
      return opener ? 'single' : null;
    case "'":
    case '\u2019':
      return opener && !closer && isLetter(text[i + 1]) ? 'asciiSingle' : null;
    default:
      return null;
  }
}

/** Whether the character at i closes a quotation of this kind. */
function closes(kind: Kind, text: string, i: number): boolean {
  const ch = text[i];
  switch (kind) {
    case 'double':
      return (ch === '\u201D' || ch === '\u201C' || ch === '"') && !(openerPosition(text, i) && !closerPosition(text, i));
    case 'ascii':
      return (ch === '"' || ch === '\u201D') && !(openerPosition(text, i) && !closerPosition(text, i));
    case 'guillemet':
      return ch === '\u00BB';
    case 'reversed':
      return ch === '\u00AB';
    case 'single':
    case 'asciiSingle':
      return (ch === '\u2019' || ch === "'" || ch === '\u2018') && closerPosition(text, i);
  }
}

/** A double closing glyph in a closing position: the end of a quotation begun before this paragraph. */
function closesEarlier(text: string, i: number): boolean {
  const ch = text[i];
  // 6" after a digit is an inch mark.
  if (ch === '"' && /\p{N}/u.test(text[i - 1] ?? '')) return false;
  return (
    (ch === '\u201D' || ch === '"' || ch === '\u00BB' || ch === '\u201C') && closerPosition(text, i) && !(openerPosition(text, i) && isLetter(text[i + 1]))
  );
}

/** Quotations of a paragraph in text order. */
export function findQuoteMarks(text: string): QuoteMarks[] {
  const found: QuoteMarks[] = [];
  let top: { kind: Kind; at: number } | null = null;
  let nested: Kind | null = null;
  let sawAnyMark = false;
  MARK.lastIndex = 0;
  for (let hit = MARK.exec(text); hit !== null; hit = MARK.exec(text)) {
    const i = hit.index;
    if (top === null) {
      // A closing double mark before any opening one ends a quotation begun in an earlier paragraph.
      if (!sawAnyMark && closesEarlier(text, i)) {
        sawAnyMark = true;
        pushInner(found, text, -1, i);
        continue;
      }
      const kind = openerKind(text, i);
      if (kind === null) continue;
      // A single mark opens at the top level only when a closing single mark follows in this paragraph.
      if (isSingle(kind) && !hasCloser(text, i + 1, kind)) continue;
      sawAnyMark = true;
      top = { kind, at: i };
      nested = null;
      continue;
    }
    if (nested !== null) {
      if (closes(nested, text, i)) nested = null;
      else if (!isSingle(top.kind) && closes(top.kind, text, i)) {
        nested = null;
        pushInner(found, text, top.at, i);
        top = null;
      }
      continue;
    }
    if (closes(top.kind, text, i)) {
      pushInner(found, text, top.at, i);
      top = null;
      continue;
    }
    if (!isSingle(top.kind)) {
      const inner = openerKind(text, i);
      if (inner !== null && isSingle(inner)) nested = inner;
    }
  }
  if (top !== null) pushInner(found, text, top.at, -1);
  return found;
}

function hasCloser(text: string, from: number, kind: Kind): boolean {
  for (let j = from; j < text.length; j++) if (closes(kind, text, j)) return true;
  return false;
}

function pushInner(found: QuoteMarks[], text: string, open: number, close: number): void {
  let start = open + 1;
  let end = close === -1 ? text.length : close;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /[\s,]/u.test(text[end - 1]!)) end--;
  if (end > start) found.push({ open, close, start, end });
}
