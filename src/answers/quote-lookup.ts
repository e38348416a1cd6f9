import type { CorpusIndex } from '../corpus-index/corpus-index.js';
import { organisationKey } from '../extract/quotes/speaker-identity.js';
import type { Speaker } from '../extract/types.js';
import { foldText } from '../language/fold.js';

/**
 * What `/who-said` reads on every query besides the index's own fast paths, laid out once per
 * index: the quotes' corpus order, bodies by organisation key, and every speaker name folded into one searchable text.
 */
interface QuoteLayout {
  /** Quote positions in corpus order (paragraph, offset, position), or null when the array already is. */
  readonly order: Uint32Array | null;
  /** Each quote's place in that order, or null likewise. */
  readonly rank: Uint32Array | null;
}

const layouts = new WeakMap<CorpusIndex, QuoteLayout>();

/** The quote layout of an index, built on first use. */
export function quoteLayout(index: CorpusIndex): QuoteLayout {
  let layout = layouts.get(index);
  if (!layout) layouts.set(index, (layout = buildLayout(index)));
  return layout;
}

function buildLayout(index: CorpusIndex): QuoteLayout {
  const places = index.recordPlaces('quotes');
  const ids = places.paragraphIds;
  const quotes = index.quotes;
  let sorted = true;
  for (let i = 1; i < quotes.length && sorted; i++) sorted = ids[i - 1]! < ids[i]! || (ids[i - 1] === ids[i] && quotes[i - 1]!.start <= quotes[i]!.start);
  let order: Uint32Array | null = null;
  let rank: Uint32Array | null = null;
  if (!sorted) {
    order = Uint32Array.from(quotes.keys()).sort((a, b) => ids[a]! - ids[b]! || quotes[a]!.start - quotes[b]!.start || a - b);
    rank = new Uint32Array(quotes.length);
    order.forEach((q, r) => {
      rank![q] = r;
    });
  }
  return { order, rank };
}

/** The first `limit` quotes in corpus order (article order, paragraph, then offset in the paragraph). */
export function firstInCorpusOrder(index: CorpusIndex, limit: number): number[] {
  const { order } = quoteLayout(index);
  const total = index.quotes.length;
  // (a negative limit counts from the end, as `slice` does)
  const n = limit >= 0 ? Math.min(limit, total) : Math.max(0, total + limit);
  return order === null ? Array.from({ length: n }, (_, i) => i) : Array.from(order.subarray(0, n));
}

/** The first `limit` of some quote positions (ascending) in corpus order. */
export function firstOfInCorpusOrder(index: CorpusIndex, positions: Uint32Array, limit: number): number[] {
  const { order, rank } = quoteLayout(index);
  if (order === null || rank === null) return Array.from(positions.subarray(0, limit));
  return Array.from(
    Uint32Array.from(positions, (q) => rank[q]!)
      .sort()
      .subarray(0, limit),
    (r) => order[r]!,
  );
}

const bodies = new WeakMap<readonly Speaker[], Map<string, Speaker[]>>();

/** Organisations, groups and anonymous sources by the organisation key of each of their names ("AS" and "United States" share one). */
export function bodiesByKey(index: CorpusIndex): ReadonlyMap<string, readonly Speaker[]> {
  let map = bodies.get(index.speakers);
  if (!map) {
    map = new Map();
    for (const s of index.speakers) {
      if (s.kind === 'person') continue;
      for (const key of new Set([s.name, ...s.aliases].map(organisationKey))) {
        const list = map.get(key);
        if (list) list.push(s);
        else map.set(key, [s]);
      }
    }
    bodies.set(index.speakers, map);
  }
  return map;
}

const affiliated = new WeakMap<readonly Speaker[], Map<string, Speaker[]>>();

/**
 * Speakers by the organisation key of each country or organisation they speak for (a speaker's
 * `affiliations`: "Rusia" holds Lavrov, Peskov and the Kremlin), built once per index.
 */
export function affiliatedByKey(index: CorpusIndex): ReadonlyMap<string, readonly Speaker[]> {
  let map = affiliated.get(index.speakers);
  if (!map) {
    map = new Map();
    for (const s of index.speakers) {
      for (const key of new Set((s.affiliations ?? []).map(organisationKey))) {
        const list = map.get(key);
        if (list) list.push(s);
        else map.set(key, [s]);
      }
    }
    affiliated.set(index.speakers, map);
  }
  return map;
}

/** Every speaker's names and aliases folded, one per line, and the speaker each line belongs to. */
interface SpeakerText {
  readonly text: string;
  readonly lineStarts: Uint32Array;
  readonly owners: Uint32Array;
}

const texts = new WeakMap<readonly Speaker[], SpeakerText>();

/**
 * Positions (ascending) of the speakers one of whose names or aliases, folded, holds `folded`
 * anywhere: one native substring search over all names at once instead of a fold per name.
 */
export function speakersContaining(index: CorpusIndex, folded: string): number[] {
  let t = texts.get(index.speakers);
  if (!t) texts.set(index.speakers, (t = speakerText(index.speakers)));
  const found: number[] = [];
  if (folded === '' || folded.includes('\n')) return found;
  for (let at = t.text.indexOf(folded); at >= 0; at = t.text.indexOf(folded, at + 1)) {
    let lo = 0;
    let hi = t.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (t.lineStarts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    const owner = t.owners[lo]!;
    if (found[found.length - 1] !== owner) found.push(owner);
    // the rest of this speaker's lines can add nothing
    let next = lo + 1;
    while (next < t.owners.length && t.owners[next] === owner) next++;
    if (next >= t.lineStarts.length) break;
    at = t.lineStarts[next]! - 1;
  }
  return found;
}

function speakerText(speakers: readonly Speaker[]): SpeakerText {
  const lines: string[] = [];
  const owners: number[] = [];
  speakers.forEach((s, i) => {
    for (const name of [s.name, ...s.aliases]) {
      lines.push(foldText(name).replace(/\n/g, ' '));
      owners.push(i);
    }
  });
  const lineStarts = new Uint32Array(lines.length);
  let at = 0;
  lines.forEach((line, k) => {
    lineStarts[k] = at;
    at += line.length + 1;
  });
  return { text: lines.join('\n'), lineStarts, owners: Uint32Array.from(owners) };
}
