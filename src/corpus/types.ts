import type { Language } from '../language/types.js';

/** One paragraph of an article's clean body. `text` is verbatim (after Unicode normalisation). */
export interface Paragraph {
  /** The article id: its file name in `articles/`. */
  readonly article: string;
  /** 1-based position within the clean body. */
  readonly number: number;
  readonly text: string;
}

/** What is known about an article, from the manifest first and from its text otherwise. */
export interface ArticleMeta {
  readonly article: string;
  readonly title: string | null;
  readonly outlet: string | null;
  readonly url: string | null;
  /** Publication date, YYYY-MM-DD, or null when neither the manifest nor a byline/dateline says. */
  readonly published: string | null;
  /** True when the publication date is an estimate. */
  readonly approximate: boolean;
  readonly language: Language;
  /** Reporter or editor named in a byline ("Editor: …"), when present. */
  readonly byline: string | null;
  /** Wire services credited (AFP, CNA, …). */
  readonly wire: readonly string[];
  /** Photo captions found in the page, kept out of the body. */
  readonly captions: readonly string[];
  /** Place named in the dateline ("Washington", "PYONGYANG"), when present. */
  readonly dateline: string | null;
  readonly note: string | null;
}

export interface Article extends ArticleMeta {
  readonly paragraphs: readonly Paragraph[];
}

/** Where a snippet comes from; every answer carries one per result. */
export interface Citation {
  readonly article: string;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly approximate: boolean;
  readonly title: string | null;
  readonly url: string | null;
  readonly paragraph: number;
}

/** A problem met while loading a corpus: reported by file name, never fatal for the rest. */
export interface CorpusProblem {
  readonly file: string;
  readonly message: string;
}

/** The corpus as loaded from disk, before indexing: every article read, and every file that could not be. */
export interface LoadedCorpus {
  readonly articles: readonly Article[];
  readonly problems: readonly CorpusProblem[];
}
