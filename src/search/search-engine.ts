import { PostingsBuilder } from './engine/build-postings.js';
import { CountPlanes } from './engine/count-planes.js';
import { allParagraphs, countBits, countMatches, countMatchingAtLeast, hasBit, matchBits, requiredConcepts } from './engine/match-all.js';
import type { ScoredParagraph } from './engine/paragraph-score.js';
import { type PostingsData, PostingsIndex } from './engine/postings.js';
import { type ConceptPlan, createFuzzyMemo, DEFAULT_RANKING, type FuzzyMemo, planQuery, type RankingOptions } from './engine/query-plan.js';
import type { TermTable } from './engine/term-table.js';
import { topParagraphs } from './engine/top-k.js';
import type { EngineName, ParagraphCounts, ParagraphEngine, ParagraphMatches, TopMatches } from './paragraph-engine.js';
import { analyzeQuery } from './query-terms.js';
import { suggestWords } from './suggest.js';

/** The compact engine's version, saved in the manifest (a saved index of another is rebuilt). */
export const COMPACT_ENGINE_VERSION = 'bm25-maxscore-1';

/** Per-paragraph counts laid out as bit planes over the compact engine's doc ids. */
class CompactCounts implements ParagraphCounts {
  readonly engine = 'compact';
  constructor(readonly planes: CountPlanes) {}
}

/**
 * The paragraph search engine: the sorted vocabulary and the BM25+ inverted index, queried
 * through the shared analyzer and glossary (`analyzeQuery`). Paragraphs are known by id only;
 * inside, the index numbers them shortest first (see `PostingsData`), and this class translates.
 */
export class SearchEngine implements ParagraphEngine {
  readonly name: EngineName = 'compact';
  readonly version = COMPACT_ENGINE_VERSION;
  readonly postings: PostingsIndex;
  private readonly fuzzyMemo: FuzzyMemo = createFuzzyMemo();
  /** Paragraph-id subsets already translated to ascending doc ids (record places are asked for again and again). */
  private readonly translated = new WeakMap<Uint32Array, Uint32Array>();

  constructor(
    readonly terms: TermTable,
    data: PostingsData,
    /** How concept scores combine (see `RankingOptions`); the index itself does not depend on it. */
    readonly ranking: RankingOptions = DEFAULT_RANKING,
  ) {
    this.postings = new PostingsIndex(data);
  }

  /** Indexes paragraph texts; a text's id is its position. `onProgress` hears every 10,000 texts. */
  static build(texts: readonly string[], onProgress?: (done: number, total: number) => void, ranking: RankingOptions = DEFAULT_RANKING): SearchEngine {
    const builder = new PostingsBuilder();
    texts.forEach((text, i) => {
      builder.add(text);
      if ((i + 1) % 10_000 === 0) onProgress?.(i + 1, texts.length);
    });
    onProgress?.(texts.length, texts.length);
    const { table, data } = builder.finish();
    return new SearchEngine(table, data, ranking);
  }

  get paragraphCount(): number {
    return this.postings.docCount;
  }

  /** The query's concepts resolved against the vocabulary (empty when nothing in it is searchable or known). */
  plan(query: string): ConceptPlan[] {
    return planQuery(analyzeQuery(query), this.terms, this.postings, this.fuzzyMemo, this.ranking);
  }

  /** The `k` best paragraphs, best first, optionally only among `within` (ascending paragraph ids). */
  top(query: string, k: number, within?: Uint32Array): ScoredParagraph[] {
    return this.toParagraphs(topParagraphs(this.postings, this.plan(query), k, within && this.toDocs(within)));
  }

  /** Every matching paragraph, best first (exhaustive: prefer `top`). */
  all(query: string): ScoredParagraph[] {
    return this.toParagraphs(allParagraphs(this.postings, this.plan(query)));
  }

  /** How many paragraphs match, optionally only among `within` (ascending paragraph ids). */
  count(query: string, within?: Uint32Array): number {
    return countMatches(this.postings, this.plan(query), within && this.toDocs(within));
  }

  /**
   * The paragraphs matching a query, as a membership test by paragraph id, how many there are, and
   * a sum over them of per-paragraph counts laid out by `countPlanes`.
   */
  matches(query: string): ParagraphMatches {
    const bits = matchBits(this.postings, this.plan(query));
    const { docOf } = this.postings;
    return {
      size: countBits(bits),
      has: (p) => p >= 0 && p < docOf.length && hasBit(bits, docOf[p]!),
      sum: (counts) => {
        if (!(counts instanceof CompactCounts)) throw new Error(`compact engine: counts laid out by the ${counts.engine} engine`);
        return counts.planes.sumOver(bits);
      },
    };
  }

  /** The `limit` index terms found in most paragraphs, most first (in vocabulary order among equals). */
  commonTerms(limit: number): string[] {
    // one pass keeping the best `limit` in order (limit is small; the vocabulary is not)
    const best: number[] = [];
    const df = (id: number) => this.postings.documentFrequency(id);
    for (let id = 0; id < this.terms.size && limit > 0; id++) {
      if (best.length === limit) {
        if (df(id) <= df(best[limit - 1]!)) continue;
        best.pop();
      }
      let at = best.length;
      while (at > 0 && df(best[at - 1]!) < df(id)) at--;
      best.splice(at, 0, id);
    }
    return best.map((id) => this.terms.term(id));
  }

  /** Per-paragraph counts (records a paragraph holds, say) laid out as bit planes for `matches(…).sum`. */
  counts(countOf: (paragraphId: number) => number): ParagraphCounts {
    const { paragraphOf } = this.postings;
    return new CompactCounts(new CountPlanes(paragraphOf.length, (doc) => countOf(paragraphOf[doc]!)));
  }

  /** "Did you mean": see `suggestWords`. */
  suggest(query: string, textOf: (paragraphId: number) => string): string[] {
    return suggestWords(this, textOf, query);
  }

  /**
   * The top `k` and the count in one pass of query analysis. `total` counts the paragraphs holding
   * at least `required` of the query's `concepts` (`requiredConcepts`): the ranking still offers
   * paragraphs holding fewer, after those.
   */
  topAndCount(query: string, k: number, within?: Uint32Array, count = true): TopMatches {
    const plans = this.plan(query);
    const docs = within && this.toDocs(within);
    const required = requiredConcepts(plans.length);
    const hits = this.toParagraphs(topParagraphs(this.postings, plans, k, docs));
    return { hits, total: count ? countMatchingAtLeast(this.postings, plans, required, docs) : -1, concepts: plans.length, required };
  }

  private toParagraphs(scored: readonly ScoredParagraph[]): ScoredParagraph[] {
    const { paragraphOf } = this.postings;
    return scored.map(({ id, score }) => ({ id: paragraphOf[id]!, score }));
  }

  private toDocs(paragraphIds: Uint32Array): Uint32Array {
    let docs = this.translated.get(paragraphIds);
    if (!docs) {
      const { docOf } = this.postings;
      docs = paragraphIds
        .filter((p) => p < docOf.length)
        .map((p) => docOf[p]!)
        .sort();
      this.translated.set(paragraphIds, docs);
    }
    return docs;
  }
}
