import { z } from 'zod';

/**
 * The shapes of speech.json and speakers.json, checked when the lexicon loads: a mistyped entry
 * fails at start-up with the file and the path of the entry, not as a silent miss at run time.
 */

const words = z.array(z.string().min(1));

const verb = z
  .object({
    lemma: z.string().min(1),
    active: words.optional(),
    passive: words.optional(),
    post: words.optional(),
    clitic: words.optional(),
    statement: z.boolean().optional(),
    needs: z.string().min(1).optional(),
    ownSubject: z.boolean().optional(),
  })
  .strict();

export const speechSchema = z
  .object({
    about: z.string(),
    verbs: z.array(verb),
    according: words,
    accordingClitic: words,
    thus: words,
    complementisers: words,
    relay: z.object({ active: words, passive: words, release: words, quoting: words, as: words }).strict(),
    statementObjects: words,
    listeners: words,
    adjunctsBeforeVerb: words,
    relayThrough: words,
    /** Words after which a clause's words are reported by the speaker of the next sentence ("Hal itu disampaikan …"). */
    nextSentence: words.optional(),
    grammar: z
      .object({
        about: z.string(),
        agents: words,
        sources: words,
        relatives: words,
        documentRelatives: words,
        resumptives: words,
        possessives: words,
        articles: words,
        speaksFor: words,
        passivePrefix: z.string().min(1),
        together: words,
      })
      .strict(),
  })
  .strict();

const named = z.object({ name: z.string().min(1), aliases: z.array(z.string().min(1)) });

export const speakersSchema = z
  .object({
    about: z.string(),
    titles: words,
    titlePrefixes: words,
    organisationHeads: words,
    organisationWords: words,
    organisations: z.array(named.extend({ media: z.boolean().optional(), country: z.string().min(1).optional() }).strict()),
    countries: z.array(named.strict()),
    capitals: words,
    seats: z.record(z.string().min(1), z.string().min(1)),
    groupNouns: words,
    pluralNouns: words,
    pluralMarkers: words,
    documents: words,
    statementDocuments: words,
    pronouns: z.object({ person: words, group: words, organisation: words, any: words }).strict(),
    clitic: z.string().min(1),
    demonstratives: words,
    definiteArticles: words,
    determiners: words,
    descriptions: z.record(z.string().min(1), z.union([z.literal('*'), words])),
    anonymity: words,
    nameParticles: words,
    adverbs: words,
    functionWords: words,
    calendarNames: words,
    timeWords: words,
    adjunctPrepositions: words,
    internalPrepositions: words,
    subordinatingVerbs: words,
    notVerbs: words,
    nonSpeakers: words,
    placeWords: words,
    placeHeads: words,
    honorifics: words,
    regionalTitles: words,
    locationPrepositions: words,
  })
  .strict()
  .superRefine((data, ctx) => {
    const countries = new Set(data.countries.map((c) => c.name));
    data.organisations.forEach((o, i) => {
      if (o.country !== undefined && !countries.has(o.country))
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['organisations', i, 'country'], message: `"${o.country}" is not a country's name` });
    });
    for (const [seat, country] of Object.entries(data.seats)) {
      if (!countries.has(country)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['seats', seat], message: `"${country}" is not a country's name` });
    }
  });

/** Parses a lexicon file's data, or throws an error naming the file and each bad entry's path. */
export function parseLexicon<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`).join('; ');
  throw new Error(`src/language/lexicon/${file} is invalid: ${problems}`);
}
