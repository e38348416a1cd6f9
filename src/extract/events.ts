import type { Article } from '../corpus/types.js';
import { findDates, type DateMention } from '../language/dates/index.js';
import { splitSentences } from '../language/sentences.js';
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
  const events: { -readonly [K in keyof DatedEvent]: DatedEvent[K] }[] = [];
  for (const article of articles) {
    for (const paragraph of article.paragraphs) {
      for (const sentence of splitSentences(paragraph.text)) {
        const text = paragraph.text.slice(sentence.start, sentence.end);
        const best = bestDate(findDates(text, article.published, article.language), article.published);
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
          group: 0, // set below, once every event is known
        });
      }
    }
  }
  const groups = timelineGroups(events);
  events.forEach((e, i) => (e.group = groups[i]!));
  return events;
}

function bestDate(found: readonly DateMention[], published: string | null): DateMention | null {
  let best: DateMention | null = null;
  for (const d of found) {
    // ISO strings compare in time order, and a coarser date ("2023-10") sorts before the days it holds
    if (d.relative && published !== null && d.date > published) continue;
    if (best === null || PRECISION_RANK[d.precision] < PRECISION_RANK[best.precision]) best = d;
  }
  return best;
}
