import { BoundedCache } from '../bounded-cache.js';
import type { NamedRecords } from '../corpus-index/corpus-index.js';
import { WordSuffixes } from '../corpus-index/word-suffixes.js';
import type { Speaker } from '../extract/types.js';
import { foldText } from '../language/fold.js';
import { wordRuns } from '../language/tokenize.js';
import { byText } from './text-order.js';

/**
 * The names records are attributed to (quote speakers, denial parties), laid out once per index
 * for the lookups `/who-said` and `/denials` make on every query: by word, by folded form, by word
 * run (a binary search over every word-suffix of every name) and in autocomplete rank order.
 */
export class NameLookup {
  /** Folded form of each name (`foldText`), parallel to `names`. */
  readonly folded: readonly string[];
  private readonly byWord = new Map<string, number[]>();
  private readonly byFolded = new Map<string, number[]>();
  private suffixes: WordSuffixes | null = null;
  private ranked: Uint32Array | null = null;
  // one entry per name form asked for; bounded so that odd queries cannot grow it forever
  private readonly held = new BoundedCache<string, Uint32Array>(100_000);
  private marks: Uint8Array | null = null;

  constructor(readonly names: readonly NamedRecords[]) {
    this.folded = names.map((n) => foldText(n.name));
    names.forEach((n, i) => {
      for (const w of new Set(n.words)) push(this.byWord, w, i);
      push(this.byFolded, n.words.join(' '), i);
      if (this.folded[i] !== n.words.join(' ')) push(this.byFolded, this.folded[i]!, i);
    });
  }

  /** Names whose words hold `words` consecutively, as whole words. */
  holding(words: readonly string[]): number[] {
    if (words.length === 0) return [];
    let rarest: number[] | undefined;
    for (const w of words) {
      const list = this.byWord.get(w);
      if (!list) return [];
      if (!rarest || list.length < rarest.length) rarest = list;
    }
    return rarest!.filter((i) => holdsRun(this.names[i]!.words, words, false));
  }

  /** `holding(words)`, kept for the next time the same words are asked for. */
  holdingCached(words: readonly string[]): Uint32Array {
    const key = words.join(' ');
    let found = this.held.get(key);
    if (!found) {
      found = Uint32Array.from(this.holding(words));
      this.held.set(key, found);
    }
    return found;
  }

  /** The names of several lists, each once, in the order first met (a mark per name instead of a set). */
  union(lists: Iterable<ArrayLike<number>>): number[] {
    const marks = (this.marks ??= new Uint8Array(this.names.length));
    const out: number[] = [];
    for (const list of lists) {
      for (let k = 0; k < list.length; k++) {
        const n = list[k]!;
        if (marks[n] === 0) (marks[n] = 1), out.push(n);
      }
    }
    for (const n of out) marks[n] = 0;
    return out;
  }

  /** Names whose words, joined by spaces, or whose folded form equals `key`. */
  withKey(key: string): readonly number[] {
    return this.byFolded.get(key) ?? [];
  }

  /** Names holding `words` consecutively, the last of which may be the start of a word ("john kir"). */
  holdingPrefix(words: readonly string[]): number[] {
    if (words.length === 0) return [];
    this.suffixes ??= WordSuffixes.of(this.names.map((n, i) => [n.words, i] as const));
    return this.suffixes.startingWith(words.join(' '));
  }

  /** Name positions, most records first, then by name (`localeCompare`), then first seen: the autocomplete order. */
  rankOrder(): Uint32Array {
    return (this.ranked ??= Uint32Array.from(this.names.keys()).sort(
      (a, b) => this.names[b]!.records.length - this.names[a]!.records.length || byText(this.names[a]!.name, this.names[b]!.name) || a - b,
    ));
  }
}

/** True when `wanted` stands in `field` as consecutive words (with `prefix`, the last may be a word's start). */
export function holdsRun(field: readonly string[], wanted: readonly string[], prefix: boolean): boolean {
  if (wanted.length === 0) return false;
  const last = wanted.length - 1;
  for (let i = 0; i + wanted.length <= field.length; i++) {
    let j = 0;
    while (j < last && field[i + j] === wanted[j]) j++;
    if (j === last && (prefix ? field[i + last]!.startsWith(wanted[last]!) : field[i + last] === wanted[last])) return true;
  }
  return false;
}

function push(map: Map<string, number[]>, key: string, i: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [i]);
  else if (list[list.length - 1] !== i) list.push(i);
}

const lookups = new WeakMap<readonly NamedRecords[], NameLookup>();

/** The lookup over one `recordsByName` list, built on first use and kept while the list lives. */
export function nameLookup(names: readonly NamedRecords[]): NameLookup {
  let lookup = lookups.get(names);
  if (!lookup) lookups.set(names, (lookup = new NameLookup(names)));
  return lookup;
}

/** A speaker's name folded, and the folded words of its name and of each alias (distinct, none empty). */
export interface SpeakerNames {
  readonly folded: string;
  readonly words: readonly (readonly string[])[];
  /** Each of `words` joined by spaces. */
  readonly keys: readonly string[];
}

const speakerForms = new WeakMap<Speaker, SpeakerNames>();

/** A speaker's names folded, computed once per speaker. */
export function speakerNames(s: Speaker): SpeakerNames {
  let forms = speakerForms.get(s);
  if (!forms) {
    const words = new Map<string, string[]>();
    for (const n of [s.name, ...s.aliases]) {
      const w = wordRuns(foldText(n));
      if (w.length > 0) words.set(w.join(' '), w);
    }
    forms = { folded: foldText(s.name), words: [...words.values()], keys: [...words.keys()] };
    speakerForms.set(s, forms);
  }
  return forms;
}

/** The `limit` smallest numbers of some ascending lists whose numbers are all distinct, ascending: a merge through a small heap. */
export function firstOfAscending(lists: readonly Uint32Array[], limit: number): number[] {
  if (lists.length === 1) return Array.from(lists[0]!.subarray(0, Math.max(0, limit)));
  // a binary min-heap of the lists, keyed by each list's next number (kept in `next`)
  const next = new Uint32Array(lists.length);
  const at = new Uint32Array(lists.length);
  const heap = new Uint32Array(lists.length);
  let size = 0;
  lists.forEach((list, l) => {
    if (list.length === 0) return;
    next[l] = list[0]!;
    heap[size++] = l;
  });
  const down = (k: number): void => {
    const l = heap[k]!;
    const key = next[l]!;
    for (;;) {
      let child = 2 * k + 1;
      if (child >= size) break;
      if (child + 1 < size && next[heap[child + 1]!]! < next[heap[child]!]!) child++;
      if (next[heap[child]!]! >= key) break;
      heap[k] = heap[child]!;
      k = child;
    }
    heap[k] = l;
  };
  for (let k = (size >> 1) - 1; k >= 0; k--) down(k);
  const out: number[] = [];
  while (out.length < limit && size > 0) {
    const l = heap[0]!;
    out.push(next[l]!);
    const list = lists[l]!;
    if (++at[l]! < list.length) next[l] = list[at[l]!]!;
    else heap[0] = heap[--size]!;
    if (size > 0) down(0);
  }
  return out;
}
