/**
 * One discourse model per article: who the article's expressions refer to. See model.ts for the
 * API and how an extractor uses it; discourse.ts builds it while the quote extractor reads the article.
 */

export { affiliationsOf, roleFits } from './affiliation.js';
export {
  affiliatedWith,
  compareReferences,
  type DiscourseModel,
  type Entity,
  type Reference,
  type ReferenceKind,
  referentBefore,
  resolveMention,
} from './model.js';
