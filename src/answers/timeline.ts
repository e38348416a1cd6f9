import type { CorpusIndex } from '../corpus-index/corpus-index.js';
import { dayRange } from './date-range.js';
import { selectEntries, type TimelineTable, timelineTable } from './timeline-table.js';
import type { AnswerFor, EventResult, Locale } from './types.js';
import { widenSnippet } from './whole-quotation.js';

export interface TimelineOptions {
  readonly topic?: string | undefined;
  /** Start of the range: a day (YYYY-MM-DD), or the first day of a month (YYYY-MM) or year (YYYY). */
  readonly from?: string | undefined;
  /** End of the range: a day, or the last day of a month (YYYY-MM) or year (YYYY). */
  readonly to?: string | undefined;
  readonly limit: number;
}

/**
 * Dated events in date order, optionally about a topic and within a range of days. An event
 * overlaps the range when any day it may mean does ("2023-10" overlaps 2023-10-20 … 2023-10-31).
 * Ties on the date go to the more precise event, then by outlet. The same event told by several
 * outlets (same date, mostly the same words) is one entry citing all of them, placed by its most
 * precise telling; the tellings are grouped at index time, and an entry is about a topic when any
 * of its tellings' paragraphs matches it.
 */
export function timeline(index: CorpusIndex, options: TimelineOptions, locale: Locale = 'en'): AnswerFor<'timeline'> {
  const { from, to } = dayRange(options.from, options.to, locale);
  const table = timelineTable(index);
  const topic = options.topic ? index.matchTopic(options.topic) : null;
  const { chosen, total } = selectEntries(table, from, to, options.limit, topic ? topic.hasId : null);
  const query = [options.topic, options.from && `from ${options.from.trim()}`, options.to && `to ${options.to.trim()}`].filter(Boolean).join(', ');
  return {
    command: 'timeline',
    query,
    results: chosen.map((entry) => toResult(index, table, entry)),
    total,
    ...(total === 0 && options.topic ? { suggestions: index.suggest(options.topic) } : {}),
  };
}

function toResult(index: CorpusIndex, table: TimelineTable, entry: number): EventResult {
  const e = index.events[table.first[entry]!]!;
  const citations = [];
  for (let s = table.offsets[entry]!; s < table.offsets[entry + 1]!; s++) {
    const member = index.events[table.members[s]!]!;
    citations.push(index.citation(member.article, member.paragraph));
  }
  // the sentence, widened to the whole quotation when it was cut inside one (with its attribution)
  const text = widenSnippet(() => index.paragraph(e.article, e.paragraph)?.text, e.text, e.start);
  return { date: e.date, end: e.endDate, precision: e.precision, evidence: e.evidence, text, citations };
}
