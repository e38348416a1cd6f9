import type { Entity } from './entity.js';

/**
 * The discourse model of one article: the people, organisations, countries and groups it
 * mentions, and every expression resolved to them (names, bare roles, pronouns, clitics,
 * descriptions, statements), so that every extractor reads the same answer to "who is this?":
 * one "Ia" is one person in /who-said and in /denials.
 *
 * Built by `extractArticleQuotes` (src/extract/quotes/article-quotes.ts), which reads the article
 * once, paragraph by paragraph; extractors that run after it look positions up:
 *
 *     const { quotes, model } = extractArticleQuotes(article, sentencesOf);
 *     const who = resolveMention(model, paragraphIndex, offset);   // Entity[] | null
 *     who?.[0]?.name, who?.[0]?.roles, who?.[0]?.affiliations
 *
 * Positions are a paragraph's index in `article.paragraphs` (0-based) and a UTF-16 offset into its
 * text. An expression is found when the offset falls inside it ("Ia" at 12-14: offsets 12 and 13).
 */

/** How an expression refers to its entities. */
export type ReferenceKind = 'name' | 'role' | 'pronoun' | 'clitic' | 'description' | 'statement';

/** One resolved expression: where it stands and the ids of the entities it refers to. */
export interface Reference {
  /** Index of the paragraph in `article.paragraphs`. */
  readonly paragraph: number;
  /** Offsets of the expression in the paragraph's text: `text.slice(start, end)`. */
  readonly start: number;
  readonly end: number;
  /** Ids of the entities (positions in `DiscourseModel.entities`); several for a joint statement. */
  readonly entities: readonly number[];
  readonly how: ReferenceKind;
}

/** An article's entities and its resolved expressions, in reading order. */
export interface DiscourseModel {
  readonly entities: readonly Entity[];
  readonly references: readonly Reference[];
}

export type { Entity };

/** Orders references as the model keeps them: by paragraph, then start, then the longer first. */
export function compareReferences(a: Reference, b: Reference): number {
  return a.paragraph - b.paragraph || a.start - b.start || b.end - a.end;
}

/** Index of the first reference at or after (paragraph, offset) by start (references are sorted, see `compareReferences`). */
function firstFrom(model: DiscourseModel, paragraph: number, offset: number): number {
  const refs = model.references;
  let lo = 0;
  let hi = refs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const r = refs[mid]!;
    if (r.paragraph < paragraph || (r.paragraph === paragraph && r.start < offset)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const entitiesOf = (model: DiscourseModel, r: Reference): Entity[] => r.entities.map((id) => model.entities[id]!);

/**
 * The entities an expression at a position refers to ("Ia" → Sergey Lavrov, "kata Presiden" →
 * Joko Widodo, "tambahnya" → whoever spoke last), or null when the model resolved no expression
 * there. Where expressions nest (a speaker phrase and a name inside it), the innermost one answers.
 */
export function resolveMention(model: DiscourseModel, paragraphIndex: number, offset: number): readonly Entity[] | null {
  const refs = model.references;
  let best: Reference | null = null;
  for (let k = firstFrom(model, paragraphIndex, 0); k < refs.length; k++) {
    const r = refs[k]!;
    if (r.paragraph !== paragraphIndex || r.start > offset) break;
    if (offset < r.end && (best === null || r.end - r.start <= best.end - best.start)) best = r;
  }
  return best === null ? null : entitiesOf(model, best);
}

/**
 * The entities of the last expression starting before a position that passes `test` (by default
 * any): who was last named, quoted or referred to, for an extractor resolving an expression the
 * model did not ("pihaknya" in a clause the quote finder never read).
 */
export function referentBefore(
  model: DiscourseModel,
  paragraphIndex: number,
  offset: number,
  test: (entities: readonly Entity[]) => boolean = () => true,
): readonly Entity[] | null {
  for (let k = firstFrom(model, paragraphIndex, offset) - 1; k >= 0; k--) {
    const entities = entitiesOf(model, model.references[k]!);
    if (test(entities)) return entities;
  }
  return null;
}

/** The entities that speak for a country or organisation ("Rusia" → Lavrov, Peskov, the Kremlin), by its canonical name. */
export function affiliatedWith(model: DiscourseModel, name: string): Entity[] {
  return model.entities.filter((e) => e.name === name || e.affiliations.includes(name));
}
