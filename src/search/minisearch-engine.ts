import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import { BoundedCache } from '../bounded-cache.js';
import { analyzeToken, foldToken } from '../language/analyzer.js';
import { tokenize } from '../language/tokenize.js';
import { fuzzyWeight, inverseDocumentFrequency, lengthNorm } from './engine/bm25.js';
import { requiredConcepts } from './engine/match-all.js';
import { DEFAULT_RANKING, fuzzyDistance, MAX_FUZZY_EXPANSIONS, type RankingOptions } from './engine/query-plan.js';
import type { EngineName, EngineParagraph, LiveParagraphEngine, ParagraphCounts, ParagraphMatches, ScoredParagraph, TopMatches } from './paragraph-engine.js';
import { QUANTITY_TERM, quantityCount } from './quantities.js';
import { analyzeQuery } from './query-terms.js';
import { SEARCH_OPTIONS, typoAllowance } from './search-options.js';

/** The MiniSearch engine's version, saved in the manifest (a saved index of another is rebuilt). */
export const MINISEARCH_ENGINE_VERSION = 'minisearch-7.2-1';

/** A paragraph as MiniSearch holds it: its stable key, its text (indexed, not stored) and its length in tokens (stored). */
interface ParagraphDoc {
  readonly id: string;
  readonly text: string;
}

/** What MiniSearch stores of a paragraph: its length in tokens, BM25's length (MiniSearch's own field length counts distinct tokens). */
interface StoredLength {
  n: number;
}

const { k: BM25_K, d: BM25_D } = SEARCH_OPTIONS.bm25;
const K1 = BM25_K + 1;
/** A term's frequency in a paragraph, capped as the compact engine stores it (one byte). */
const MAX_FREQUENCY = 255;
/** The one field; MiniSearch numbers fields from 0. */
const TEXT_FIELD = 0;

/**
 * Sumber's analyzer as MiniSearch's hooks. `tokenize` gives the paragraph's words as the compact
 * engine reads them, plus the quantity term once per quantity; `processTerm` analyses a word into
 * its index terms (folded, stemmed, compounds split, stop words dropped), memoised per spelling.
 */
function analyzerHooks(): { tokenize: (text: string) => string[]; processTerm: (token: string) => string[] | null; lastCount: () => number } {
  const memo = new BoundedCache<string, string[] | null>(SEARCH_OPTIONS.memo.analysedWords);
  let count = 0;
  return {
    tokenize(text) {
      const tokens = tokenize(text);
      count = tokens.length;
      for (let q = quantityCount(text); q > 0; q--) tokens.push(QUANTITY_TERM);
      return tokens;
    },
    processTerm(token) {
      if (token === QUANTITY_TERM) return token as unknown as string[];
      let terms = memo.get(token);
      if (terms === undefined) {
        const analysed = analyzeToken(token);
        terms = analysed.length === 0 ? null : analysed;
        memo.set(token, terms);
      }
      return terms;
    },
    lastCount: () => count,
  };
}

function miniSearchOptions(hooks: ReturnType<typeof analyzerHooks>): Options<ParagraphDoc> {
  return {
    idField: 'id',
    fields: ['text'],
    storeFields: [],
    tokenize: hooks.tokenize,
    processTerm: hooks.processTerm,
    // discarded paragraphs are cleaned from the postings as queries meet them and by vacuuming
    autoVacuum: true,
    searchOptions: { bm25: SEARCH_OPTIONS.bm25, weights: { fuzzy: 0.3, prefix: 0.375 } },
  };
}

/** One alternative term of a concept, with its weight (match kind times IDF) and its live postings. */
interface Alternative {
  readonly term: string;
  readonly weight: number;
}

interface Concept {
  readonly alternatives: readonly Alternative[];
  readonly coverage: number;
}

/**
 * The parts of MiniSearch 7.2's state (protected members, see its index.d.ts) this engine reads:
 * the term tree with each term's postings by field (short document id → term frequency), the map
 * between document ids (our keys) and short ids, stored fields, and the count of discarded documents
 * not yet vacuumed. `minisearch` is pinned to 7.2 in package.json; the engine's tests would fail on
 * a MiniSearch that lays these out otherwise.
 */
interface Internals {
  readonly _index: {
    get(term: string): Map<number, Map<number, number>> | undefined;
    fuzzyGet(term: string, maxDistance: number): Map<string, [Map<number, Map<number, number>>, number]>;
    atPrefix(prefix: string): { keys(): Iterable<string> };
    [Symbol.iterator](): Iterator<[string, Map<number, Map<number, number>>]>;
  };
  readonly _documentIds: Map<number, unknown>;
  readonly _idToShortId: Map<unknown, number>;
  readonly _storedFields: Map<number, Record<string, unknown>>;
  readonly _nextId: number;
  readonly _dirtCount: number;
}

/** Per-paragraph counts as a plain array by paragraph id. */
class ArrayCounts implements ParagraphCounts {
  readonly engine = 'minisearch';
  constructor(readonly counts: Uint32Array) {}
}

/**
 * Paragraph search on MiniSearch (7.2), for corpora up to the measured threshold: MiniSearch holds
 * the inverted index (its radix tree of terms, postings as maps), runs Sumber's analyzer through its
 * `tokenize`/`processTerm` hooks, finds near spellings and prefixes in its own term tree
 * (`fuzzyGet`, `atPrefix`), takes paragraphs in and out in place (`add`/`discard`), and saves as its
 * own plain object (`toJSON`/`loadJS`). Queries read its postings directly rather than through
 * `search` and `autoSuggest`, which make a result object per matching paragraph: see `matches`
 * and `suggest` for what that cost.
 *
 * Ranking is the compact engine's, by design, so that the engine never changes an answer: BM25+
 * with the same parameters and the same paragraph length (tokens, stop words included, where
 * MiniSearch's own field length counts distinct tokens), each concept scored by its BEST
 * alternative (MiniSearch's OR would add them up: "bantah" and "sangkal" in one paragraph would
 * count twice), times the number of concepts matched (MiniSearch's own reward for matching more
 * of the query). So the scores are computed here from MiniSearch's postings, not by `search`.
 */
export class MiniSearchEngine implements LiveParagraphEngine {
  readonly name: EngineName = 'minisearch';
  readonly version = MINISEARCH_ENGINE_VERSION;
  readonly live = true;
  private readonly hooks: ReturnType<typeof analyzerHooks>;
  /** Paragraph id by MiniSearch's short document id (-1: discarded, or added and not yet given an id by `reorder`). */
  private paragraphOfShort = new Int32Array(0);
  /** Short document id by paragraph id. */
  private shortOfParagraph = new Uint32Array(0);
  /** Token count by short id (the paragraph's BM25 length). */
  private tokenCounts = new Uint32Array(0);
  /** `lengthNorm` by short id, from the average over the paragraphs that have an id. */
  private norms = new Float64Array(0);
  private count = 0;
  private readonly ranking: RankingOptions;
  /** Per-query arrays by short id, reused (cleared through the previous query's touched list). */
  private scratch: { sums: Float64Array; covered: Float64Array; matched: Uint16Array; best: Float64Array; touched: number[] } | null = null;
  /** `within` sets already translated to flags by short id. */
  private readonly translated = new WeakMap<Uint32Array, Uint8Array>();

  /** MiniSearch's own state, read for what its API does not give (postings, short ids): see `Internals`. */
  private readonly inner: Internals;

  private constructor(
    /** The MiniSearch index itself. */
    readonly miniSearch: MiniSearch<ParagraphDoc>,
    hooks: ReturnType<typeof analyzerHooks>,
    ranking: RankingOptions,
  ) {
    this.inner = miniSearch as unknown as Internals;
    this.hooks = hooks;
    this.ranking = ranking;
  }

  /** Indexes paragraphs in corpus order (paragraph `i` is `paragraphs[i]`). `onProgress` hears every 10,000. */
  static build(
    paragraphs: readonly EngineParagraph[],
    onProgress?: (done: number, total: number) => void,
    ranking: RankingOptions = DEFAULT_RANKING,
  ): MiniSearchEngine {
    const hooks = analyzerHooks();
    const engine = new MiniSearchEngine(new MiniSearch(miniSearchOptions(hooks)), hooks, ranking);
    paragraphs.forEach(({ key, text }, i) => {
      engine.add(key, text);
      if ((i + 1) % 10_000 === 0) onProgress?.(i + 1, paragraphs.length);
    });
    onProgress?.(paragraphs.length, paragraphs.length);
    engine.reorder(paragraphs.map((p) => p.key));
    return engine;
  }

  /** The engine from MiniSearch's plain object (`toJSON`), with the keys of paragraph ids in corpus order. */
  static fromPlainObject(saved: AsPlainObject, keys: readonly string[], ranking: RankingOptions = DEFAULT_RANKING): MiniSearchEngine {
    const hooks = analyzerHooks();
    const engine = new MiniSearchEngine(MiniSearch.loadJS(saved, miniSearchOptions(hooks)), hooks, ranking);
    engine.tokenCounts = new Uint32Array(Math.max(16, engine.inner._nextId));
    for (const [short, stored] of engine.inner._storedFields) {
      const n = (stored as Partial<StoredLength> | undefined)?.n;
      if (!Number.isInteger(n) || n! < 0) throw new Error('minisearch engine: a saved paragraph has no length');
      engine.tokenCounts[short] = n!;
    }
    engine.reorder(keys);
    return engine;
  }

  get paragraphCount(): number {
    return this.count;
  }

  // ---- live additions -------------------------------------------------------------------------

  has(key: string): boolean {
    return this.miniSearch.has(key);
  }

  /** Indexes a paragraph under a new key; it is found once `reorder` has given it an id. */
  add(key: string, text: string): void {
    if (this.miniSearch.has(key)) throw new Error(`minisearch engine: paragraph ${key} is already indexed (discard it first)`);
    this.miniSearch.add({ id: key, text });
    const short = this.inner._idToShortId.get(key)!;
    const n = this.hooks.lastCount();
    if (short >= this.tokenCounts.length) this.tokenCounts = grow(this.tokenCounts, short + 1);
    this.tokenCounts[short] = n;
    this.inner._storedFields.set(short, { n } satisfies StoredLength);
  }

  /** Removes a paragraph by key (MiniSearch's `discard`: its postings are cleaned lazily and by vacuuming). */
  discard(key: string): boolean {
    const short = this.inner._idToShortId.get(key);
    if (short === undefined) return false;
    this.miniSearch.discard(key);
    if (short < this.paragraphOfShort.length) this.paragraphOfShort[short] = -1;
    return true;
  }

  /** Paragraph ids again after the corpus order changed (`keys[i]` is paragraph `i`): O(paragraphs). */
  reorder(keys: readonly string[]): void {
    if (keys.length !== this.miniSearch.documentCount)
      throw new Error(`minisearch engine: ${keys.length} keys for ${this.miniSearch.documentCount} indexed paragraphs`);
    const paragraphOfShort = new Int32Array(Math.max(16, this.inner._nextId)).fill(-1);
    const shortOfParagraph = new Uint32Array(keys.length);
    let total = 0;
    for (let i = 0; i < keys.length; i++) {
      const short = this.inner._idToShortId.get(keys[i]!);
      if (short === undefined) throw new Error(`minisearch engine: paragraph ${keys[i]} is not indexed`);
      if (paragraphOfShort[short] !== -1) throw new Error(`minisearch engine: paragraph ${keys[i]} listed twice`);
      paragraphOfShort[short] = i;
      shortOfParagraph[i] = short;
      total += this.tokenCounts[short]!;
    }
    // the compact engine's average (`averageLength`): an index of empty paragraphs keeps norms finite
    const average = total > 0 ? total / keys.length : 1;
    const norms = new Float64Array(paragraphOfShort.length);
    for (let i = 0; i < keys.length; i++) norms[shortOfParagraph[i]!] = lengthNorm(this.tokenCounts[shortOfParagraph[i]!]!, average);
    this.paragraphOfShort = paragraphOfShort;
    this.shortOfParagraph = shortOfParagraph;
    this.norms = norms;
    this.count = keys.length;
  }

  // ---- queries ---------------------------------------------------------------------------------

  topAndCount(query: string, k: number, within?: Uint32Array, count = true): TopMatches {
    const concepts = this.plan(query);
    const required = requiredConcepts(concepts.length);
    const allowed = within && this.allowed(within);
    const { scores, matched, touched } = this.score(concepts, allowed);
    let total = 0;
    const heap = new RankHeap(Math.max(0, k), this.tokenCounts, this.paragraphOfShort);
    for (const short of touched) {
      if (matched[short]! >= required) total++;
      heap.offer(short, scores[short]!);
    }
    const hits: ScoredParagraph[] = heap.sorted().map(({ short, score }) => ({ id: this.paragraphOfShort[short]!, score }));
    return { hits, total: count ? (concepts.length === 0 ? 0 : total) : -1, concepts: concepts.length, required };
  }

  /**
   * Every paragraph holding one of the query's concepts, as flags by paragraph id, from MiniSearch's
   * postings. (First written as MiniSearch's query tree, an OR of each concept's OR through
   * `search`: that makes, fills and sorts a result object per matching paragraph, and the topic
   * filter took 9 ms p50 and 122 ms p99 at 10,000 paragraphs in the benchmark, /who-said 197 ms p99.)
   */
  matches(query: string): ParagraphMatches {
    const concepts = this.plan(query);
    const members = new Uint8Array(this.count);
    let size = 0;
    const { paragraphOfShort } = this;
    for (const concept of concepts) {
      for (const { term } of concept.alternatives) {
        this.postingsOf(term)?.forEach((_tf, short) => {
          const id = paragraphOfShort[short] ?? -1;
          if (id >= 0 && members[id] === 0) {
            members[id] = 1;
            size++;
          }
        });
      }
    }
    return {
      size,
      has: (p) => p >= 0 && p < members.length && members[p] === 1,
      sum: (counts) => {
        if (!(counts instanceof ArrayCounts)) throw new Error(`minisearch engine: counts laid out by the ${counts.engine} engine`);
        let sum = 0;
        const values = counts.counts;
        for (let p = 0; p < members.length; p++) if (members[p] === 1) sum += values[p] ?? 0;
        return sum;
      },
    };
  }

  counts(countOf: (paragraphId: number) => number): ParagraphCounts {
    const counts = new Uint32Array(this.count);
    for (let p = 0; p < counts.length; p++) counts[p] = countOf(p);
    return new ArrayCounts(counts);
  }

  commonTerms(limit: number): string[] {
    const best: { term: string; df: number }[] = [];
    if (limit <= 0) return [];
    for (const [term, data] of this.inner._index) {
      const df = this.documentFrequency(data.get(TEXT_FIELD));
      if (df === 0) continue;
      if (best.length === limit) {
        const last = best[limit - 1]!;
        if (df < last.df || (df === last.df && term > last.term)) continue;
        best.pop();
      }
      let at = best.length;
      while (at > 0 && (best[at - 1]!.df < df || (best[at - 1]!.df === df && best[at - 1]!.term > term))) at--;
      best.splice(at, 0, { term, df });
    }
    return best.map((b) => b.term);
  }

  /**
   * "Did you mean": per query word (folded), the terms of MiniSearch's term tree within the typo
   * allowance (`fuzzyGet`) or starting with the word (`atPrefix`, the first `suggest.prefixScan`),
   * ranked as the compact engine ranks them (edit distance, a prefix counting 0.5; then most
   * paragraphs; then term order), `suggest.perWord` per word, shown as a word of the shortest
   * paragraph holding the term. (MiniSearch's `autoSuggest` was tried: it scores every paragraph
   * holding a candidate to rank whole-query suggestions, 476 ms p99 in the benchmark's search at
   * 20,000 paragraphs, where the candidates alone are what "did you mean" shows.)
   */
  suggest(query: string, textOf: (paragraphId: number) => string): string[] {
    const { minLength, prefixScan, perWord, total } = SEARCH_OPTIONS.suggest;
    const suggestions: string[] = [];
    for (const word of tokenize(query).slice(0, 8).map(foldToken)) {
      if (word.length < minLength) continue;
      const candidates = new Map<string, number>();
      const allowance = typoAllowance(word, minLength);
      for (const [term, [, distance]] of this.inner._index.fuzzyGet(word, allowance)) candidates.set(term, distance);
      let scanned = 0;
      for (const term of this.inner._index.atPrefix(word).keys()) {
        if (scanned++ >= prefixScan) break;
        if (!candidates.has(term)) candidates.set(term, 0.5);
      }
      const ranked = [...candidates]
        .map(([term, distance]) => ({ term, distance, df: this.documentFrequency(this.postingsOf(term)) }))
        .filter((c) => c.df > 0)
        .sort((a, b) => a.distance - b.distance || b.df - a.df || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
        .slice(0, perWord);
      for (const { term } of ranked) {
        const holder = this.shortestHolder(term);
        if (holder < 0) continue;
        const surface = surfaceForm(textOf(holder), term);
        if (surface && surface !== word && !suggestions.includes(surface)) suggestions.push(surface);
      }
      if (suggestions.length >= total) break;
    }
    return suggestions.slice(0, total);
  }

  // ---- internals -------------------------------------------------------------------------------

  /** Paragraphs (live, with an id) holding a term, from one posting map. */
  private documentFrequency(postings: Map<number, number> | undefined): number {
    if (!postings) return 0;
    // nothing discarded and not yet vacuumed, nothing added and not yet ordered: every posting counts
    if (this.inner._dirtCount === 0 && this.miniSearch.documentCount === this.count) return postings.size;
    let df = 0;
    for (const short of postings.keys()) if ((this.paragraphOfShort[short] ?? -1) >= 0 && this.inner._documentIds.has(short)) df++;
    return df;
  }

  private postingsOf(term: string): Map<number, number> | undefined {
    return this.inner._index.get(term)?.get(TEXT_FIELD);
  }

  /**
   * The query's concepts resolved against MiniSearch's vocabulary, as the compact engine's
   * `planQuery` does: exact terms weigh 1, a phrase stands by its rarest term, near spellings of the
   * typed words (MiniSearch's `fuzzyGet`, within the one typo allowance) weigh `0.3 length / (length +
   * distance)`, at most `fuzzy.maxExpansions` per word (closest, then commonest, then term order).
   */
  private plan(query: string): Concept[] {
    const plans: { alternatives: Alternative[] }[] = [];
    const seen = new Set<string>();
    const df = (term: string) => this.documentFrequency(this.postingsOf(term));
    for (const concept of analyzeQuery(query)) {
      const weights = new Map<string, number>();
      const offer = (term: string, weight: number) => weights.set(term, Math.max(weight, weights.get(term) ?? 0));
      for (const term of concept.terms) if (df(term) > 0) offer(term, 1);
      for (const phrase of concept.phrases) {
        let rarest: string | null = null;
        let rarestDf = 0;
        for (const term of phrase) {
          const d = df(term);
          if (d === 0) {
            rarest = null;
            break;
          }
          if (rarest === null || d <= rarestDf) {
            rarest = term;
            rarestDf = d;
          }
        }
        if (rarest !== null) offer(rarest, 1);
      }
      for (const term of concept.typed)
        for (const nearTerm of this.nearSpellings(term)) offer(nearTerm.term, fuzzyWeight(nearTerm.term.length, nearTerm.distance));
      if (weights.size === 0) continue;
      const key = [...weights]
        .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .map(([t, w]) => `${t}\u0000${w}`)
        .join('\u0000;');
      if (seen.has(key)) continue;
      seen.add(key);
      plans.push({ alternatives: [...weights].map(([term, match]) => ({ term, weight: match * inverseDocumentFrequency(df(term), this.count) })) });
    }
    if (this.ranking.coverage === 'concepts' || plans.length < 2) return plans.map((p) => ({ ...p, coverage: 1 }));
    const information = plans.map((p) => Math.max(...p.alternatives.map((a) => a.weight)));
    const mean = information.reduce((sum, x) => sum + x, 0) / information.length;
    return plans.map((p, i) => ({ ...p, coverage: mean > 0 ? information[i]! / mean : 1 }));
  }

  private nearSpellings(term: string): { term: string; distance: number; df: number }[] {
    const distance = fuzzyDistance(term);
    if (distance === 0) return [];
    const near: { term: string; distance: number; df: number }[] = [];
    for (const [found, [data, d]] of this.inner._index.fuzzyGet(term, distance)) {
      if (d === 0) continue;
      const df = this.documentFrequency(data.get(TEXT_FIELD));
      if (df > 0) near.push({ term: found, distance: d, df });
    }
    return near.sort((a, b) => a.distance - b.distance || b.df - a.df || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0)).slice(0, MAX_FUZZY_EXPANSIONS);
  }

  /** `within` as flags by short id. */
  private allowed(within: Uint32Array): Uint8Array {
    let flags = this.translated.get(within);
    if (!flags) {
      flags = new Uint8Array(this.paragraphOfShort.length);
      for (let i = 0; i < within.length; i++) if (within[i]! < this.count) flags[this.shortOfParagraph[within[i]!]!] = 1;
      this.translated.set(within, flags);
    }
    return flags;
  }

  /**
   * Every matching paragraph's score, term at a time over MiniSearch's postings: per concept the
   * best alternative, summed in query order, times the concepts' coverage (the compact engine's
   * canonical score, float for float).
   */
  private score(concepts: readonly Concept[], allowed?: Uint8Array): { scores: Float64Array; matched: Uint16Array; touched: number[] } {
    const size = this.paragraphOfShort.length;
    // scratch arrays by short id, kept between queries and cleared through the touched lists
    let scratch = this.scratch;
    if (!scratch || scratch.sums.length < size)
      scratch = this.scratch = {
        sums: new Float64Array(size),
        covered: new Float64Array(size),
        matched: new Uint16Array(size),
        best: new Float64Array(size),
        touched: [],
      };
    const { sums, covered, matched, best } = scratch;
    for (const short of scratch.touched) {
      sums[short] = 0;
      covered[short] = 0;
      matched[short] = 0;
    }
    const touched: number[] = [];
    scratch.touched = touched;
    const inConcept: number[] = [];
    const { paragraphOfShort, norms } = this;
    for (const concept of concepts) {
      for (const { term, weight } of concept.alternatives) {
        const postings = this.postingsOf(term);
        if (!postings) continue;
        // (forEach: no [key, value] pair per posting)
        postings.forEach((tf, short) => {
          if ((paragraphOfShort[short] ?? -1) < 0 || (allowed !== undefined && allowed[short] !== 1)) return;
          const f = Math.min(tf, MAX_FREQUENCY);
          const s = weight * (BM25_D + (f * K1) / (f + norms[short]!));
          if (best[short] === 0) inConcept.push(short);
          if (s > best[short]!) best[short] = s;
        });
      }
      for (const short of inConcept) {
        if (matched[short] === 0) touched.push(short);
        sums[short]! += best[short]!;
        covered[short]! += concept.coverage;
        matched[short]! += 1;
        best[short] = 0;
      }
      inConcept.length = 0;
    }
    for (const short of touched) sums[short] = sums[short]! * covered[short]!;
    return { scores: sums, matched, touched };
  }

  /** The paragraph holding a term that the compact engine would show: the shortest, then the first. */
  private shortestHolder(term: string): number {
    let bestId = -1;
    let bestLength = Number.POSITIVE_INFINITY;
    for (const short of this.postingsOf(term)?.keys() ?? []) {
      const id = this.paragraphOfShort[short] ?? -1;
      if (id < 0 || !this.inner._documentIds.has(short)) continue;
      const length = this.tokenCounts[short]!;
      if (length < bestLength || (length === bestLength && id < bestId)) {
        bestId = id;
        bestLength = length;
      }
    }
    return bestId;
  }
}

/**
 * The best `k` (short id, score), best first; equal scores: the shorter paragraph, then the
 * earlier (the compact engine's doc order).
 */
class RankHeap {
  private readonly items: { short: number; score: number }[] = [];
  constructor(
    private readonly k: number,
    private readonly lengths: Uint32Array,
    private readonly ids: Int32Array,
  ) {}

  /** Whether `a` ranks below `b`. */
  private worse(a: { short: number; score: number }, b: { short: number; score: number }): boolean {
    if (a.score !== b.score) return a.score < b.score;
    const la = this.lengths[a.short]!;
    const lb = this.lengths[b.short]!;
    if (la !== lb) return la > lb;
    return this.ids[a.short]! > this.ids[b.short]!;
  }

  offer(short: number, score: number): void {
    if (this.k === 0) return;
    const h = this.items;
    if (h.length === this.k) {
      // most docs cannot enter a full heap: decided on the raw values, without an object
      const root = h[0]!;
      if (score < root.score) return;
      if (score === root.score) {
        const la = this.lengths[short]!;
        const lb = this.lengths[root.short]!;
        if (la > lb || (la === lb && this.ids[short]! > this.ids[root.short]!)) return;
      }
    }
    const item = { short, score };
    if (h.length < this.k) {
      h.push(item);
      let i = h.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.worse(h[i]!, h[parent]!)) break;
        [h[i], h[parent]] = [h[parent]!, h[i]!];
        i = parent;
      }
      return;
    }
    if (!this.worse(h[0]!, item)) return;
    h[0] = item;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < h.length && this.worse(h[l]!, h[worst]!)) worst = l;
      if (r < h.length && this.worse(h[r]!, h[worst]!)) worst = r;
      if (worst === i) break;
      [h[i], h[worst]] = [h[worst]!, h[i]!];
      i = worst;
    }
  }

  sorted(): { short: number; score: number }[] {
    return [...this.items].sort((a, b) => (this.worse(a, b) ? 1 : this.worse(b, a) ? -1 : 0));
  }
}

function grow(array: Uint32Array, least: number): Uint32Array<ArrayBuffer> {
  const grown = new Uint32Array(Math.max(least, array.length * 2, 16));
  grown.set(array);
  return grown;
}

/** The word of a paragraph whose folded form starts with an index term (as the compact engine shows it). */
function surfaceForm(text: string, term: string): string | null {
  for (const token of tokenize(text)) {
    const folded = foldToken(token);
    if (folded === term || folded.startsWith(term)) return folded;
  }
  return null;
}
