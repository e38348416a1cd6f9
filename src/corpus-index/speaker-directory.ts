import type { Speaker } from '../extract/types.js';
import { foldText } from '../language/fold.js';
import { wordRuns } from '../language/tokenize.js';
import { WordSuffixes } from './word-suffixes.js';

const words = (text: string): string[] => wordRuns(foldText(text));

/**
 * Speakers found by what a user types: every name and alias, folded, is filed under each of its
 * word-suffixes ("john kirby", "kirby") in one sorted list, so a prefix ("kir") or a run of words
 * ("Kirby", "John Kirby") is one binary search and a scan of the matching range.
 */
export class SpeakerDirectory {
  private readonly suffixes: WordSuffixes;
  /** Speaker positions, most quotes first (ties by name). */
  private readonly byQuotes: Uint32Array;

  constructor(private readonly speakers: readonly Speaker[]) {
    this.suffixes = WordSuffixes.of(speakers.flatMap((s, i) => [...new Set([s.name, ...s.aliases])].map((name) => [words(name), i] as const)));
    this.byQuotes = Uint32Array.from(speakers.keys()).sort((a, b) => this.rank(a, b));
  }

  /**
   * Speakers with a name or alias having a word that starts with `prefix` ("kir" → John Kirby),
   * accents and case ignored, most quotes first; with an empty prefix, the most quoted speakers.
   */
  byPrefix(prefix: string, limit: number): Speaker[] {
    const wanted = words(prefix).join(' ');
    if (wanted === '') return [...this.byQuotes.subarray(0, limit)].map((i) => this.speakers[i]!);
    return this.collect(wanted, limit, false);
  }

  /**
   * Speakers one of whose names holds the words of `name`, in order, as whole words ("Lavrov",
   * "sergei lavrov" → Sergey Lavrov if that is an alias), most quotes first.
   */
  matching(name: string, limit = Number.POSITIVE_INFINITY): Speaker[] {
    const wanted = words(name).join(' ');
    if (wanted === '') return [];
    return this.collect(wanted, limit, true);
  }

  private collect(prefix: string, limit: number, wholeWords: boolean): Speaker[] {
    return [...new Set(this.suffixes.startingWith(prefix, wholeWords))]
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
