import type { Speaker } from '../extract/types.js';
import { foldText } from '../language/fold.js';
import { countBelow } from './sorted-lists.js';

const WORDS = /[\p{L}\p{N}]+/gu;
const words = (text: string): string[] => foldText(text).match(WORDS) ?? [];

/**
 * Speakers found by what a user types: every name and alias, folded, is filed under each of its
 * word-suffixes ("john kirby", "kirby") in one sorted list, so a prefix ("kir") or a run of words
 * ("Kirby", "John Kirby") is one binary search and a scan of the matching range.
 */
export class SpeakerDirectory {
  private readonly keys: string[];
  private readonly owners: Uint32Array;
  /** Speaker positions, most quotes first (ties by name). */
  private readonly byQuotes: Uint32Array;

  constructor(private readonly speakers: readonly Speaker[]) {
    const entries: [string, number][] = [];
    speakers.forEach((s, i) => {
      for (const name of new Set([s.name, ...s.aliases])) {
        const w = words(name);
        for (let j = 0; j < w.length; j++) entries.push([w.slice(j).join(' '), i]);
      }
    });
    entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    this.keys = entries.map((e) => e[0]);
    this.owners = Uint32Array.from(entries, (e) => e[1]);
    this.byQuotes = Uint32Array.from(speakers.keys()).sort((a, b) => this.rank(a, b));
  }

  /**
   * Speakers with a name or alias having a word that starts with `prefix` ("kir" → John Kirby),
   * accents and case ignored, most quotes first; with an empty prefix, the most quoted speakers.
   */
  byPrefix(prefix: string, limit: number): Speaker[] {
    const wanted = words(prefix).join(' ');
    if (wanted === '') return [...this.byQuotes.subarray(0, limit)].map((i) => this.speakers[i]!);
    return this.collect(wanted, limit, () => true);
  }

  /**
   * Speakers one of whose names holds the words of `name`, in order, as whole words ("Lavrov",
   * "sergei lavrov" → Sergey Lavrov if that is an alias), most quotes first.
   */
  matching(name: string, limit = Number.POSITIVE_INFINITY): Speaker[] {
    const wanted = words(name).join(' ');
    if (wanted === '') return [];
    return this.collect(wanted, limit, (key) => key.length === wanted.length || key.charCodeAt(wanted.length) === 32);
  }

  private collect(prefix: string, limit: number, accept: (key: string) => boolean): Speaker[] {
    const found = new Set<number>();
    for (let i = countBelow(this.keys, prefix); i < this.keys.length && this.keys[i]!.startsWith(prefix); i++) if (accept(this.keys[i]!)) found.add(this.owners[i]!);
    return [...found]
      .sort((a, b) => this.rank(a, b))
      .slice(0, limit)
      .map((i) => this.speakers[i]!);
  }

  private rank(a: number, b: number): number {
    const x = this.speakers[a]!;
    const y = this.speakers[b]!;
    return y.quotes - x.quotes || (x.name < y.name ? -1 : x.name > y.name ? 1 : a - b);
  }
}
