import { DOMAIN, knownOutletName, outletFromDomain, wireName } from './outlet-names.js';

/** A dateline split from the start of a lede: "PYONGYANG, TRIBUNAMBON.COM - …". */
export interface Dateline {
  readonly place: string | null;
  readonly outlet: string | null;
  readonly wire: string | null;
  /** Length of the dateline prefix, separator and following space included. */
  readonly length: number;
}

// "JagatBisnis.comHubungan …": a domain glued to the first word of the lede.
const GLUED_DOMAIN = /^((?:[\p{L}\p{N}][\p{L}\p{N}-]*\.)+(?:com|co\.id|co|id|net|org|tv|news))(?=\p{Lu})/u;
// Prefix of at most 80 characters ended by a dash separator: "IDXChannel - ", "Washington | EGINDO.co – ".
const DASH_PREFIX = /^(.{2,80}?)\s*(?:--|[-–—])\s+(?=\S)/u;
const WHOLE_DOMAIN = new RegExp(`^${DOMAIN.source}$`, 'iu');
// A one-word brand in mixed case ("IDXChannel", "iNews"); a word all in capitals is a place ("PYONGYANG").
const CAMEL_BRAND = /^(?=[\p{L}\p{N}]*\p{Ll})(?:\p{Lu}[\p{L}\p{N}]*\p{Lu}|\p{Ll}+\p{Lu})[\p{L}\p{N}]*$/u;
const PLACE = /^(?:\p{Lu}[\p{L}'.-]*)(?:\s+\p{Lu}[\p{L}'.-]*){0,2}$/u;
const DATE_PART = /^(?:\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,9}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)$/u;

/** Reads a dateline at the start of a paragraph, or null when the paragraph has none. */
export function parseDateline(line: string): Dateline | null {
  const glued = GLUED_DOMAIN.exec(line);
  if (glued) return { place: null, outlet: outletFromDomain(glued[1]!), wire: null, length: glued[0].length };
  const dash = DASH_PREFIX.exec(line);
  if (!dash) return null;
  const parts = dash[1]!.split(/\s*[,|]\s*|\s*\(\s*|\s*\)\s*/u).filter((p) => p !== '');
  if (parts.length === 0 || parts.length > 4) return null;
  let place: string | null = null;
  let outlet: string | null = null;
  let wire: string | null = null;
  for (const part of parts) {
    const asWire = wireName(part);
    if (asWire) wire ??= asWire;
    else if (WHOLE_DOMAIN.test(part)) outlet ??= outletFromDomain(part);
    else if (knownOutletName(part)) outlet ??= knownOutletName(part);
    else if (CAMEL_BRAND.test(part)) outlet ??= part;
    else if (DATE_PART.test(part)) continue;
    else if (PLACE.test(part) && place === null) place = part;
    else return null;
  }
  if (!place && !outlet && !wire) return null;
  return { place, outlet, wire, length: dash[0].length };
}
