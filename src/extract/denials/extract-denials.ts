import type { Article } from '../../corpus/types.js';
import { splitSentences } from '../../language/sentences.js';
import type { Denial, Quote, Span } from '../types.js';
import { AccusationIndex, contentTerms, isAccusation } from './accusations.js';
import { ArticlePeople } from './article-people.js';
import { describeDenied } from './denied-object.js';
import { findDenialCues } from './find-denial-cues.js';
import { findParty, type PartyContext } from './find-party.js';
import { clauseStart } from './clause-subject.js';
import { MAY_DENY_OR_ACCUSE, parties } from './denial-lexicon.js';
import { foldText } from '../../language/fold.js';
import { viewParagraph, wordAt } from './paragraph-view.js';

/** A denial before it is linked to the accusation it answers. */
interface Found {
  readonly denial: Omit<Denial, 'answers'>;
  readonly answers: Span | null;
  readonly terms: ReadonlySet<string>;
  /** True when what is denied points back ("tuduhan itu"): it answers the latest accusation before it. */
  readonly anaphoric: boolean;
}

const refersBack = (denied: string | null): boolean =>
  denied !== null && denied.split(/\s+/).length <= 4 && denied.split(/\s+/).some((w) => parties.demonstratives.has(foldText(w)));

/**
 * Statements that deny, dismiss, refuse to comment on or walk back an accusation, one per
 * sentence (its first cue that holds up), with who makes them, what they deny and the
 * accusation they answer. `quotes` (from the quote extractor, which runs first) give the
 * speaker of a cue inside a quote.
 *
 * Cues that deny only by what they say ("tidak ada bukti", "rumor", "tidak pernah memasok") or
 * name a denial ("bantahan") count only with a party: unattributed, they are as likely the
 * reporter's own words or a reference to a denial told elsewhere.
 */
export function extractDenials(articles: readonly Article[], quotes: readonly Quote[]): Denial[] {
  const quotesByParagraph = new Map<string, Quote[]>();
  for (const q of quotes) {
    const key = `${q.article}#${q.paragraph}`;
    quotesByParagraph.set(key, [...(quotesByParagraph.get(key) ?? []), q]);
  }
  const accusations = new AccusationIndex();
  const found: Found[] = [];
  for (const article of articles) {
    const views = article.paragraphs.map((p) => (MAY_DENY_OR_ACCUSE.test(p.text) ? viewParagraph(p) : null));
    let people: ArticlePeople | null = null;
    const lazyPeople = (): ArticlePeople => (people ??= new ArticlePeople(article.paragraphs.map((p, i) => views[i] ?? viewParagraph(p))));
    views.forEach((view, paragraphIndex) => {
      if (view === null) return;
      const paragraph = view.paragraph;
      const quotesHere = quotesByParagraph.get(`${article.article}#${paragraph.number}`) ?? [];
      for (const sentence of splitSentences(paragraph.text)) {
        const floor = wordAt(view, sentence.start);
        const ceiling = wordAt(view, sentence.end);
        const span: Span = { article: article.article, paragraph: paragraph.number, start: sentence.start, end: sentence.end };
        const ctx: PartyContext = { view, paragraphIndex, people: lazyPeople, floor, ceiling, quotes: quotesHere };
        let denial: Found | null = null;
        for (const cue of findDenialCues(view, floor, ceiling)) {
          const party = findParty(ctx, cue);
          if (party === null && cue.type !== 'verb' && cue.type !== 'passive') continue;
          const denied = describeDenied(view, cue, floor, ceiling);
          const statement = paragraph.text.slice(sentence.start, sentence.end);
          const answers = denied.accusation && { article: article.article, paragraph: paragraph.number, ...denied.accusation };
          const terms = contentTerms(view, clauseStart(view, cue.from, floor), ceiling);
          denial = { denial: { ...span, statement, party, kind: cue.kind, denies: denied.text }, answers, terms, anaphoric: refersBack(denied.text) };
          break;
        }
        if (denial) found.push(denial);
        else if (isAccusation(view, floor, ceiling)) accusations.add(span, contentTerms(view, floor, ceiling), article.published);
      }
    });
  }
  const published = new Map(articles.map((a) => [a.article, a.published]));
  return found.map((f) => ({
    ...f.denial,
    answers: f.answers ?? (f.anaphoric ? accusations.previousIn(f.denial) : null) ?? accusations.answerFor(f.denial, f.terms, published.get(f.denial.article) ?? null),
  }));
}
