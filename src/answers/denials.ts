import { foldText } from '../language/fold.js';
import { matchGlossary } from '../language/glossary.js';
import type { CorpusIndex } from '../search/corpus-index.js';
import type { AnswerFor, DenialResult } from './types.js';

export interface DenialsOptions {
  readonly party?: string | undefined;
  readonly topic?: string | undefined;
  readonly limit: number;
}

const words = (s: string): string[] => foldText(s).match(/[\p{L}\p{N}]+/gu) ?? [];

/** True when the words of `name` stand, in order, among the words of `field`. */
function contains(field: readonly string[], name: readonly string[]): boolean {
  if (name.length === 0) return false;
  for (let i = 0; i + name.length <= field.length; i++) if (name.every((w, j) => field[i + j] === w)) return true;
  return false;
}

/**
 * The names a party query stands for: the query itself, its Indonesian glossary forms ("Russia" →
 * "Rusia", "Moskow"), and the aliases of a known speaker it names ("Lavrov" → "Sergey Lavrov").
 */
function partyForms(index: CorpusIndex, party: string): string[][] {
  const query = words(party);
  const forms = [query];
  const glossary = matchGlossary(party.split(/\s+/u).filter(Boolean));
  if (glossary.length === 1 && glossary[0]!.length === query.length) forms.push(...glossary[0]!.indonesian.map(words));
  for (const s of index.speakers) {
    const names = [s.name, ...s.aliases].map(words);
    if (names.some((n) => contains(n, query))) forms.push(...names);
  }
  return forms.filter((f) => f.length > 0);
}

/**
 * Statements denying, dismissing, refusing to comment on or walking back an accusation, each
 * with its party, what it denies, the accusation it answers (cited) and its own citation.
 * `party` matches accent- and case-insensitively against the party's words; `topic` keeps the
 * denials whose paragraph matches the topic. Results come in corpus order.
 */
export function denials(index: CorpusIndex, options: DenialsOptions): AnswerFor<'denials'> {
  const forms = options.party ? partyForms(index, options.party) : null;
  const topic = options.topic ? index.matchTopic(options.topic) : null;
  const matching = index.denials
    .filter((d) => !forms || (d.party !== null && forms.some((f) => contains(words(d.party!), f))))
    .filter((d) => !topic || topic.has(d.article, d.paragraph));
  const results: DenialResult[] = matching.slice(0, options.limit).map((d) => ({
    party: d.party,
    kind: d.kind,
    statement: d.statement,
    denies: d.denies,
    answers: d.answers ? index.citation(d.answers.article, d.answers.paragraph) : null,
    citation: index.citation(d.article, d.paragraph),
  }));
  const query = [options.topic, options.party && `party ${options.party}`].filter(Boolean).join(', ');
  const suggestions = matching.length === 0 && options.party ? listParties(index, '', 5) : [];
  return { command: 'denials', query, results, total: matching.length, ...(suggestions.length ? { suggestions } : {}) };
}

/** Discord's longest autocomplete name. */
const MAX_CHOICE_LENGTH = 100;

/**
 * Parties of the corpus's denials whose name has a word starting with `prefix` (accents and
 * case ignored), most denials first, for autocomplete.
 */
export function listParties(index: CorpusIndex, prefix: string, limit = 25): string[] {
  const wanted = foldText(prefix);
  const counts = new Map<string, number>();
  for (const d of index.denials) {
    if (d.party === null) continue;
    const folded = foldText(d.party);
    if (wanted && !folded.startsWith(wanted) && !words(d.party).some((w) => w.startsWith(wanted))) continue;
    counts.set(d.party, (counts.get(d.party) ?? 0) + 1);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([party]) => party.slice(0, MAX_CHOICE_LENGTH))
    .slice(0, limit);
}
