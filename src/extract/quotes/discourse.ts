import { lexicon } from './lexicon.js';
import { addRole, fitsDescription, nameWords, organisationKey, samePerson } from './speaker-identity.js';
import type { Mention, Phrase, Pronoun, SpeakerKind } from './speaker-phrase.js';

/**
 * What one article has said so far: the speakers it has named (one entity per person or body,
 * "Kirby" after "John Kirby" being the same), the order in which they spoke, and the issuer of the
 * last statement, so that "ia", "tambahnya", "pejabat itu", "mereka" and "pernyataan itu" can be
 * resolved to the last fitting speaker.
 */

export interface Entity {
  readonly id: number;
  name: string;
  readonly kind: SpeakerKind;
  readonly aliases: Set<string>;
  readonly roles: string[];
  /** Folded aliases (persons) or organisation keys (others), for matching later mentions. */
  readonly keys: Set<string>;
}

/** The discourse state of one article, updated sentence by sentence as cues are resolved. */
export class Discourse {
  readonly entities: Entity[] = [];
  /**
   * Speech acts and sentence subjects in text order; a joint statement is one entry of several
   * entities. Pronouns look back through both ("Lavrov dismissed the claims. ‘…,’ he said").
   */
  private readonly timeline: { readonly entities: readonly Entity[]; readonly spoke: boolean }[] = [];
  /** People named in the article without speaking, most recent last (for "diplomat tersebut"). */
  private readonly mentions: Entity[] = [];
  private statementIssuer: Entity[] | null = null;

  /** The entities a phrase refers to, or null when it cannot be told. */
  resolve(phrase: Phrase): readonly Entity[] | null {
    switch (phrase.type) {
      case 'named':
        return phrase.mentions.map((m) => this.entityFor(m));
      case 'pronoun':
        return this.pronoun(phrase.number);
      case 'statement':
        return this.statementIssuer;
      case 'description':
        return this.description(phrase.head) ?? [this.entityFor(phrase.fallback)];
    }
  }

  /**
   * Who a clitic ("tambahnya", "katanya") points at: whoever spoke or was the subject last
   * ("Mao Ning menolak mengomentari … “…,” katanya").
   */
  cliticReferent(): readonly Entity[] | null {
    return this.timeline[this.timeline.length - 1]?.entities ?? null;
  }

  /** The speaker of the last speech act. */
  lastSpeaker(): readonly Entity[] | null {
    for (let k = this.timeline.length - 1; k >= 0; k--) if (this.timeline[k]!.spoke) return this.timeline[k]!.entities;
    return null;
  }

  speak(entities: readonly Entity[]): void {
    if (entities.length > 0) this.timeline.push({ entities: [...entities], spoke: true });
  }

  /** Records who a sentence is about when it opens with them, for a pronoun in the next one. */
  subject(entities: readonly Entity[]): void {
    if (entities.length > 0) this.timeline.push({ entities: [...entities], spoke: false });
  }

  issuedStatement(entities: readonly Entity[]): void {
    if (entities.length > 0) this.statementIssuer = [...entities];
  }

  /** Records a person named in passing, so a later surname or description finds them. */
  mention(m: Mention): void {
    if (m.kind !== 'person' || !m.name.includes(' ')) return;
    const e = this.entityFor(m);
    const at = this.mentions.indexOf(e);
    if (at >= 0) this.mentions.splice(at, 1);
    this.mentions.push(e);
  }

  entityFor(m: Mention): Entity {
    const e = this.find(m) ?? this.create(m);
    for (const a of [m.name, ...m.aliases]) {
      if (e.aliases.has(a)) continue;
      e.aliases.add(a);
      e.keys.add(e.kind === 'person' ? personKey(a) : organisationKey(a));
    }
    if (m.role) addRole(e.roles, m.role);
    if ((m.kind === 'person' || m.kind === 'anonymous') && nameWords(m.name).length > nameWords(e.name).length) e.name = m.name;
    return e;
  }

  private create(m: Mention): Entity {
    const e: Entity = { id: this.entities.length, name: m.name, kind: m.kind, aliases: new Set(), roles: [], keys: new Set() };
    this.entities.push(e);
    return e;
  }

  /** The most recent entity the mention names, if any. */
  private find(m: Mention): Entity | undefined {
    if (m.kind === 'person') {
      const words = nameWords(m.name);
      const key = personKey(m.name);
      return this.latest((e) => e.kind === 'person' && e.keys.has(key)) ?? this.latest((e) => e.kind === 'person' && samePerson(nameWords(e.name), words));
    }
    const key = organisationKey(m.name);
    if (m.kind === 'anonymous') {
      // "pejabat Korea Utara" after "pejabat pertahanan Korea Utara": one unnamed official.
      const mine = keyWords(key);
      return this.latest((e) => {
        if (e.kind !== 'anonymous') return false;
        const theirs = keyWords(organisationKey(e.name));
        return theirs.every((w) => mine.includes(w)) || mine.every((w) => theirs.includes(w));
      });
    }
    return this.latest((e) => e.kind === m.kind && e.keys.has(key));
  }

  private latest(test: (e: Entity) => boolean): Entity | undefined {
    for (let k = this.entities.length - 1; k >= 0; k--) if (test(this.entities[k]!)) return this.entities[k];
    return undefined;
  }

  private pronoun(number: Pronoun): readonly Entity[] | null {
    const back = [...this.timeline].reverse();
    const single = (kinds: readonly SpeakerKind[]): readonly Entity[] | undefined => back.find((t) => t.entities.length === 1 && kinds.includes(t.entities[0]!.kind))?.entities;
    switch (number) {
      case 'one':
        return single(['person', 'anonymous']) ?? null;
      case 'it':
        return single(['organisation']) ?? null;
      case 'many':
        return back.find((t) => t.entities.length > 1 || t.entities[0]!.kind === 'group')?.entities ?? this.lastSpeaker();
      case 'any':
        return this.lastSpeaker();
    }
  }

  private description(head: string): readonly Entity[] | null {
    const fits = lexicon.descriptions.get(head) ?? [head];
    for (const spoke of [true, false]) {
      for (let k = this.timeline.length - 1; k >= 0; k--) {
        const t = this.timeline[k]!;
        if (t.spoke === spoke && t.entities.length === 1 && fitsDescription(t.entities[0]!, head, fits)) return t.entities;
      }
    }
    for (let k = this.mentions.length - 1; k >= 0; k--) if (fits !== '*' && fitsDescription(this.mentions[k]!, head, fits)) return [this.mentions[k]!];
    // "the agency", "kementerian itu" naming a body called otherwise: the last organisation.
    if (lexicon.organisationHeads.isWord(head)) return this.pronoun('it');
    return null;
  }
}

/**
 * A person's key (their folded name words joined) and an organisation key's words, cached: each
 * mention asks for them again, for itself and for every entity it is compared with. Not to be
 * changed by the caller; bounded like the other name caches.
 */
const personKeys = new Map<string, string>();
const keyWordLists = new Map<string, readonly string[]>();
const MAX_CACHED_KEYS = 100_000;

function personKey(name: string): string {
  let key = personKeys.get(name);
  if (key === undefined) {
    key = nameWords(name).join(' ');
    if (personKeys.size < MAX_CACHED_KEYS) personKeys.set(name, key);
  }
  return key;
}

function keyWords(key: string): readonly string[] {
  let words = keyWordLists.get(key);
  if (words === undefined) {
    words = key.split(' ');
    if (keyWordLists.size < MAX_CACHED_KEYS) keyWordLists.set(key, words);
  }
  return words;
}
