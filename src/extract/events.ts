import type { Article, Paragraph } from '../corpus/types.js';
import { analyzeToken } from '../language/analyzer.js';
import { dateLineLabels, pattern } from '../language/dates/date-lexicon.js';
import { DATE_PATTERN_STARTS, type DateMention, findDates, type Starts, startsWithin } from '../language/dates/index.js';
import type { ResolvedDate } from '../language/dates/types.js';
import { type SentenceSpan, splitSentences } from '../language/sentences.js';
import { TOKEN, wordRuns } from '../language/tokenize.js';
import { eventSpan, PRECISION_RANK } from './event-span.js';
import { timelineGroups } from './timeline-groups.js';
import type { DatedEvent } from './types.js';

/**
 * Dated events: every date an article's body gives to something that happened (or is set to
 * happen), each with the words it dates. A sentence with one date is one event; a sentence with
 * several ("pada tahun yang sama yaitu 2015 …," kata Abdul, Selasa 29 Oktober 2024) gives one
 * event per date, each with the clause that holds it (see `clauseSpans`), so that a second date
 * never collapses into the first.
 *
 * Not events: a line made of a date and page furniture (a byline date, an "Updated" line, a site's
 * current-date header), a photo caption (a paragraph signed with a photo credit, or following a
 * bare credit line), and the dates `findDates` already refuses (law and decree numbers, "sejak
 * 2017"), and plans told relative to publication coarser than a day ("tahun depan"). Without a publication date, relative words count from the latest statement date the
 * article gives ("kata X, Rabu (30/10/2024)"), the day its reporting stands on; with neither they
 * stay unresolved. Each event carries its timeline `group` (the same event told by several
 * outlets), computed here once so that the timeline never merges tellings per query.
 */
export function extractEvents(articles: readonly Article[]): DatedEvent[] {
  return groupEvents(articles.flatMap((article) => articleEvents(article)));
}

/** How many paragraphs back the date told last may lie for a time of day or a count to lean on it. */
const CONTEXT_PARAGRAPHS = 2;

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
  const captions = captionParagraphs(article.paragraphs);
  const datedSentences = (each: (paragraph: Paragraph, index: number, sentence: SentenceSpan, here: Starts | undefined) => void): void => {
    article.paragraphs.forEach((paragraph, index) => {
      if (captions[index]) return;
      const starts = startsOf?.(paragraph, index);
      for (const sentence of sentencesOf(paragraph, index)) {
        const here = starts && startsWithin(starts, sentence.start, sentence.end);
        // (every date pattern begins at a start of its own bit: a sentence with none holds no date)
        if (here && !here.masks.some((m) => (m & DATE_BITS) !== 0)) continue;
        each(paragraph, index, sentence, here);
      }
    });
  };
  const reference = article.published ?? statementDay(article, datedSentences);
  let previous: (Pick<ResolvedDate, 'date' | 'precision'> & { index: number; text: string }) | null = null;
  datedSentences((paragraph, index, sentence, here) => {
    const text = paragraph.text.slice(sentence.start, sentence.end);
    const near = previous !== null && index - previous.index <= CONTEXT_PARAGRAPHS;
    const all = findDates(text, reference, article.language, here, { previous, near });
    if (all.length === 0 || isDateLine(text, all)) return;
    const found = all.filter(
      (d) =>
        // "pekan depan", "tahun depan" announce plans, not events; a day ahead ("akan tiba pada
        // Rabu", "Jumat depan") is a scheduled event and stays
        !(d.relative && reference !== null && d.precision !== 'day' && d.date > reference) &&
        // "sehari setelah <an event>" counted from the date told before: only when that event is
        // the one told there (they share a word: "janji … Noel" after "Noel sempat menjanjikan")
        (!d.fromPrevious || (previous !== null && sharesWord(clauseAround(text, d), previous.text))),
    );
    if (found.length === 0) return;
    const last = found[found.length - 1]!;
    previous = { date: last.date, precision: last.precision, index, text };
    for (const { mention, from, to } of clauseSpans(text, found)) {
      events.push({
        article: article.article,
        paragraph: paragraph.number,
        start: sentence.start + from,
        end: sentence.start + to,
        text: text.slice(from, to),
        date: mention.date,
        endDate: mention.endDate,
        precision: mention.precision,
        evidence: mention.evidence,
        group: 0, // set by groupEvents, once every event of the corpus is known
      });
    }
  });
  return events;
}

/** Sets each event's timeline group (see `timelineGroups`) and returns the events. */
export function groupEvents(events: Mutable<DatedEvent>[]): DatedEvent[] {
  const groups = timelineGroups(events);
  events.forEach((e, i) => {
    e.group = groups[i]!;
  });
  return events;
}

/** The bits of the date patterns in a start's mask (bit k: pattern k of DATE_PATTERN_STARTS; other bits are others'). */
const DATE_BITS = (1 << DATE_PATTERN_STARTS.length) - 1;

/** A record being built. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A word of a statement ("kata", "ujarnya", "said"). */
const STATEMENT = new RegExp(`(?:^|[^\\p{L}])(?:${pattern.statement})(?![\\p{L}])`, 'iu');

/**
 * The latest day an article dates a statement on in full ("kata X kepada wartawan, Rabu
 * (30/10/2024)"), or null: without a publication date, the day the reporting stands on.
 */
function statementDay(
  article: Article,
  datedSentences: (each: (p: Paragraph, i: number, s: SentenceSpan, here: Starts | undefined) => void) => void,
): string | null {
  let latest: string | null = null;
  datedSentences((paragraph, _index, sentence, here) => {
    const text = paragraph.text.slice(sentence.start, sentence.end);
    if (!STATEMENT.test(text)) return;
    for (const d of findDates(text, null, article.language, here)) {
      if (d.precision === 'day' && d.endDate === null && (latest === null || d.date > latest)) latest = d.date;
    }
  });
  return latest;
}

/**
 * A photo credit ending a paragraph: an agency in capitals, a slash and the photographer's name
 * ("… Jakarta, 8 Mei 2025. REUTERS/Nama Fotografer", "ANTARA FOTO/Nama/abc."), or a "Foto:" /
 * "(Foto: …)" note. Tried only on a paragraph's last characters, and only when they hold a slash
 * or the word: most paragraphs are never matched against it.
 */
const AGENCY_CREDIT_END = /(?:^|[\s.])\p{Lu}{2,}(?: \p{Lu}{2,})? ?\/ ?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,4}(?: ?\/ ?[\p{L}.]{1,12})? ?\.?\s*$/u;
const PHOTO_NOTE_END = /(?:[([] ?(?:foto|photo|dok|dokumentasi)\b[^)\]]{0,80}[)\]]|(?:^|\s)(?:foto|photo) ?: ?[^.:]{1,60})\s*\.?\s*$/iu;
const PHOTO_WORD = /foto|photo|dok/iu;
/** A paragraph that is nothing but a photo credit ("ANTARA FOTO/Nama/abc."). */
const CREDIT_ONLY = /^\s*(?:(?:foto|photo) ?: ?)?\p{Lu}{2,}(?: \p{Lu}{2,})? ?\/ ?[\p{L} '’./-]{1,60}$/u;
/** The characters of a paragraph's end that a credit can take. */
const CREDIT_TAIL = 100;

function creditOnly(text: string): boolean {
  return text.length <= 80 && text.includes('/') && CREDIT_ONLY.test(text);
}

function endsWithCredit(text: string): boolean {
  const from = Math.max(0, text.length - CREDIT_TAIL);
  if (text.lastIndexOf('/') >= from && AGENCY_CREDIT_END.test(text.slice(from))) return true;
  // a photo note has a colon or a bracket
  if (text.indexOf(':', from) < 0 && text.indexOf('(', from) < 0 && text.indexOf('[', from) < 0) return false;
  const tail = text.slice(from);
  return PHOTO_WORD.test(tail) && PHOTO_NOTE_END.test(tail);
}

/** Which paragraphs are photo captions: signed with a credit, or right after a bare credit line. */
function captionParagraphs(paragraphs: readonly Paragraph[]): boolean[] {
  return paragraphs.map((p, i) => {
    if (p.text.length > 400) return false;
    if (endsWithCredit(p.text) && !creditOnly(p.text)) return true;
    const before = paragraphs[i - 1];
    return before !== undefined && creditOnly(before.text);
  });
}

const WORD = /[\p{L}][\p{L}'’-]*/gu;
const LOWER_START = /^\p{Ll}/u;

/**
 * A line made of a date and page furniture: a byline date ("Redaksi - Kamis, 03 Juli 2025 11:19
 * WIB"), an "Updated 03 October 2025" line, a site's current-date header. Outside its dates no word
 * starts in lower case but the labels of such lines; every sentence that tells something has one.
 */
function isDateLine(text: string, found: readonly DateMention[]): boolean {
  // the words outside the dates, in order; most sentences stop at their first lower-case word
  let from = 0;
  for (let k = 0; k <= found.length; k++) {
    const to = k < found.length ? found[k]!.start : text.length;
    if (to > from) {
      WORD.lastIndex = from;
      for (let m = WORD.exec(text); m !== null && m.index < to; m = WORD.exec(text)) {
        if (LOWER_START.test(m[0]) && !dateLineLabels.has(m[0].toLowerCase())) return false;
      }
    }
    if (k < found.length) from = Math.max(from, found[k]!.end);
  }
  return true;
}

/** The clause holding a date, without the date's own words. */
function clauseAround(text: string, d: DateMention): string {
  let from = 0;
  CLAUSE_MARK.lastIndex = 0;
  for (let m = CLAUSE_MARK.exec(text); m !== null && m.index < d.start; m = CLAUSE_MARK.exec(text)) from = m.index + m[0].length;
  CLAUSE_MARK.lastIndex = d.end;
  const after = CLAUSE_MARK.exec(text);
  return `${text.slice(from, d.start)} ${text.slice(d.end, after === null ? text.length : after.index)}`;
}

/** Content words (index terms of four letters or more) of a text. */
function contentTerms(text: string): Set<string> {
  const terms = new Set<string>();
  for (const token of text.match(TOKEN) ?? []) for (const t of analyzeToken(token)) if (t.length >= 4 && !/\p{N}/u.test(t)) terms.add(t);
  return terms;
}

/** Two texts share a content word. */
function sharesWord(a: string, b: string): boolean {
  const theirs = contentTerms(b);
  for (const t of contentTerms(a)) if (theirs.has(t)) return true;
  return false;
}

/** Marks that end a clause: a date after one belongs to the next clause. */
const CLAUSE_MARK = /[,;:–—]|--|\s-\s/gu;
const TRIM_START_CHARS = ' \t\n\u00a0"\'”’»)]';
const TRIM_END_CHARS = ' \t\n\u00a0,;:–—-';

/**
 * One span of the sentence per distinct date: where two dates are parted by a clause mark (a
 * comma, a semicolon, a dash), each keeps the clause around it, cut at the first mark after the
 * earlier one; dates with no mark between them share their span. The same date twice in a sentence
 * is one event (its most precise, first telling); a date that holds another of its span ("pada tahun
 * 2015 … pada 12 Mei 2015") is told by the finer one and dropped.
 */
function clauseSpans(text: string, found: readonly DateMention[]): { mention: DateMention; from: number; to: number }[] {
  const distinct: DateMention[] = [];
  for (const d of found) {
    const same = distinct.findIndex((o) => o.date === d.date && o.endDate === d.endDate);
    if (same < 0) distinct.push(d);
    else if (PRECISION_RANK[d.precision] < PRECISION_RANK[distinct[same]!.precision]) distinct[same] = d;
  }
  if (distinct.length === 1) return [{ mention: distinct[0]!, from: trimStart(text, 0), to: trimEnd(text, text.length) }];
  // groups of dates with no clause mark between them, and the cut after each group
  const groups: DateMention[][] = [[distinct[0]!]];
  const cuts: number[] = [];
  let groupStart = 0;
  for (let k = 1; k < distinct.length; k++) {
    const a = distinct[k - 1]!;
    const b = distinct[k]!;
    // the first mark after the earlier date that closes a clause with words of its own: a date
    // fronting its clause ("Pada awal Februari, satelit memotret …") reaches to the next mark
    let cut = -1;
    CLAUSE_MARK.lastIndex = a.end;
    for (let mark = CLAUSE_MARK.exec(text); mark !== null && mark.index + mark[0].length <= b.start; mark = CLAUSE_MARK.exec(text)) {
      if (wordCount(text.slice(groupStart, a.start)) + wordCount(text.slice(a.end, mark.index)) >= CLAUSE_WORDS) {
        cut = mark.index + mark[0].length;
        break;
      }
    }
    if (cut >= 0) {
      cuts.push(cut);
      groups.push([b]);
      groupStart = cut;
    } else groups[groups.length - 1]!.push(b);
  }
  const out: { mention: DateMention; from: number; to: number }[] = [];
  groups.forEach((group, g) => {
    const from = trimStart(text, g === 0 ? 0 : cuts[g - 1]!);
    const to = trimEnd(text, g === groups.length - 1 ? text.length : cuts[g]!);
    for (const d of group) {
      const [first, last] = eventSpan(d);
      const holdsAnother = group.some(
        (o) => o !== d && PRECISION_RANK[o.precision] < PRECISION_RANK[d.precision] && first <= eventSpan(o)[0] && eventSpan(o)[1] <= last,
      );
      if (!holdsAnother) out.push({ mention: d, from, to: Math.max(to, Math.min(text.length, d.end)) });
    }
  });
  return out.sort((a, b) => a.mention.start - b.mention.start);
}

/** Words a clause needs besides its date to stand on its own. */
const CLAUSE_WORDS = 3;
const wordCount = (text: string): number => wordRuns(text).length;

/** `at` moved past white space, closing quotes and brackets. */
function trimStart(text: string, at: number): number {
  while (at < text.length && TRIM_START_CHARS.includes(text[at]!)) at++;
  return at;
}
/** `at` moved back before white space and clause marks. */
function trimEnd(text: string, at: number): number {
  while (at > 0 && TRIM_END_CHARS.includes(text[at - 1]!)) at--;
  return at;
}
