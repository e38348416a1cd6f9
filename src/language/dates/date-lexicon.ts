import data from '../lexicon/dates.json' with { type: 'json' };
import { firstWordRun } from '../tokenize.js';

/**
 * The date vocabulary of `lexicon/dates.json`, turned once at module load into lookup maps and
 * regular-expression alternations (longest first, so that "Oktober" wins over "Okt").
 */

export type RelativeUnit = 'day' | 'week' | 'month' | 'year';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+');
const alternation = (words: Iterable<string>): string =>
  [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
const lower = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');

/** Full month names and abbreviations, lower case, to month number. */
export const monthNumber = new Map<string, number>();
/** Lower-case full month names (a bare month needs a full name, never an abbreviation). */
export const fullMonthNames = new Set<string>();
for (const m of data.months) {
  for (const n of m.names) {
    monthNumber.set(n, m.number);
    fullMonthNames.add(n);
  }
  for (const a of m.abbreviations) monthNumber.set(a, m.number);
}

/** Weekday names, lower case, to 0 (Sunday) … 6. */
export const weekdayNumber = new Map<string, number>();
for (const w of data.weekdays) for (const n of w.names) weekdayNumber.set(n, w.number);

export const sundayWeekWords = new Set(data.sunday_as_week.words);
export const sundayWeekFollowers = new Set(data.sunday_as_week.followers);

export type WeekdayDirection = 'last' | 'next' | 'this' | 'last-week' | 'next-week';
/** Direction words written after an (Indonesian) weekday: "Senin lalu". */
export const directionAfter = new Map(Object.entries(data.weekday_directions.after).map(([k, v]) => [lower(k), v]) as [string, WeekdayDirection][]);
/** Direction words written before an (English) weekday: "last Monday". */
export const directionBefore = new Map(Object.entries(data.weekday_directions.before) as [string, WeekdayDirection][]);

/** Relative phrases ("pekan lalu") to unit and offset. */
export const relativePhrase = new Map<string, { unit: RelativeUnit; offset: number }>();
for (const p of data.relative.phrases) relativePhrase.set(lower(p.phrase), { unit: p.unit as RelativeUnit, offset: p.offset });

export const agoUnit = new Map<string, RelativeUnit>(Object.entries(data.ago.units) as [string, RelativeUnit][]);
export const agoSingle = new Map<string, RelativeUnit>(Object.entries(data.ago.single) as [string, RelativeUnit][]);
export const agoNumber = new Map<string, number>(Object.entries(data.ago.numbers).map(([k, v]) => [lower(k), v]));

export const unitWords = new Set(data.units_after_numbers.words.map(lower));

/** Anchored counts: which words count forward or backward from another event (see `anchored` in dates.json). */
export const anchorDirection = new Map<string, { sign: 1 | -1; backReference: boolean }>([
  ...data.anchored.after.map((w) => [lower(w), { sign: 1 as const, backReference: false }] as const),
  ...data.anchored.before.map((w) => [lower(w), { sign: -1 as const, backReference: false }] as const),
  ...data.anchored.after_back_reference.map((w) => [lower(w), { sign: 1 as const, backReference: true }] as const),
  ...data.anchored.before_back_reference.map((w) => [lower(w), { sign: -1 as const, backReference: true }] as const),
]);

/** Phrases for the day after or before the day told last ("keesokan harinya", "the next day"), to their offset. */
export const dayPhrases = new Map<string, number>(Object.entries(data.anchored.day_phrases).map(([k, v]) => [lower(k), v]));

/** Bare month names that are also given names ("May Titthara"). */
export const monthsAlsoNames = new Set(data.not_dates.months_also_names.map(lower));
/** Words a date line may hold besides its date, times and names ("Updated", "oleh"). */
export const dateLineLabels = new Set(data.date_lines.labels.map(lower));

/** Alternations for building the patterns (used with the `i` flag). */
export const pattern = {
  month: alternation(monthNumber.keys()),
  weekday: alternation(weekdayNumber.keys()),
  relative: alternation(relativePhrase.keys()),
  agoUnit: alternation(agoUnit.keys()),
  agoSingle: alternation(agoSingle.keys()),
  agoNumber: alternation(agoNumber.keys()),
  agoMarker: alternation(data.ago.markers),
  vague: alternation(data.ago.vague),
  modifier: alternation(data.modifiers.words),
  cue: alternation(data.cues.words),
  monthWord: alternation(data.cues.month_word),
  yearWord: alternation(data.cues.year_word),
  directionAfter: alternation(directionAfter.keys()),
  directionBefore: alternation(directionBefore.keys()),
  weekdayPrefix: alternation(data.weekday_directions.prefix),
  monthPast: alternation(data.month_past.words),
  rangeAlways: alternation(data.range_connectors.always),
  rangeAfterBetween: alternation(data.range_connectors.after_between),
  between: alternation(data.range_connectors.between),
  duration: alternation(data.durations.markers),
  dateFollower: alternation(data.weekday_directions.date_followers),
  habitual: alternation(data.weekday_directions.habitual),
  listConnector: alternation(data.weekday_directions.list_connectors),
  future: alternation(data.tense.future),
  announcing: alternation(data.tense.announcing),
  anchorWord: alternation(anchorDirection.keys()),
  approximate: alternation(data.anchored.approximate),
  comparison: alternation(data.anchored.comparison),
  dayPhrase: alternation(dayPhrases.keys()),
  demonstrative: alternation(data.anchored.demonstratives),
  clockPrefix: alternation(data.clock.prefixes),
  clockZone: alternation(data.clock.zones),
  documentWord: alternation(data.not_dates.document_words),
  documentYearLink: alternation(data.not_dates.document_year_links),
  since: alternation(data.not_dates.since),
  statement: alternation(data.statements.words),
};

/** Lower-case first word (run of letters and digits) of each phrase: a phrase's match begins there. */
const firstWords = (phrases: Iterable<string>): ReadonlySet<string> => new Set([...phrases].map((p) => firstWordRun(lower(p))));

/** The first words of each vocabulary, for finding where a pattern's match can begin (see match-starts). */
export const firstWordsOf = {
  month: firstWords(monthNumber.keys()),
  weekday: firstWords(weekdayNumber.keys()),
  relative: firstWords(relativePhrase.keys()),
  agoNumber: firstWords(agoNumber.keys()),
  agoSingle: firstWords(agoSingle.keys()),
  monthWord: firstWords(data.cues.month_word),
  yearWord: firstWords(data.cues.year_word),
  weekdayPrefix: firstWords(data.weekday_directions.prefix),
  directionBefore: firstWords(directionBefore.keys()),
  clockPrefix: firstWords(data.clock.prefixes),
  approximate: firstWords(data.anchored.approximate),
  dayPhrase: firstWords(dayPhrases.keys()),
};
