import type { Article, Paragraph } from '../corpus/types.js';
import { DATE_PATTERN_STARTS, findDates, type DateMention, type Starts, startsWithin } from '../language/dates/index.js';
import { splitSentences, type SentenceSpan } from '../language/sentences.js';
import { PRECISION_RANK } from './event-span.js';
import { timelineGroups } from './timeline-groups.js';
import type { DatedEvent } from './types.js';

/**
 * Dated events: every sentence of an article's body that carries a resolved date, once, with
 * its best date. The body is already free of captions, related links and footers (corpus
 * cleaning), so any date in it belongs to the story.
 *
 * The best date of a sentence is its most precise one, the first of equals: a sentence that
 * names both the day of its news and a background year ("pada Kamis (26/10) … sejak 2017")
 * is placed on the day, which is what it reports. Publication-relative words that resolve to
 * after publication ("pekan depan", "Jumat depan") announce plans, not events: they are skipped.
 * Each event carries its timeline `group` (the same event told by several outlets), computed here
 * once so that the timeline never merges tellings per query.
 */
export function extractEvents(articles: readonly Article[]): DatedEvent[] {
  return groupEvents(articles.flatMap((article) => articleEvents(article)));
}

/**
 * The dated events of one article, in text order, not yet grouped. When given, `sentencesOf` gives
 * a paragraph's sentences and `startsOf` where date patterns can begin in it (see match-starts),
 * both already found.
 */
export function articleEvents(
  article: Article,
  sentencesOf: (paragraph: Paragraph, index: number) => readonly SentenceSpan[] = (p) => splitSentences(p.text),
  startsOf?: (paragraph: Paragraph, index: number) => Starts,
): Mutable<DatedEvent>[] {
  const events: Mutable<DatedEvent>[] = [];
  article.paragraphs.forEach((paragraph, index) => {
    const starts = startsOf?.(paragraph, index);
    for (const sentence of sentencesOf(paragraph, index)) {
      const here = starts && startsWithin(starts, sentence.start, sentence.end);
      // (every date pattern begins at a start of its own bit: a sentence with none holds no date)
      if (here && !here.masks.some((m) => (m & DATE_BITS) !== 0)) continue;
      const text = paragraph.text.slice(sentence.start, sentence.end);
      const best = bestDate(findDates(text, article.published, article.language, here), article.published);
      if (best === null) continue;
      events.push({
        article: article.article,
        paragraph: paragraph.number,
        start: sentence.start,
        end: sentence.end,
        text,
        date: best.date,
        endDate: best.endDate,
        precision: best.precision,
        evidence: best.evidence,
        group: 0, // set by groupEvents, once every event of the corpus is known
      });
    }
  });
  return events;
}

/** Sets each event's timeline group (see `timelineGroups`) and returns the events. */
export function groupEvents(events: Mutable<DatedEvent>[]): DatedEvent[] {
  const groups = timelineGroups(events);
  events.forEach((e, i) => (e.group = groups[i]!));
  return events;
}

/** The bits of the date patterns in a start's mask (bit k: pattern k of DATE_PATTERN_STARTS; other bits are others'). */
const DATE_BITS = (1 << DATE_PATTERN_STARTS.length) - 1;

/** A record being built. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function bestDate(found: readonly DateMention[], published: string | null): DateMention | null {
  let best: DateMention | null = null;
  for (const d of found) {
    // ISO strings compare in time order, and a coarser date ("2023-10") sorts before the days it holds
    if (d.relative && published !== null && d.date > published) continue;
    if (best === null || PRECISION_RANK[d.precision] < PRECISION_RANK[best.precision]) best = d;
  }
  return best;
}
