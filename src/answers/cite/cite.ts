import { detectLanguage } from '../../corpus/language.js';
import type { Paragraph } from '../../corpus/types.js';
import type { CorpusIndex } from '../../corpus-index/corpus-index.js';
import { lexicon } from '../../extract/quotes/lexicon.js';
import type { Quote } from '../../extract/types.js';
import { splitSentences } from '../../language/sentences.js';
import type { Language } from '../../language/types.js';
import type { AnswerFor, AnswerNote } from '../types.js';
import { findSpeaker } from '../who-said.js';
import { type Alignment, alignWords, type Change } from './align.js';
import { CITE_PIECES, type CiteDifference, type CitePiece, type CiteResult, type CiteVerdict } from './cite-types.js';
import { type CiteWord, citeWords, NEGATIONS } from './cite-words.js';
import { type ParsedClaim, parseClaim } from './claim.js';
import { type ConceptSet, type ConceptUnit, conceptsOf, conceptUnits, coveredBy } from './equivalents.js';

/** What `/cite` takes: the claim (a quote or a statement, possibly naming its speaker) and how many sources to give. */
export interface CiteOptions {
  readonly claim: string;
  readonly limit?: number | undefined;
}

export const DEFAULT_CITE_LIMIT = 5;
/** Most words of a claim compared (a claim is at most 1,000 characters: fewer than this). */
const MAX_CLAIM_WORDS = 250;
/** Most words of a paragraph read (no real paragraph has more; a corpus file might). */
const MAX_PARAGRAPH_WORDS = 4000;
/** Words per search (the engine reads at most 32 words of a query). */
const SEARCH_WORDS = 24;
/** Searches per claim: a long claim is searched by its first parts. */
const MAX_SEARCHES = 3;
/** Paragraphs taken from the search of a claim's first 32 words, and from the search of each later part. */
const PARAGRAPHS = 12;
const LATER_PARAGRAPHS = 6;

// Verdict thresholds, as shares of the claim's words with meaning (function words aside).
/** Altered: this share of the claim's words is in the source (the same word in any form, or one the glossary gives for it)… */
const ALTERED_RECALL = 0.6;
/** …and this share of the source's words between the first and last aligned ones is in the claim… */
const ALTERED_PRECISION = 0.5;
/**
 * …and this share of all the claim’s words, function words too, meets the source in order (the same
 * word or an equivalent): "mostly the same words". A passage that shares the claim's subject words
 * but not its frame ("Police investigate reports of misused flood aid" for "We deny that flood aid
 * was misused") is related, not a version of the claim.
 */
const ALTERED_ALIGNED = 0.7;
/** Translated: this share of the claim's words has a counterpart in the passage… */
const TRANSLATED_RECALL = 0.7;
/** Related: the passage holds this share of the claim's words, and at least two of them. */
const RELATED_RECALL = 0.34;
const RELATED_MIN_WORDS = 2;
/** Penalty of a source word with meaning that the claim lacks, when finding the part of a paragraph a claim is about. */
const MISS_WEIGHT = 0.5;

/** How much lower an altered claim ranks when it negates what its source affirms, or the reverse. */
const NEGATION_PENALTY = 0.3;

/** How many negations ("tidak", "never") words `from`..`to` hold. */
function negations(words: readonly CiteWord[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (NEGATIONS.has(words[i]!.folded)) n++;
  return n;
}

const VERDICT_RANK: Readonly<Record<CiteVerdict, number>> = { verbatim: 4, altered: 3, translated: 2, related: 1 };

/** The claim as compared: its words and the concepts they may stand for. */
interface Claim {
  readonly parsed: ParsedClaim;
  readonly words: readonly CiteWord[];
  readonly language: Language;
  readonly units: readonly ConceptUnit[];
  readonly concepts: ConceptSet;
  readonly content: number;
  /** Keys of the words of the speaker's name the claim gives: in a source, they say who speaks, not what. */
  readonly speakerKeys: ReadonlySet<string>;
  /** The same as concepts, through the glossary ("North Korea" → korea utara, korut, dprk): a source names its speaker in its own language. */
  readonly speakerConcepts: ConceptSet | null;
  /** Quote positions the claimed speaker stands for (as `/who-said speaker:` finds them), or null when the claim names none. */
  readonly speakerQuotes: Uint32Array | null;
}

/** One source passage found for the claim, before it becomes a result. */
interface Match {
  readonly paragraphId: number;
  /** The paragraph's article's publication date ('9999' when unknown: last among equals) and language. */
  readonly published: string;
  readonly language: Language;
  readonly verdict: CiteVerdict;
  /** Closeness within the verdict (0 to 1). */
  readonly score: number;
  readonly start: number;
  readonly end: number;
  readonly changes: readonly Change[];
  readonly quote: number | null;
  readonly translated: boolean;
}

/** A match as found within one paragraph, before what is known of its article is added. */
type Found = Omit<Match, 'published' | 'language'>;

/**
 * `/cite`: where a claim comes from. Candidate passages come from the index's search (paragraphs
 * holding quote records first, then any paragraphs), each is aligned with the claim word by word
 * (or matched through the glossary across languages), and the passages that support the claim are
 * given best first with their verdict and differences: what the claim adds, drops or changes, and
 * a speaker it names that the source's quote does not have. No result means nothing in the corpus
 * supports the claim.
 */
export function citeAnswer(index: CorpusIndex, options: CiteOptions): AnswerFor<'cite'> {
  const limit = options.limit ?? DEFAULT_CITE_LIMIT;
  const parsed = parseClaim(options.claim);
  const body = parsed.text.slice(parsed.body.start, parsed.body.end);
  const words = citeWords(parsed.text, parsed.body.start, parsed.body.end, MAX_CLAIM_WORDS);
  const language = detectLanguage(body);
  const units = conceptUnits(words, parsed.text, language);
  const claim: Claim = {
    parsed,
    words,
    language,
    units,
    concepts: conceptsOf(units),
    content: words.filter((w) => w.content).length,
    speakerKeys: new Set(parsed.speaker === null ? [] : citeWords(parsed.speaker).map((w) => w.key)),
    speakerConcepts:
      parsed.speaker === null
        ? null
        : conceptsOf(conceptUnits(citeWords(parsed.speaker), parsed.speaker, detectLanguage(parsed.speaker) === 'en' ? 'en' : language)),
    speakerQuotes: parsed.speaker === null ? null : findSpeaker(index, parsed.speaker).quotes,
  };
  const notes: AnswerNote[] = [];
  if (parsed.speaker !== null) notes.push({ kind: 'claimed-speaker', name: parsed.speaker });
  const query = parsed.text;
  if (words.length === 0) return { command: 'cite', query, results: [], total: 0, ...(notes.length ? { notes } : {}) };

  const matches: Match[] = [];
  const crossed = new Set<Language>();
  for (const [id, paragraph] of candidateParagraphs(index, parsed.text, words)) {
    const match = bestMatch(index, claim, id, paragraph);
    if (!match) continue;
    matches.push(match);
    if (match.translated) crossed.add(match.language);
  }
  matches.sort(compareMatches);
  const total = matches.length;
  const results = matches.slice(0, limit).map((m) => toResult(index, claim, m));
  for (const other of crossed) notes.push({ kind: 'cross-language', claim: language, source: other });
  return { command: 'cite', query, results, total, ...(notes.length ? { notes } : {}) };
}

/**
 * Paragraphs to compare the claim with: the search's best paragraphs for the claim's words with
 * meaning (all its words when it has none), a part of at most 24 of them per search. Function
 * words rank nothing but cost the engine as much as any word; and one search per part (not one among
 * paragraphs holding quotes and another among all): a claim's own words rank its source high either
 * way, and the searches are most of the cost of a claim on a large corpus.
 */
function candidateParagraphs(index: CorpusIndex, text: string, words: readonly CiteWord[]): Map<number, Paragraph> {
  const found = new Map<number, Paragraph>();
  const meaning = words.filter((w) => w.content);
  const searched = meaning.length > 0 ? meaning : words;
  for (let from = 0, searches = 0; from < searched.length && searches < MAX_SEARCHES; from += SEARCH_WORDS, searches++) {
    const query = searched
      .slice(from, from + SEARCH_WORDS)
      .map((w) => text.slice(w.start, w.end))
      .join(' ');
    for (const hit of index.searchTop(query, { limit: from === 0 ? PARAGRAPHS : LATER_PARAGRAPHS, count: false }).hits) {
      if (!found.has(hit.id)) found.set(hit.id, hit.paragraph);
    }
  }
  return found;
}

/** The best passage of one paragraph for the claim: within one of its quotes, or anywhere in it; null when none supports it. */
function bestMatch(index: CorpusIndex, claim: Claim, id: number, paragraph: Paragraph): Match | null {
  const text = paragraph.text;
  const words = citeWords(text, 0, text.length, MAX_PARAGRAPH_WORDS);
  if (words.length === 0) return null;
  const article = index.article(paragraph.article);
  const sourceLanguage = article?.language ?? 'id';
  const about = { published: article?.published ?? '9999', language: sourceLanguage };
  const sourceUnits = conceptUnits(words, text, sourceLanguage);
  const hits = coveredBy(sourceUnits, claim.concepts, words.length);
  const neutral = attributionWords(claim, words, sourceUnits);
  const places = index.recordPlaces('quotes');
  const quotes = [...places.at(id)];
  const windows: { from: number; to: number; quote: number | null }[] = quotes.map((q) => {
    const record = index.quotes[q]!;
    return { ...wordRange(words, record.start, record.end), quote: q };
  });
  windows.push({ from: 0, to: words.length, quote: null });
  let best: Found | null = null;
  for (const window of windows) {
    // A quote without a word of the claim cannot hold its passage (the paragraph's window still runs).
    if (window.to <= window.from || (window.quote !== null && hits.subarray(window.from, window.to).indexOf(1) < 0)) continue;
    const match =
      sourceLanguage === claim.language
        ? alignedMatch(claim, id, text, words, sourceUnits, hits, neutral, window.from, window.to, window.quote)
        : translatedMatch(claim, id, text, words, sourceUnits, hits, neutral, window.from, window.to, window.quote);
    if (match && (!best || VERDICT_RANK[match.verdict] > VERDICT_RANK[best.verdict] || (match.verdict === best.verdict && match.score > best.score + 1e-9)))
      best = match;
  }
  if (!best) return null;
  if (best.quote !== null) return { ...best, ...about };
  // A passage found in the paragraph at large may still be (mostly) one of its quotes: that quote's speaker is the passage's.
  const found = best;
  const inside = quotes.find((q) => {
    const record = index.quotes[q]!;
    const overlap = Math.min(record.end, found.end) - Math.max(record.start, found.start);
    return overlap > 0 && overlap * 2 >= found.end - found.start;
  });
  return { ...found, ...about, ...(inside === undefined ? {} : { quote: inside }) };
}

/** The words of a paragraph between two offsets. */
function wordRange(words: readonly CiteWord[], start: number, end: number): { from: number; to: number } {
  let from = 0;
  while (from < words.length && words[from]!.end <= start) from++;
  let to = from;
  while (to < words.length && words[to]!.start < end) to++;
  return { from, to };
}

/**
 * The part of words `from`..`to` the claim is most about: the run of words with the most of the
 * claim's words in it, less half a point for each word with meaning the claim lacks.
 */
function densestRun(words: readonly CiteWord[], hits: Uint8Array, neutral: Uint8Array, from: number, to: number): { from: number; to: number; found: number } {
  let best = { from, to: from, score: 0, found: 0 };
  let start = from;
  let score = 0;
  let found = 0;
  for (let i = from; i < to; i++) {
    if (score <= 0) {
      start = i;
      score = 0;
      found = 0;
    }
    const w = words[i]!;
    if (hits[i]) {
      score += w.content ? 1 : 0.25;
      if (w.content) found++;
    } else if (w.content && !neutral[i]) score -= MISS_WEIGHT;
    if (score > best.score) best = { from: start, to: i + 1, score, found };
  }
  return { from: best.from, to: best.to, found: best.found };
}

/** Same language: a word alignment of the claim with the densest part of the window (and its surroundings). */
function alignedMatch(
  claim: Claim,
  id: number,
  text: string,
  words: readonly CiteWord[],
  sourceUnits: readonly ConceptUnit[],
  hits: Uint8Array,
  neutral: Uint8Array,
  from: number,
  to: number,
  quote: number | null,
): Found | null {
  const dense = densestRun(words, hits, neutral, from, to);
  if (dense.found === 0) return null;
  // Room around the densest part for the claim's words that are not in it (at most the claim's length each side).
  const margin = claim.words.length + 4;
  const a = Math.max(from, dense.from - margin);
  const b = Math.min(to, dense.to + margin);
  const window = words.slice(a, b);
  const alignment = alignWords(claim.parsed.text, claim.words, text, window, neutral.subarray(a, b));
  const verdict = alignment ? verdictOf(claim, alignment, window) : null;
  if (alignment && verdict) {
    return {
      paragraphId: id,
      verdict: verdict.verdict,
      score: verdict.score,
      start: alignment.start,
      end: alignment.end,
      changes: alignment.changes,
      quote,
      translated: false,
    };
  }
  // Not a version of the passage: maybe the same subject in other words.
  return relatedMatch(claim, id, text, words, sourceUnits, hits, dense, { from, to }, quote);
}

/** The verdict of an alignment, and how close it is; null when the passage is too far from the claim to be a version of it. */
function verdictOf(claim: Claim, a: Alignment, source: readonly CiteWord[]): { verdict: CiteVerdict; score: number } | null {
  if (a.changes.length === 0 && a.claimAligned === claim.words.length) return { verdict: 'verbatim', score: 1 };
  const all = (a.claimAligned + a.claimAlignedEquivalent) / claim.words.length;
  const recall = claim.content > 0 ? (a.claimExact + a.claimEquivalent) / claim.content : all;
  const precision = a.sourceContent > 0 ? a.sourceMatched / a.sourceContent : 1;
  const exact = claim.content > 0 ? a.claimExact : a.claimAligned;
  if (recall >= ALTERED_RECALL && precision >= ALTERED_PRECISION && all >= ALTERED_ALIGNED && exact >= Math.min(2, Math.max(1, claim.content))) {
    // The claim's frame kept (its function words too: "Kami mengutuk X karena Y kepada Rusia") counts with its meaning.
    // A claim that negates what its source affirms (or the reverse) is the furthest kind of altered.
    const flipped = negations(claim.words, 0, claim.words.length) % 2 !== negations(source, a.from, a.to) % 2;
    return { verdict: 'altered', score: 0.4 * recall + 0.3 * all + 0.3 * precision - (flipped ? NEGATION_PENALTY : 0) };
  }
  return null;
}

/**
 * The same subject: enough of the claim's words (or their glossary equivalents) in the sentences
 * around the densest part of the window. The sentences, not the densest run alone: a passage in
 * other words spreads the claim's words over its sentence ("Banjir bandang melanda dua belas desa
 * di Sukamaju … dan merusak 800 rumah" for "Banjir bandang di Sukamaju merusak rumah").
 */
function relatedMatch(
  claim: Claim,
  id: number,
  text: string,
  words: readonly CiteWord[],
  sourceUnits: readonly ConceptUnit[],
  hits: Uint8Array,
  dense: { from: number; to: number; found: number },
  window: { from: number; to: number },
  quote: number | null,
): Found | null {
  if (claim.content === 0 || dense.found === 0) return null;
  const { from, to } = sentenceWords(text, words, dense, window);
  let found = 0;
  for (let i = from; i < to; i++) if (hits[i] && words[i]!.content) found++;
  if (found < RELATED_MIN_WORDS) return null;
  const recall = claimCoverage(claim, claimCovered(claim, sourceUnits, from, to));
  if (recall < RELATED_RECALL) return null;
  return { paragraphId: id, verdict: 'related', score: recall, start: words[from]!.start, end: words[to - 1]!.end, changes: [], quote, translated: false };
}

/** Words `run.from`..`run.to` widened to the whole sentences they are in, within `window`. */
function sentenceWords(
  text: string,
  words: readonly CiteWord[],
  run: { from: number; to: number },
  window: { from: number; to: number },
): { from: number; to: number } {
  const start = words[run.from]!.start;
  const end = words[run.to - 1]!.end;
  let first = start;
  let last = end;
  for (const s of splitSentences(text)) {
    if (s.end > start && s.start <= start) first = Math.min(first, s.start);
    if (s.start < end && s.end >= end) last = Math.max(last, s.end);
  }
  let from = run.from;
  while (from > window.from && words[from - 1]!.start >= first) from--;
  let to = run.to;
  while (to < window.to && words[to]!.end <= last) to++;
  return { from, to };
}

/** The share of the claim's words with meaning that are covered. */
function claimCoverage(claim: Claim, covered: Uint8Array): number {
  let found = 0;
  claim.words.forEach((w, j) => {
    if (w.content && covered[j]) found++;
  });
  return found / Math.max(1, claim.content);
}

/** Which claim words have a counterpart among words `from`..`to` of a passage (the same word, or through the glossary). */
function claimCovered(claim: Claim, sourceUnits: readonly ConceptUnit[], from: number, to: number): Uint8Array {
  return coveredBy(claim.units, conceptsOf(sourceUnits, from, to), claim.words.length);
}

/**
 * The words of a passage that say who speaks rather than what is said: the name the claim gives
 * (its speaker is checked apart) and speech verbs ("kata", "mengatakan", "said"); they count neither
 * for nor against a passage. A word the claim itself has is never one of them.
 */
function attributionWords(claim: Claim, words: readonly CiteWord[], sourceUnits: readonly ConceptUnit[]): Uint8Array {
  const marks = new Uint8Array(words.length);
  const own = claim.concepts.owns;
  const speaker = claim.speakerConcepts ? coveredBy(sourceUnits, claim.speakerConcepts, words.length) : null;
  words.forEach((w, i) => {
    if (own.has(w.key)) return;
    if (claim.speakerKeys.has(w.key) || speaker?.[i] || lexicon.verbs.has(w.folded) || lexicon.according.isWord(w.folded)) marks[i] = 1;
  });
  return marks;
}

/**
 * Across languages: the claim's words and the passage's meet through the glossary (and names and
 * numbers as they are). `translated` when nearly every word of the claim has a counterpart in the
 * densest part of the passage; the words without one are the differences.
 */
function translatedMatch(
  claim: Claim,
  id: number,
  text: string,
  words: readonly CiteWord[],
  sourceUnits: readonly ConceptUnit[],
  hits: Uint8Array,
  neutral: Uint8Array,
  from: number,
  to: number,
  quote: number | null,
): Found | null {
  const dense = densestRun(words, hits, neutral, from, to);
  if (dense.found < RELATED_MIN_WORDS || claim.content === 0) return null;
  const covered = claimCovered(claim, sourceUnits, dense.from, dense.to);
  const recall = claimCoverage(claim, covered);
  let sourceContent = 0;
  let sourceFound = 0;
  for (let i = dense.from; i < dense.to; i++) {
    if (!words[i]!.content || (neutral[i] && !hits[i])) continue;
    sourceContent++;
    if (hits[i]) sourceFound++;
  }
  const precision = sourceContent > 0 ? sourceFound / sourceContent : 0;
  const start = words[dense.from]!.start;
  const end = words[dense.to - 1]!.end;
  if (recall >= TRANSLATED_RECALL && precision >= ALTERED_PRECISION) {
    const changes: Change[] = [];
    for (const [a, b] of contentRuns(claim.words, (j) => !covered[j])) {
      changes.push({ kind: 'added', claim: claim.parsed.text.slice(claim.words[a]!.start, claim.words[b - 1]!.end), source: null, start: end, end });
    }
    for (const [a, b] of contentRuns(words, (i) => !hits[i] && !neutral[i], dense.from, dense.to)) {
      changes.push({ kind: 'removed', claim: null, source: text.slice(words[a]!.start, words[b - 1]!.end), start: words[a]!.start, end: words[b - 1]!.end });
    }
    return { paragraphId: id, verdict: 'translated', score: (recall + precision) / 2, start, end, changes, quote, translated: true };
  }
  if (recall < RELATED_RECALL) return null;
  return { paragraphId: id, verdict: 'related', score: recall, start, end, changes: [], quote, translated: true };
}

/** Runs of words `from`..`to` for which `pick` holds, trimmed to words with meaning at both ends. */
function contentRuns(words: readonly CiteWord[], pick: (i: number) => boolean, from = 0, to = words.length): [number, number][] {
  const runs: [number, number][] = [];
  let i = from;
  while (i < to) {
    if (!pick(i) || !words[i]!.content) {
      i++;
      continue;
    }
    let j = i + 1;
    let lastContent = i;
    while (j < to && pick(j)) {
      if (words[j]!.content) lastContent = j;
      j++;
    }
    runs.push([i, lastContent + 1]);
    i = j;
  }
  return runs;
}

function compareMatches(a: Match, b: Match): number {
  return (
    VERDICT_RANK[b.verdict] - VERDICT_RANK[a.verdict] ||
    Math.round((b.score - a.score) * 1000) ||
    // equally close: the earliest published first (where the words appeared first), undated last
    a.published.localeCompare(b.published) ||
    a.paragraphId - b.paragraphId
  );
}

/** A match as the answer gives it: the passage (whole sentences, inside the quote when it is one), its differences, its speaker. */
function toResult(index: CorpusIndex, claim: Claim, m: Match): CiteResult {
  const paragraph = index.paragraphAt(m.paragraphId);
  const text = paragraph.text;
  const quote: Quote | null = m.quote === null ? null : (index.quotes[m.quote] ?? null);
  const bounds = quote && quote.start <= m.start && quote.end >= m.end ? { start: quote.start, end: quote.end } : { start: 0, end: text.length };
  const { start, end } = sentencesAround(text, m.start, m.end, bounds);
  const differences: CiteDifference[] = m.changes.map((c) => ({
    kind: c.kind,
    ...(c.claim !== null ? { claim: c.claim } : {}),
    ...(c.source !== null ? { source: c.source } : {}),
  }));
  const speaker = quote?.speaker ?? null;
  if (quote && speaker !== null && claim.parsed.speaker !== null && m.quote !== null && !holds(claim.speakerQuotes, m.quote)) {
    differences.push({ kind: 'speaker', claim: claim.parsed.speaker, source: quote.speakers.length > 1 ? quote.speakers.join(', ') : speaker });
  }
  return {
    text: text.slice(start, end),
    verdict: m.verdict,
    differences,
    speaker,
    direct: quote?.direct ?? false,
    citation: index.citation(paragraph.article, paragraph.number),
    [CITE_PIECES]: m.translated ? [{ kind: 'same', text: text.slice(start, end) }] : pieces(text, start, end, m.changes),
  };
}

/** True when an ascending list holds `n`. */
function holds(list: Uint32Array | null, n: number): boolean {
  if (!list) return false;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = list[mid]!;
    if (v === n) return true;
    if (v < n) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** The whole sentences holding `start`..`end`, within `bounds` (a quote's span or the paragraph), trimmed of white space. */
function sentencesAround(text: string, start: number, end: number, bounds: { start: number; end: number }): { start: number; end: number } {
  let from = start;
  let to = end;
  for (const s of splitSentences(text)) {
    if (s.end > start && s.start <= start) from = Math.min(from, s.start);
    if (s.start < end && s.end >= end) to = Math.max(to, s.end);
  }
  from = Math.max(from, bounds.start);
  to = Math.min(to, bounds.end);
  while (from < to && /\s/u.test(text[from]!)) from++;
  while (to > from && /\s/u.test(text[to - 1]!)) to--;
  return from < to ? { start: from, end: to } : { start, end };
}

/** The passage `start`..`end` in pieces: its own text, the parts the claim drops or changes, and the claim's words where it adds or changes them. */
function pieces(text: string, start: number, end: number, changes: readonly Change[]): CitePiece[] {
  const out: CitePiece[] = [];
  let at = start;
  const same = (to: number) => {
    if (to > at) out.push({ kind: 'same', text: text.slice(at, to) });
    at = Math.max(at, to);
  };
  for (const c of [...changes].sort((x, y) => x.start - y.start || (x.kind === 'added' ? -1 : 1))) {
    if (c.start < at || c.end > end) continue;
    same(c.start);
    if (c.kind !== 'added' && c.end > c.start) out.push({ kind: 'removed', text: text.slice(c.start, c.end) });
    if (c.claim !== null) out.push({ kind: 'added', text: c.claim });
    at = Math.max(at, c.end);
  }
  same(end);
  return out;
}
