import type { Entity } from '../discourse/entity.js';
import type { Speaker } from '../types.js';
import { lexicon } from './lexicon.js';
import { addRole, nameWords, organisationKey, similarGivenNames } from './speaker-identity.js';

/**
 * Merges the speakers of all articles into one canonical speaker each: a person by full and
 * partial name ("Kirby", "John Kirby", "Sergei Lavrov"/"Sergey Lavrov"), an organisation or group
 * by its name with known aliases folded in ("AS" = "Amerika Serikat", "Kantor Berita Pusat Korea"
 * = "KCNA"). The canonical name of a person is their most quoted full name.
 */

interface Cluster {
  readonly kind: Entity['kind'];
  readonly key: string;
  /** The key's first word (a person's given name). */
  readonly first: string;
  readonly names: Map<string, number>;
  readonly roles: string[];
  readonly affiliations: Set<string>;
  quotes: number;
}

/** The corpus's speakers, and the canonical name of each article entity among them. */
export interface CanonicalSpeakers {
  /** Canonical name of an article's entity. */
  nameOf(entity: Entity): string;
  readonly speakers: Speaker[];
}

const words = nameWords;

/** How often an entity speaks, and the language of the article it speaks in. */
export interface EntityUse {
  readonly quotes: number;
  readonly language: string;
}

/**
 * `used` lists every entity with its quote count. Organisations, groups and anonymous sources are
 * merged within one language only, so that an English article's "White House" is not renamed
 * "Gedung Putih"; persons are merged across languages (a name is the same in both).
 */
export function canonicalSpeakers(used: ReadonlyMap<Entity, EntityUse>): CanonicalSpeakers {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const people = new People();
  const clusterOf = new Map<Entity, Cluster>();
  // Full names first, so that a bare surname can join the one full name it belongs to.
  // (a name's words found once: a person's cluster is found and made from them)
  const ordered = [...used.keys()].map((e) => ({ e, nameWords: words(e.name) })).sort((a, b) => b.nameWords.length - a.nameWords.length);
  for (const { e, nameWords: mine } of ordered) {
    const { quotes, language } = used.get(e)!;
    // (a person is found by name alone: only other kinds need their organisation key)
    const person = e.kind === 'person';
    const bodyKey = person ? '' : `${e.kind}:${language}:${organisationKey(e.name)}`;
    const cluster = person ? people.find(mine) : byKey.get(bodyKey);
    const target = cluster ?? newCluster(e, mine);
    if (!cluster) {
      clusters.push(target);
      if (person) people.add(target);
      else byKey.set(bodyKey, target);
    }
    for (const alias of e.aliases) target.names.set(alias, (target.names.get(alias) ?? 0) + (alias === e.name ? quotes : 0));
    for (const role of e.roles) addRole(target.roles, role);
    for (const a of e.affiliations) target.affiliations.add(a);
    target.quotes += quotes;
    clusterOf.set(e, target);
  }
  const display = new Map<Cluster, string>(clusters.map((c) => [c, displayName(c)]));
  const speakers: Speaker[] = clusters.map((c) => ({
    name: display.get(c)!,
    aliases: [...c.names.keys()].sort(),
    roles: c.roles,
    kind: c.kind,
    quotes: c.quotes,
    affiliations: [...c.affiliations],
  }));
  speakers.sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
  return { nameOf: (e) => display.get(clusterOf.get(e)!) ?? e.name, speakers };
}

function newCluster(e: Entity, nameWords: readonly string[]): Cluster {
  const key = e.kind === 'person' ? nameWords.join(' ') : organisationKey(e.name);
  return { kind: e.kind, key, first: key.split(' ')[0]!, names: new Map(), roles: [], affiliations: new Set(), quotes: 0 };
}

/** Person clusters by full name and by first and last word, so a name finds its cluster without a scan. */
class People {
  private readonly byFull = new Map<string, Cluster>();
  private readonly byLast = new Map<string, Cluster[]>();
  private readonly byFirst = new Map<string, Cluster[]>();

  add(c: Cluster): void {
    this.byFull.set(c.key, c);
    const w = c.key.split(' ');
    if (w.length < 2) return;
    push(this.byLast, w[w.length - 1]!, c);
    push(this.byFirst, w[0]!, c);
  }

  /** Same full name, or a given-name variant ("Sergei"/"Sergey"), or the only full name a lone surname fits. */
  find(mine: readonly string[]): Cluster | undefined {
    const exact = this.byFull.get(mine.join(' '));
    if (exact || mine.length === 0) return exact;
    const last = mine[mine.length - 1]!;
    if (mine.length > 1) return this.byLast.get(last)?.find((c) => similarGivenNames(c.first, mine[0]!));
    // the one cluster among those ending or starting with the surname, if there is only one
    let only: Cluster | undefined;
    for (const list of [this.byLast.get(last), this.byFirst.get(last)]) {
      for (const c of list ?? []) {
        if (only !== undefined && c !== only) return undefined;
        only = c;
      }
    }
    return only;
  }
}

function push(map: Map<string, Cluster[]>, key: string, c: Cluster): void {
  const list = map.get(key);
  if (list) list.push(c);
  else map.set(key, [c]);
}

function displayName(c: Cluster): string {
  if (c.kind !== 'person') {
    // The lexicon's name when the articles use it, else the form they use most.
    const known = lexicon.organisationNames.get(c.key)?.name ?? lexicon.countryNames.get(c.key);
    if (known && [...c.names.keys()].some((n) => n.toLowerCase() === known.toLowerCase())) return known;
  }
  const names = [...c.names.entries()];
  const full = c.kind === 'person' ? names.filter(([n]) => n.includes(' ')) : names;
  const pool = full.length > 0 ? full : names;
  pool.sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
  return pool[0]?.[0] ?? c.key;
}
