import { z } from 'zod';
import abbreviationsJson from './lexicon/abbreviations.json' with { type: 'json' };
import claimsJson from './lexicon/claims.json' with { type: 'json' };
import glossaryJson from './lexicon/glossary.json' with { type: 'json' };
import stopwordsJson from './lexicon/stopwords.json' with { type: 'json' };

/**
 * The language lexicons' loader: every JSON file under lexicon/ is checked against its zod schema
 * when first loaded, so that a malformed entry (a number for a word, a missing list, a duplicate)
 * stops the program at start-up with the file and the entry's path named, rather than quietly
 * matching nothing. The schemas check the files' shapes; what the words are is the files' business.
 */
export function loadLexicon<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, data: unknown, file: string): T {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  throw new Error(`lexicon: src/language/lexicon/${file} is malformed: ${issues}`);
}

/** A list of lower-case words or phrases, each once. */
export const lowerCaseWords = z
  .array(
    z
      .string()
      .min(1)
      .refine((w) => w === w.toLowerCase() && w.trim() === w, 'expected lower case, trimmed'),
  )
  .refine((list) => new Set(list).size === list.length, 'a word is listed twice');

const stopwordsSchema = z.object({ about: z.string(), id: lowerCaseWords, en: lowerCaseWords, about_question: z.string(), question: lowerCaseWords }).strict();
/** English lemmas or Indonesian words, each mapped to the index words it may stand for. */
const glossaryEntries = z.record(z.string().min(1), z.array(z.string().min(1)).min(1));
const glossarySchema = z.object({ about: z.string(), phrases: glossaryEntries, words: glossaryEntries }).strict();
const claimsSchema = z.object({ about: z.string(), labels: lowerCaseWords, negations: lowerCaseWords }).strict();
const abbreviationsSchema = z.object({ about: z.string(), abbreviations: z.array(z.string().min(1)) }).strict();

/** Words that carry no topic, in Indonesian and English, and the words of a question ("how many"). */
export const stopwordLexicon = loadLexicon(stopwordsSchema, stopwordsJson, 'stopwords.json');
/** The bilingual glossary: an English query word finds Indonesian paragraphs through it. */
export const glossaryLexicon = loadLexicon(glossarySchema, glossaryJson, 'glossary.json');
/** Abbreviations whose full stop does not end a sentence. */
export const abbreviationLexicon = loadLexicon(abbreviationsSchema, abbreviationsJson, 'abbreviations.json');

/** /cite: labels before a colon that name no speaker ("BREAKING: …"), and the words that negate a statement. */
export const claimLexicon = loadLexicon(claimsSchema, claimsJson, 'claims.json');

/** Exposed for the lexicon tests: the schemas, to check that a malformed file is refused. */
export const languageLexiconSchemas = {
  stopwords: stopwordsSchema,
  glossary: glossarySchema,
  abbreviations: abbreviationsSchema,
  claims: claimsSchema,
} as const;
