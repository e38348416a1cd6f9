import type { Article } from '../corpus/types.js';
import type { ArticleDenials, FoundDenial } from './denials/index.js';
import type { Party, QuotedParty } from './denials/party.js';
import type { Mutable } from './events.js';
import { type PackedExtraction, PackReader, PackWriter } from './packed-extraction.js';
import type { ArticleQuote, Entity } from './quotes/index.js';
import type { DatedEvent, DenialKind, Span } from './types.js';

/** What one article says on its own, as the corpus-wide merge reads it. */
export interface ArticleParts {
  readonly quotes: readonly ArticleQuote[];
  readonly events: Mutable<DatedEvent>[];
  readonly denials: ArticleDenials;
}

const KINDS: readonly Entity['kind'][] = ['person', 'organisation', 'group', 'anonymous'];
const NO_KEYS: Set<string> = new Set();

/**
 * Packs an article's quotes (with their entities, once each), events and denials. What the merge
 * does not read is left out: entity keys, and every verbatim string that is a slice of the
 * article's own paragraphs (sent as offsets).
 */
export function packArticle(quotes: readonly ArticleQuote[], events: readonly Mutable<DatedEvent>[], denials: ArticleDenials): PackedExtraction {
  const out = new PackWriter();
  const entityIndex = new Map<Entity, number>();
  const entities: Entity[] = [];
  for (const q of quotes) {
    for (const e of q.attribution.entities ?? []) {
      if (entityIndex.has(e)) continue;
      entityIndex.set(e, entities.length);
      entities.push(e);
    }
  }
  out.num(entities.length);
  for (const e of entities) {
    out.num(e.id);
    out.num(KINDS.indexOf(e.kind));
    out.str(e.name);
    out.num(e.aliases.size);
    for (const a of e.aliases) out.str(a);
    out.num(e.roles.length);
    for (const r of e.roles) out.str(r);
    out.num(e.affiliations.length);
    for (const a of e.affiliations) out.str(a);
  }
  out.num(quotes.length);
  for (const q of quotes) {
    out.num(q.paragraph);
    out.num(q.start);
    out.num(q.end);
    out.num((q.direct ? 1 : 0) | (q.fragment ? 2 : 0));
    const list = q.attribution.entities;
    out.num(list === null ? -1 : list.length);
    for (const e of list ?? []) out.num(entityIndex.get(e)!);
    out.str(q.attribution.role);
    out.str(q.attribution.via);
  }
  out.num(events.length);
  for (const e of events) {
    out.num(e.paragraph);
    out.num(e.start);
    out.num(e.end);
    out.str(e.date);
    out.str(e.endDate);
    out.str(e.precision);
    verbatim(out, e.text, e.start, e.evidence);
  }
  out.num(denials.found.length);
  for (const f of denials.found) {
    const d = f.denial;
    out.num(d.paragraph);
    out.num(d.start);
    out.num(d.end);
    party(out, d.party);
    out.str(d.kind);
    if (d.denies === null) out.num(-1);
    else verbatim(out, d.statement, d.start, d.denies);
    if (f.answers === null) out.num(-1);
    else {
      out.num(f.answers.paragraph);
      out.num(f.answers.start);
      out.num(f.answers.end);
    }
    out.num(f.anaphoric ? 1 : 0);
    terms(out, f.terms);
  }
  out.num(denials.accusations.length);
  for (const a of denials.accusations) {
    out.num(a.span.paragraph);
    out.num(a.span.start);
    out.num(a.span.end);
    out.str(a.party);
    out.num(a.explicit ? 1 : 0);
    terms(out, a.terms);
  }
  return out.finish();
}

/**
 * Words found in a verbatim sentence starting at `offset` of its paragraph: their paragraph offsets
 * (the first place the sentence holds them, the same words), or -2 and the string itself.
 */
function verbatim(out: PackWriter, sentence: string, offset: number, words: string): void {
  const at = sentence.indexOf(words);
  if (at < 0) {
    out.num(-2);
    out.str(words);
    return;
  }
  out.num(offset + at);
  out.num(offset + at + words.length);
}

/** A party: -1 for none, 0 and the name for a name, 1, the entity's id and its name for a quote speaker. */
function party(out: PackWriter, p: Party | null): void {
  if (p === null) out.num(-1);
  else if (typeof p === 'string') {
    out.num(0);
    out.str(p);
  } else {
    out.num(1);
    out.num(p.entity);
    out.str(p.name);
  }
}

/** A party `party` packed; one object per quote speaker of the article (`speakers`, by entity id). */
function readParty(input: PackReader, speakers: Map<number, QuotedParty>): Party | null {
  const kind = input.num();
  if (kind === -1) return null;
  if (kind === 0) return input.str()!;
  const entity = input.num();
  const name = input.str()!;
  let speaker = speakers.get(entity);
  if (speaker === undefined) speakers.set(entity, (speaker = { entity, name }));
  return speaker;
}

function readVerbatim(input: PackReader, text: string, first: number): string {
  return first === -2 ? input.str()! : text.slice(first, input.num());
}

function terms(out: PackWriter, set: Iterable<string>): void {
  const list = [...set];
  out.num(list.length);
  for (const t of list) out.str(t);
}

function readTerms(input: PackReader): string[] {
  const list = new Array<string>(input.num());
  for (let i = 0; i < list.length; i++) list[i] = input.str()!;
  return list;
}

/** The records `packArticle` packed, with their verbatim strings sliced again from the article. */
export function unpackArticle(article: Article, packed: PackedExtraction): ArticleParts {
  const input = new PackReader(packed);
  // paragraphs are numbered 1, 2, 3…; a map only for an article whose are not
  const texts = article.paragraphs.every((p, i) => p.number === i + 1) ? null : new Map(article.paragraphs.map((p) => [p.number, p.text]));
  const textOf = (n: number): string => (texts === null ? article.paragraphs[n - 1]!.text : texts.get(n)!);
  const entities = new Array<Entity>(input.num());
  for (let i = 0; i < entities.length; i++) {
    const id = input.num();
    const kind = KINDS[input.num()]!;
    const name = input.str()!;
    const aliases = new Set<string>();
    for (let n = input.num(); n > 0; n--) aliases.add(input.str()!);
    const roles: string[] = [];
    for (let n = input.num(); n > 0; n--) roles.push(input.str()!);
    const affiliations: string[] = [];
    for (let n = input.num(); n > 0; n--) affiliations.push(input.str()!);
    entities[i] = { id, name, kind, aliases, roles, keys: NO_KEYS, affiliations, seen: 0 };
  }
  const quotes = new Array<ArticleQuote>(input.num());
  for (let i = 0; i < quotes.length; i++) {
    const paragraph = input.num();
    const start = input.num();
    const end = input.num();
    const flags = input.num();
    const count = input.num();
    let list: Entity[] | null = null;
    if (count >= 0) {
      list = new Array<Entity>(count);
      for (let k = 0; k < count; k++) list[k] = entities[input.num()]!;
    }
    const role = input.str();
    const via = input.str();
    quotes[i] = { paragraph, start, end, direct: (flags & 1) !== 0, fragment: (flags & 2) !== 0, attribution: { entities: list, role, via } };
  }
  const events = new Array<Mutable<DatedEvent>>(input.num());
  for (let i = 0; i < events.length; i++) {
    const paragraph = input.num();
    const start = input.num();
    const end = input.num();
    const text = textOf(paragraph);
    const date = input.str()!;
    const endDate = input.str();
    const precision = input.str() as DatedEvent['precision'];
    const evidence = readVerbatim(input, text, input.num());
    events[i] = { article: article.article, paragraph, start, end, text: text.slice(start, end), date, endDate, precision, evidence, group: 0 };
  }
  const speakers = new Map<number, QuotedParty>();
  const found = new Array<FoundDenial>(input.num());
  for (let i = 0; i < found.length; i++) {
    const paragraph = input.num();
    const start = input.num();
    const end = input.num();
    const text = textOf(paragraph);
    const party = readParty(input, speakers);
    const kind = input.str() as DenialKind;
    const first = input.num();
    const denies = first === -1 ? null : readVerbatim(input, text, first);
    const answerParagraph = input.num();
    const answers: Span | null = answerParagraph === -1 ? null : { article: article.article, paragraph: answerParagraph, start: input.num(), end: input.num() };
    const anaphoric = input.num() === 1;
    const statement = text.slice(start, end);
    found[i] = { denial: { article: article.article, paragraph, start, end, statement, party, kind, denies }, answers, terms: readTerms(input), anaphoric };
  }
  const accusations = new Array<ArticleDenials['accusations'][number]>(input.num());
  for (let i = 0; i < accusations.length; i++) {
    const paragraph = input.num();
    const start = input.num();
    const end = input.num();
    const party = input.str();
    const explicit = input.num() === 1;
    accusations[i] = { span: { article: article.article, paragraph, start, end }, party, explicit, terms: readTerms(input) };
  }
  return { quotes, events, denials: { found, accusations } };
}
