import { foldToken } from '../../language/analyzer.js';
import { matchGlossary } from '../../language/glossary.js';
import glossary from '../../language/lexicon/glossary.json' with { type: 'json' };
import { tokenize } from '../../language/tokenize.js';
import { type CiteWord, wordKey } from './cite-words.js';

/**
 * Words that may stand for one another, read from the bilingual glossary: an English word and the
 * Indonesian words it gives ("condemn" → kecam, kutuk), and Indonesian words given for the same
 * English word ("Korea Utara", "Korut" and "DPRK" for "North Korea"). A concept is named by the
 * alignment keys of an Indonesian word or phrase ("korea utara"), so an English span, an
 * Indonesian phrase and its synonyms meet in one set of names.
 */
export interface ConceptUnit {
  /** Words `from` to `to` (exclusive) of the text it was read from. */
  readonly from: number;
  readonly to: number;
  /** The words' own concept: their keys joined by spaces ("korea utara", "condemn"). */
  readonly own: string;
  /** The concepts the words may stand for, their own among them: Indonesian synonyms, or the Indonesian words an English word gives. */
  readonly keys: ReadonlySet<string>;
}

/** The concepts of some units, as `coveredBy` compares them: their own, and all they may stand for. */
export interface ConceptSet {
  readonly owns: ReadonlySet<string>;
  readonly keys: ReadonlySet<string>;
}

interface Synonyms {
  /** Every Indonesian glossary word or phrase (its keys joined by spaces) → the others given for the same English words. */
  readonly byPhrase: ReadonlyMap<string, ReadonlySet<string>>;
  /** The most words an Indonesian glossary phrase has. */
  readonly longest: number;
}

let synonyms: Synonyms | null = null;

/** The key of an Indonesian glossary word or phrase: its words' alignment keys joined by spaces. */
function phraseKey(phrase: string): string {
  return tokenize(phrase)
    .map((token) => wordKey(foldToken(token), token))
    .join(' ');
}

function loadSynonyms(): Synonyms {
  // Maps, never the JSON objects: a user's word is looked up here ("constructor" is no entry).
  const byPhrase = new Map<string, Set<string>>();
  let longest = 1;
  const entries = [...Object.values(glossary.phrases), ...Object.values(glossary.words)] as readonly (readonly string[])[];
  for (const indonesian of entries) {
    const keys = indonesian.map(phraseKey).filter((k) => k !== '');
    for (const key of keys) {
      longest = Math.max(longest, key.split(' ').length);
      let set = byPhrase.get(key);
      if (!set) byPhrase.set(key, (set = new Set([key])));
      for (const other of keys) set.add(other);
    }
  }
  return { byPhrase, longest };
}

function synonymTable(): Synonyms {
  return (synonyms ??= loadSynonyms());
}

/**
 * The concept units of Indonesian words: each word alone (its key, and its synonyms when the
 * glossary has it), and each run of words that is an Indonesian glossary phrase ("korea utara").
 */
export function indonesianUnits(words: readonly CiteWord[], from = 0, to = words.length): ConceptUnit[] {
  const { byPhrase, longest } = synonymTable();
  const units: ConceptUnit[] = [];
  for (let i = from; i < to; i++) {
    let key = '';
    for (let n = 1; n <= longest && i + n <= to; n++) {
      key = n === 1 ? words[i]!.key : `${key} ${words[i + n - 1]!.key}`;
      const set = byPhrase.get(key);
      if (set) units.push({ from: i, to: i + n, own: key, keys: set });
      else if (n === 1) units.push({ from: i, to: i + 1, own: key, keys: new Set([key]) });
    }
  }
  return units;
}

/**
 * The concept units of English words: each run the glossary translates (phrases first: "North
 * Korea" → korea utara, korut, dprk, …), with the Indonesian words' synonyms, and every other word
 * alone (names and numbers need no translation: "DPRK", "1,000").
 */
export function englishUnits(words: readonly CiteWord[], text: string, from = 0, to = words.length): ConceptUnit[] {
  const tokens = words.slice(from, to).map((w) => text.slice(w.start, w.end));
  const units: ConceptUnit[] = [];
  const covered = new Uint8Array(to - from);
  for (const match of matchGlossary(tokens)) {
    const own = words
      .slice(from + match.at, from + match.at + match.length)
      .map((w) => w.key)
      .join(' ');
    const keys = new Set<string>([own]);
    for (const phrase of match.indonesian) keys.add(phraseKey(phrase));
    units.push({ from: from + match.at, to: from + match.at + match.length, own, keys });
    covered.fill(1, match.at, match.at + match.length);
  }
  for (let i = from; i < to; i++) if (covered[i - from] === 0) units.push({ from: i, to: i + 1, own: words[i]!.key, keys: new Set([words[i]!.key]) });
  return units;
}

/** The concept units of some words in a language. */
export function conceptUnits(words: readonly CiteWord[], text: string, language: 'id' | 'en', from = 0, to = words.length): ConceptUnit[] {
  return language === 'en' ? englishUnits(words, text, from, to) : indonesianUnits(words, from, to);
}

/** The concepts of some units (those within words `from`..`to` when given). */
export function conceptsOf(units: readonly ConceptUnit[], from = 0, to = Number.POSITIVE_INFINITY): ConceptSet {
  const owns = new Set<string>();
  const keys = new Set<string>();
  for (const unit of units) {
    if (unit.from < from || unit.to > to) continue;
    owns.add(unit.own);
    for (const key of unit.keys) keys.add(key);
  }
  return { owns, keys };
}

/**
 * Which words (1) are covered by a unit that meets a concept of `against` in one step: the unit's
 * own concept is one `against` may stand for, or it may stand for one of `against`'s own ("memasok"
 * and "menyediakan" meet through "provide"; two synonyms of synonyms do not). `count` is how many
 * words the text has (the length of the marks).
 */
export function coveredBy(units: readonly ConceptUnit[], against: ConceptSet, count: number): Uint8Array {
  const marks = new Uint8Array(count);
  for (const unit of units) {
    let shared = against.keys.has(unit.own);
    if (!shared) {
      for (const key of unit.keys) {
        if (against.owns.has(key)) {
          shared = true;
          break;
        }
      }
    }
    if (shared) marks.fill(1, unit.from, unit.to);
  }
  return marks;
}
