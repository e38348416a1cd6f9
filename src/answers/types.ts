import type { ArticleMeta, Citation } from '../corpus/types.js';
import type { DenialKind } from '../extract/types.js';
import type { DatePrecision } from '../language/dates/types.js';
import type { Language } from '../language/types.js';

/** The language of a reply's own words (labels, notes, errors): the one locale type, from the user's client. */
export type Locale = 'en' | 'id';

/** A paragraph found by `/search`, best first. */
export interface SearchResult {
  readonly text: string;
  readonly score: number;
  readonly citation: Citation;
}

/** One article of the corpus, for `/sources`. */
export interface SourceResult {
  readonly article: string;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly approximate: boolean;
  readonly title: string | null;
  readonly url: string | null;
  readonly language: Language;
  readonly paragraphs: number;
}

/** A quote for `/who-said`. `speaker` null means unattributed. */
export interface QuoteResult {
  readonly speaker: string | null;
  readonly role: string | null;
  readonly speakers: readonly string[];
  readonly quote: string;
  readonly direct: boolean;
  readonly fragment: boolean;
  readonly via: string | null;
  /** Countries and organisations the speaker speaks for ("Rusia" for Lavrov), [] when unknown. */
  readonly affiliations?: readonly string[];
  readonly citation: Citation;
}

/** A dated event for `/timeline`; one entry may be reported by several outlets. */
export interface EventResult {
  readonly date: string;
  readonly end: string | null;
  readonly precision: DatePrecision;
  readonly evidence: string;
  readonly text: string;
  readonly citations: readonly Citation[];
}

/** A denial for `/denials`. */
export interface DenialResult {
  readonly party: string | null;
  readonly kind: DenialKind;
  readonly statement: string;
  readonly denies: string | null;
  readonly answers: Citation | null;
  readonly citation: Citation;
}

/**
 * One line of `/help`: a command (its usage, what it answers and an example made from the corpus),
 * or a word the answers use ("approximate", "fragment", the kinds of denial, paging, Context) and
 * what it means. `description` ends with the example, so a renderer that shows usage and
 * description shows it too.
 */
export interface HelpResult {
  readonly kind?: 'command' | 'term';
  /** The command's name as the user's client shows it; the term itself for a term. */
  readonly command: string;
  readonly usage: string;
  readonly description: string;
  /** A command line that answers on this corpus; null for a term. */
  readonly example?: string | null;
}

interface AnswerOf<C extends string, R> {
  readonly command: C;
  /** What was searched, in words (the query, topic or filters), for display and for the JSON contract. */
  readonly query: string;
  readonly results: readonly R[];
  /** How many results matched before the limit was applied. */
  readonly total: number;
  /** Near matches to offer when nothing matched. */
  readonly suggestions?: readonly string[];
  /** How the answer read what was asked, where it differs from the words given (shown with the results). */
  readonly notes?: readonly AnswerNote[];
}

/**
 * A reading of the options the user should know about: a name matched none and the nearest was
 * used (`speaker: Kirbi` → John Kirby), or a topic was matched in the article because no quote of
 * the speaker sits in a paragraph about it.
 */
export type AnswerNote =
  | { readonly kind: 'nearest-name'; readonly option: 'speaker' | 'party'; readonly typed: string; readonly name: string }
  | { readonly kind: 'topic-in-article'; readonly topic: string }
  /** `/cite`: the speaker the claim names ("Lavrov: …", "…, kata Lavrov"), checked against each source's. */
  | { readonly kind: 'claimed-speaker'; readonly name: string }
  /** `/cite`: sources in another language than the claim's were matched through the glossary. */
  | { readonly kind: 'cross-language'; readonly claim: 'id' | 'en'; readonly source: 'id' | 'en' };

/** What every command handler returns: plain data, rendered per transport (CLI, console, Discord, HTTP). */
/** One paragraph of an article, as `/read` shows it. */
export interface ReadResult {
  readonly paragraph: number;
  readonly text: string;
  readonly citation: Citation;
}

/**
 * `/read`'s answer: the paragraphs of one article from `paragraph` to its end, in order, verbatim.
 * `total` counts them; `article` is the article's metadata (null when no article has that id, and
 * `suggestions` then names near ones); `paragraphs` is how many paragraphs the article has.
 */
export interface ReadAnswer {
  readonly command: 'read';
  readonly query: string;
  readonly results: readonly ReadResult[];
  readonly total: number;
  readonly suggestions?: readonly string[];
  readonly article: ArticleMeta | null;
  readonly paragraphs: number;
}

/**
 * What `/search` counts as a match in `total`: paragraphs holding at least `required` of the query's
 * `concepts` (a word, or an English phrase with its translations, is one concept). A paragraph that
 * shares one common word with a five-word question is ranked, but not counted as a match.
 */
export interface MatchRule {
  readonly required: number;
  readonly concepts: number;
}

export type Answer =
  | (AnswerOf<'search', SearchResult> & { readonly matchRule?: MatchRule })
  | AnswerOf<'sources', SourceResult>
  | AnswerOf<'who-said', QuoteResult>
  | AnswerOf<'timeline', EventResult>
  | AnswerOf<'denials', DenialResult>
  | AnswerOf<'help', HelpResult>
  | ReadAnswer
  | AnswerOf<'cite', import('./cite/cite-types.js').CiteResult>;

export type AnswerFor<C extends Answer['command']> = Extract<Answer, { command: C }>;
