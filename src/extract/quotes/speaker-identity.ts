import { BoundedCache } from '../../bounded-cache.js';
import { foldWord } from '../../language/fold.js';
import type { Entity } from '../discourse/entity.js';
import { lexicon } from './lexicon.js';

/** When two names are one speaker: folded organisation keys, person name variants, roles. */

/** The folded words of a name (shared: not to be changed by the caller). */
export function nameWords(name: string): readonly string[] {
  return nameWordCache.memo(name, () => name.split(/\s+/u).map(foldWord));
}

// names repeat across a corpus; the bound keeps odd input from growing the caches forever
const nameWordCache = new BoundedCache<string, readonly string[]>(100_000);
const keys = new BoundedCache<string, string>(100_000);

/** Folded key of an organisation or group: known aliases replaced by their canonical name. */
export function organisationKey(name: string): string {
  return keys.memo(name, computeOrganisationKey);
}

function computeOrganisationKey(name: string): string {
  const words = nameWords(name);
  const org = lexicon.organisationNames.get(words.join(' '));
  if (org) return foldWord(org.name);
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const len = lexicon.countries.matchAt(words, i);
    const country = len > 0 ? lexicon.countryNames.get(words.slice(i, i + len).join(' ')) : undefined;
    if (country) {
      out.push(...nameWords(country));
      i += len;
    } else out.push(words[i++]!);
  }
  return out.join(' ');
}

/** Similar first names of one person spelt two ways ("Sergey"/"Sergei", "Antony"/"Anthony"). */
export function similarGivenNames(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0] || Math.abs(a.length - b.length) > 2) return false;
  let same = 0;
  while (same < a.length && a[same] === b[same]) same++;
  return same >= 3;
}

/** Whether an entity can be what a description ("diplomat tersebut", "pejabat itu") names. */
export function fitsDescription(e: Entity, head: string, fits: readonly string[] | '*'): boolean {
  if (fits === '*') return e.kind === 'person' || e.kind === 'anonymous';
  if (fits.includes('@organisation')) return e.kind === 'organisation';
  return [e.name, ...e.roles].some((said) => {
    const s = said.toLowerCase();
    return s.includes(head) || fits.some((f) => s.includes(f));
  });
}

/** Adds a role unless a longer one already says it; a longer one replaces those it contains. */
export function addRole(roles: string[], role: string): void {
  const folded = role.toLowerCase();
  if (roles.some((r) => r.toLowerCase().includes(folded))) return;
  for (let i = roles.length - 1; i >= 0; i--) if (folded.includes(roles[i]!.toLowerCase())) roles.splice(i, 1);
  roles.push(role);
}

/** "Kirby" and "John Kirby", "Sergey Lavrov" and "Sergei Lavrov", "Kim" and "Kim Jong Un". */
export function samePerson(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 1 || b.length === 1) {
    const [short, long] = a.length === 1 ? [a[0]!, b] : [b[0]!, a];
    return long[0] === short || long[long.length - 1] === short;
  }
  return a[a.length - 1] === b[b.length - 1] && similarGivenNames(a[0]!, b[0]!);
}
