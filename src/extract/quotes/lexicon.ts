import { placesLexicon } from '../../corpus/lexicons.js';
import { foldWord } from '../../language/fold.js';
import speakersJson from '../../language/lexicon/speakers.json' with { type: 'json' };
import speechJson from '../../language/lexicon/speech.json' with { type: 'json' };
import { parseLexicon, speakersSchema, speechSchema } from './lexicon-schema.js';

const speechData = parseLexicon(speechSchema, speechJson, 'speech.json');
const speakerData = parseLexicon(speakersSchema, speakersJson, 'speakers.json');

/**
 * The attribution lexicons (speech.json, speakers.json) compiled once at module load into sets
 * and multi-word phrase tables, so that per-paragraph work is lookups only.
 */

/** Multi-word phrases keyed by their first word; each entry is the folded words, longest first. */
export class PhraseTable {
  private readonly byFirst = new Map<string, string[][]>();
  private readonly byLast = new Map<string, string[][]>();
  private readonly oneWord = new Set<string>();

  constructor(phrases: Iterable<string>) {
    for (const phrase of phrases) {
      const words = phrase.split(/\s+/u).filter(Boolean).map(foldWord);
      const first = words[0];
      if (first === undefined) continue;
      add(this.byFirst, first, words);
      add(this.byLast, words[words.length - 1]!, words);
      if (words.length === 1) this.oneWord.add(first);
    }
    for (const list of [...this.byFirst.values(), ...this.byLast.values()]) list.sort((a, b) => b.length - a.length);
  }

  /** Length in words of the longest phrase starting at `words[i]`, or 0. */
  matchAt(words: readonly string[], i: number, limit = words.length): number {
    const list = this.byFirst.get(words[i] ?? '');
    if (!list) return 0;
    for (const phrase of list) {
      if (i + phrase.length > limit) continue;
      let k = 1;
      while (k < phrase.length && words[i + k] === phrase[k]) k++;
      if (k === phrase.length) return k;
    }
    return 0;
  }

  /** Length of the longest phrase ending at `words[i]` (inclusive) and starting at or after `floor`, or 0. */
  matchEndingAt(words: readonly string[], i: number, floor = 0): number {
    const list = this.byLast.get(words[i] ?? '');
    if (!list) return 0;
    for (const phrase of list) {
      const start = i - phrase.length + 1;
      if (start < floor) continue;
      let k = 0;
      while (k < phrase.length - 1 && words[start + k] === phrase[k]) k++;
      if (k === phrase.length - 1) return phrase.length;
    }
    return 0;
  }

  /** Whether a phrase is this one word alone: `matchAt([word], 0) > 0`. */
  isWord(word: string): boolean {
    return this.oneWord.has(word);
  }

  /** The first words of its phrases. */
  firstWords(): Iterable<string> {
    return this.byFirst.keys();
  }

  has(phrase: string): boolean {
    const words = phrase.split(/\s+/u).map(foldWord);
    return this.matchAt(words, 0) === words.length && words.length > 0;
  }
}

function add(map: Map<string, string[][]>, key: string, words: string[]): void {
  const list = map.get(key);
  if (list) list.push(words);
  else map.set(key, [words]);
}

const fold = (list: readonly string[]): Set<string> => new Set(list.map((w) => w.toLowerCase()));

/** Where a speech word's speaker stands: before it, after it, or in its -nya. */
export type CueForm = 'active' | 'passive' | 'post' | 'clitic';

/** What a speech word is: its forms, whether it introduces a reported clause, and what must follow. */
export interface VerbInfo {
  readonly lemma: string;
  readonly forms: ReadonlySet<CueForm>;
  readonly statement: boolean;
  readonly needs: string | null;
  /** Counts only with a subject phrase of its own (weak speech verbs: "berharap", "yakin"). */
  readonly ownSubject: boolean;
}

function compileVerbs(): { single: Map<string, VerbInfo>; phrases: PhraseTable; phraseInfo: Map<string, VerbInfo> } {
  const single = new Map<string, VerbInfo>();
  const phraseInfo = new Map<string, VerbInfo>();
  const add = (word: string, lemma: string, form: CueForm, statement: boolean, needs: string | null, ownSubject: boolean): void => {
    const key = word.toLowerCase();
    const target = key.includes(' ') ? phraseInfo : single;
    const old = target.get(key);
    const forms = new Set<CueForm>(old?.forms ?? []);
    forms.add(form);
    // a word listed twice keeps the first entry's conditions
    target.set(key, {
      lemma,
      forms,
      statement: old ? old.statement || statement : statement,
      needs: old ? old.needs : needs,
      ownSubject: old ? old.ownSubject : ownSubject,
    });
  };
  for (const verb of speechData.verbs) {
    const statement = verb.statement !== false;
    const needs = verb.needs ?? null;
    for (const form of ['active', 'passive', 'post', 'clitic'] as const) {
      for (const word of verb[form] ?? []) add(word, verb.lemma, form, statement, needs, verb.ownSubject === true);
    }
  }
  return { single, phrases: new PhraseTable(phraseInfo.keys()), phraseInfo };
}

const verbs = compileVerbs();

const organisationNames = new Map<string, { name: string; media: boolean; country: string | undefined }>();
for (const org of speakerData.organisations) {
  for (const alias of [org.name, ...org.aliases]) {
    organisationNames.set(alias.split(/\s+/u).map(foldWord).join(' '), { name: org.name, media: org.media === true, country: org.country });
  }
}
/** A capital standing for its government: the country ("moskow" → Rusia). */
const capitalCountries = new Map<string, string>(
  Object.entries(speakerData.seats).map(([seat, country]) => [seat.split(/\s+/u).map(foldWord).join(' '), country]),
);
const countryNames = new Map<string, string>();
for (const country of speakerData.countries) {
  for (const alias of [country.name, ...country.aliases]) countryNames.set(alias.split(/\s+/u).map(foldWord).join(' '), country.name);
}

/** Folded single words that are names only when written in capitals ("AS", "UN", "US", "EU"). */
const acronymWords = new Set<string>();
for (const entry of [...speakerData.organisations, ...speakerData.countries]) {
  for (const alias of [entry.name, ...entry.aliases]) if (/^[A-Z.]{2,6}$/u.test(alias)) acronymWords.add(foldWord(alias));
}

const firstWords = (lists: readonly (readonly string[])[]): Set<string> =>
  new Set(lists.flatMap((list) => list.map((phrase) => foldWord(phrase.split(/\s+/u)[0] ?? ''))));
const allWords = (lists: readonly (readonly string[])[]): Set<string> =>
  new Set(lists.flatMap((list) => list.flatMap((phrase) => phrase.split(/\s+/u).map(foldWord))));
const anchorLists = [
  speakerData.titles,
  speakerData.organisationHeads,
  [...organisationNames.keys()],
  [...countryNames.keys()],
  speakerData.capitals,
  speakerData.groupNouns,
  speakerData.pluralNouns,
  speakerData.documents,
];

/** Every compiled table the attribution code reads. */
export const lexicon = {
  verbs: verbs.single,
  verbPhrases: verbs.phrases,
  verbPhraseInfo: verbs.phraseInfo,
  according: new PhraseTable(speechData.according),
  accordingClitic: fold(speechData.accordingClitic),
  thus: fold(speechData.thus),
  complementisers: fold(speechData.complementisers),
  relayActive: new PhraseTable(speechData.relay.active),
  relayPassive: new PhraseTable(speechData.relay.passive),
  relayRelease: new PhraseTable(speechData.relay.release),
  relayQuoting: fold(speechData.relay.quoting),
  relayAs: new PhraseTable(speechData.relay.as),
  statementObjects: new PhraseTable(speechData.statementObjects),
  listeners: fold(speechData.listeners),
  adjunctsBeforeVerb: fold(speechData.adjunctsBeforeVerb),
  relayThrough: fold(speechData.relayThrough),
  /** Function words read by their role in a phrase (speech.json's grammar). */
  agents: fold(speechData.grammar.agents),
  sources: fold(speechData.grammar.sources),
  relatives: fold(speechData.grammar.relatives),
  documentRelatives: fold(speechData.grammar.documentRelatives),
  resumptives: fold(speechData.grammar.resumptives),
  possessives: fold(speechData.grammar.possessives),
  articles: fold(speechData.grammar.articles),
  speaksFor: fold(speechData.grammar.speaksFor),
  passivePrefix: speechData.grammar.passivePrefix,
  together: fold(speechData.grammar.together),

  titles: new PhraseTable(speakerData.titles),
  titlePrefixes: new PhraseTable(speakerData.titlePrefixes),
  organisationHeads: new PhraseTable(speakerData.organisationHeads),
  organisationWords: fold(speakerData.organisationWords),
  organisations: new PhraseTable(organisationNames.keys()),
  organisationNames,
  countries: new PhraseTable([...countryNames.keys(), ...speakerData.capitals]),
  countryNames,
  capitalCountries,
  acronymWords,
  /** Every word of a title, organisation, country, group or document entry: a capitalised one is no unknown name. */
  anchorWords: allWords(anchorLists),
  /** First words of titles and organisation heads: where a lower-case name run may start. */
  runStarters: firstWords([speakerData.titles, speakerData.organisationHeads, speakerData.determiners]),
  capitals: fold(speakerData.capitals),
  groupNouns: new PhraseTable(speakerData.groupNouns),
  pluralNouns: new PhraseTable(speakerData.pluralNouns),
  pluralMarkers: fold(speakerData.pluralMarkers),
  documents: new PhraseTable(speakerData.documents),
  statementDocuments: fold(speakerData.statementDocuments),
  personPronouns: fold(speakerData.pronouns.person),
  groupPronouns: fold(speakerData.pronouns.group),
  anyPronouns: fold(speakerData.pronouns.any),
  organisationPronouns: fold(speakerData.pronouns.organisation),
  clitic: speakerData.clitic,
  demonstratives: fold(speakerData.demonstratives),
  definiteArticles: fold(speakerData.definiteArticles),
  determiners: fold(speakerData.determiners),
  descriptions: new Map<string, readonly string[] | '*'>(Object.entries(speakerData.descriptions)),
  descriptionHeads: new PhraseTable(Object.keys(speakerData.descriptions)),
  anonymity: new PhraseTable(speakerData.anonymity),
  nameParticles: fold(speakerData.nameParticles),
  adverbs: new PhraseTable(speakerData.adverbs),
  functionWords: fold(speakerData.functionWords),
  calendarNames: fold(speakerData.calendarNames),
  timeWords: fold(speakerData.timeWords),
  adjunctPrepositions: fold(speakerData.adjunctPrepositions),
  internalPrepositions: fold(speakerData.internalPrepositions),
  locationPrepositions: fold(speakerData.locationPrepositions),
  subordinatingWords: fold(speakerData.subordinatingVerbs),
  notVerbs: fold(speakerData.notVerbs),
  nonSpeakers: fold(speakerData.nonSpeakers),
  placeWords: fold(speakerData.placeWords),
  placeHeads: fold(speakerData.placeHeads),
  honorifics: new PhraseTable(speakerData.honorifics),
  regionalTitles: new PhraseTable(speakerData.regionalTitles),
  /** Indonesian regions and cities (places.json): a region's name after a regional title ('Bupati Bandung Dadang Supriatna'). */
  places: new PhraseTable([...placesLexicon.regions, ...placesLexicon.cities]),
} as const;

/** The compiled lexicon's shape. */
export type Lexicon = typeof lexicon;
