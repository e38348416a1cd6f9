/**
 * Finds the top-level quotations of one paragraph: “…”, "…", «…», „…“ and ‘…’ (single marks at the
 * top level only where they cannot be apostrophes), with single marks nested inside double ones
 * ("menyebarkan 'rumor tentang kesepakatan senjata'") kept inside the outer quotation.
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
const MARK = /["\u201C\u201D\u201E\u00AB\u00BB\u2018\u2019']/g;
const SPACE_BEFORE = /[\s([{\u2014\u2013:;,—-]/u;

const isLetter = (ch: string | undefined): boolean => ch !== undefined && LETTER.test(ch);
const openerPosition = (text: string, i: number): boolean =>
  (i === 0 || SPACE_BEFORE.test(text[i - 1]!) || text[i - 1] === '"' || text[i - 1] === '\u201C') &&
  i + 1 < text.length &&
  !/\s/u.test(text[i + 1]!);
const closerPosition = (text: string, i: number): boolean => i > 0 && !/\s/u.test(text[i - 1]!) && !isLetter(text[i + 1]);

type Kind = 'double' | 'ascii' | 'guillemet' | 'single' | 'asciiSingle';

/** The kind a character opens, if it may open a quotation here. */
function openerKind(text: string, i: number, topLevel: boolean): Kind | null {
  const ch = text[i];
  if (ch === '\u201C' || ch === '\u201E') return 'double';
  if (ch === '\u00AB') return 'guillemet';
  if (ch === '"') return openerPosition(text, i) ? 'ascii' : null;
  // ” used as an opener by some sites: only where it clearly starts a word.
  if (ch === '\u201D') return topLevel && openerPosition(text, i) && isLetter(text[i + 1]) ? 'double' : null;
  if (ch === '\u2018') return openerPosition(text, i) ? 'single' : null;
  if (ch === "'") return openerPosition(text, i) && isLetter(text[i + 1]) ? 'asciiSingle' : null;
  return null;
}

function closes(kind: Kind, text: string, i: number): boolean {
  const ch = text[i];
  switch (kind) {
    case 'double':
      return ch === '\u201D' || (ch === '\u201C' && closerPosition(text, i));
    case 'ascii':
      return ch === '"';
    case 'guillemet':
      return ch === '\u00BB';
    case 'single':
      return (ch === '\u2019' || ch === "'") && closerPosition(text, i);
    case 'asciiSingle':
      return (ch === "'" || ch === '\u2019') && closerPosition(text, i);
  }
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
    const ch = hit[0];
    if (top === null) {
      // A closing double mark before any opening one ends a quotation begun in an earlier paragraph.
      if (!sawAnyMark && (ch === '\u201D' || (ch === '"' && closerPosition(text, i) && !openerPosition(text, i)))) {
        sawAnyMark = true;
        pushInner(found, text, -1, i);
        continue;
      }
      const kind = openerKind(text, i, true);
      if (kind === null) continue;
      // A single mark opens at the top level only when a closing single mark follows in this paragraph.
      if ((kind === 'single' || kind === 'asciiSingle') && !hasCloser(text, i + 1, kind)) continue;
      sawAnyMark = true;
      top = { kind, at: i };
      nested = null;
      continue;
    }
    if (nested !== null) {
      if (closes(nested, text, i)) nested = null;
      else if (closes(top.kind, text, i) && top.kind !== 'single' && top.kind !== 'asciiSingle') {
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
    if (top.kind !== 'single' && top.kind !== 'asciiSingle') {
      const inner = openerKind(text, i, false);
      if (inner === 'single' || inner === 'asciiSingle') nested = inner;
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
