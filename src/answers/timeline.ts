import type { Citation } from '../corpus/types.js';
import type { DatedEvent, DatePrecision } from '../extract/types.js';
import { foldText } from '../language/fold.js';
import type { CorpusIndex } from '../search/corpus-index.js';
import { UserFacingError } from './errors.js';
import type { AnswerFor, EventResult } from './types.js';

export interface TimelineOptions {
  readonly topic?: string | undefined;
  /** First day of the range, YYYY-MM-DD. */
  readonly from?: string | undefined;
  /** Last day of the range, YYYY-MM-DD. */
  readonly to?: string | undefined;
  readonly limit: number;
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, week: 1, month: 2, year: 3 };
/** Share of common words above which two outlets' sentences on the same date tell the same event. */
const SAME_EVENT_OVERLAP = 0.6;

/**
 * Dated events in date order, optionally about a topic and within a range of days. An event
 * overlaps the range when any day it may mean does ("2023-10" overlaps 2023-10-20 … 2023-10-31).
 * Ties on the date go to the more precise event, then by outlet. The same event told by several
 * outlets (same date, mostly the same words) becomes one entry citing all of them.
 */
export function timeline(index: CorpusIndex, options: TimelineOptions): AnswerFor<'timeline'> {
  const from = checkDay(options.from, 'from');
  const to = checkDay(options.to, 'to');
  if (from && to && from > to) throw new UserFacingError(`The start date ${from} is after the end date ${to}.`);
  const topic = options.topic ? index.matchTopic(options.topic) : null;
  const events = index.events.filter((e) => !topic || topic.has(e.article, e.paragraph));
  // merge before the range filter, so that an event is placed by its most precise telling
  const entries = merge(index, events)
    .filter((e) => overlaps(e, from, to))
    .sort(compareEntries);
  const query = [options.topic, from && `from ${from}`, to && `to ${to}`].filter(Boolean).join(', ');
  return {
    command: 'timeline',
    query,
    results: entries.slice(0, options.limit),
    total: entries.length,
    ...(entries.length === 0 && options.topic ? { suggestions: index.suggest(options.topic) } : {}),
  };
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

/** First and last day an event's date may mean. */
function daysOf(date: string, precision: DatePrecision): [string, string] {
  if (precision === 'day') return [date, date];
  if (precision === 'week') {
    const end = new Date(Date.parse(`${date}T00:00:00Z`) + 6 * 86_400_000).toISOString().slice(0, 10);
    return [date, end];
  }
  if (precision === 'month') {
    const [y, m] = date.split('-').map(Number) as [number, number];
    return [`${date}-01`, `${date}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`];
  }
  return [`${date}-01-01`, `${date}-12-31`];
}

const precisionOf = (date: string, fallback: DatePrecision): DatePrecision =>
  date.length === 4 ? 'year' : date.length === 7 ? 'month' : fallback === 'week' ? 'week' : 'day';

function overlaps(e: EventResult, from: string | null, to: string | null): boolean {
  const [start, end] = eventSpan({ date: e.date, endDate: e.end, precision: e.precision });
  return (from === null || end >= from) && (to === null || start <= to);
}

/** An entry being built: its result, the span of days it may mean, and its first sentence's words. */
interface Draft {
  result: EventResult & { readonly citations: Citation[] };
  span: [string, string];
  readonly words: ReadonlySet<string>;
}

/** Words shared by more drafts than this are too common to find merge candidates by. */
const MAX_POSTINGS = 200;

/**
 * Merges the same event told by several outlets: different articles, dates of which one holds
 * the other ("awal bulan ini" 2023-10 and "Jumat (13 Oktober)" 2023-10-13), mostly the same words.
 * The entry keeps the most precise telling's date and sentence; candidates are found through
 * shared words, so merging stays near linear in the number of events.
 */
function merge(index: CorpusIndex, events: readonly DatedEvent[]): EventResult[] {
  const drafts: Draft[] = [];
  const byWord = new Map<string, number[]>();
  const ordered = [...events].sort((a, b) => PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision]);
  for (const e of ordered) {
    const words = new Set(foldText(e.text).match(/[\p{L}\p{N}]+/gu) ?? []);
    const span = eventSpan(e);
    const citation = index.citation(e.article, e.paragraph);
    const same = findSame(drafts, byWord, words, span, e.article);
    if (same) {
      same.result.citations.push(citation);
      continue;
    }
    const id = drafts.length;
    drafts.push({ result: { date: e.date, end: e.endDate, precision: e.precision, evidence: e.evidence, text: e.text, citations: [citation] }, span, words });
    for (const w of words) byWord.set(w, [...(byWord.get(w) ?? []), id]);
  }
  return drafts.map((d) => d.result);
}

function findSame(drafts: readonly Draft[], byWord: ReadonlyMap<string, number[]>, words: ReadonlySet<string>, span: [string, string], article: string): Draft | null {
  const shared = new Map<number, number>();
  for (const w of words) {
    const ids = byWord.get(w);
    if (!ids || ids.length > MAX_POSTINGS) continue;
    for (const id of ids) shared.set(id, (shared.get(id) ?? 0) + 1);
  }
  for (const [id, count] of shared) {
    const d = drafts[id]!;
    if (count / Math.max(1, Math.min(d.words.size, words.size)) < SAME_EVENT_OVERLAP) continue;
    if (d.result.citations.some((c) => c.article === article)) continue;
    // drafts come most precise first, so the draft's days lie within the new telling's
    if (d.span[0] >= span[0] && d.span[1] <= span[1]) return d;
  }
  return null;
}

function eventSpan(e: Pick<DatedEvent, 'date' | 'endDate' | 'precision'>): [string, string] {
  const [start] = daysOf(e.date, e.precision);
  const last = e.endDate ?? e.date;
  return [start, daysOf(last, precisionOf(last, e.precision))[1]];
}

function compareEntries(a: EventResult, b: EventResult): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const byPrecision = PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision];
  if (byPrecision !== 0) return byPrecision;
  const [ca, cb] = [a.citations[0]!, b.citations[0]!];
  return (ca.outlet ?? '').localeCompare(cb.outlet ?? '') || ca.article.localeCompare(cb.article) || ca.paragraph - cb.paragraph;
}
