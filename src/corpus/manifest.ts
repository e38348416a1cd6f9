import { z } from 'zod';
import { isArticleFileName, MAX_MANIFEST_BYTES, readRegularFile } from './article-files.js';
import { isoDate } from './publication-date.js';
import type { CorpusProblem } from './types.js';

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/u, 'expected a date as YYYY-MM-DD')
  .refine((s) => isoDate(+s.slice(0, 4), +s.slice(5, 7), +s.slice(8, 10)) !== null, 'not a real calendar date');

/** One entry of `sources.json`: what is known about an article beyond its text. Every field but `article` is optional. */
export const sourceEntrySchema = z
  .object({
    article: z
      .string()
      .min(1)
      .regex(/^[^/\\]+$/u, 'expected a file name in articles/, without a folder')
      .refine(isArticleFileName, 'expected the file name of a .txt, .html or .htm file in articles/'),
    outlet: z.string().min(1).nullish(),
    url: z.string().url().nullish(),
    published: isoDay.nullish(),
    approximate: z.boolean().nullish(),
    title: z.string().min(1).nullish(),
    language: z.enum(['id', 'en']).nullish(),
    note: z.string().nullish(),
  })
  .strict();

export type SourceEntry = z.infer<typeof sourceEntrySchema>;

/** The manifest's valid entries by article file name, and a problem for each invalid one. */
export interface Manifest {
  readonly entries: ReadonlyMap<string, SourceEntry>;
  readonly problems: readonly CorpusProblem[];
}

/**
 * Reads `sources.json` (an array of entries). A missing file is an empty manifest; a file that is
 * not JSON, or not an array, is one problem; an invalid entry is a problem naming its field, and
 * the valid entries are still used.
 */
export function readManifest(path: string, displayName = 'sources.json'): Manifest {
  const read = readRegularFile(path, MAX_MANIFEST_BYTES);
  if (!read.ok) {
    if (read.message === 'cannot be read (ENOENT)') return { entries: new Map(), problems: [] };
    return { entries: new Map(), problems: [{ file: displayName, message: read.message }] };
  }
  return parseManifest(read.bytes.toString('utf8'), displayName);
}

/** Validates manifest text; see `readManifest`. */
export function parseManifest(text: string, displayName = 'sources.json'): Manifest {
  let data: unknown;
  try {
    // A byte-order mark (Windows editors write one) is not part of the JSON.
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    return { entries: new Map(), problems: [{ file: displayName, message: `is not valid JSON (${(error as Error).message})` }] };
  }
  if (!Array.isArray(data)) {
    return { entries: new Map(), problems: [{ file: displayName, message: 'must be a JSON array of { "article": "<file>.txt or .html", … } entries' }] };
  }
  const entries = new Map<string, SourceEntry>();
  const problems: CorpusProblem[] = [];
  data.forEach((raw, i) => {
    const parsed = sourceEntrySchema.safeParse(raw);
    const name = typeof (raw as { article?: unknown })?.article === 'string' ? ` (${(raw as { article: string }).article})` : '';
    let entry: SourceEntry | null = parsed.success ? parsed.data : null;
    if (!parsed.success) {
      const bad = new Set<string>();
      for (const issue of parsed.error.issues) {
        const field = issue.path.length ? issue.path.join('.') : 'entry';
        const message = issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}` : issue.message;
        if (issue.path.length) bad.add(String(issue.path[0]));
        else if (issue.code !== 'unrecognized_keys') bad.add('entry');
        const kept = issue.path.length && issue.path[0] !== 'article' ? "; that field is ignored, the entry's other fields are used" : '';
        problems.push({ file: displayName, message: `entry ${i + 1}${name}: field "${field}": ${message}${kept}` });
      }
      entry = validFields(raw, bad);
    }
    if (entry === null) return;
    if (entries.has(entry.article)) {
      problems.push({ file: displayName, message: `entry ${i + 1}${name}: field "article": listed twice; the first entry is used` });
      return;
    }
    entries.set(entry.article, entry);
  });
  return { entries, problems };
}

/**
 * The valid fields of an entry that failed validation (a good `url` beside a bad date is kept), or
 * null when the entry is not an object or its `article` is itself invalid: without it, no field
 * can be tied to a file. Unknown fields are left out.
 */
function validFields(raw: unknown, bad: ReadonlySet<string>): SourceEntry | null {
  if (bad.has('entry') || bad.has('article') || typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const shape = sourceEntrySchema.shape;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (bad.has(key) || !(key in shape)) continue;
    kept[key] = value;
  }
  const parsed = sourceEntrySchema.safeParse(kept);
  return parsed.success ? parsed.data : null;
}
