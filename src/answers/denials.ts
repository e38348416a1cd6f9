import type { CorpusIndex } from '../corpus-index/corpus-index.js';
import { foldText } from '../language/fold.js';
import { matchGlossary } from '../language/glossary.js';
import { wordRuns } from '../language/tokenize.js';
import { correctNameWords, recordNameVocabulary } from './name-correction.js';
import { firstOfAscending, nameLookup, speakerNames } from './name-lookup.js';
import type { AnswerFor, DenialResult } from './types.js';
import { widenSnippet } from './whole-quotation.js';

export interface DenialsOptions {
  readonly party?: string | undefined;
  readonly topic?: string | undefined;
  readonly limit: number;
}

const words = (s: string): string[] => wordRuns(foldText(s));

/**
 * The names a party query stands for: the query itself, its Indonesian glossary forms ("Russia" →
 * "Rusia", "Moskow"), and the names and aliases of a known speaker it names ("Lavrov" → "Sergey
 * Lavrov"). Returned as the positions (in `recordsByName('denials')`) of the parties holding one of
 * them; each distinct form is looked up once (many speakers share a surname or an alias).
 */
function partiesOf(index: CorpusIndex, party: string): number[] {
  const lookup = nameLookup(index.recordsByName('denials'));
  const query = words(party);
  const forms = new Map<string, readonly string[]>([[query.join(' '), query]]);
  const glossary = matchGlossary(party.split(/\s+/u).filter(Boolean));
  if (glossary.length === 1 && glossary[0]!.length === query.length) for (const f of glossary[0]!.indonesian.map(words)) forms.set(f.join(' '), f);
  for (const s of index.speakersMatching(party)) {
    const names = speakerNames(s);
    names.keys.forEach((key, k) => {
      forms.set(key, names.words[k]!);
    });
  }
  return lookup.union([...forms.values()].filter((form) => form.length > 0).map((form) => lookup.holdingCached(form)));
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
  let matching: number[] = [];
  let total = 0;
  let readAs: string | null = null;
  if (options.party) {
    // each party's denials are ascending; the first in corpus order are merged from them
    const lookup = nameLookup(index.recordsByName('denials'));
    const lists: Uint32Array[] = [];
    let parties = partiesOf(index, options.party);
    if (parties.length === 0) {
      // no party by that name: the nearest party names within the typo allowance ("Rusai" → Rusia)
      const corrected = correctNameWords(words(options.party), recordNameVocabulary(index.recordsByName('denials')));
      if (corrected !== null) {
        parties = partiesOf(index, corrected.join(' '));
        // shown by the shortest party name holding the corrected words: "Rusia", not "Misi ... Rusia untuk PBB"
        if (parties.length > 0) readAs = parties.map((n) => lookup.names[n]!.name).reduce((a, b) => (b.length < a.length ? b : a));
      }
    }
    for (const n of parties) {
      const records = lookup.names[n]!.records;
      const kept = topic ? records.filter((i) => topic.hasId(paragraphIds[i]!)) : records;
      total += kept.length;
      if (kept.length > 0) lists.push(kept);
    }
    matching = firstOfAscending(lists, options.limit);
  } else {
    total = topic ? topic.recordCount('denials') : index.denials.length;
    for (let i = 0; i < index.denials.length && matching.length < options.limit; i++) {
      if (!topic || topic.hasId(paragraphIds[i]!)) matching.push(i);
    }
  }
  const results: DenialResult[] = matching.map((i) => {
    const d = index.denials[i]!;
    return {
      party: d.party,
      kind: d.kind,
      statement: widenSnippet(() => index.paragraph(d.article, d.paragraph)?.text, d.statement, d.start),
      denies: d.denies,
      answers: d.answers ? index.citation(d.answers.article, d.answers.paragraph) : null,
      citation: index.citation(d.article, d.paragraph),
    };
  });
  const query = [options.topic, options.party && (readAs ? `party ${options.party} (nearest name: ${readAs})` : `party ${options.party}`)]
    .filter(Boolean)
    .join(', ');
  const suggestions = total === 0 && options.party ? listParties(index, '', 5) : [];
  const notes = readAs && options.party ? [{ kind: 'nearest-name' as const, option: 'party' as const, typed: options.party, name: readAs }] : [];
  return { command: 'denials', query, results, total, ...(suggestions.length ? { suggestions } : {}), ...(notes.length ? { notes } : {}) };
}

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
    out.push(named.name);
  }
  return out;
}
