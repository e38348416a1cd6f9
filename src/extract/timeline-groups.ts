import { isStopword } from '../language/analyzer.js';
import { foldText } from '../language/fold.js';
import { wordRuns } from '../language/tokenize.js';
import { eventSpan, PRECISION_RANK } from './event-span.js';
import type { DatedEvent } from './types.js';

/** Share of common words above which two outlets' sentences on the same date tell the same event. */
const SAME_EVENT_OVERLAP = 0.6;
/**
 * Common words two tellings need at least: a short clause ("dan pada 2020 tinggal 28 rute") shares
 * a word or two with anything on its date, which is no sign of the same event.
 */
const MIN_SHARED_WORDS = 4;
/** Words shared by more groups than this are too common to find merge candidates by. */
const MAX_POSTINGS = 200;

const ASCII = /^[\x00-\x7F]*$/;

/**
 * The distinct folded words a telling shares with others: `foldText` then runs of letters and
 * digits, without the words of its date (two tellings of one day share those whatever they tell),
 * numbers and stop words. Plain ASCII text (most sentences) folds to its lower case, so its words
 * are read directly.
 */
export function eventWords(e: Pick<DatedEvent, 'text' | 'evidence'>): Set<string> {
  const at = e.evidence === '' ? -1 : e.text.indexOf(e.evidence);
  const text = at < 0 ? e.text : `${e.text.slice(0, at)} ${e.text.slice(at + e.evidence.length)}`;
  const words = new Set<string>();
  const keep = (w: string): void => {
    if (!DIGIT.test(w) && !isStopword(w)) words.add(w);
  };
  if (!ASCII.test(text)) {
    for (const w of wordRuns(foldText(text))) keep(w);
    return words;
  }
  const lower = text.toLowerCase();
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      keep(lower.slice(start, i));
      start = -1;
    }
  }
  return words;
}

const DIGIT = /\d/;

/** Days since 1970 of a YYYY-MM-DD day: ordered as the days are. */
const dayNumber = (day: string): number => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** What the grouping reads of an event. */
export type Telling = Pick<DatedEvent, 'article' | 'text' | 'evidence' | 'date' | 'endDate' | 'precision'>;

/** A timeline entry being formed: its first (most precise) telling, its words and days, and the articles telling it. */
interface Group {
  readonly first: number;
  readonly words: number;
  readonly span: [string, string];
  readonly articles: string[];
}

/**
 * Groups the tellings of one event by several outlets, once, at index time: events of different
 * articles whose dates hold one another ("awal bulan ini" 2023-10 and "Jumat (13 Oktober)"
 * 2023-10-13) and whose sentences share mostly the same words (at least four, besides their dates'
 * and stop words). Events are taken most precise first (then in corpus order), so each group is
 * placed by its most precise telling, which is the group's first member. Returns, for each event, the position of its group's first member (its own
 * position when it opens a group). Candidates are found through shared words that are not too
 * common, so grouping stays near linear in the number of events.
 */
export function timelineGroups(events: readonly Telling[]): Uint32Array {
  const order = Array.from(events.keys()).sort((a, b) => PRECISION_RANK[events[a]!.precision] - PRECISION_RANK[events[b]!.precision] || a - b);
  const groupOf = new Uint32Array(events.length);
  const groups: Group[] = [];
  const byWord = new Map<string, number[]>();
  const shared = new Int32Array(events.length);
  // each group's first and last day, as day numbers
  const firstDay = new Float64Array(events.length);
  const lastDay = new Float64Array(events.length);
  const touched: number[] = [];
  for (const at of order) {
    const e = events[at]!;
    const words = eventWords(e);
    const span = eventSpan(e);
    const [from, to] = [dayNumber(span[0]), dayNumber(span[1])];
    // Shared-word counts per candidate group, candidates kept in the order they are first met. A
    // group whose days do not lie within the new telling's can never take it: it is not counted.
    for (const w of words) {
      const ids = byWord.get(w);
      if (!ids || ids.length > MAX_POSTINGS) continue;
      for (const id of ids) if (firstDay[id]! >= from && lastDay[id]! <= to && shared[id]!++ === 0) touched.push(id);
    }
    let same: Group | null = null;
    for (const id of touched) {
      const g = groups[id]!;
      const common = shared[id]!;
      if (
        same === null &&
        common >= MIN_SHARED_WORDS &&
        common / Math.max(1, Math.min(g.words, words.size)) >= SAME_EVENT_OVERLAP &&
        !g.articles.includes(e.article)
      ) {
        // groups come most precise first, so the group's days lie within the new telling's
        if (g.span[0] >= span[0] && g.span[1] <= span[1]) same = g;
      }
      shared[id] = 0;
    }
    touched.length = 0;
    if (same) {
      same.articles.push(e.article);
      groupOf[at] = same.first;
      continue;
    }
    const id = groups.length;
    groups.push({ first: at, words: words.size, span, articles: [e.article] });
    firstDay[id] = from;
    lastDay[id] = to;
    groupOf[at] = at;
    for (const w of words) {
      const ids = byWord.get(w);
      if (ids) ids.push(id);
      else byWord.set(w, [id]);
    }
  }
  return groupOf;
}
