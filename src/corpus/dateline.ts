import { calendarLexicon, placeNames, placesLexicon } from './lexicons.js';
import { DOMAIN, displayOutletName, knownOutletName, outletFromDomain, wireName } from './outlet-names.js';

/** A dateline split from the start of a lede: "PYONGYANG, TRIBUNAMBON.COM - …". */
export interface Dateline {
  readonly place: string | null;
  readonly outlet: string | null;
  readonly wire: string | null;
  /** Length of the dateline prefix, separator and following space included. */
  readonly length: number;
  /** The dateline stands alone on its line ("Jakarta, CNN Indonesia --"): the lede is the next block. */
  readonly alone: boolean;
}

// "JagatBisnis.comHubungan …": a domain glued to the first word of the lede.
const GLUED_DOMAIN = /^((?:[\p{L}\p{N}][\p{L}\p{N}-]*\.)+(?:com|co\.id|co|id|net|org|tv|news))(?=\p{Lu})/u;
// Prefix of at most 80 characters ended by one or more dashes or a bar: "IDXChannel - ", "JAKARTA, KOMPAS - - ",
// "Jakarta, CNN Indonesia --" (alone on its line).
const DASH_PREFIX = /^(.{2,80}?)\s*(?:--+|[-–—](?:\s*[-–—])*)(?:\s+(?=\S)|$)/u;
// "PETALING JAYA: …", "Jakarta: …": a colon dateline, only for a known place (a label such as "UPDATE:" is not one).
const COLON_PREFIX = /^([\p{Lu}][\p{L}.'-]*(?:\s+[\p{Lu}][\p{L}.'-]*){0,3})(?:\s*\(([^()]{2,20})\))?:\s+(?=\S)/u;
const WHOLE_DOMAIN = new RegExp(`^${DOMAIN.source}$`, 'iu');
// A one-word brand in mixed case ("IDXChannel", "iNews", "tvOnenews"); a word all in capitals is a place ("PYONGYANG").
const CAMEL_BRAND = /^(?=[\p{L}\p{N}]*\p{Ll})(?:\p{Lu}[\p{L}\p{N}]*\p{Lu}|\p{Ll}+\p{Lu})[\p{L}\p{N}]*$/u;
// Capitalised words, as a place or an outlet's name is written in a dateline.
const NAME = /^(?:[\p{Lu}\p{N}][\p{L}\p{N}'.&+-]*)(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}'.&+-]*){0,3}$/u;
const ABBREVIATION = /^(?:\p{Lu}\.){1,3}$|^\p{Lu}\p{Ll}{1,4}\.$/u;
const monthNames = Object.keys(calendarLexicon.months).join('|');
const weekdayNames = Object.keys(calendarLexicon.weekdays).join('|').replace(/'/gu, "['’]");
const DATE_PART = new RegExp(
  `^(?:(?:${weekdayNames})\\b.*|(?:${monthNames})\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+(?:${monthNames})\\.?(?:\\s+\\d{4})?|\\d{1,2}\\/\\d{1,2}(?:\\/\\d{2,4})?|\\d{4})$`,
  'iu',
);

const PLACES = placeNames;
const PLACE_MODIFIERS = new Set(placesLexicon.modifiers);

/** A known place, alone or with the words that make places of names ("Kota Bandung", "Jakarta Selatan"). */
export function isKnownPlace(text: string): boolean {
  const words = text.toLowerCase().replace(/[.,]$/u, '').split(/\s+/u);
  if (PLACES.has(words.join(' '))) return true;
  let start = 0;
  let end = words.length;
  while (start < end && PLACE_MODIFIERS.has(words[start]!)) start++;
  while (end > start && PLACE_MODIFIERS.has(words[end - 1]!)) end--;
  return start < end && (start > 0 || end < words.length) && PLACES.has(words.slice(start, end).join(' '));
}

type Part =
  | { kind: 'wire'; name: string }
  | { kind: 'outlet'; name: string }
  | { kind: 'place'; name: string; known: boolean }
  | { kind: 'name'; name: string }
  | { kind: 'date' };

function readPart(part: string): Part | null {
  const asWire = wireName(part);
  if (asWire) return { kind: 'wire', name: asWire };
  if (WHOLE_DOMAIN.test(part)) return { kind: 'outlet', name: outletFromDomain(part) };
  const known = knownOutletName(part);
  if (known) return { kind: 'outlet', name: known };
  if (CAMEL_BRAND.test(part)) return { kind: 'outlet', name: part };
  if (DATE_PART.test(part)) return { kind: 'date' };
  if (isKnownPlace(part) || ABBREVIATION.test(part)) return { kind: 'place', name: part, known: true };
  if (!NAME.test(part)) return null;
  // One unknown word is read as a place (a small town's name), the safer reading; several words
  // that are no place are a name (an outlet's, when the dateline tells so).
  return part.includes(' ') ? { kind: 'name', name: part } : { kind: 'place', name: part, known: false };
}

/** Reads a dateline at the start of a paragraph, or null when the paragraph has none. */
export function parseDateline(line: string): Dateline | null {
  const glued = GLUED_DOMAIN.exec(line);
  if (glued) return { place: null, outlet: outletFromDomain(glued[1]!), wire: null, length: glued[0].length, alone: false };
  const dash = DASH_PREFIX.exec(line);
  if (dash) return readDashDateline(dash[1]!, dash[0].length, dash[0].length === line.length);
  const colon = COLON_PREFIX.exec(line);
  if (colon && isKnownPlace(colon[1]!)) {
    const wire = colon[2] ? wireName(colon[2].trim()) : null;
    if (colon[2] && !wire) return null;
    return { place: colon[1]!, outlet: null, wire, length: colon[0].length, alone: false };
  }
  return null;
}

function readDashDateline(prefix: string, length: number, alone: boolean): Dateline | null {
  const texts = prefix.split(/\s*[,|]\s*|\s*\(\s*|\s*\)\s*/u).filter((p) => p !== '');
  if (texts.length === 0 || texts.length > 4) return null;
  const parts: Part[] = [];
  for (const text of texts) {
    const part = readPart(text);
    if (!part) return null;
    parts.push(part);
  }
  let place: string | null = null;
  let outlet: string | null = null;
  let wire: string | null = null;
  for (const part of parts) {
    if (part.kind === 'wire') wire ??= part.name;
    else if (part.kind === 'outlet') outlet ??= part.name;
    else if (part.kind === 'date') continue;
    else if (place === null) {
      // the first name is the place ("LOMBOK UTARA, KOMPAS —"), written as datelines write places:
      // a known place, in capitals, or with a word that makes a place ("Kota …", "… Selatan")
      if (!(part.kind === 'place' && part.known) && part.name !== part.name.toUpperCase() && !hasPlaceModifier(part.name)) {
        // "SERBA BANDUNG –" alone, in capitals, names the outlet; a name in mixed case alone is no dateline
        return null;
      }
      if (part.kind === 'name' && parts.length === 1) outlet = displayOutletName(part.name);
      else place = part.name;
    } else if (!(part.kind === 'place' && part.known)) {
      // a name after the place is the outlet's ("Jakarta, CNN Indonesia -", "JAKARTA, KOMPAS —"); a known place is more of the place
      if (outlet !== null) return null;
      outlet = displayOutletName(part.name);
    }
  }
  if (!place && !outlet && !wire) return null;
  return { place, outlet, wire, length, alone };
}

function hasPlaceModifier(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/u);
  return words.length > 1 && (PLACE_MODIFIERS.has(words[0]!) || PLACE_MODIFIERS.has(words.at(-1)!));
}
