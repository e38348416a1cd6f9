import { outletsLexicon as outlets } from './lexicons.js';

const displayByDomain = new Map(Object.entries(outlets.domains).map(([domain, name]) => [domain.toLowerCase(), name]));
const knownNames = new Map(outlets.names.map((name) => [name.toLowerCase(), name]));
/** Lower case never shortens a string, so a longer line cannot be a known name (and is not lower-cased to find out). */
const LONGEST_NAME = Math.max(0, ...[...knownNames.keys()].map((name) => name.length));
const wires = new Map(outlets.wires.map((name) => [name.toLowerCase(), name]));
const hosts = new Set(outlets.hosts);

/** A web domain as written in news pages: "EGINDO.co", "TRIBUNAMBON.COM", "mediaindonesia.com". */
export const DOMAIN =
  /(?:[\p{L}\p{N}][\p{L}\p{N}-]*\.)+(?:com|co\.id|co\.kr|co\.uk|com\.my|com\.sg|com\.au|co|id|net|org|tv|news|info|or\.id|go\.id|ac\.id|web\.id|my\.id|my|sg|ph|top|global|pk|asia|today|online|site|live)\b(?![.-]?[\p{L}\p{N}])/giu;

/** The outlet's display name for a domain ("TRIBUNAMBON.COM" → "TribunAmbon.com"), or the domain as written. */
export function outletFromDomain(domain: string): string {
  const key = domain.toLowerCase().replace(/^www\./, '');
  return displayByDomain.get(key) ?? displayByDomain.get(registrableDomain(key)) ?? displayByDomain.get(key.split('.').slice(-2).join('.')) ?? domain;
}

// Second-level labels under which a name is registered one level further down ("katadata.co.id").
const SECOND_LEVEL = new Set(['co', 'com', 'or', 'ac', 'go', 'web', 'my', 'net', 'org', 'sch', 'ne', 'gov', 'edu']);

/** The domain a host is registered as: "media.suara.com" → "suara.com", "www.katadata.co.id" → "katadata.co.id". */
export function registrableDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/u, '').split('.');
  if (labels.length <= 2) return labels.join('.');
  const keep = SECOND_LEVEL.has(labels.at(-2)!) && labels.at(-1)!.length === 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** True for the domain of a platform, image host or link shortener, which names no outlet. */
export function isHostingDomain(host: string): boolean {
  const key = host.toLowerCase().replace(/^www\./, '');
  return hosts.has(key) || hosts.has(registrableDomain(key));
}

/** The canonical spelling of a known outlet name ("idxchannel" → "IDXChannel"), or null. */
export function knownOutletName(name: string): string | null {
  if (name.length > LONGEST_NAME) return null;
  return knownNames.get(name.toLowerCase()) ?? null;
}

/** The canonical spelling of a wire service ("reuters" → "Reuters"), or null. */
export function wireName(name: string): string | null {
  return wires.get(name.toLowerCase()) ?? null;
}

/** Every wire service named in a credit such as "(AFP/Z-4)" or "Sumber : CNA/SL". */
export function wiresIn(credit: string): string[] {
  const found: string[] = [];
  for (const part of credit.split(/[^\p{L}\p{N}]+/u)) {
    const wire = part ? wireName(part) : null;
    if (wire && !found.includes(wire)) found.push(wire);
  }
  return found;
}

/**
 * An outlet name as a page writes it in capitals ("KOMPAS", "FORUM KEADILAN") shown as a name:
 * long words in title case, acronyms (four letters or fewer) kept; mixed case is left as written.
 */
export function displayOutletName(name: string): string {
  const known = knownOutletName(name);
  if (known) return known;
  if (name !== name.toUpperCase() || DOMAIN_WHOLE.test(name)) return name;
  return name
    .split(' ')
    .map((w) => (w.length <= 4 ? w : w.charAt(0) + w.slice(1).toLowerCase()))
    .join(' ');
}
const DOMAIN_WHOLE = new RegExp(`^${DOMAIN.source}$`, 'iu');
