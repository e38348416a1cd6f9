import type { CorpusIndex } from '../corpus-index/corpus-index.js';
import { countAtMost, countBelow } from '../corpus-index/sorted-lists.js';
import { eventSpan, PRECISION_RANK } from '../extract/event-span.js';
import { timelineGroups } from '../extract/timeline-groups.js';
import type { DatedEvent } from '../extract/types.js';
import { byText } from './text-order.js';

/** Entries per block of the table's skip list: a block whose latest day is before `from` is passed over whole. */
const BLOCK = 32;
const NO_PARAGRAPH = 0xffffffff;

/**
 * The timeline of a corpus laid out once per index: one entry per event (the tellings of one event
 * by several outlets grouped at index time), in timeline order, with the days each may mean, so
 * that a query walks entries in order and never merges or sorts.
 */
export interface TimelineTable {
  /** Event position standing for each entry (its most precise telling), in timeline order. */
  readonly first: Uint32Array;
  /** First and last day (YYYY-MM-DD) each entry may mean, parallel to `first`; `starts` never decreases. */
  readonly starts: readonly string[];
  readonly ends: readonly string[];
  /** Latest `ends` of each block of BLOCK entries. */
  readonly blockEnds: readonly string[];
  /** `ends` in ascending order, for counting the entries that end before a day. */
  readonly sortedEnds: readonly string[];
  /** Event positions of each entry's tellings (the standing one first): `members[offsets[k] .. offsets[k + 1])`. */
  readonly offsets: Uint32Array;
  readonly members: Uint32Array;
  /** Paragraph id of each member, parallel to `members` (for topic filtering). */
  readonly paragraphs: Uint32Array;
}

const tables = new WeakMap<CorpusIndex, TimelineTable>();

/** The timeline table of an index, built on first use and kept for the index's lifetime. */
export function timelineTable(index: CorpusIndex): TimelineTable {
  let table = tables.get(index);
  if (!table) tables.set(index, (table = buildTable(index)));
  return table;
}

/** Each event's group as saved at index time, or computed now when records come without one (hand-made). */
function groupsOf(events: readonly DatedEvent[]): Uint32Array {
  const saved = new Uint32Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const g = events[i]!.group;
    const head = g === undefined ? undefined : events[g];
    const rank = (e: DatedEvent) => PRECISION_RANK[e.precision];
    // the group's first member must be itself and come first in merge order: most precise, then earliest
    if (g === undefined || !Number.isInteger(g) || !head || head.group !== g || rank(head) > rank(events[i]!) || (rank(head) === rank(events[i]!) && g > i)) {
      return timelineGroups(events);
    }
    saved[i] = g;
  }
  return saved;
}

function buildTable(index: CorpusIndex): TimelineTable {
  const events = index.events;
  const group = groupsOf(events);
  // Members of each group in merge order (most precise first, then corpus order): a counting sort.
  const count = new Uint32Array(events.length + 1);
  for (let i = 0; i < events.length; i++) count[group[i]! + 1]!++;
  for (let i = 0; i < events.length; i++) count[i + 1]! += count[i]!;
  const fill = count.slice(0, events.length);
  const slots = new Uint32Array(events.length);
  for (let rank = 0; rank <= 3; rank++) {
    for (let i = 0; i < events.length; i++) if (PRECISION_RANK[events[i]!.precision] === rank) slots[fill[group[i]!]!++] = i;
  }
  const heads: number[] = [];
  for (let i = 0; i < events.length; i++) if (group[i] === i) heads.push(i);
  // sort keys read once per event rather than in every comparison
  const dates = events.map((e) => e.date);
  const ranks = Uint8Array.from(events, (e) => PRECISION_RANK[e.precision]);
  const outlets = events.map((e) => index.article(e.article)?.outlet ?? '');
  heads.sort((x, y) => {
    if (dates[x] !== dates[y]) return dates[x]! < dates[y]! ? -1 : 1;
    const a = events[x]!;
    const b = events[y]!;
    return ranks[x]! - ranks[y]! || byText(outlets[x]!, outlets[y]!) || byText(a.article, b.article) || a.paragraph - b.paragraph;
  });
  const offsets = new Uint32Array(heads.length + 1);
  const members = new Uint32Array(events.length);
  const paragraphs = new Uint32Array(events.length);
  const starts: string[] = [];
  const ends: string[] = [];
  const blockEnds: string[] = [];
  let m = 0;
  heads.forEach((head, k) => {
    for (let s = count[head]!; s < count[head + 1]!; s++) {
      const e = events[slots[s]!]!;
      members[m] = slots[s]!;
      paragraphs[m++] = index.paragraphId(e.article, e.paragraph) ?? NO_PARAGRAPH;
    }
    offsets[k + 1] = m;
    const [start, end] = eventSpan(events[head]!);
    starts.push(start);
    ends.push(end);
    const b = Math.floor(k / BLOCK);
    if (blockEnds[b] === undefined || blockEnds[b]! < end) blockEnds[b] = end;
  });
  return { first: Uint32Array.from(heads), starts, ends, blockEnds, sortedEnds: [...ends].sort(), offsets, members, paragraphs };
}

/**
 * The entries that may fall within [from, to] (either bound null: open) and, when `matches` is
 * given, have a telling in a paragraph it accepts: the first `limit` in timeline order, and how many
 * there are. Entries whose days start after `to` are never reached (starts ascend); blocks that end
 * before `from` are skipped whole; without `matches`, the count is two binary searches.
 */
export function selectEntries(
  table: TimelineTable,
  from: string | null,
  to: string | null,
  limit: number,
  matches: ((paragraphId: number) => boolean) | null,
): { chosen: number[]; total: number } {
  const { ends, blockEnds, offsets, paragraphs } = table;
  const hi = to === null ? table.starts.length : countAtMost(table.starts, to);
  const chosen: number[] = [];
  let total = 0;
  for (let b = 0; b * BLOCK < hi; b++) {
    if (matches === null && chosen.length >= limit) break;
    if (from !== null && blockEnds[b]! < from) continue;
    const last = Math.min(hi, (b + 1) * BLOCK);
    for (let k = b * BLOCK; k < last; k++) {
      if (from !== null && ends[k]! < from) continue;
      if (matches !== null) {
        // any telling in a matching paragraph
        let s = offsets[k]!;
        const end = offsets[k + 1]!;
        while (s < end && (paragraphs[s] === NO_PARAGRAPH || !matches(paragraphs[s]!))) s++;
        if (s === end) continue;
      }
      total++;
      if (chosen.length < limit) chosen.push(k);
    }
  }
  // every entry ending before `from` starts before it too, so it is among the first `hi`
  if (matches === null) total = hi - (from === null ? 0 : countBelow(table.sortedEnds, from));
  return { chosen, total };
}
