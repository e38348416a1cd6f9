import type { Article } from '../../corpus/types.js';
import type { Entity } from '../discourse/entity.js';
import type { Quote, Speaker } from '../types.js';
import { type ArticleQuote, extractArticleQuotes } from './article-quotes.js';
import { canonicalSpeakers, type EntityUse } from './canonical-speakers.js';

/**
 * Direct quotes and reported statements of a corpus with their speakers, merged across articles
 * into canonical speakers. Runs once at index time; `quote` is always
 * `paragraph.text.slice(start, end)`.
 */
export function extractQuotes(articles: readonly Article[]): { quotes: Quote[]; speakers: Speaker[] } {
  const { quotes, speakers } = mergeQuotes(
    articles,
    articles.map((article) => extractArticleQuotes(article).quotes),
  );
  return { quotes, speakers };
}

/**
 * The corpus's quote records and speakers from each article's quotes (`perArticle[i]` of
 * `articles[i]`), and the canonical name of each article entity.
 */
export function mergeQuotes(
  articles: readonly Article[],
  perArticle: readonly (readonly ArticleQuote[])[],
): { quotes: Quote[]; speakers: Speaker[]; nameOf: (entity: Entity) => string } {
  const used = new Map<Entity, EntityUse>();
  articles.forEach((article, a) => {
    for (const q of perArticle[a]!) {
      for (const e of q.attribution.entities ?? []) used.set(e, { quotes: (used.get(e)?.quotes ?? 0) + 1, language: article.language });
    }
  });
  const canonical = canonicalSpeakers(used);
  // a speaker's affiliations across the corpus: Kirby speaks for the United States wherever he is quoted
  const affiliationsOf = new Map(canonical.speakers.map((s) => [s.name, s.affiliations ?? NONE]));
  const quotes: Quote[] = [];
  articles.forEach((article, a) => {
    // paragraphs are numbered 1, 2, 3…; a map only for an article whose are not
    const texts = article.paragraphs.every((p, i) => p.number === i + 1) ? null : new Map(article.paragraphs.map((p) => [p.number, p.text]));
    const textOf = (n: number): string => (texts === null ? article.paragraphs[n - 1]!.text : texts.get(n)!);
    for (const q of perArticle[a]!) {
      const entities = q.attribution.entities ?? [];
      const speakers = entities.length === 1 ? [canonical.nameOf(entities[0]!)] : [...new Set(entities.map((e) => canonical.nameOf(e)))];
      quotes.push({
        article: article.article,
        paragraph: q.paragraph,
        start: q.start,
        end: q.end,
        quote: textOf(q.paragraph).slice(q.start, q.end),
        direct: q.direct,
        fragment: q.fragment,
        speaker: speakers[0] ?? null,
        role: speakers.length === 1 ? q.attribution.role : null,
        speakers,
        via: q.attribution.via,
        affiliations: affiliationsOfSpeakers(speakers, affiliationsOf),
      });
    }
  });
  return { quotes, speakers: canonical.speakers, nameOf: canonical.nameOf };
}

const NONE: readonly string[] = [];

/** The affiliations of a quote's speakers, each once (the speaker's own list, or a shared empty one, for most quotes). */
function affiliationsOfSpeakers(speakers: readonly string[], of: ReadonlyMap<string, readonly string[]>): readonly string[] {
  if (speakers.length === 1) return of.get(speakers[0]!) ?? NONE;
  const out = new Set<string>();
  for (const s of speakers) for (const a of of.get(s) ?? []) out.add(a);
  return out.size === 0 ? NONE : [...out];
}

export type { Entity } from '../discourse/entity.js';
export { type ArticleQuote, extractArticleQuotes } from './article-quotes.js';
export { findQuoteMarks } from './find-quote-marks.js';
