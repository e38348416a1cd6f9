import type { NamedRecords } from '../corpus-index/corpus-index.js';
import { typoAllowance } from '../search/search-options.js';

/**
 * Edits allowed in one typed word of a name: the search's one typo allowance (`typoAllowance`); names start at 4 letters instead of 6 (names are short and
 * often typed from memory: "Kirbi"), and a swap of two letters is one edit. Numbers are never corrected.
 */
export const nameTypoAllowance = (word: string): number => typoAllowance(word, 4);

/** The distinct words of a set of names, with how many records they carry (to prefer the likelier name), bucketed by length. */
interface NameVocabulary {
  readonly weights: ReadonlyMap<string, number>;
  readonly byLength: ReadonlyMap<number, readonly string[]>;
}

const vocabularies = new WeakMap<object, NameVocabulary>();

/** The vocabulary of some names (built once per list: name words do not change while an index lives). */
export function nameVocabulary(key: object, names: () => Iterable<{ readonly words: readonly string[]; readonly weight: number }>): NameVocabulary {
  let vocabulary = vocabularies.get(key);
  if (!vocabulary) {
    const weights = new Map<string, number>();
    for (const { words, weight } of names()) for (const w of words) weights.set(w, (weights.get(w) ?? 0) + weight);
    const byLength = new Map<number, string[]>();
    for (const w of weights.keys()) {
      const list = byLength.get(w.length);
      if (list) list.push(w);
      else byLength.set(w.length, [w]);
    }
    vocabulary = { weights, byLength };
    vocabularies.set(key, vocabulary);
  }
  return vocabulary;
}

/** The vocabulary of the names records are filed under (`recordsByName`). */
export function recordNameVocabulary(names: readonly NamedRecords[]): NameVocabulary {
  return nameVocabulary(names, () => names.map((n) => ({ words: n.words, weight: n.records.length })));
}

/**
 * The typed words with each word that is no name word replaced by the nearest name word within
 * its allowance (fewest edits, then the word carrying most records, then alphabetical), or null
 * when every word is already a name word or some word has no near name word. The last word may
 * also stand as the start of a name word ("kir"), as autocomplete allows.
 */
export function correctNameWords(typed: readonly string[], vocabulary: NameVocabulary): string[] | null {
  let changed = false;
  const out: string[] = [];
  for (let i = 0; i < typed.length; i++) {
    const word = typed[i]!;
    if (vocabulary.weights.has(word) || (i === typed.length - 1 && startsAnyWord(word, vocabulary))) {
      out.push(word);
      continue;
    }
    const allowance = nameTypoAllowance(word);
    let best: string | null = null;
    let bestDistance = allowance + 1;
    for (let length = word.length - allowance; length <= word.length + allowance; length++) {
      for (const candidate of vocabulary.byLength.get(length) ?? []) {
        const d = boundedEditDistance(word, candidate, Math.min(allowance, bestDistance));
        if (d > allowance) continue;
        if (d < bestDistance || (d === bestDistance && best !== null && better(candidate, best, vocabulary))) {
          best = candidate;
          bestDistance = d;
        }
      }
    }
    if (best === null) return null;
    out.push(best);
    changed = true;
  }
  return changed ? out : null;
}

function better(a: string, b: string, vocabulary: NameVocabulary): boolean {
  const wa = vocabulary.weights.get(a) ?? 0;
  const wb = vocabulary.weights.get(b) ?? 0;
  return wa > wb || (wa === wb && a < b);
}

function startsAnyWord(prefix: string, vocabulary: NameVocabulary): boolean {
  if (prefix.length < 2) return false;
  for (const [length, words] of vocabulary.byLength) if (length > prefix.length && words.some((w) => w.startsWith(prefix))) return true;
  return false;
}

/**
 * Edit distance between two words counting a swap of two neighbouring letters as one edit
 * ("Rusai" → "Rusia": the commonest typo in a typed name), or `max + 1` as soon as it must exceed `max`.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1))
        value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      if (value < rowBest) rowBest = value;
    }
    if (rowBest > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]! <= max ? previous[b.length]! : max + 1;
}
