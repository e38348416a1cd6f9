import type { Speaker } from '../extract/types.js';
import { foldText } from '../language/fold.js';
import type { NamedRecords } from '../search/corpus-index.js';

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
  private suffixes: { keys: string[]; owners: Uint32Array } | null = null;
  private ranked: Uint32Array | null = null;

  constructor(readonly names: readonly NamedRecords[]) {
    this.folded = names.map((n) => foldText(n.name));
    names.forEach((n, i) => {
      for (const [w, j] of n.words.map((w, j) => [w, j] as const)) if (n.words.indexOf(w) === j) push(this.byWord, w, i);
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

  /** Names whose words, joined by spaces, or whose folded form equals `key`. */
  withKey(key: string): readonly number[] {
    return this.byFolded.get(key) ?? [];
  }

  /** Names holding `words` consecutively, the last of which may be the start of a word ("john kir"). */
  holdingPrefix(words: readonly string[]): number[] {
    if (words.length === 0) return [];
    const { keys, owners } = (this.suffixes ??= suffixKeys(this.names));
    const prefix = words.join(' ');
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keys[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let k = lo; k < keys.length && keys[k]!.startsWith(prefix); k++) found.push(owners[k]!);
    return found;
  }

  /** Name positions, most records first, then by name (`localeCompare`), then first seen: the autocomplete order. */
  rankOrder(): Uint32Array {
    return (this.ranked ??= Uint32Array.from(this.names.keys()).sort(
      (a, b) => this.names[b]!.records.length - this.names[a]!.records.length || this.names[a]!.name.localeCompare(this.names[b]!.name) || a - b,
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

/** Every word-suffix of every name ("john kirby", "kirby"), sorted, with the name it belongs to. */
function suffixKeys(names: readonly NamedRecords[]): { keys: string[]; owners: Uint32Array } {
  const entries: [string, number][] = [];
  names.forEach((n, i) => {
    for (let j = 0; j < n.words.length; j++) entries.push([n.words.slice(j).join(' '), i]);
  });
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return { keys: entries.map((e) => e[0]), owners: Uint32Array.from(entries, (e) => e[1]) };
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

const WORDS = /[\p{L}\p{N}]+/gu;
const speakerForms = new WeakMap<Speaker, { readonly folded: string; readonly words: readonly (readonly string[])[] }>();

/** A speaker's name folded, and the folded words of its name and of each alias, computed once per speaker. */
export function speakerNames(s: Speaker): { readonly folded: string; readonly words: readonly (readonly string[])[] } {
  let forms = speakerForms.get(s);
  if (!forms) {
    forms = { folded: foldText(s.name), words: [s.name, ...s.aliases].map((n) => foldText(n).match(WORDS) ?? []) };
    speakerForms.set(s, forms);
  }
  return forms;
}

/** The `limit` smallest numbers of some ascending lists whose numbers are all distinct, ascending: a merge through a small heap. */
export function firstOfAscending(lists: readonly Uint32Array[], limit: number): number[] {
  if (lists.length === 1) return Array.from(lists[0]!.subarray(0, Math.max(0, limit)));
  const out: number[] = [];
  // heap of list positions, keyed by each list's next number
  const at = new Uint32Array(lists.length);
  const heap: number[] = [];
  const key = (l: number) => lists[l]![at[l]!]!;
  const down = (k: number) => {
    for (;;) {
      const a = 2 * k + 1;
      const b = a + 1;
      let m = k;
      if (a < heap.length && key(heap[a]!) < key(heap[m]!)) m = a;
      if (b < heap.length && key(heap[b]!) < key(heap[m]!)) m = b;
      if (m === k) return;
      [heap[k], heap[m]] = [heap[m]!, heap[k]!];
      k = m;
    }
  };
  lists.forEach((list, l) => list.length > 0 && heap.push(l));
  for (let k = (heap.length >> 1) - 1; k >= 0; k--) down(k);
  while (out.length < limit && heap.length > 0) {
    const l = heap[0]!;
    out.push(key(l));
    at[l]!++;
    if (at[l]! >= lists[l]!.length) heap[0] = heap[heap.length - 1]!, heap.pop();
    if (heap.length > 0) down(0);
  }
  return out;
}
