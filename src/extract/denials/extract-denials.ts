import type { Article, Paragraph } from '../../corpus/types.js';
import { foldText } from '../../language/fold.js';
import type { SentenceSpan } from '../../language/sentences.js';
import { type ParagraphView, viewArticle } from '../paragraph-view.js';
import type { Denial, Quote, Span } from '../types.js';
import { type Accusation, AccusationIndex, answerInArticle, contentTerms, findAccusation, type LocalAccusation, sameParty } from './accusations.js';
import { ArticlePeople, position } from './article-people.js';
import { clauseStart } from './clause-subject.js';
import * as lexicon from './denial-lexicon.js';
import { describeDenied } from './denied-object.js';
import { type Cue, findDenialCues } from './find-denial-cues.js';
import { accuserOf, findParty, type ModelledParty, type PartyContext, partyOf, type QuoteSpeaker, subjectOf } from './find-party.js';
import { type Party, partyName } from './party.js';
import { punctuationBefore, quoteAround, wordAt } from './words.js';

// (read once: an imported binding is a getter call at every use, and these are used on every word)
const { mayDenyOrAccuse, parties, statementVerbs, targets } = lexicon;

/** A denial before it is linked to the accusation it answers across the corpus. */
export interface FoundDenial {
  /** The denial record, its party as the article gives it (named across the corpus by `linkDenials`). */
  readonly denial: Omit<Denial, 'answers' | 'party'> & { readonly party: Party | null };
  /** The accusation of its own article it answers, when found there. */
  readonly answers: Span | null;
  /** Content terms (see `contentTerms`), in the order found. */
  readonly terms: Iterable<string>;
  /** True when what is denied points back ("tuduhan itu"): only an accusation before it in its own article can be its answer. */
  readonly anaphoric: boolean;
}

/** What one article holds: its denials, linked within the article where they can be, and its accusing sentences. */
export interface ArticleDenials {
  readonly found: readonly FoundDenial[];
  readonly accusations: readonly Accusation[];
}

/**
 * True when what is denied points back to an accusation told before: a demonstrative ("tuduhan
 * itu", "pernyataan Tom tersebut"), a definite target ("the remarks", "the claims"), or nothing at
 * all ("Kementerian … membantah dan menyatakan …").
 */
function pointsBack(view: ParagraphView, cue: Cue, denied: string | null, ceiling: number): boolean {
  if (cue.type === 'verb') {
    const next = cue.to + 1;
    if (next >= ceiling || punctuationBefore(view, next) || parties.coordinators.has(view.words[next]!.fold)) return true;
  }
  if (denied !== null && refersBack(denied.split(/\s+/).map(foldText))) return true;
  // "belum memberikan tanggapan resmi terkait situasi ini": what follows the cue points back
  const rest: string[] = [];
  for (let k = cue.to + 1; k < ceiling && rest.length <= 4 && !(k > cue.to + 1 && punctuationBefore(view, k)); k++) rest.push(view.words[k]!.fold);
  return rest.length > 0 && rest.length <= 4 && refersBack(rest);
}

/** A short phrase with a pointer ("tuduhan itu", not "baru-baru ini") or a definite target ("the remarks"). */
function refersBack(words: readonly string[]): boolean {
  if (words.length > 4) return false;
  if (words[0] === 'the' && targets.has(words[1] ?? '')) return true;
  return words.some((w, k) => parties.demonstratives.has(w) && k > 0 && !parties.timeWords.has(words[k - 1]!));
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
 * The denials and accusations of one article, each denial linked to the accusation of the article
 * it answers where there is one: the accusation its own sentence tells ("…, klaim yang dibantah
 * Teheran"; "X menyatakan …, namun Y menyebut tuduhan itu tidak berdasar"), else one by another
 * party (see `answerInArticle`). `quotesOf` gives a paragraph's quotes (their speakers stand for a
 * cue inside them); `views`, the article's paragraph views when already built (shared with the quote
 * reader); `mayDeny`, whether a paragraph holds any word a denial or an accusation needs (the others are skipped).
 */
export function articleDenials(
  article: Article,
  quotesOf: (paragraph: number) => readonly QuoteSpeaker[],
  views: readonly ParagraphView[] = viewArticle(article.paragraphs),
  mayDeny: (paragraph: Paragraph, index: number) => boolean = (p) => mayDenyOrAccuse(p.text),
  resolve?: (paragraphIndex: number, offset: number) => ModelledParty | null,
): ArticleDenials {
  const found: FoundDenial[] = [];
  const places: number[] = [];
  const accusations: LocalAccusation[] = [];
  let people: ArticlePeople | null = null;
  const lazyPeople = (): ArticlePeople => (people ??= new ArticlePeople(views));
  views.forEach((view, paragraphIndex) => {
    const paragraph = view.paragraph;
    if (!mayDeny(paragraph, paragraphIndex)) return;
    const quotesHere = quotesOf(paragraph.number);
    const sentences = view.spans;
    // a denial told in a quotation covers it whole: the sentences it spans give no second denial
    let coveredTo = -1;
    for (const sentence of sentences) {
      if (sentence.start < coveredTo) continue;
      const floor = wordAt(view, sentence.start);
      const ceiling = wordAt(view, sentence.end);
      const cues = findDenialCues(view, floor, ceiling);
      // (most sentences have no cue and accuse nothing: nothing is made for them)
      const accusation = cues.length === 0 ? findAccusation(view, floor, ceiling) : null;
      if (cues.length === 0 && accusation === null) continue;
      const ctx: PartyContext = { view, paragraphIndex, people: lazyPeople, floor, ceiling, quotes: quotesHere, resolve };
      let denial: FoundDenial | null = null;
      for (const cue of cues) {
        const party = findParty(ctx, cue);
        if (party === null && cue.type !== 'verb' && cue.type !== 'passive') continue;
        const denied = describeDenied(view, cue, floor, ceiling);
        const { start, end } = statementSpan(view, cue, sentence, sentences);
        const statement = paragraph.text.slice(start, end);
        const anaphoric = pointsBack(view, cue, denied.text, ceiling);
        const own = denied.accusation ?? (anaphoric ? contrastClause(ctx, cue, party === null ? null : partyName(party)) : null);
        const answers = own && { article: article.article, paragraph: paragraph.number, ...own };
        const terms = contentTerms(view, clauseStart(view, cue.from, floor), ceiling);
        const record = { article: article.article, paragraph: paragraph.number, start, end, statement, party, kind: cue.kind, denies: denied.text };
        denial = { denial: record, answers, terms, anaphoric };
        coveredTo = end;
        break;
      }
      if (denial) {
        found.push(denial);
        places.push(position(paragraphIndex, view.words[floor]!.start));
        continue;
      }
      const cue = accusation ?? findAccusation(view, floor, ceiling);
      if (cue === null) continue;
      accusations.push({
        span: { article: article.article, paragraph: paragraph.number, start: sentence.start, end: sentence.end },
        terms: contentTerms(view, floor, ceiling),
        party: accuserOf(ctx, cue),
        explicit: cue.type === 'verb' || cue.type === 'passive' || cue.type === 'noun',
        at: position(paragraphIndex, view.words[floor]!.start),
      });
    }
  });
  const linked = found.map((f, k): FoundDenial => {
    if (f.answers !== null || accusations.length === 0) return f;
    const party = f.denial.party === null ? null : partyName(f.denial.party);
    const answer = answerInArticle({ at: places[k]!, terms: f.terms, party, anaphoric: f.anaphoric }, accusations);
    return answer === null ? f : { ...f, answers: answer.span };
  });
  return { found: linked, accusations: accusations.map(({ span, terms, party, explicit }) => ({ span, terms, party, explicit })) };
}

/**
 * "Thailand menyatakan bahwa ranjau … dipasang …, namun Kamboja menyebut tuduhan itu tidak
 * berdasar": for a denial that points back, the clause before a contrast ("namun", "but") in its
 * own sentence, when someone else says something there; null otherwise.
 */
function contrastClause(ctx: PartyContext, cue: Cue, party: string | null): { start: number; end: number } | null {
  const { view, floor } = ctx;
  const w = view.words;
  let contrast = cue.from - 1;
  while (contrast > floor && !parties.contrasts.has(w[contrast]!.fold)) contrast--;
  if (contrast <= floor) return null;
  for (let s = floor; s < contrast; s++) {
    if (!statementVerbs.has(w[s]!.fold)) continue;
    const speaker = partyOf(ctx, subjectOf(ctx, s));
    if (speaker === null || (party !== null && sameParty(partyName(speaker), party))) return null;
    return { start: w[floor]!.start, end: w[contrast - 1]!.end };
  }
  return null;
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
  const marks =
    quoteAround(view, offset) ??
    (cue.type === 'verb'
      ? view.quotes.find(([, close]) => close < offset && close >= sentence.start - 1 && !/[\p{L}\p{N}]/u.test(text.slice(close + 1, offset)))
      : undefined);
  if (!marks || marks[1] >= text.length) return sentence;
  const [open, close] = marks;
  const last = sentences.find((s) => s.start <= close && close < s.end) ?? sentence;
  return { start: Math.min(open, sentence.start), end: Math.max(last.end, sentence.end) };
}

/**
 * Links each article's denials to the accusations they answer, across the corpus: the one found
 * in its own article, else, for a denial that does not point back, an accusation of another
 * article (see `AccusationIndex.answerFor`). `nameOf` names a party as found (in `articles[article]`)
 * as the corpus does: a quote speaker as /who-said names them once the speakers are merged.
 */
export function linkDenials(
  articles: readonly Article[],
  parts: readonly ArticleDenials[],
  nameOf: (party: Party, article: number) => string = partyName,
): Denial[] {
  const accusations = new AccusationIndex();
  parts.forEach((part, a) => {
    for (const accusation of part.accusations) accusations.add(accusation, articles[a]!.published);
  });
  // (by id, as a denial names its article: should two articles share an id, the last one's date stands)
  const publishedOf = new Map(articles.map((a) => [a.article, a.published]));
  const out: Denial[] = [];
  parts.forEach((part, a) => {
    for (const f of part.found) {
      const published = publishedOf.get(f.denial.article) ?? null;
      const denial = { ...f.denial, party: f.denial.party === null ? null : nameOf(f.denial.party, a) };
      const answers =
        f.answers ?? (f.anaphoric ? null : accusations.answerFor({ where: f.denial, terms: f.terms, denies: f.denial.denies, party: denial.party, published }));
      out.push({ ...denial, answers });
    }
  });
  return out;
}
