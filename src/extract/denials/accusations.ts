import { analyzeToken } from '../../language/analyzer.js';
import { foldText } from '../../language/fold.js';
import type { Span } from '../types.js';
import { accusationAliases, accusationWords, negatedActs, statementVerbs } from './denial-lexicon.js';
import type { ParagraphView, Word } from './paragraph-view.js';

/** A sentence that accuses, with its content terms. */
interface Accusation {
  readonly span: Span;
  readonly terms: Iterable<string>;
  /** Publication date of the accusing article (YYYY-MM-DD), when known. */
  readonly published: string | null;
}

/** First words of the two-word aliases ("korea" of "korea utara"): only after one of them is a pair looked up. */
const pairStarts = new Set([...accusationAliases.keys()].filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' '))));

/**
 * Stems of words seen so far, by folded form: a corpus repeats its vocabulary, and stemming is the
 * costly step. `analyzeToken` starts by folding its token with `foldText`, which is how a view's
 * `folded` is made (or, for plain ASCII, what it comes to), so the stems depend on the folded
 * form alone and "Senjata" and "senjata" share an entry.
 */
const stems = new Map<string, readonly string[]>();
const MAX_CACHED_STEMS = 200_000;

function stemsOf(word: Word): readonly string[] {
  let found = stems.get(word.folded);
  if (found === undefined) {
    found = analyzeToken(word.text).filter((t) => t.length >= 3).map((t) => accusationAliases.get(foldText(t)) ?? t);
    if (stems.size < MAX_CACHED_STEMS) stems.set(word.folded, found);
  }
  return found;
}

/**
 * Content terms of words [from, to): names and words folded to their alias group ("Pyongyang",
 * "Korut" → "korea utara"; "amunisi", "peluru" → "senjata"), other words stemmed; stop words,
 * cue words, numbers and short tokens left out.
 */
export function contentTerms(view: ParagraphView, from: number, to: number): Set<string> {
  const terms = new Set<string>();
  for (let i = from; i < to; i++) {
    const w = view.words[i]!;
    const next = i + 1 < to && pairStarts.has(w.folded) ? view.words[i + 1]!.folded : '';
    const pair = next && accusationAliases.get(`${w.folded} ${next}`);
    if (pair) {
      terms.add(pair);
      i++;
      continue;
    }
    const first = w.folded.charCodeAt(0);
    if (accusationWords.has(w.folded) || statementVerbs.has(w.folded) || (first >= 48 && first <= 57)) continue;
    const alias = accusationAliases.get(w.folded);
    if (alias) terms.add(alias);
    else for (const t of stemsOf(w)) terms.add(t);
  }
  return terms;
}

/** True for a sentence that accuses: an accusation word ("menuduh", "tuduhan", "accused"), or a statement verb with an act ("mengatakan … telah mengirimkan"). */
export function isAccusation(view: ParagraphView, from: number, to: number): boolean {
  let statement = false;
  let act = false;
  for (let i = from; i < to; i++) {
    const w = view.words[i]!.folded;
    if (accusationWords.has(w)) return true;
    statement ||= statementVerbs.has(w);
    act ||= negatedActs.acts.has(w);
  }
  return statement && act;
}

/** Least number of shared content terms for a denial to answer an accusation. */
const MIN_SHARED = 2;
/**
 * Terms held by more accusations than this are too common to choose between them ("Korea Utara",
 * "senjata" in a corpus about North Korean arms): skipping them keeps matching near linear.
 */
const MAX_POSTINGS = 100;

/**
 * The accusations of a corpus, indexed by content term, so that each denial finds the one it
 * answers without scanning every sentence.
 */
export class AccusationIndex {
  private readonly list: Accusation[] = [];
  private readonly byTerm = new Map<string, number[]>();
  private readonly byArticle = new Map<string, number[]>();

  add(span: Span, terms: Iterable<string>, published: string | null): void {
    const id = this.list.length;
    this.list.push({ span, terms, published });
    for (const t of terms) push(this.byTerm, t, id);
    push(this.byArticle, span.article, id);
  }

  /** The latest accusation of the same article before a denial: what "tuduhan itu" points back to. */
  previousIn(where: Span): Span | null {
    let best: Span | null = null;
    for (const id of this.byArticle.get(where.article) ?? []) {
      const span = this.list[id]!.span;
      if (span.paragraph < where.paragraph || (span.paragraph === where.paragraph && span.start < where.start)) best = span;
    }
    return best;
  }

  /**
   * The accusation sharing the most content terms (rarer terms weigh more) with a denial,
   * preferring another article or an earlier paragraph of the same one; null below MIN_SHARED.
   * A denial cannot answer what was published after it: an accusation from a later article (both
   * dates known) is passed over.
   */
  answerFor(where: Span, terms: Iterable<string>, published: string | null): Span | null {
    const shared = new Map<number, { count: number; weight: number }>();
    for (const t of terms) {
      const ids = this.byTerm.get(t);
      if (!ids || ids.length > MAX_POSTINGS) continue;
      const weight = Math.log(1 + this.list.length / ids.length);
      for (const id of ids) {
        const s = shared.get(id);
        if (s === undefined) shared.set(id, { count: 1, weight: 0 + weight });
        else (s.count += 1), (s.weight += weight);
      }
    }
    let best: { span: Span; score: number } | null = null;
    for (const [id, s] of shared) {
      if (s.count < MIN_SHARED) continue;
      const { span, published: accused } = this.list[id]!;
      if (span.article === where.article && span.paragraph === where.paragraph) continue;
      if (published !== null && accused !== null && accused > published) continue;
      const preferred = span.article !== where.article || span.paragraph < where.paragraph;
      const score = s.weight + (preferred ? 0.5 : 0);
      if (best === null || score > best.score) best = { span, score };
    }
    return best?.span ?? null;
  }
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const ids = map.get(key);
  if (ids) ids.push(id);
  else map.set(key, [id]);
}
