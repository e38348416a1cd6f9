import { BoundedCache } from '../../bounded-cache.js';
import { lexicon } from '../quotes/lexicon.js';
import { addRole, fitsDescription, nameWords, organisationKey, samePerson } from '../quotes/speaker-identity.js';
import type { Mention, Phrase, Pronoun, SpeakerKind } from '../quotes/speaker-phrase.js';
import { isCommonWord } from '../quotes/word-classes.js';
import { affiliationsOf, roleFits } from './affiliation.js';
import type { Entity } from './entity.js';
import type { Reference, ReferenceKind } from './model.js';

/**
 * What one article has said so far, read paragraph by paragraph: the people, organisations,
 * countries and groups it names (one entity per person or body, "Kirby" after "John Kirby" being
 * the same), with their roles and affiliations, the order in which they spoke or were the subject
 * of a sentence, and the issuer of the last statement, so that "ia", "tambahnya", "kata Presiden",
 * "pejabat itu", "mereka" and "pernyataan itu" resolve to the latest fitting one. Every resolved
 * expression is kept as a reference (paragraph, offsets, entities), which is the article's
 * discourse model once the article has been read (see model.ts).
 */

/** The discourse state of one article, updated sentence by sentence as cues are resolved. */
export class Discourse {
  readonly entities: Entity[] = [];
  /** Every resolved referring expression, in reading order. */
  readonly references: Reference[] = [];
  /**
   * Speech acts and sentence subjects in text order; a joint statement is one entry of several
   * entities. Pronouns look back through both ("Lavrov dismissed the claims. ‘…,’ he said").
   */
  private readonly timeline: {
    readonly entities: readonly Entity[];
    readonly spoke: boolean;
    readonly byStatement?: boolean;
    readonly body?: boolean;
    readonly paragraph?: number;
  }[] = [];
  /** People named in the article without speaking, most recent last (for "diplomat tersebut"). */
  private readonly mentions: Entity[] = [];
  private statementIssuer: Entity[] | null = null;
  private clock = 0;
  /** The paragraph being read (its index in the article), for references. */
  paragraph = 0;

  /** The entities a phrase refers to, or null when it cannot be told. */
  resolve(phrase: Phrase): readonly Entity[] | null {
    switch (phrase.type) {
      case 'named':
        return phrase.mentions.map((m) => (m.roleOnly ? (this.personWithRole(m.name) ?? this.entityFor(m)) : this.entityFor(m)));
      case 'pronoun':
        return this.pronoun(phrase.number);
      case 'statement':
        return this.statementIssuer;
      case 'description':
        return this.description(phrase.head) ?? [this.entityFor(phrase.fallback)];
    }
  }

  /** How a phrase refers (for its reference): by name, by role alone, by pronoun, description or statement. */
  static howRefers(phrase: Phrase): ReferenceKind {
    switch (phrase.type) {
      case 'named':
        return phrase.mentions.every((m) => m.roleOnly) ? 'role' : 'name';
      case 'pronoun':
        return 'pronoun';
      case 'statement':
        return 'statement';
      case 'description':
        return 'description';
    }
  }

  /** Keeps a resolved expression at offsets [start, end) of the current paragraph. */
  refer(start: number, end: number, entities: readonly Entity[] | null, how: ReferenceKind): void {
    if (!entities || entities.length === 0 || end <= start) return;
    const last = this.references[this.references.length - 1];
    // the same expression resolved twice (a cue and the quote it attributes) is one reference
    if (last && last.paragraph === this.paragraph && last.start === start && last.end === end) return;
    this.references.push({ paragraph: this.paragraph, start, end, entities: entities.map((e) => e.id), how });
  }

  /**
   * Who a clitic ("tambahnya", "katanya") points at: whoever spoke or was the subject last
   * ("Mao Ning menolak mengomentari … “…,” katanya").
   */
  cliticReferent(): readonly Entity[] | null {
    // (a body only talked about, "FAM tak gentar …", is no "-nya" of a quotation)
    let last: readonly Entity[] | null = null;
    for (let k = this.timeline.length - 1; k >= 0 && last === null; k--) if (!this.timeline[k]!.body) last = this.timeline[k]!.entities;
    if (last) this.touch(last);
    return last;
  }

  /**
   * A body a sentence is about without its speaking ("FAM tak gentar menghadapi bukti ini."), or a
   * medium that relays ("dilansir dari Harian Metro"): what "mereka", "it" or "media tersebut" may
   * point back at, never a clitic or "ia".
   */
  bodySubject(entities: readonly Entity[]): void {
    if (entities.length === 0) return;
    this.touch(entities);
    this.timeline.push({ entities: [...entities], spoke: false, body: true, paragraph: this.paragraph });
  }

  /** Who a person pronoun ("ia", "dia", "he") outside any cue points at. */
  personReferent(): readonly Entity[] | null {
    return this.pronoun('one');
  }

  /** The speaker of the last speech act. */
  lastSpeaker(): readonly Entity[] | null {
    for (let k = this.timeline.length - 1; k >= 0; k--) if (this.timeline[k]!.spoke) return this.timeline[k]!.entities;
    return null;
  }

  /** A speech act; `byStatement` when a statement or document spoke ("kata pernyataan itu"). */
  speak(entities: readonly Entity[], byStatement = false): void {
    if (entities.length === 0) return;
    this.touch(entities);
    this.timeline.push({ entities: [...entities], spoke: true, byStatement });
  }

  /** Records who a sentence is about when it opens with them, for a pronoun in the next one. */
  subject(entities: readonly Entity[]): void {
    if (entities.length === 0) return;
    this.touch(entities);
    this.timeline.push({ entities: [...entities], spoke: false });
  }

  issuedStatement(entities: readonly Entity[]): void {
    if (entities.length > 0) this.statementIssuer = [...entities];
  }

  /** Records a person named in passing, so a later surname, role or description finds them. */
  mention(m: Mention): Entity | null {
    if (m.kind !== 'person' || !m.name.includes(' ')) return null;
    const e = this.entityFor(m);
    const at = this.mentions.indexOf(e);
    if (at >= 0) this.mentions.splice(at, 1);
    this.mentions.push(e);
    return e;
  }

  /** Whether the article has already quoted this person. */
  hasSpoken(m: Mention): boolean {
    const e = m.kind === 'person' ? this.find(m) : undefined;
    return e !== undefined && this.timeline.some((t) => t.spoke && t.entities.includes(e));
  }

  entityFor(m: Mention): Entity {
    const e = this.find(m) ?? this.create(m);
    for (const a of [m.name, ...m.aliases]) {
      if (e.aliases.has(a)) continue;
      e.aliases.add(a);
      e.keys.add(e.kind === 'person' ? personKey(a) : organisationKey(a));
    }
    if (m.role) {
      addRole(e.roles, m.role);
      for (const a of affiliationsOf(m.role)) if (!e.affiliations.includes(a)) e.affiliations.push(a);
    }
    if ((m.kind === 'person' || m.kind === 'anonymous') && nameWords(m.name).length > nameWords(e.name).length) e.name = m.name;
    e.seen = ++this.clock;
    return e;
  }

  private create(m: Mention): Entity {
    const affiliations = m.kind === 'person' ? [] : [...affiliationsOf(m.name)];
    const e: Entity = { id: this.entities.length, name: m.name, kind: m.kind, aliases: new Set(), roles: [], keys: new Set(), affiliations, seen: 0 };
    this.entities.push(e);
    return e;
  }

  private touch(entities: readonly Entity[]): void {
    const now = ++this.clock;
    for (const e of entities) e.seen = now;
  }

  /** The most recent entity the mention names, if any. */
  private find(m: Mention): Entity | undefined {
    if (m.kind === 'person') {
      const words = nameWords(m.name);
      const key = personKey(m.name);
      return (
        this.latest((e) => e.kind === 'person' && e.keys.has(key)) ??
        this.latest((e) => e.kind === 'person' && samePerson(nameWords(e.name), words)) ??
        this.insideName(words)
      );
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

  /**
   * "Wahyu" after "Menteri Perhubungan Wahyu Adinata" read as the name "Perhubungan Wahyu
   * Adinata": a later short name that is an inner word of a person's name shows where the name
   * starts; the words before it go to the role.
   */
  private insideName(words: readonly string[]): Entity | undefined {
    if (words.length !== 1) return undefined;
    const e = this.latest((x) => x.kind === 'person' && nameWords(x.name).indexOf(words[0]!) > 0);
    if (!e) return undefined;
    const parts = e.name.split(/\s+/u);
    const at = nameWords(e.name).indexOf(words[0]!);
    // the same person; the name is cut where the short name starts unless what comes before may be a
    // given name (one short or uncommon word: "Sri" of "Sri Mulyani Indrawati")
    const before = nameWords(e.name).slice(0, at);
    if (before.length === 1 && !(isCommonWord(before[0]!) && !isRootGivenName(before[0]!))) return e;
    const prefix = parts.slice(0, at).join(' ');
    e.name = parts.slice(at).join(' ');
    e.keys.add(personKey(e.name));
    e.aliases.add(e.name);
    if (e.roles.length > 0) e.roles[0] = `${e.roles[0]} ${prefix}`;
    else e.roles.push(prefix);
    return e;
  }

  /** The entity seen last among those that pass the test. */
  private latest(test: (e: Entity) => boolean): Entity | undefined {
    let best: Entity | undefined;
    for (const e of this.entities) if ((best === undefined || e.seen > best.seen) && test(e)) best = e;
    return best;
  }

  /**
   * "kata Presiden", "ujar Kepala BNPB": the person last seen with that role ("Presiden Joko
   * Widodo", "Kepala Badan Nasional Penanggulangan Bencana (BNPB) Doni Monardo"), never one with
   * another title ("Wakil Presiden …").
   */
  private personWithRole(role: string): Entity | null {
    return this.latest((e) => e.kind === 'person' && e.roles.some((r) => roleFits(role, r, e.affiliations))) ?? null;
  }

  private pronoun(number: Pronoun): readonly Entity[] | null {
    const found = this.pronounTarget(number);
    if (found) this.touch(found);
    return found;
  }

  private pronounTarget(number: Pronoun): readonly Entity[] | null {
    const single = (kinds: readonly SpeakerKind[]): readonly Entity[] | null => {
      for (let k = this.timeline.length - 1; k >= 0; k--) {
        const t = this.timeline[k]!;
        if (t.entities.length === 1 && kinds.includes(t.entities[0]!.kind)) return t.entities;
      }
      return null;
    };
    switch (number) {
      case 'one': {
        // "…,” kata pernyataan itu. Dia juga mengatakan …": a translated "it said" goes on with the statement.
        const last = this.timeline[this.timeline.length - 1];
        if (last?.byStatement) return last.entities;
        return single(['person', 'anonymous']);
      }
      case 'it':
        return single(['organisation']);
      case 'many':
        // "mereka": a group, several speakers, or a body ("FAM … Mereka bersikukuh …"), whichever came last
        for (let k = this.timeline.length - 1; k >= 0; k--) {
          const t = this.timeline[k]!;
          if (t.entities.length > 1 || t.entities[0]!.kind === 'group') return t.entities;
          // a body that spoke or was the subject last, just before ("FAM tak gentar … Mereka bersikukuh …")
          const latest = k === this.timeline.length - 1;
          if (latest && t.entities[0]!.kind === 'organisation' && (t.spoke || (t.body && t.paragraph! >= this.paragraph - 1))) return t.entities;
        }
        return this.lastSpeaker();
      case 'any':
        return this.lastSpeaker();
    }
  }

  private description(head: string): readonly Entity[] | null {
    const fits = lexicon.descriptions.get(head) ?? [head];
    for (const spoke of [true, false]) {
      for (let k = this.timeline.length - 1; k >= 0; k--) {
        const t = this.timeline[k]!;
        if (t.spoke === spoke && t.entities.length === 1 && fitsDescription(t.entities[0]!, head, fits)) return this.touched(t.entities);
      }
    }
    for (let k = this.mentions.length - 1; k >= 0; k--)
      if (fits !== '*' && fitsDescription(this.mentions[k]!, head, fits)) return this.touched([this.mentions[k]!]);
    // "the agency", "kementerian itu" naming a body called otherwise: the last organisation.
    if (lexicon.organisationHeads.isWord(head)) return this.pronoun('it');
    // "ujar akademisi perguruan tinggi itu": a person's role with a demonstrative that no one named
    // so far holds points back at the last person who spoke, as a pronoun would.
    if (fits !== '*' && !lexicon.descriptions.has(head) && lexicon.titles.isWord(head)) {
      for (let k = this.timeline.length - 1; k >= 0; k--) {
        const t = this.timeline[k]!;
        if (t.spoke && t.entities.length === 1 && t.entities[0]!.kind === 'person') return this.touched(t.entities);
      }
    }
    return null;
  }

  private touched(entities: readonly Entity[]): readonly Entity[] {
    this.touch(entities);
    return entities;
  }
}

/**
 * Short dictionary words are often given names too ("Sri", "Dwi", "Tri"): one is never cut from the
 * front of a name on the evidence of a later short name alone.
 */
const isRootGivenName = (w: string): boolean => w.length <= 3;

/**
 * A person's key (their folded name words joined) and an organisation key's words, cached: each
 * mention asks for them again, for itself and for every entity it is compared with. Not to be
 * changed by the caller; bounded like the other name caches.
 */
const MAX_CACHED_KEYS = 100_000;
const personKeys = new BoundedCache<string, string>(MAX_CACHED_KEYS);
const keyWordLists = new BoundedCache<string, readonly string[]>(MAX_CACHED_KEYS);

const personKey = (name: string): string => personKeys.memo(name, () => nameWords(name).join(' '));

const keyWords = (key: string): readonly string[] => keyWordLists.memo(key, () => key.split(' '));
