import type { Article } from '../../corpus/types.js';
import { foldWord } from '../../language/fold.js';
import { stemWord } from '../../language/stem.js';
import { holdsTitle } from '../discourse/affiliation.js';
import { Discourse } from '../discourse/discourse.js';
import { compareReferences, type DiscourseModel } from '../discourse/model.js';
import { type ParagraphView, viewArticle } from '../paragraph-view.js';
import { attributeDirect, type DirectQuote, isFragment, looksLikeTitle } from './attribute-quote.js';
import { lexicon } from './lexicon.js';
import { reportedStatements } from './reported-speech.js';
import { type Attribution, referTokens, resolveCues } from './resolve-cue.js';
import { type Mention, parseSpeakerPhrase } from './speaker-phrase.js';
import { type Cue, findCues } from './speech-cues.js';
import { phraseBefore } from './subject-phrase.js';
import { anchorLength, isComma, isCommonWord, isConjunction, isFunctionWord, isNameToken, isVerbLike } from './word-classes.js';

/** A quote or statement of one article, before speakers are merged across the corpus. */
export interface ArticleQuote {
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly direct: boolean;
  readonly fragment: boolean;
  attribution: Attribution;
}

/**
 * Every direct quote and reported statement of one article, attributed paragraph by paragraph
 * with the article's discourse (who spoke last, who issued the statement).
 */
export function extractArticleQuotes(
  article: Pick<Article, 'paragraphs'>,
  views: readonly ParagraphView[] = viewArticle(article.paragraphs),
): { quotes: ArticleQuote[]; discourse: Discourse; model: DiscourseModel } {
  const discourse = new Discourse();
  const quotes: ArticleQuote[] = [];
  let previousParagraph: { last: ArticleQuote | null; lastDirect: ArticleQuote | null; openEnded: ArticleQuote[] | null } | null = null;
  let lastSentence: { paragraph: number; view: ParagraphView; s: { from: number; to: number } } | null = null;
  for (const [index, paragraph] of article.paragraphs.entries()) {
    const view = views[index]!;
    discourse.paragraph = index;
    const directs = locateQuotes(view);
    const records = new Map<number, ArticleQuote>();
    const mine: ArticleQuote[] = [];
    let cueCount = 0;
    view.sentences.forEach((s, si) => {
      const cues = findCues(view, s.from, s.to);
      registerMentions(view, s.from, s.to, discourse);
      cueCount += cues.length;
      const attributions = resolveCues(view, s.from, s.to, cues, discourse);
      referPronouns(view, s.from, s.to, discourse);
      const here = directs.filter((d) => d.sentence === si);
      for (const d of here) {
        const attribution = attributeDirect(view, s.from, d, cues, attributions, discourse);
        // A title in quotation marks ("diskusi bertema ”Reviu Periodik IV: …”") is no speech, whoever is
        // named around it; only one introduced by a colon, a comma or a speech verb may be capitalised speech.
        const before = d.openToken > 0 ? view.tokens[d.openToken - 1]! : null;
        const introduced =
          before !== null && (before.text === ':' || isComma(before) || lexicon.verbs.has(before.fold) || lexicon.complementisers.has(before.fold));
        if (d.embedded && !introduced && (attribution.entities === null || cues.length === 0 || !d.fragment) && looksLikeTitle(view, d.openToken, d.closeToken))
          continue;
        const m = view.marks[d.index]!;
        records.set(d.index, { paragraph: paragraph.number, start: m.start, end: m.end, direct: true, fragment: d.fragment, attribution });
      }
      for (const st of reportedStatements(view, s.from, s.to, cues, attributions, here)) {
        const start = view.tokens[st.from]!.start;
        const end = view.tokens[st.to - 1]!.end;
        mine.push({ paragraph: paragraph.number, start, end, direct: false, fragment: false, attribution: st.attribution });
      }
      // "Kebijakan itu akan dievaluasi. Hal itu disampaikan Kepala Dinas X.": the sentence before is X's.
      const back = saidOfPrevious(view, s.from, s.to, cues, attributions);
      if (back) {
        const target = si > 0 ? { paragraph: paragraph.number, view, s: view.sentences[si - 1]! } : lastSentence;
        if (target && !covered(target.paragraph === paragraph.number ? mine : quotes, target.paragraph, target.view, target.s)) {
          const { view: tv, s: ts } = target;
          const end = trimmedEnd(tv, ts.from, ts.to);
          if (end > ts.from)
            quotes.push({
              paragraph: target.paragraph,
              start: tv.tokens[ts.from]!.start,
              end: tv.tokens[end - 1]!.end,
              direct: false,
              fragment: false,
              attribution: back,
            });
        }
      }
    });
    const lastRange = view.sentences[view.sentences.length - 1];
    lastSentence = lastRange ? { paragraph: paragraph.number, view, s: lastRange } : null;
    // Quotes without attribution of their own continue a speaker: a quotation running on from the
    // previous paragraph, an earlier quote of the same paragraph, or the previous paragraph's speaker
    // when this paragraph is nothing but quoted words.
    let lastInParagraph: ArticleQuote | null = null;
    const openEnded: ArticleQuote[] = [];
    for (const d of directs) {
      const q = records.get(d.index);
      if (!q) continue;
      const continuesChain = d.index === 0 && d.openToken <= 0 && previousParagraph?.openEnded;
      // A closing mark with no opening one is only a quotation when the previous paragraph left one open.
      if (d.openToken < 0 && !continuesChain) continue;
      if (continuesChain && previousParagraph?.openEnded) {
        const chain = previousParagraph.openEnded;
        if (q.attribution.entities === null) q.attribution = chain[0]!.attribution;
        else for (const part of chain) if (part.attribution.entities === null) part.attribution = q.attribution;
        if (d.closeToken < 0) openEnded.push(...chain);
      } else if (q.attribution.entities === null) {
        const sentenceStart = view.sentences[d.sentence]!.from === d.openToken;
        const fromPrevious = previousParagraph?.lastDirect ?? previousParagraph?.last ?? null;
        if (lastInParagraph?.attribution.entities && sentenceStart && !d.fragment) q.attribution = lastInParagraph.attribution;
        else if (d.openToken === 0 && cueCount === 0 && !d.fragment && fromPrevious?.attribution.entities) q.attribution = fromPrevious.attribution;
        // a paragraph of quoted words alone after narrative: the one the article was quoting
        else if (d.openToken === 0 && cueCount === 0 && !d.fragment && index > 0 && previousParagraph?.last === null) {
          const entities = discourse.cliticReferent();
          if (entities) q.attribution = { entities, role: entities.length === 1 ? (entities[0]!.roles[0] ?? null) : null, via: null };
        }
        if (q.attribution.entities) discourse.speak(q.attribution.entities);
      }
      if (d.closeToken < 0) openEnded.push(q);
      if (!q.fragment) lastInParagraph = q;
      mine.push(q);
    }
    mine.sort((a, b) => a.start - b.start || b.end - a.end);
    quotes.push(...mine);
    let lastDirect: ArticleQuote | null = null;
    for (let k = mine.length - 1; k >= 0 && lastDirect === null; k--) if (mine[k]!.direct && !mine[k]!.fragment) lastDirect = mine[k]!;
    previousParagraph = { last: mine[mine.length - 1] ?? null, lastDirect, openEnded: openEnded.length > 0 ? openEnded : null };
  }
  // (statements told in the next sentence were added after their paragraph's other records)
  quotes.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || b.end - a.end);
  discourse.references.sort(compareReferences);
  return { quotes, discourse, model: { entities: discourse.entities, references: discourse.references } };
}

/** The subject of a sentence that opens with a name and its apposition, before its first verb, when it names one person. */
function registerAppositiveSubject(view: ParagraphView, from: number, to: number, discourse: Discourse): void {
  let v = from;
  while (v < to && !(view.tokens[v]!.quote === -1 && isVerbLike(view.tokens[v]!))) {
    if (view.tokens[v]!.quote !== -1 || view.tokens[v]!.text === ';') return;
    v++;
  }
  const phrase = v < to ? phraseBefore(view, from, v) : null;
  if (!phrase || phrase.from !== from) return;
  const parsed = parseSpeakerPhrase(view, phrase.from, phrase.to);
  if (parsed?.type !== 'named' || parsed.mentions.length !== 1 || !showsPerson(parsed.mentions[0]!, discourse)) return;
  const subject = [discourse.entityFor(parsed.mentions[0]!)];
  discourse.subject(subject);
  referTokens(discourse, view, phrase.from, phrase.to, subject, 'name');
}

/**
 * Tokens [from, comma) open the sentence with an adjunct, not a subject: a preposition or a
 * connective ("Dalam peluncuran itu", "Terkait kekecewaan itu", "Di sisi lain", "Sementara dalam ratas").
 */
function frontedAdjunct(view: ParagraphView, from: number, comma: number): boolean {
  const first = view.tokens[from];
  if (first?.kind !== 'word' || comma - from > 12) return false;
  for (let k = from + 1; k < comma; k++) if (isComma(view.tokens[k]) || view.tokens[k]!.quote !== -1) return false;
  if (lexicon.functionWords.has(first.fold) || lexicon.adjunctPrepositions.has(first.fold) || lexicon.adverbs.matchAt(view.keys, from) > 0) return true;
  // "Merespons hal tersebut, …", "Terkait kekecewaan itu, …": a verb or a common word, not a name.
  return !view.knownNames.has(first.fold) && (VERB_SHAPED.test(first.fold) || (isCommonWord(first.fold) && !isNameToken(view, from)));
}

const VERB_SHAPED = /^(?:mem|men|meng|meny|ber|ter)[a-z]{3,}/u;

/** A mention that shows it names a person: a title in its role, a full name that looks like a person's, or someone already quoted. */
function showsPerson(m: Mention, discourse: Discourse): boolean {
  return m.kind === 'person' && ((m.role !== null && holdsTitle(m.role)) || discourse.hasSpoken(m) || (m.name.includes(' ') && looksLikePersonName(m.name)));
}

/**
 * A name of several words with no role can be taken for a person's only when none of its words is
 * built with affixes ("Bantuan Langsung Tunai", "Rapat Pimpinan …") and one is no common word
 * ("Cipta Kerja" is a law, "Teguh Prasetyo" a man).
 */
function looksLikePersonName(name: string): boolean {
  let uncommon = false;
  for (const word of name.split(/\s+/u)) {
    const fold = foldWord(word);
    if (stemWord(fold) !== fold) return false;
    if (!isCommonWord(fold)) uncommon = true;
  }
  return uncommon;
}

/**
 * "Hal itu disampaikan Kepala Dinas X …", "Pernyataan tersebut diungkapkan oleh Y": a sentence that
 * opens by pointing back at what was said, with a passive speech verb and its agent, attributes the
 * sentence before it. The attribution, or null.
 */
function saidOfPrevious(view: ParagraphView, from: number, to: number, cues: readonly Cue[], attributions: readonly Attribution[]): Attribution | null {
  const first = cues[0];
  if (first?.type !== 'passive' || !attributions[0]?.entities) return null;
  const pointer = lexicon.statementObjects.matchAt(view.keys, from, to);
  const documentPointer = lexicon.documents.matchAt(view.keys, from, to);
  const k =
    pointer > 0 ? from + pointer : documentPointer > 0 && lexicon.demonstratives.has(view.keys[from + documentPointer] ?? '') ? from + documentPointer + 1 : -1;
  // (adverbs may stand before the verb: "Hal itu juga disampaikan …")
  let v = k;
  while (v >= 0 && v < first.at && lexicon.adverbs.matchAt(view.keys, v, to) > 0) v += lexicon.adverbs.matchAt(view.keys, v, to);
  return v >= 0 && v === first.at ? attributions[0] : null;
}

/** Whether records of the paragraph already cover the sentence. */
function covered(records: readonly ArticleQuote[], paragraph: number, view: ParagraphView, s: { from: number; to: number }): boolean {
  const start = view.tokens[s.from]!.start;
  const end = view.tokens[s.to - 1]!.end;
  return records.some((q) => q.paragraph === paragraph && q.start < end && q.end > start);
}

/** A sentence's end without its closing punctuation. */
function trimmedEnd(view: ParagraphView, from: number, to: number): number {
  while (to > from && view.tokens[to - 1]!.kind !== 'word') to--;
  return to;
}

/** Whether a reference of the current paragraph already covers an offset (this paragraph's are the last ones). */
function referredHere(discourse: Discourse, offset: number): boolean {
  const refs = discourse.references;
  for (let k = refs.length - 1; k >= 0 && refs[k]!.paragraph === discourse.paragraph; k--) if (refs[k]!.start <= offset && offset < refs[k]!.end) return true;
  return false;
}

/**
 * Person pronouns of a sentence outside quotation marks ("Ia menolak …", "… kata dia") that no cue
 * resolved: each is resolved where it stands, so the model answers for every "ia" of the article.
 */
function referPronouns(view: ParagraphView, from: number, to: number, discourse: Discourse): void {
  for (let k = from; k < to; k++) {
    const t = view.tokens[k]!;
    if (t.kind !== 'word' || t.quote !== -1 || !lexicon.personPronouns.has(t.fold)) continue;
    if (referredHere(discourse, t.start)) continue;
    referTokens(discourse, view, k, k + 1, discourse.personReferent(), 'pronoun');
  }
}

function locateQuotes(view: ParagraphView): DirectQuote[] {
  const open = new Map<number, number>();
  const close = new Map<number, number>();
  view.tokens.forEach((t, k) => {
    if (t.kind === 'open') open.set(t.quote, k);
    if (t.kind === 'close') close.set(t.quote, k);
  });
  return view.marks.map((_, index) => {
    const openToken = open.get(index) ?? -1;
    const closeToken = close.get(index) ?? -1;
    const anchor = openToken >= 0 ? openToken : Math.max(closeToken, 0);
    const sentence = Math.max(
      0,
      view.sentences.findIndex((s) => anchor >= s.from && anchor < s.to),
    );
    const sFrom = view.sentences[sentence]?.from ?? 0;
    return {
      index,
      openToken,
      closeToken,
      sentence,
      fragment: openToken >= 0 && isFragment(view, openToken, closeToken, sFrom),
      embedded: openToken > sFrom,
    };
  });
}

/** Words that start a title or an organisation head: most words start neither. */
const runPhraseStarts = new Set([lexicon.titles, lexicon.organisationHeads].flatMap((table) => [...table.firstWords()]));

/**
 * End of the run of name-like words starting at k: an optional determiner, then titles, organisation
 * heads, capitalised words, organisation words before a head ("foreign ministry") and prepositions
 * inside names ("Duta Besar Rusia untuk Indonesia"). Returns k when there is none.
 */
function nameRunEnd(view: ParagraphView, k: number, to: number): number {
  const { tokens, keys: words } = view;
  const first = tokens[k];
  if (first?.kind !== 'word' || (!first.cap && !lexicon.runStarters.has(first.fold))) return k;
  let e = k;
  let anchored = false;
  if (lexicon.determiners.has(words[e]!)) e++;
  while (e < to) {
    const t = tokens[e]!;
    // "Institute for Security and Strategic Studies (ISESS) Bambang Rukminto": an acronym in brackets.
    if (t.text === '(' && e > k && tokens[e + 1]?.kind === 'word' && tokens[e + 2]?.text === ')' && tokens[e + 3]?.cap === true) {
      e += 3;
      continue;
    }
    if (t.kind !== 'word' || t.quote !== -1) break;
    const phrase = runPhraseStarts.has(words[e]!) ? Math.max(lexicon.titles.matchAt(words, e, to), lexicon.organisationHeads.matchAt(words, e, to)) : 0;
    if (phrase > 0) (e += phrase), (anchored = true);
    else if (t.cap && !isFunctionWord(t)) e++;
    else if (!t.cap && lexicon.organisationWords.has(t.fold) && lexicon.organisationHeads.matchAt(words, e + 1, to) > 0) e++;
    // "Duta Besar Rusia untuk Indonesia", "the foreign ministry in Pyongyang"; but "Lavrov di Moskow" is a place.
    else if (e > k && lexicon.internalPrepositions.has(t.fold) && tokens[e + 1]?.cap === true && (anchored || !lexicon.locationPrepositions.has(t.fold))) e++;
    // "Kementerian Kebudayaan dan Pariwisata", "Institute for Security and Strategic Studies": inside a named body.
    else if (e > k && anchored && isConjunction(t) && tokens[e + 1]?.cap === true && anchorLength(view.keys, e + 1, to) === 0) e++;
    else break;
  }
  return e > k && !(e === k + 1 && lexicon.determiners.has(words[k]!)) ? e : k;
}

/** People named in passing ("Menteri Luar Negeri Rusia Sergey Lavrov mencemooh …"), for later surnames and descriptions. */
function registerMentions(view: ParagraphView, from: number, to: number, discourse: Discourse): void {
  const { tokens } = view;
  let k = from;
  while (k < to) {
    const e = nameRunEnd(view, k, to);
    if (e === k) {
      k++;
      continue;
    }
    // Only a run with two capitalised words of which one no lexicon entry claims can hold a person's name.
    let caps = 0;
    let unknown = false;
    for (let i = k; i < e; i++) {
      if (!isNameToken(view, i)) continue;
      caps++;
      if (!unknown && !lexicon.anchorWords.has(view.keys[i]!) && !lexicon.organisationWords.has(tokens[i]!.fold)) unknown = true;
    }
    // A sentence that opens with a name is about it: "Lavrov dismissed the claims. ‘…,’ he said.";
    // so is one whose main clause does after a fronted adjunct ("Dalam acara itu, Gubernur X meminta …").
    const opensClause = k === from || (isComma(tokens[k - 1]) && frontedAdjunct(view, from, k - 1));
    const opensSentence = opensClause && e < to && caps > 0 && tokens[e]!.kind === 'word' && !tokens[e]!.cap && !lexicon.demonstratives.has(tokens[e]!.fold);
    // "Ketua Paguyuban Pedagang Pasar Lama, Sutrisno, mengeluhkan …": the subject is an apposition.
    if (k === from && caps > 0 && isComma(tokens[e])) registerAppositiveSubject(view, from, to, discourse);
    if ((caps >= 2 && unknown) || opensSentence) {
      const parsed = parseSpeakerPhrase(view, k, e);
      if (parsed?.type === 'named') {
        const named = parsed.mentions.map((m) => discourse.mention(m)).filter((x) => x !== null);
        // Only people are what a later "ia" or "katanya" points back at without having spoken, and
        // only a name that shows it is one (a role, or a full name) or one already quoted: a short
        // name of someone only talked about ("Ganjar memerintahkan …") does not take the next "katanya".
        const person = parsed.mentions.every((m) => showsPerson(m, discourse));
        // A body opening a sentence ("FAM tak gentar …") is what a later "mereka" may mean.
        if (opensSentence && !person && parsed.mentions.length === 1 && parsed.mentions[0]!.kind === 'organisation' && caps > 0) {
          const body = [discourse.entityFor(parsed.mentions[0]!)];
          discourse.bodySubject(body);
          referTokens(discourse, view, k, e, body, 'name');
        } else if (person && opensSentence) {
          const subject = parsed.mentions.map((m) => discourse.entityFor(m));
          discourse.subject(subject);
          referTokens(discourse, view, k, e, subject, 'name');
        } else if (named.length > 0) referTokens(discourse, view, k, e, named, 'name');
      }
    }
    k = e;
  }
}
