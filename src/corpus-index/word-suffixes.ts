import { countBelow } from './sorted-lists.js';

/**
 * Every word-suffix of some names ("john kirby", "kirby"), sorted, each with the position of the
 * name it belongs to: a prefix ("kir") or a run of whole words ("john kirby") is then one binary
 * search and a scan of the matching range. The one table behind the speaker directory and the
 * record-name lookup.
 */
export class WordSuffixes {
  private constructor(
    private readonly keys: readonly string[],
    private readonly owners: Uint32Array,
  ) {}

  /** The table of the word lists given as `[words, owner]` (a list without words adds nothing). */
  static of(names: Iterable<readonly [readonly string[], number]>): WordSuffixes {
    const entries: [string, number][] = [];
    for (const [words, owner] of names) for (let j = 0; j < words.length; j++) entries.push([words.slice(j).join(' '), owner]);
    entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    return new WordSuffixes(
      entries.map((e) => e[0]),
      Uint32Array.from(entries, (e) => e[1]),
    );
  }

  /**
   * The owners of the suffixes starting with `prefix` (in suffix order; an owner may come more
   * than once); with `wholeWords`, only those where `prefix` ends at a word's end.
   */
  startingWith(prefix: string, wholeWords = false): number[] {
    const found: number[] = [];
    const { keys, owners } = this;
    for (let k = countBelow(keys, prefix); k < keys.length && keys[k]!.startsWith(prefix); k++) {
      if (!wholeWords || keys[k]!.length === prefix.length || keys[k]!.charCodeAt(prefix.length) === 32) found.push(owners[k]!);
    }
    return found;
  }
}
