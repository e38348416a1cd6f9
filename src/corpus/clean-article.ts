import { foldText } from '../language/fold.js';
import { classifyBoilerplate, isSignoffLine, splitTrailingSignoff } from './boilerplate.js';
import { parseDateline } from './dateline.js';
import { isCaption, isDomainLine, isHeadlineLike, isParagraphLike, parseCreditLine } from './header-lines.js';
import { detectLanguage } from './language.js';
import { normalizeText } from './normalize.js';
import { DOMAIN, knownOutletName, outletFromDomain, wiresIn } from './outlet-names.js';
import { parseDateLine } from './publication-date.js';
import type { Language } from './types.js';

/** Where an outlet name was read; earlier kinds are more reliable. */
export type OutletEvidence = 'dateline' | 'masthead' | 'footer' | 'domain-line' | 'dateline-wire';

/** An article's body and what its page says about it, from raw scraped text alone. */
export interface CleanedArticle {
  readonly title: string | null;
  readonly paragraphs: readonly string[];
  readonly captions: readonly string[];
  readonly byline: string | null;
  readonly published: string | null;
  readonly outlet: string | null;
  readonly outletEvidence: OutletEvidence | null;
  readonly wire: readonly string[];
  readonly dateline: string | null;
  readonly language: Language;
}

// The outlet named in the dateline is the surest; a bare domain line at the top (often the scraper's) the least.
const OUTLET_EVIDENCE_ORDER: readonly OutletEvidence[] = ['dateline', 'masthead', 'footer', 'domain-line', 'dateline-wire'];

// How far into the page a dateline may sit and still mark the lede.
const HEADER_LINES = 15;

/** Turns a raw scraped page into its title, clean body paragraphs and page metadata. */
export function cleanArticle(raw: string): CleanedArticle {
  const lines = joinWrappedLines(normalizeText(raw));
  const captions: string[] = [];
  const wire: string[] = [];
  const outlets: { name: string; evidence: OutletEvidence }[] = [];
  let byline: string | null = null;
  let published: string | null = null;
  const candidates: string[] = [];
  const listHeaders = new Set<number>();

  for (const line of lines) {
    const dateLine = parseDateLine(line);
    if (dateLine && !isCaption(line)) {
      published ??= dateLine.published;
      // "Kompas.com - 15/01/2024, 19:20 WIB": the name beside the date is the outlet, not a reporter
      if (dateLine.byline && isDomainLine(dateLine.byline)) outlets.push({ name: outletFromDomain(dateLine.byline), evidence: 'masthead' });
      else byline ??= dateLine.byline;
      continue;
    }
    const masthead = knownOutletName(line);
    if (masthead) {
      outlets.push({ name: masthead, evidence: 'masthead' });
      continue;
    }
    const credit = parseCreditLine(line);
    if (credit) {
      byline ??= credit.name;
      continue;
    }
    if (isDomainLine(line)) {
      outlets.push({ name: outletFromDomain(line), evidence: 'domain-line' });
      continue;
    }
    if (isCaption(line)) {
      if (!captions.includes(line)) captions.push(line);
      continue;
    }
    if (isSignoffLine(line)) {
      addAll(wire, wiresIn(line));
      continue;
    }
    const kind = classifyBoilerplate(line);
    if (kind) {
      if (kind === 'follow' || kind === 'footer') {
        for (const domain of line.match(DOMAIN) ?? []) outlets.push({ name: outletFromDomain(domain), evidence: 'footer' });
        if (/^(?:sumber|source)\s*:/iu.test(line)) addAll(wire, wiresIn(line));
      }
      if (kind === 'related' && line.split(/\s+/u).length <= 3) listHeaders.add(candidates.length);
      continue;
    }
    candidates.push(line);
  }

  const titleIndex = candidates.findIndex(isHeadlineLike);
  const title = titleIndex >= 0 && titleIndex < HEADER_LINES ? candidates[titleIndex]! : null;
  const { lede, dateline } = findLede(candidates, titleIndex);
  if (dateline?.outlet) outlets.unshift({ name: dateline.outlet, evidence: 'dateline' });
  if (dateline?.wire) addAll(wire, [dateline.wire]);

  const titleKey = title === null ? null : foldKey(title);
  for (let i = 0; i < lede; i++) {
    const line = candidates[i]!;
    if (titleKey !== null && foldKey(line) === titleKey) continue;
    const repeated = candidates.indexOf(line) !== i || candidates[i + 1] === line;
    if (i !== titleIndex && (isCaption(line) || repeated) && !captions.includes(line)) captions.push(line);
  }

  const paragraphs: string[] = [];
  const seen = new Set<string>(titleKey !== null && title ? [titleKey] : []);
  let inRelatedList = false;
  for (let i = lede; i < candidates.length; i++) {
    if (listHeaders.has(i)) inRelatedList = true;
    let line = candidates[i]!;
    if (i === lede && dateline) line = line.slice(dateline.length).trim();
    if (isCaption(line)) {
      captions.push(line);
      continue;
    }
    if (inRelatedList && !isParagraphLike(line)) continue;
    inRelatedList = false;
    const { text, signoff } = splitTrailingSignoff(line);
    if (signoff) addAll(wire, wiresIn(signoff));
    const key = foldKey(text);
    if (text === '' || seen.has(key)) continue;
    seen.add(key);
    paragraphs.push(text);
  }
  // Related headlines and widgets left after the story: short lines that do not end a sentence.
  // (A short last sentence, "Russia has also denied the reports.", is story.)
  while (paragraphs.length > 1 && !/[.!?"'\u201D\u2019)]$/u.test(paragraphs.at(-1)!) && paragraphs.at(-1)!.split(/\s+/u).length <= 15) {
    paragraphs.pop();
  }

  // A wire credited in the dateline ("SEOUL (Reuters) -") names the outlet when the page names no other.
  if (dateline?.wire && !dateline.outlet) outlets.push({ name: dateline.wire, evidence: 'dateline-wire' });
  const best = OUTLET_EVIDENCE_ORDER.map((kind) => outlets.find((o) => o.evidence === kind)).find((o) => o !== undefined);
  return {
    title,
    paragraphs,
    captions,
    byline,
    published,
    outlet: best?.name ?? null,
    outletEvidence: best?.evidence ?? null,
    wire,
    dateline: dateline?.place ?? null,
    language: detectLanguage(paragraphs.join(' ')),
  };
}

/** The lede: the first line with a dateline near the top, or else the first line that reads like a paragraph. */
function findLede(candidates: readonly string[], titleIndex: number) {
  const limit = Math.min(candidates.length, HEADER_LINES);
  for (let i = titleIndex + 1; i < limit; i++) {
    const dateline = parseDateline(candidates[i]!);
    if (dateline) return { lede: i, dateline };
  }
  for (let i = titleIndex + 1; i < candidates.length; i++) {
    if (isParagraphLike(candidates[i]!) && !isCaption(candidates[i]!)) return { lede: i, dateline: null };
  }
  return { lede: Math.min(titleIndex + 1, candidates.length), dateline: null };
}

/** Joins lines that a scraper wrapped mid-sentence: a long line without a final stop, then a lower-case start. */
function joinWrappedLines(text: string): string[] {
  const out: string[] = [];
  let previousBlank = true;
  for (const line of text.split('\n')) {
    if (line === '') {
      previousBlank = true;
      continue;
    }
    const last = out.at(-1);
    if (!previousBlank && last !== undefined && last.split(' ').length >= 8 && !/[.!?:"'\u201D\u2019)]$/u.test(last) && /^\p{Ll}/u.test(line)) {
      out[out.length - 1] = `${last} ${line}`;
    } else {
      out.push(line);
    }
    previousBlank = false;
  }
  return out;
}

const ASCII = /^[\x00-\x7F]*$/;
const SINGLE_QUOTES = /[\u2018\u2019]/g;
const DOUBLE_QUOTES = /[\u201C\u201D]/g;

/**
 * `foldText`, with shortcuts for plain ASCII text, which only needs lower case and single spaces,
 * and for text that is already single-spaced and trimmed (as lines are after `normalizeText`)
 * with no other non-ASCII character than typographic quotes (most lines; those quotes have no
 * decomposition, so folding only turns them into ' and ").
 */
function foldKey(text: string): string {
  let quotes = false;
  let previous = 32;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 ? previous === 32 : c < 32 && c >= 9 && c <= 13) return foldKeySlowly(text);
    if (c >= 128) {
      if (c !== 0x2018 && c !== 0x2019 && c !== 0x201c && c !== 0x201d) return foldKeySlowly(text);
      quotes = true;
    }
    previous = c;
  }
  if (previous === 32) return foldKeySlowly(text);
  const lower = text.toLowerCase();
  return quotes ? lower.replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"') : lower;
}

function foldKeySlowly(text: string): string {
  return ASCII.test(text) ? text.toLowerCase().replace(/\s+/g, ' ').trim() : foldText(text);
}

function addAll(target: string[], items: readonly string[]): void {
  for (const item of items) if (!target.includes(item)) target.push(item);
}
