import type { Article, Paragraph } from '../../corpus/types.js';
import { foldText } from '../../language/fold.js';
import { splitSentences, type SentenceSpan } from '../../language/sentences.js';
import type { Denial, Quote, Span } from '../types.js';
import { AccusationIndex, contentTerms, isAccusation } from './accusations.js';
import { ArticlePeople } from './article-people.js';
import { clauseStart } from './clause-subject.js';
import { mayDenyOrAccuse, parties } from './denial-lexicon.js';
import { describeDenied } from './denied-object.js';
import { findDenialCues } from './find-denial-cues.js';
import { findParty, type PartyContext, type QuoteSpeaker } from './find-party.js';
import { quoteAround, viewParagraph, wordAt, type ParagraphView } from './paragraph-view.js';
import type { Cue } from './find-denial-cues.js';

/** A denial before it is linked to the accusation it answers. */
export interface FoundDenial {
  readonly denial: Omit<Denial, 'answers'>;
  readonly answers: Span | null;
  /** Content terms (see `contentTerms`), in the order found. */
  readonly terms: Iterable<string>;
  /** True when what is denied points back ("tuduhan itu"): it answers the latest accusation before it. */
  readonly anaphoric: boolean;
}

/** What one article holds: its denials, not yet linked, and its accusing sentences with their content terms. */
export interface ArticleDenials {
  readonly found: readonly FoundDenial[];
  readonly accusations: readonly { readonly span: Span; readonly terms: Iterable<string> }[];
}

function refersBack(denied: string | null): boolean {
  if (denied === null) return false;
  const words = denied.split(/\s+/);
  return words.length <= 4 && words.some((w) => parties.demonstratives.has(foldText(w)));
}

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
    const list = quotesByParagraph.get(key);
    if (list) list.push(q);
    else quotesByParagraph.set(key, [q]);
  }
  const parts = articles.map((article) => articleDenials(article, (p) => quotesByParagraph.get(`${article.article}#${p}`) ?? []));
  return linkDenials(articles, parts);
}

/**
 * The denials and accusations of one article. `quotesOf` gives a paragraph's quotes (their
 * speakers stand for a cue inside them); `sentencesOf`, when given, its sentences already split;
 * `mayDeny`, whether it holds any word a denial or an accusation needs (the others are skipped).
 */
export function articleDenials(
  article: Article,
  quotesOf: (paragraph: number) => readonly QuoteSpeaker[],
  sentencesOf: (paragraph: Paragraph, index: number) => readonly SentenceSpan[] = (p) => splitSentences(p.text),
  mayDeny: (paragraph: Paragraph, index: number) => boolean = (p) => mayDenyOrAccuse(p.text),
): ArticleDenials {
  const found: FoundDenial[] = [];
  const accusations: { span: Span; terms: ReadonlySet<string> }[] = [];
  const views = article.paragraphs.map((p, i) => (mayDeny(p, i) ? viewParagraph(p) : null));
  let people: ArticlePeople | null = null;
  const lazyPeople = (): ArticlePeople => (people ??= new ArticlePeople(article.paragraphs.map((p, i) => views[i] ?? viewParagraph(p))));
  views.forEach((view, paragraphIndex) => {
    if (view === null) return;
    const paragraph = view.paragraph;
    const quotesHere = quotesOf(paragraph.number);
    const sentences = sentencesOf(paragraph, paragraphIndex);
    // a denial told in a quotation covers it whole: the sentences it spans give no second denial
    let coveredTo = -1;
    for (const sentence of sentences) {
      if (sentence.start < coveredTo) continue;
      const floor = wordAt(view, sentence.start);
      const ceiling = wordAt(view, sentence.end);
      const cues = findDenialCues(view, floor, ceiling);
      // (most sentences have no cue and accuse nothing: nothing is made for them)
      const accuses = cues.length === 0 ? isAccusation(view, floor, ceiling) : null;
      if (accuses === false) continue;
      const span: Span = { article: article.article, paragraph: paragraph.number, start: sentence.start, end: sentence.end };
      const ctx: PartyContext = { view, paragraphIndex, people: lazyPeople, floor, ceiling, quotes: quotesHere };
      let denial: FoundDenial | null = null;
      for (const cue of cues) {
        const party = findParty(ctx, cue);
        if (party === null && cue.type !== 'verb' && cue.type !== 'passive') continue;
        const denied = describeDenied(view, cue, floor, ceiling);
        const { start, end } = statementSpan(view, cue, sentence, sentences);
        const statement = paragraph.text.slice(start, end);
        const answers = denied.accusation && { article: article.article, paragraph: paragraph.number, ...denied.accusation };
        const terms = contentTerms(view, clauseStart(view, cue.from, floor), ceiling);
        const record = { article: span.article, paragraph: span.paragraph, start, end, statement, party, kind: cue.kind, denies: denied.text };
        denial = { denial: record, answers, terms, anaphoric: refersBack(denied.text) };
        coveredTo = end;
        break;
      }
      if (denial) found.push(denial);
      else if (accuses ?? isAccusation(view, floor, ceiling)) accusations.push({ span, terms: contentTerms(view, floor, ceiling) });
    }
  });
  return { found, accusations };
}

/**
 * The verbatim span a denial is told in: its sentence, or, for a cue inside a quotation that
 * closes in the paragraph ("“Tak ada bukti pemalsuan dokumen. Semua proses … sesuai prosedur,”
 * bantah FAM.") or a denial verb attributing one, the quotation with its attribution, so that the
 * statement shows who says it.
 */
function statementSpan(view: ParagraphView, cue: Cue, sentence: SentenceSpan, sentences: readonly SentenceSpan[]): { start: number; end: number } {
  const offset = view.words[cue.from]!.start;
  const text = view.paragraph.text;
  const marks = quoteAround(view, offset) ?? (cue.type === 'verb' ? view.quotes.find(([, close]) => close < offset && close >= sentence.start - 1 && !/[\p{L}\p{N}]/u.test(text.slice(close + 1, offset))) : undefined);
  if (!marks || marks[1] >= text.length) return sentence;
  const [open, close] = marks;
  const last = sentences.find((s) => s.start <= close && close < s.end) ?? sentence;
  return { start: Math.min(open, sentence.start), end: Math.max(last.end, sentence.end) };
}

/**
 * Links each article's denials to the accusations they answer, across the corpus: the accusation
 * its own sentence names, else the latest one before it in its article when it points back, else
 * the one sharing the most content terms. `partyName` turns a party as found into its final name.
 */
export function linkDenials(articles: readonly Article[], parts: readonly ArticleDenials[], partyName: (party: string, article: number) => string = (p) => p): Denial[] {
  const accusations = new AccusationIndex();
  parts.forEach((part, a) => {
    for (const { span, terms } of part.accusations) accusations.add(span, terms, articles[a]!.published);
  });
  // (by id, as a denial names its article: should two articles share an id, the last one's date stands)
  const publishedOf = new Map(articles.map((a) => [a.article, a.published]));
  const out: Denial[] = [];
  parts.forEach((part, a) => {
    for (const f of part.found) {
      const published = publishedOf.get(f.denial.article) ?? null;
      const denial = f.denial.party === null ? f.denial : { ...f.denial, party: partyName(f.denial.party, a) };
      out.push({ ...denial, answers: f.answers ?? (f.anaphoric ? accusations.previousIn(f.denial) : null) ?? accusations.answerFor(f.denial, f.terms, published) });
    }
  });
  return out;
}
