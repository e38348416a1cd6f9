import outlets from '../language/lexicon/outlets.json' with { type: 'json' };

const displayByDomain = new Map(Object.entries(outlets.domains).map(([domain, name]) => [domain.toLowerCase(), name]));
const knownNames = new Map(outlets.names.map((name) => [name.toLowerCase(), name]));
/** Lower case never shortens a string, so a longer line cannot be a known name (and is not lower-cased to find out). */
const LONGEST_NAME = Math.max(0, ...[...knownNames.keys()].map((name) => name.length));
const wires = new Map(outlets.wires.map((name) => [name.toLowerCase(), name]));

/** A web domain as written in news pages: "EGINDO.co", "TRIBUNAMBON.COM", "mediaindonesia.com". */
export const DOMAIN = /(?:[\p{L}\p{N}][\p{L}\p{N}-]*\.)+(?:com|co\.id|co\.kr|co\.uk|co|id|net|org|tv|news|info|or\.id|go\.id|ac\.id|web\.id|my\.id)\b/giu;

/** The outlet's display name for a domain ("TRIBUNAMBON.COM" → "TribunAmbon.com"), or the domain as written. */
export function outletFromDomain(domain: string): string {
  const key = domain.toLowerCase().replace(/^www\./, '');
  return displayByDomain.get(key) ?? displayByDomain.get(key.split('.').slice(-2).join('.')) ?? domain;
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
