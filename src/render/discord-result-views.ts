import type { Answer, Locale } from '../answers/types.js';
import type { Citation } from '../corpus/types.js';
import { labels } from './describe-citation.js';
import { citeView } from './discord-cite.js';
import { fitMarkdown } from './discord-text.js';
import { discordWords } from './discord-words.js';
import type { ResultView } from './result-view.js';

export type { ResultView } from './result-view.js';

// Caps per piece of a lead or note line, so one long name or role cannot crowd out the snippet.
const NAME_MAX = 120;
const ROLE_MAX = 160;
const NOTE_MAX = 400;

/** The answers whose results are laid out one embed each (the others are lists). */
export type ResultAnswer = Extract<Answer, { command: 'search' | 'who-said' | 'timeline' | 'denials' | 'cite' }>;

export function isResultAnswer(answer: Answer): answer is ResultAnswer {
  return (
    answer.command === 'search' || answer.command === 'who-said' || answer.command === 'timeline' || answer.command === 'denials' || answer.command === 'cite'
  );
}

/** The view of every result of an answer, in order. */
export function resultViews(answer: ResultAnswer, locale: Locale): ResultView[] {
  const words = discordWords[locale];
  const unattributed = `*${labels[locale].unattributed}*`;
  switch (answer.command) {
    case 'search':
      return answer.results.map((r) => ({ snippet: r.text, lead: null, notes: [], citations: [r.citation], related: null }));
    case 'who-said':
      return answer.results.map((r) => {
        const names = r.speakers.length > 1 ? r.speakers.join(', ') : r.speaker;
        const parts = [names ? `**${fitMarkdown(names, NAME_MAX)}**` : unattributed];
        if (r.role) parts[0] += ` (${fitMarkdown(r.role, ROLE_MAX)})`;
        if (r.via) parts.push(`${words.via} ${fitMarkdown(r.via, ROLE_MAX)}`);
        if (!r.direct) parts.push(words.reported);
        if (r.fragment) parts.push(words.fragment);
        return { snippet: r.quote, lead: parts.join(' · '), notes: [], citations: [r.citation], related: null };
      });
    case 'timeline':
      return answer.results.map((r) => {
        const when = r.end ? `${r.date} – ${r.end}` : r.date;
        const lead = `**${fitMarkdown(when, NAME_MAX)}** (${words.precision[r.precision]}) · “${fitMarkdown(r.evidence, ROLE_MAX)}”`;
        return { snippet: r.text, lead, notes: [], citations: r.citations, related: null };
      });
    case 'denials':
      return answer.results.map((r) => ({
        snippet: r.statement,
        lead: `${r.party ? `**${fitMarkdown(r.party, NAME_MAX)}**` : unattributed} · ${words.kinds[r.kind]}`,
        notes: r.denies ? [`${words.denies}: “${fitMarkdown(r.denies, NOTE_MAX)}”`] : [],
        citations: [r.citation],
        related: r.answers ? { label: words.answers, citation: r.answers } : null,
      }));
    case 'cite':
      return answer.results.map((r) => citeView(r, locale));
  }
}

/** The paragraphs the Context button of a result shows: every citation, then a related source. */
export function contextCitations(view: ResultView): Citation[] {
  const all = view.related ? [...view.citations, view.related.citation] : [...view.citations];
  const seen = new Set<string>();
  return all.filter((c) => {
    const key = `${c.article}#${c.paragraph}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
