import { z } from 'zod';
import { placesLexicon, placeWords } from '../../corpus/lexicons.js';
import { type MatchStarts, matchStarts, StartFinder } from '../../language/dates/match-starts.js';
import { foldText } from '../../language/fold.js';
import raw from '../../language/lexicon/denials.json' with { type: 'json' };
import { firstWordRun, wordRunAt } from '../../language/tokenize.js';
import type { DenialKind } from '../types.js';

/**
 * The denial vocabulary of `lexicon/denials.json`, checked against a schema when the module loads
 * (a missing or misspelt group is a clear error naming it, not a cue silently lost), then folded
 * (case, accents, typographic apostrophes) into sets and phrase tables. Phrases are compared as
 * sequences of folded tokens, so "Tidak  benar" and "tidak benar" are the same cue.
 */

const words = z.array(z.string().min(1));
const kind = z.enum(['denial', 'dismissal', 'no-comment', 'walk-back']);
const schema = z.object({
  verbs: z.object({
    denial: words,
    dismissal: words,
    object_needed: words,
    object_needed_kind: z.record(kind),
    passive: words,
    passive_kind: z.record(kind),
    passive_object_needed: words,
    agent_markers: words,
    english_passive_auxiliaries: words,
    modals: z.object({ words }),
  }),
  nouns: z.object({ words, back_references: words, possessives: words, possessor_markers: words, not_after: words }),
  negated_acts: z.object({ markers: words, gap_words: words, acts: words }),
  statements: z.object({ denial: words, dismissal: words, 'walk-back': words, 'no-comment': words }),
  gapped_statements: z.object({
    entries: z.array(z.object({ start: z.string().min(1), end: z.string().min(1), within: z.number().int().positive(), kind })),
  }),
  existential_denials: z.object({
    starts: words,
    max_gap: z.number().int().nonnegative(),
    relatives: words,
    passive_prefixes: words,
    not_passive: words,
    not_after: words,
  }),
  dismissal_complements: z.object({ markers: words, fillers: words, words }),
  insistence: z.object({ verbs: words, negations: words }),
  negators: z.object({ words, between: words }),
  targets: z.object({ words, clause_markers: words }),
  accusations: z.object({
    words,
    verbs: words,
    passive: words,
    nouns: words,
    suspect_nouns: words,
    criticism_nouns: words,
    finding_verbs: words,
    claim_verbs: words,
    aliases: z.object({ groups: z.array(z.array(z.string().min(1)).min(1)) }),
  }),
  statement_verbs: z.object({ words, after_quote: words, relay: words, according: z.object({ phrases: words }) }),
  parties: z.object({
    clause_boundaries: words,
    openers: words,
    articles: words,
    honorifics: words,
    predicate_words: words,
    verb_prefixes: words,
    not_verbs: words,
    demonstratives: words,
    person_pronouns: words,
    group_pronouns: words,
    first_person: words,
    cut_words: z.object({ words }),
    roles: words,
    organisation_words: words,
    description_classes: z.record(z.union([z.string(), words])),
    relative_pronouns: words,
    coordinators: words,
    statement_nouns: z.object({ words }),
    reason_words: words,
    criticism_verbs: words,
    name_blockers: z.object({ words }),
    place_nouns: z.object({ words }),
    contrasts: z.object({ words }),
    time_words: z.object({ words }),
    generic_names: z.object({ words }),
  }),
});

/** Parses the lexicon's JSON, naming the first group that is missing or malformed. */
export function parseDenialLexicon(json: unknown): z.infer<typeof schema> {
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`lexicon/denials.json: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

const data = parseDenialLexicon(raw);

const fold = (s: string): string => foldText(s);
const set = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(fold));
const phrases = (words: readonly string[]): string[][] => words.map((w) => fold(w).split(' '));

export const verbs = {
  denial: set(data.verbs.denial),
  dismissal: set(data.verbs.dismissal),
  objectNeeded: set(data.verbs.object_needed),
  objectNeededKind: new Map(Object.entries(data.verbs.object_needed_kind) as [string, DenialKind][]),
  passive: set(data.verbs.passive),
  passiveKind: new Map(Object.entries(data.verbs.passive_kind) as [string, DenialKind][]),
  passiveObjectNeeded: set(data.verbs.passive_object_needed),
  agentMarkers: set(data.verbs.agent_markers),
  englishPassiveAuxiliaries: set(data.verbs.english_passive_auxiliaries),
  modals: set(data.verbs.modals.words),
};

export const nouns = {
  words: set(data.nouns.words),
  backReferences: set(data.nouns.back_references),
  possessives: set(data.nouns.possessives),
  possessorMarkers: set(data.nouns.possessor_markers),
  notAfter: set(data.nouns.not_after),
};

/** Two-part statements ("tidak semua … benar"), by the first word of their first part. */
export const gappedStatements: readonly {
  readonly start: readonly string[];
  readonly end: readonly string[];
  readonly within: number;
  readonly kind: DenialKind;
}[] = data.gapped_statements.entries.map((e) => ({ start: fold(e.start).split(' '), end: fold(e.end).split(' '), within: e.within, kind: e.kind }));

const e = data.existential_denials;
/** "tidak ada X yang di…": see lexicon's existential_denials. */
export const existentialDenials = {
  starts: phrases(e.starts),
  maxGap: e.max_gap,
  relatives: set(e.relatives),
  passivePrefixes: e.passive_prefixes.map(fold),
  notPassive: set(e.not_passive),
  notAfter: set(e.not_after),
};

/** "dismissed … as (mere) rumours". */
export const dismissalComplements = {
  markers: set(data.dismissal_complements.markers),
  fillers: set(data.dismissal_complements.fillers),
  words: set(data.dismissal_complements.words),
};

/** "maintained that … did not …". */
export const insistence = { verbs: set(data.insistence.verbs), negations: phrases(data.insistence.negations) };

export const negatedActs = {
  markers: phrases(data.negated_acts.markers),
  gapWords: set(data.negated_acts.gap_words),
  acts: set(data.negated_acts.acts),
};

/** Statement cues (multi-word phrases) with the kind of statement they make. */
export const statementCues: readonly { readonly words: readonly string[]; readonly kind: DenialKind }[] = (
  ['denial', 'dismissal', 'walk-back', 'no-comment'] as const
).flatMap((kind) => phrases(data.statements[kind]).map((words) => ({ words, kind })));

/** Statement cues that deny that something exists ("tidak ada perjanjian", "no evidence"): what follows is what is denied. */
export const existentialStarts = phrases(['tidak ada', 'tak ada', 'tiada', 'belum ada', 'tanpa', 'no', 'without']);

export const negators = { words: set(data.negators.words), between: set(data.negators.between) };
/** Nouns naming what a denial answers, and the clause markers that may stand for one after a verb. */
export const targets = set([...data.targets.words, ...data.targets.clause_markers]);
/** Nouns naming what a denial answers (no clause markers): what may stand before a passive. */
export const targetNouns = new Set([...targets].filter((t) => !data.targets.clause_markers.map(fold).includes(t)));
export const accusationWords = set(data.accusations.words);
const a = data.accusations;
/** The accusation cues by how their accuser is found (see the lexicon's note). */
export const accusationCues = {
  verbs: set(a.verbs),
  passive: set(a.passive),
  nouns: set(a.nouns),
  suspectNouns: set(a.suspect_nouns),
  criticismNouns: set(a.criticism_nouns),
  findingVerbs: set(a.finding_verbs),
  claimVerbs: set(a.claim_verbs),
};
/**
 * Folded name or word (one or two words) to its alias group's key: every nation by each of its
 * names, its demonyms, its capital and its seat of government ("Korut", "Pyongyang", "North
 * Korean"; "Kremlin", "Moskow"), from `places.json`, and the lexicon's word families.
 */
export const accusationAliases = new Map<string, string>(
  [...placesLexicon.nations.map((n) => [...n.names, ...n.demonyms, ...n.capitals, ...n.seats]), ...data.accusations.aliases.groups].flatMap((group) =>
    group.map((name) => [fold(name), fold(group[0]!)] as [string, string]),
  ),
);
export const statementVerbs = set(data.statement_verbs.words);
export const afterQuoteVerbs = set(data.statement_verbs.after_quote);
/** "menurut", "according to": what follows the comma after the name is theirs. */
export const accordingPhrases = phrases(data.statement_verbs.according.phrases);
/** Relay phrases, longest first ("mengutip pernyataan" before "mengutip"). */
export const relayPhrases = phrases(data.statement_verbs.relay).sort((a, b) => b.length - a.length);

const p = data.parties;
export const parties = {
  boundaries: set(p.clause_boundaries),
  openers: set(p.openers),
  articles: set(p.articles),
  predicateWords: set(p.predicate_words),
  verbPrefixes: [...p.verb_prefixes].sort((a, b) => b.length - a.length),
  notVerbs: set(p.not_verbs),
  demonstratives: set(p.demonstratives),
  personPronouns: set(p.person_pronouns),
  groupPronouns: set(p.group_pronouns),
  firstPerson: set(p.first_person),
  cutWords: set(p.cut_words.words),
  relativePronouns: set(p.relative_pronouns),
  honorifics: set(p.honorifics),
  coordinators: set(p.coordinators),
  statementNouns: set(p.statement_nouns.words),
  reasonWords: set(p.reason_words),
  criticismVerbs: set(p.criticism_verbs),
  nameBlockers: set(p.name_blockers.words),
  placeNouns: set(p.place_nouns.words),
  contrasts: set(p.contrasts.words),
  timeWords: set(p.time_words.words),
  genericNames: set(p.generic_names.words),
  roles: set(p.roles),
  /** Words of places (shared with the cleaning's dateline reader: `places.json`), folded. */
  places: set([...placeWords]),
  organisationWords: set(p.organisation_words),
  descriptionClasses: new Map(
    Object.entries(p.description_classes)
      .filter(([k]) => k !== 'about')
      .map(([k, v]) => [fold(k), (v as string[]).map(fold)]),
  ),
};

/** Longest cue phrase, in tokens: how far ahead a phrase match may look. */
export const LONGEST_PHRASE = Math.max(
  ...statementCues.map((c) => c.words.length),
  ...negatedActs.markers.map((m) => m.length),
  ...existentialDenials.starts.map((m) => m.length),
  ...insistence.negations.map((m) => m.length),
);

const escapeWord = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
/** Every phrase a denial or an accusation needs, lower case: cue phrases, accusation words, accused acts. */
const NEEDED = [
  ...data.verbs.denial,
  ...data.verbs.dismissal,
  ...data.verbs.object_needed,
  ...data.verbs.passive,
  ...data.nouns.words,
  ...data.negated_acts.markers,
  ...data.negated_acts.acts,
  ...data.accusations.words,
  ...data.statements.denial,
  ...data.statements.dismissal,
  ...data.statements['walk-back'],
  ...data.statements['no-comment'],
  ...data.gapped_statements.entries.map((g) => g.start),
  ...data.existential_denials.starts,
  ...data.insistence.verbs,
].map((w) => w.toLowerCase());
/**
 * True when a paragraph holds any word a denial or an accusation needs (a cue phrase, an
 * accusation word, an accused act): the others are skipped before being split into words.
 */
export const MAY_DENY_OR_ACCUSE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...NEEDED]
    .sort((a, b) => b.length - a.length)
    .map(escapeWord)
    .join('|')})(?![\\p{L}\\p{N}])`,
  'iu',
);
const NEEDED_AT = new RegExp(MAY_DENY_OR_ACCUSE.source, 'iuy');
/** Where a needed phrase can begin: at a word that is the first word of one of them. */
export const NEEDED_STARTS: MatchStarts = matchStarts([new Set(NEEDED.map((w) => firstWordRun(w)))]);
const neededStarts = new StartFinder([NEEDED_STARTS]);

/**
 * `MAY_DENY_OR_ACCUSE.test(text)`, trying the expression only where a needed phrase can begin
 * (one pass over the words) instead of at every character; `at` gives those places when already
 * found.
 */
export function mayDenyOrAccuse(text: string, at: readonly number[] = neededStarts.find(text).at): boolean {
  for (const offset of at) {
    // a needed phrase of one word ("membantah", "tuduhan") needs no expression: the word is it
    const word = wordRunAt(text, offset);
    if (word !== undefined && SINGLE_WORDS.has(word.toLowerCase())) return true;
    NEEDED_AT.lastIndex = offset;
    if (NEEDED_AT.test(text)) return true;
  }
  return false;
}
/** The needed phrases of one word (letters and digits only), lower case. */
const SINGLE_WORDS: ReadonlySet<string> = new Set(NEEDED.filter((w) => /^[\p{L}\p{N}]+$/u.test(w)));
