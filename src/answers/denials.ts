import { foldText } from '../language/fold.js';
import { matchGlossary } from '../language/glossary.js';
import type { CorpusIndex } from '../search/corpus-index.js';
import { nameLookup } from './name-lookup.js';
import type { AnswerFor, DenialResult } from './types.js';

export interface DenialsOptions {
  readonly party?: string | undefined;
  readonly topic?: string | undefined;
  readonly limit: number;
}

const words = (s: string): string[] => foldText(s).match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * The names a party query stands for: the query itself, its Indonesian glossary forms ("Russia" →
 * "Rusia", "Moskow"), and the aliases of a known speaker it names ("Lavrov" → "Sergey Lavrov").
 */
function partyForms(index: CorpusIndex, party: string): string[][] {
  const query = words(party);
  const forms = [query];
  const glossary = matchGlossary(party.split(/\s+/u).filter(Boolean));
  if (glossary.length === 1 && glossary[0]!.length === query.length) forms.push(...glossary[0]!.indonesian.map(words));
  for (const s of index.speakersMatching(party)) forms.push(...[s.name, ...s.aliases].map(words));
  return forms.filter((f) => f.length > 0);
}

/** Positions (ascending: corpus order) of the denials whose party holds one of the forms' words in order. */
function denialsOfParty(index: CorpusIndex, party: string): number[] {
  const lookup = nameLookup(index.recordsByName('denials'));
  const names = new Set<number>();
  const seen = new Set<string>();
  for (const form of partyForms(index, party)) {
    const key = form.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    for (const n of lookup.holding(form)) names.add(n);
  }
  const positions: number[] = [];
  for (const n of names) for (const i of lookup.names[n]!.records) positions.push(i);
  return positions.sort((a, b) => a - b);
}

/**
 * Statements denying, dismissing, refusing to comment on or walking back an accusation, each
 * with its party, what it denies, the accusation it answers (cited) and its own citation.
 * `party` matches accent- and case-insensitively against the party's words; `topic` keeps the
 * denials whose paragraph matches the topic. Results come in corpus order. Parties are looked up
 * by word, never by reading every denial.
 */
export function denials(index: CorpusIndex, options: DenialsOptions): AnswerFor<'denials'> {
  const topic = options.topic ? index.matchTopic(options.topic) : null;
  const paragraphIds = index.recordPlaces('denials').paragraphIds;
  const matching: number[] = [];
  let total = 0;
  const consider = (i: number): void => {
    if (topic && !topic.hasId(paragraphIds[i]!)) return;
    total++;
    if (matching.length < options.limit) matching.push(i);
  };
  if (options.party) for (const i of denialsOfParty(index, options.party)) consider(i);
  else for (let i = 0; i < index.denials.length; i++) consider(i);
  const results: DenialResult[] = matching.map((i) => {
    const d = index.denials[i]!;
    return {
      party: d.party,
      kind: d.kind,
      statement: d.statement,
      denies: d.denies,
      answers: d.answers ? index.citation(d.answers.article, d.answers.paragraph) : null,
      citation: index.citation(d.article, d.paragraph),
    };
  });
  const query = [options.topic, options.party && `party ${options.party}`].filter(Boolean).join(', ');
  const suggestions = total === 0 && options.party ? listParties(index, '', 5) : [];
  return { command: 'denials', query, results, total, ...(suggestions.length ? { suggestions } : {}) };
}

/** Discord's longest autocomplete name. */
const MAX_CHOICE_LENGTH = 100;

/**
 * Parties of the corpus's denials whose name has a word starting with `prefix` (accents and
 * case ignored), most denials first, for autocomplete.
 */
export function listParties(index: CorpusIndex, prefix: string, limit = 25): string[] {
  const wanted = foldText(prefix);
  const lookup = nameLookup(index.recordsByName('denials'));
  const out: string[] = [];
  for (const n of lookup.rankOrder()) {
    if (out.length >= limit) break;
    const named = lookup.names[n]!;
    if (wanted && !lookup.folded[n]!.startsWith(wanted) && !named.words.some((w) => w.startsWith(wanted))) continue;
    out.push(named.name.slice(0, MAX_CHOICE_LENGTH));
  }
  return out;
}
