import type { CorpusIndex } from '../search/corpus-index.js';
import { UserFacingError } from './errors.js';
import { selectEntries, type TimelineTable, timelineTable } from './timeline-table.js';
import type { AnswerFor, EventResult } from './types.js';

export interface TimelineOptions {
  readonly topic?: string | undefined;
  /** First day of the range, YYYY-MM-DD. */
  readonly from?: string | undefined;
  /** Last day of the range, YYYY-MM-DD. */
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
export function timeline(index: CorpusIndex, options: TimelineOptions): AnswerFor<'timeline'> {
  const from = checkDay(options.from, 'from');
  const to = checkDay(options.to, 'to');
  if (from && to && from > to) throw new UserFacingError(`The start date ${from} is after the end date ${to}.`);
  const table = timelineTable(index);
  const topic = options.topic ? index.matchTopic(options.topic) : null;
  const { chosen, total } = selectEntries(table, from, to, options.limit, topic && topic.hasId);
  const query = [options.topic, from && `from ${from}`, to && `to ${to}`].filter(Boolean).join(', ');
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
  return { date: e.date, end: e.endDate, precision: e.precision, evidence: e.evidence, text: e.text, citations };
}

function checkDay(day: string | undefined, name: string): string | null {
  if (day === undefined || day.trim() === '') return null;
  const text = day.trim();
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(`${text}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || !parsed.toISOString().startsWith(text)) {
    throw new UserFacingError(`The ${name} date "${text.slice(0, 20)}" is not a date written YYYY-MM-DD.`);
  }
  return text;
}
