import { z } from 'zod';
import boilerplateJson from '../language/lexicon/boilerplate.json' with { type: 'json' };
import calendarJson from '../language/lexicon/calendar.json' with { type: 'json' };
import functionWordsJson from '../language/lexicon/function-words.json' with { type: 'json' };
import markersJson from '../language/lexicon/language-markers.json' with { type: 'json' };
import outletsJson from '../language/lexicon/outlets.json' with { type: 'json' };
import placesJson from '../language/lexicon/places.json' with { type: 'json' };
import { loadLexicon, lowerCaseWords as words } from '../language/lexicons.js';

/**
 * The cleaning lexicons, checked when first loaded: a malformed entry (a pattern that is not a
 * regular expression, a word list with a duplicate or an upper-case word) stops the program at
 * start-up with the file and the field named, rather than quietly matching nothing.
 */

const pattern = z
  .string()
  .min(1)
  .refine((source) => {
    try {
      new RegExp(source, 'iu');
      return true;
    } catch {
      return false;
    }
  }, 'not a valid regular expression');
const patterns = z.array(pattern);

const boilerplateSchema = z.object({
  about: z.string(),
  related: patterns,
  share: patterns,
  navigation: patterns,
  ads: patterns,
  follow: patterns,
  footer: patterns,
  sections: z.array(z.string().min(1)),
  signoff: pattern,
  capsLine: pattern,
  shareWords: words,
  counters: words,
});

const calendarSchema = z.object({
  about: z.string(),
  months: z.record(z.string(), z.number().int().min(1).max(12)),
  weekdays: z.record(z.string(), z.number().int().min(0).max(6)),
  timezones: z.array(z.string().regex(/^[A-Z]{2,5}$/u, 'expected a time-zone abbreviation in capitals')),
});

const outletsSchema = z.object({
  about: z.string(),
  domains: z.record(
    z.string().refine((d) => d === d.toLowerCase() && !d.startsWith('www.') && d.includes('.'), 'expected a lower-case domain without www.'),
    z.string().min(1),
  ),
  names: z.array(z.string().min(1)),
  wires: z.array(z.string().min(1)),
  hosts: words,
});

const markersSchema = z.object({ about: z.string(), id: words, en: words });
const functionWordsSchema = z.object({ about: z.string(), id: words, en: words });
const nationSchema = z.object({ names: words.refine((l) => l.length > 0, 'a nation needs a name'), demonyms: words, capitals: words, seats: words });
const placesSchema = z.object({
  about: z.string(),
  nations: z.array(nationSchema).min(1),
  regions: words,
  cities: words,
  bodies: words,
  given_names: words,
  modifiers: words,
});

export const boilerplateLexicon = loadLexicon(boilerplateSchema, boilerplateJson, 'boilerplate.json');
export const calendarLexicon = loadLexicon(calendarSchema, calendarJson, 'calendar.json');
export const outletsLexicon = loadLexicon(outletsSchema, outletsJson, 'outlets.json');
export const languageMarkers = loadLexicon(markersSchema, markersJson, 'language-markers.json');
export const functionWords = loadLexicon(functionWordsSchema, functionWordsJson, 'function-words.json');
export const placesLexicon = loadLexicon(placesSchema, placesJson, 'places.json');

/** Every place name of the lexicon, lower case: nations by every name, their capitals, regions and cities. */
export const placeNames: ReadonlySet<string> = new Set([
  ...placesLexicon.nations.flatMap((n) => [...n.names, ...n.capitals]),
  ...placesLexicon.regions,
  ...placesLexicon.cities,
]);

/**
 * The single words that mark a capitalised run as a place rather than a person's name ("Menteri
 * Luar Negeri Kamboja", "Bupati Garut", "Royal Thai Army"): every word of every place name, the
 * nations' demonyms, the international bodies, and the modifiers that make places of names
 * ("Utara", "Selatan", "North"), less the words of place names that are also people's names ("Sri"
 * of "Sri Lanka", "Jaya" of "Petaling Jaya"), lower case.
 */
export const placeWords: ReadonlySet<string> = (() => {
  const notAlone = new Set(placesLexicon.given_names);
  const words = new Set<string>();
  const phrases = [...placeNames, ...placesLexicon.nations.flatMap((n) => [...n.demonyms, ...n.seats]), ...placesLexicon.bodies, ...placesLexicon.modifiers];
  for (const phrase of phrases) for (const w of phrase.split(/\s+/u)) if (w.length >= 2 && !notAlone.has(w)) words.add(w);
  return words;
})();

/** Exposed for the lexicon tests: the schemas, to check that a malformed file is refused. */
export const lexiconSchemas = {
  boilerplate: boilerplateSchema,
  calendar: calendarSchema,
  outlets: outletsSchema,
  markers: markersSchema,
  functionWords: functionWordsSchema,
  places: placesSchema,
} as const;
