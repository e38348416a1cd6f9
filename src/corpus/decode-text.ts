/**
 * The bytes of an article file as text. Pages are saved as UTF-8 most of the time, but not always:
 * "Save as Unicode" on Windows writes UTF-16 with a byte-order mark, and older tools write Latin-1
 * (Windows-1252), whose accented letters and curly quotes are not valid UTF-8. Decoding those as
 * UTF-8 would lose a UTF-16 file as "binary" and fill a Latin-1 one with U+FFFD silently.
 */

export type DecodedText =
  | { readonly ok: true; readonly text: string /** Said about the file although it loads (an encoding guessed, bytes lost). */; readonly note: string | null }
  | { readonly ok: false; readonly message: string };

const BINARY: DecodedText = { ok: false, message: 'is not text (binary content)' };
const utf8 = new TextDecoder('utf-8', { ignoreBOM: false });
const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeArticleText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { ok: false, message: 'is empty' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return fromUtf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return fromUtf16(bytes, 'utf-16be');
  if (bytes.includes(0)) return BINARY;
  try {
    return { ok: true, text: utf8Strict.decode(bytes), note: null };
  } catch {
    // not valid UTF-8: a few damaged bytes in UTF-8 text, Latin-1 text, or not text at all
  }
  if (controlShare(bytes) > 0.01) return BINARY;
  const lossy = utf8.decode(bytes);
  const replaced = count(lossy, (c) => c === 0xfffd);
  const wide = count(lossy, (c) => c > 0x7f && c !== 0xfffd);
  // UTF-8's multi-byte sequences are there (and outnumber the broken ones): UTF-8 with damage.
  if (wide >= replaced) {
    if (replaced > 8 && replaced / lossy.length > 0.01) return BINARY;
    return { ok: true, text: lossy, note: `has ${replaced} byte sequence${replaced === 1 ? '' : 's'} that are not valid UTF-8 (shown as \uFFFD)` };
  }
  return {
    ok: true,
    text: decodeWindows1252(bytes),
    note: 'is not valid UTF-8: read as Latin-1 (Windows-1252); save it as UTF-8 to be sure of its accents and quotes',
  };
}

function fromUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  const text = new TextDecoder(encoding).decode(bytes); // the mark itself is dropped
  if (text.length === 0) return { ok: false, message: 'is empty' };
  if (text.includes('\u0000')) return BINARY;
  const replaced = count(text, (c) => c === 0xfffd);
  if (replaced > 8 && replaced / text.length > 0.01) return BINARY;
  return { ok: true, text, note: null };
}

/** Share of bytes that are control characters no text file holds (all of C0 but tab, line ends, form feed, and DEL). */
function controlShare(bytes: Uint8Array): number {
  let controls = 0;
  for (const b of bytes) if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b && b !== 0x1a) || b === 0x7f) controls++;
  return controls / bytes.length;
}

function count(text: string, test: (code: number) => boolean): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (test(text.charCodeAt(i))) n++;
  return n;
}

// Windows-1252's letters and punctuation at 0x80-0x9F (curly quotes, dashes, €, Š, …), where
// Latin-1 has control codes; the five unassigned bytes stay as their C1 codes. Written out because
// Node 20's TextDecoder('windows-1252') decodes that range as Latin-1.
const CP1252_HIGH =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return latin1.replace(/[\u0080-\u009F]/gu, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}
