import type { Language } from '../types.js';
import { parseIsoDay } from './calendar.js';
import { findDateExpressions } from './find-date-expressions.js';
import type { Starts } from './match-starts.js';
import { type Resolution, resolveExpression, resolveFrom } from './resolve-date.js';
import type { ResolvedDate } from './types.js';

/** A resolved date and where its words stand in the sentence (`sentence.slice(start, end) === evidence`). */
export interface DateMention extends ResolvedDate {
  readonly start: number;
  readonly end: number;
  /** True for publication-relative words ("kemarin", "pekan lalu", "Kamis"), false for a written date. */
  readonly relative: boolean;
  /**
   * True for a count from an event the sentence names but does not date ("sehari setelah Thailand
   * memanggil duta besarnya"), counted from `context.previous`: right only when that event is the
   * one dated before, which the caller may check.
   */
  readonly fromPrevious?: boolean;
}

/** What the article said before the sentence, for dates that lean on it. */
export interface DateContext {
  /**
   * The date the article gave last before this sentence (nearby), if any: a count with nothing else
   * to count from ("tiga hari kemudian", "sehari setelah …" with the other event undated here) is
   * counted from it, and a time of day alone ("pukul 8:20") is of its day when it is a day.
   */
  readonly previous?: Pick<ResolvedDate, 'date' | 'precision'> | null;
  /**
   * False when that date lies several paragraphs back: then only a subject pointing back with a
   * demonstrative ("Bentrok ini terjadi sehari setelah …") still leans on it.
   */
  readonly near?: boolean;
}

/**
 * Finds and resolves the dates of a sentence against its article's publication date
 * (YYYY-MM-DD, or null when unknown). Returns only what resolves: relative words without a
 * publication date and durations ("dalam 24 tahun", "sejak 2017") give nothing. A count from
 * another event ("sehari setelah …") is counted from the date that event is given later in the
 * sentence, or, for a back reference ("sehari setelahnya", "kemudian"), earlier; failing that, from
 * `context.previous`. Indonesian and English vocabularies are both always read (Indonesian
 * articles quote English dates and vice versa); `language` only orders ambiguous numeric dates.
 * `starts` are where date patterns can begin in the sentence, when already found (see match-starts).
 */
export function findDates(sentence: string, published: string | null, language: Language, starts?: Starts, context: DateContext = {}): DateMention[] {
  void language; // numeric dates are read day-first in both languages of the corpus (see calendar-patterns)
  const day = parseIsoDay(published);
  const expressions = findDateExpressions(sentence, starts);
  if (expressions.length === 0) return [];
  const resolved: (Resolution | null)[] = expressions.map((e) => resolveExpression(e, day));
  const fromPrevious = new Set<number>();
  const written = (j: number): boolean => resolved[j] !== null;
  for (let i = 0; i < expressions.length; i++) {
    const e = expressions[i]!;
    if (e.kind === 'anchored') {
      let j = -1;
      if (e.backReference) for (let k = i - 1; k >= 0 && j < 0; k--) j = written(k) ? k : -1;
      else for (let k = i + 1; k < expressions.length && j < 0; k++) j = written(k) ? k : -1;
      const previous = context.near !== false || (e.demonstrative && !e.backReference) ? (context.previous ?? null) : null;
      if (j >= 0) resolved[i] = resolveFrom(e, 1, resolved[j]!);
      // "Bentrok ini terjadi sehari setelah …": the clash is the event dated before, and the sentence
      // tells of the other one, on the other side of it
      else if (previous !== null) {
        resolved[i] = resolveFrom(e, e.demonstrative && !e.backReference ? -1 : 1, previous);
        if (!e.backReference) fromPrevious.add(i);
      }
    } else if (e.kind === 'clock') {
      const previous = context.near !== false ? (context.previous ?? null) : null;
      // a time next to a date (even one that cannot be resolved here) is that date's; alone, it is
      // a time of the day told last
      if (previous !== null && previous.precision === 'day' && !expressions.some((o) => o.kind !== 'clock' && o.kind !== 'anchored')) {
        resolved[i] = { date: previous.date, until: null, precision: 'day', relative: false };
      }
    }
  }
  const out: DateMention[] = [];
  expressions.forEach((e, i) => {
    const r = resolved[i];
    if (r === null || r === undefined) return;
    if (e.kind === 'clock' && out.some((o) => o.date === r.date)) return;
    const evidence = sentence.slice(e.start, e.end);
    out.push({
      start: e.start,
      end: e.end,
      date: r.date,
      endDate: r.until,
      precision: r.precision,
      evidence,
      relative: r.relative,
      ...(fromPrevious.has(i) ? { fromPrevious: true } : {}),
    });
  });
  return out;
}

export type { DateExpression } from './date-expression.js';
export { DATE_PATTERN_STARTS, findDateExpressions } from './find-date-expressions.js';
export { type MatchStarts, StartFinder, type Starts, startsWithin } from './match-starts.js';
