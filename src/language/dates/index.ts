import type { Language } from '../../corpus/types.js';
import type { ResolvedDate } from '../../extract/types.js';
import { parseIsoDay } from './calendar.js';
import { findDateExpressions } from './find-date-expressions.js';
import type { Starts } from './match-starts.js';
import { resolveExpression } from './resolve-date.js';

/** A resolved date and where its words stand in the sentence (`sentence.slice(start, end) === evidence`). */
export interface DateMention extends ResolvedDate {
  readonly start: number;
  readonly end: number;
  /** True for publication-relative words ("kemarin", "pekan lalu", "Kamis"), false for a written date. */
  readonly relative: boolean;
}

/**
 * Finds and resolves the dates of a sentence against its article's publication date
 * (YYYY-MM-DD, or null when unknown). Returns only what resolves: relative words without a
 * publication date, anchored phrases ("sebulan setelah …") and durations ("dalam 24 tahun")
 * give nothing. Indonesian and English vocabularies are both always read (Indonesian articles
 * quote English dates and vice versa); `language` only orders ambiguous numeric dates. `starts`
 * are where date patterns can begin in the sentence, when already found (see match-starts).
 */
export function findDates(sentence: string, published: string | null, language: Language, starts?: Starts): DateMention[] {
  void language; // numeric dates are read day-first in both languages of the corpus (see calendar-patterns)
  const day = parseIsoDay(published);
  const out: DateMention[] = [];
  for (const e of findDateExpressions(sentence, starts)) {
    const r = resolveExpression(e, day);
    if (r === null) continue;
    const evidence = sentence.slice(e.start, e.end);
    out.push({ start: e.start, end: e.end, date: r.date, endDate: r.until, precision: r.precision, evidence, relative: r.relative });
  }
  return out;
}

export type { DateExpression } from './date-expression.js';
export { DATE_PATTERN_STARTS, findDateExpressions } from './find-date-expressions.js';
export { type MatchStarts, type Starts, StartFinder, startsWithin } from './match-starts.js';
