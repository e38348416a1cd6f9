import type { Article, Paragraph } from '../corpus/types.js';
import { DATE_PATTERN_STARTS, StartFinder } from '../language/dates/index.js';
import { mayDenyOrAccuse, NEEDED_STARTS } from './denials/denial-lexicon.js';
import type { ModelledParty, QuoteSpeaker } from './denials/find-party.js';
import { articleDenials, linkDenials } from './denials/index.js';
import type { Party, QuotedParty } from './denials/party.js';
import { resolveMention } from './discourse/model.js';
import { articleEvents } from './events.js';
import { type ArticleParts, packArticle, unpackArticle } from './pack-article.js';
import type { PackedExtraction } from './packed-extraction.js';
import { viewArticle } from './paragraph-view.js';
import { type Entity, extractArticleQuotes, mergeQuotes } from './quotes/index.js';
import { type Telling, timelineGroups } from './timeline-groups.js';
import type { Extractions } from './types.js';

/**
 * Extraction in two steps, so that the costly one can run article by article anywhere (in this
 * thread or another): what each article says on its own (its quotes with their article-level
 * speakers, its dated events, its denials and accusations, each paragraph split into sentences
 * once for all three), then what needs the whole corpus (speakers merged across articles,
 * tellings of one event grouped, denials linked to the accusations they answer).
 */
export type ArticleExtraction = PackedExtraction;

/**
 * Where date patterns and denial phrases can begin, found in one pass over each paragraph for the
 * date finder and the denial prefilter (bits 0 to n-1: the date patterns; bit n: the denial phrases).
 */
const paragraphStarts = new StartFinder([...DATE_PATTERN_STARTS, NEEDED_STARTS]);
const DENIAL_BIT = 1 << DATE_PATTERN_STARTS.length;

/** Everything one article says on its own, packed for the trip from a worker thread (see `readArticle`). */
export function extractArticle(article: Article): ArticleExtraction {
  const { quotes, events, denials } = readArticle(article);
  return packArticle(quotes, events, denials);
}

/**
 * Everything one article says on its own, as the merge reads it: what `unpackArticle` gives of
 * `extractArticle`'s packing, without the trip (for the articles this thread reads itself).
 */
export function readArticle(article: Article): ArticleParts {
  const views = viewArticle(article.paragraphs);
  const sentencesOf = (_: unknown, index: number) => views[index]!.spans;
  const starts = article.paragraphs.map((p) => paragraphStarts.find(p.text));
  const startsOf = (_: unknown, index: number) => starts[index]!;
  const mayDeny = (p: Paragraph, index: number) => {
    const { at, masks } = starts[index]!;
    return mayDenyOrAccuse(
      p.text,
      at.filter((_, j) => (masks[j]! & DENIAL_BIT) !== 0),
    );
  };
  const { quotes, model } = extractArticleQuotes(article, views);
  // a quote's speaker before speakers are merged across the corpus: one object per entity of the
  // article, named as /who-said names it once they are (see mergeArticleParts)
  const speakers = new Map<number, QuotedParty>();
  const speakerOf = (e: Entity): QuotedParty => {
    let speaker = speakers.get(e.id);
    if (speaker === undefined) speakers.set(e.id, (speaker = { entity: e.id, name: e.name }));
    return speaker;
  };
  const byParagraph = new Map<number, QuoteSpeaker[]>();
  const spoke = new Set<number>();
  for (const q of quotes) {
    for (const e of q.attribution.entities ?? []) spoke.add(e.id);
    const first = q.attribution.entities?.[0];
    const here = byParagraph.get(q.paragraph);
    const record = { start: q.start, end: q.end, direct: q.direct, speaker: first === undefined ? null : speakerOf(first) };
    if (here) here.push(record);
    else byParagraph.set(q.paragraph, [record]);
  }
  const events = articleEvents(article, sentencesOf, startsOf);
  // who a pronoun or description in a denial refers to, as the discourse model resolved it: the
  // quote speaker for one who speaks in the quotes (named as /who-said names them), else the entity's name
  const resolve = (paragraphIndex: number, offset: number): ModelledParty | null => {
    const who = resolveMention(model, paragraphIndex, offset);
    if (who === null || who.length !== 1) return null;
    const e = who[0]!;
    return { party: spoke.has(e.id) ? speakerOf(e) : e.name, name: e.name };
  };
  const denials = articleDenials(article, (p) => byParagraph.get(p) ?? [], views, mayDeny, resolve);
  return { quotes, events, denials };
}

/** The corpus's records from each article's extraction (`packed[i]` of `articles[i]`). */
export function mergeExtractions(articles: readonly Article[], packed: readonly ArticleExtraction[]): Extractions {
  return mergeArticleParts(
    articles,
    packed.map((p, i) => unpackArticle(articles[i]!, p)),
  );
}

/**
 * Starts grouping the tellings of the corpus's events (`timelineGroups`), returning the function
 * that gives the groups: on another thread, the grouping runs while this one merges the quotes
 * and links the denials.
 */
export type StartGrouping = (tellings: readonly Telling[]) => () => Uint32Array;

/**
 * The corpus's records from each article's extraction, unpacked (`parts[i]` of `articles[i]`: see
 * `unpackArticle`). The events are grouped by `startGrouping` (here, after the denials, by default).
 */
export function mergeArticleParts(
  articles: readonly Article[],
  parts: readonly ArticleParts[],
  startGrouping: StartGrouping = (tellings) => () => timelineGroups(tellings),
): Extractions {
  const events = parts.flatMap((p) => p.events);
  // only what the grouping reads (all of it travels when it runs on another thread)
  const groupsOf = startGrouping(
    events.map(({ article, text, evidence, date, endDate, precision }) => ({ article, text, evidence, date, endDate, precision })),
  );
  const { quotes, speakers, nameOf } = mergeQuotes(
    articles,
    parts.map((p) => p.quotes),
  );
  const entities = parts.map((part) => {
    const byId = new Map<number, Entity>();
    for (const q of part.quotes) for (const e of q.attribution.entities ?? []) byId.set(e.id, e);
    return byId;
  });
  const partyName = (party: Party, article: number): string => {
    if (typeof party === 'string') return party;
    const entity = entities[article]!.get(party.entity);
    return entity ? nameOf(entity) : party.name;
  };
  const denials = linkDenials(
    articles,
    parts.map((p) => p.denials),
    partyName,
  );
  const groups = groupsOf();
  events.forEach((e, i) => {
    e.group = groups[i]!;
  });
  return { quotes, speakers, events, denials };
}
