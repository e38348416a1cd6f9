import { foldText } from '../language/fold.js';
import type { Language } from '../language/types.js';
import { type BlockClass, type BlockShape, blockShape, classifyShape, isTitleCased } from './blocks.js';
import { type BoilerplateKind, classifyBoilerplate, isSignoffLine, splitTrailingSignoff } from './boilerplate.js';
import { type Dateline, parseDateline } from './dateline.js';
import { isCaption, isDomainLine, isPhotoCredit, parseCreditLine } from './header-lines.js';
import { normalizeText } from './normalize.js';
import {
  copyrightOutlet,
  creditOutlet,
  linkedDomains,
  OUTLET_EVIDENCE_ORDER,
  type OutletClue,
  type OutletEvidence,
  selfReferences,
  syndicationLine,
} from './outlet-evidence.js';
import { DOMAIN, knownOutletName, outletFromDomain, wiresIn } from './outlet-names.js';
import { confirmedUrlDate, isBareDateLine, parseDateLine } from './publication-date.js';
import { chooseTitle, isHeadlineShaped, type TitleCandidate } from './title.js';
import { joinWrappedLines } from './wrapping.js';

export type { OutletEvidence } from './outlet-evidence.js';

/** An article's body and what its page says about it, from raw scraped text alone. */
export interface CleanedArticle {
  readonly title: string | null;
  readonly paragraphs: readonly string[];
  readonly captions: readonly string[];
  readonly byline: string | null;
  readonly published: string | null;
  /** True when `published` was read from a URL the page prints, confirmed by its text (see `confirmedUrlDate`), not from a date line. */
  readonly publishedFromUrl: boolean;
  readonly outlet: string | null;
  readonly outletEvidence: OutletEvidence | null;
  readonly wire: readonly string[];
  readonly dateline: string | null;
  readonly language: Language;
}

/** What a page's markup said about it (a saved HTML page's `<title>`, `og:site_name`, …): it wins over the text. */
export interface PageHints {
  readonly title?: string | null;
  readonly outlet?: string | null;
  readonly published?: string | null;
  readonly byline?: string | null;
}

/** What a line of the page is, before any line is joined to another. */
type LineKind = 'content' | 'date' | 'masthead' | 'credit' | 'domain' | 'image' | 'caption' | 'photo-credit' | 'signoff' | BoilerplateKind;

interface Block {
  /** The block's text: one line, or lines re-joined into a paragraph. */
  text: string;
  readonly kind: LineKind;
  readonly shape: BlockShape | null;
  readonly cls: BlockClass | null;
  /** Trailing sign-off split from a paragraph ("(AFP/Z-4)"). */
  readonly signoff: string | null;
}

// SUMBER_DEBUG_CLEANING=1 prints every block of every page with its kind and class, and whether the body kept it.
const SENTENCE_END = /[.!?…]["'\u201D\u2019)]*$|["\u201D]$/u;
const DEBUG = process.env.SUMBER_DEBUG_CLEANING === '1';
// How far into the page (in blocks of text) a dateline may sit and still mark the lede.
const HEADER_BLOCKS = 15;
// A markdown image or link standing alone, or a bare address: "![alt](https://…)", "https://…".
// (An alt text may hold brackets of its own: "![… [X@akun]](https://…)".)
const LINK_LINE = /^!?\[((?:[^[\]]|\[[^[\]]*\])*)\]\((\S+?)(?:\s+"[^"]*")?\)$|^https?:\/\/\S+$/u;

/**
 * Turns a raw scraped page into its title, clean body paragraphs and page metadata.
 *
 * The body is found as content extraction finds it (the jusText family): each block of the page
 * is page chrome by its kind (related links, share bars, captions, bylines, footers: lexicon
 * data) or reads as prose, a short sentence, prose cut off, or a headline or label by its shape
 * (`blocks.ts`). The article runs from its lede (the dateline near the top, else the first block
 * of prose) to its last block of prose and what continues it; anything it holds is kept unless
 * it is chrome or a headline standing in it, so no paragraph is lost because one line was
 * misjudged. After a footer, another run of prose is kept when it is article text and, when it
 * repeats the article, only the more complete copy is.
 */
export function cleanArticle(raw: string, hints: PageHints = {}): CleanedArticle {
  const page = readLines(normalizeText(raw));
  const blocks = page.blocks;
  const meta = page.meta;

  // A block printed twice on the page (a title, a standfirst, a caption), by its exact text
  // (looked for among the blocks of its length: hashing every paragraph would cost more).
  const byLength = new Map<number, number[]>();
  blocks.forEach((b, i) => {
    if (b.kind !== 'content') return;
    const same = byLength.get(b.text.length);
    if (same) same.push(i);
    else byLength.set(b.text.length, [i]);
  });
  const repeatedAt = (i: number, apart: number) => {
    const text = blocks[i]!.text;
    return (byLength.get(text.length)?.some((j) => Math.abs(j - i) >= apart && blocks[j]!.text === text) ?? false) || page.altTexts.includes(text);
  };
  const repeated = (i: number) => repeatedAt(i, 1);
  const captionLike = captionNeighbours(blocks);

  const { lede, dateline } = findLede(blocks, captionLike, repeated);

  // The title: among the headline-shaped blocks above the lede, never a line of the body.
  const candidates: TitleCandidate[] = [];
  for (let i = 0; i < (lede < 0 ? blocks.length : lede); i++) {
    const b = blocks[i]!;
    if (b.kind !== 'content' || captionLike.has(i) || candidates.length >= 12) continue;
    // (a line printed twice in a row is a photo's caption and its alt text more often than a title)
    candidates.push({ text: b.text, shape: b.shape!, index: i, repeated: repeatedAt(i, 2), followedByMeta: followedByMeta(blocks, i) });
  }
  const chosen = chooseTitle(candidates);
  const title = hints.title?.trim() || chosen;
  const titleIndex = chosen === null ? -1 : candidates.find((c) => c.text === chosen)!.index;

  const captions: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'caption' || b.kind === 'photo-credit' || (captionLike.has(i) && (lede < 0 || i < lede))) addAll(captions, [b.text]);
  }

  const kept = lede < 0 ? [] : bodyBlocks(blocks, lede, dateline !== null, titleIndex, captionLike, repeated);
  if (DEBUG) {
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i]!;
      console.error(
        `${kept.includes(i) ? '+' : ' '}${i === lede ? 'L' : ' '}${i === titleIndex ? 'T' : ' '} ${b.kind.padEnd(12)} ${(b.cls ?? '').padEnd(8)} ${b.text.slice(0, 100)}`,
      );
    }
  }
  const paragraphs: string[] = [];
  const paragraphKeys: string[] = [];
  // the language whose function words the body uses more (Indonesian on a tie)
  let indonesian = 0;
  let english = 0;
  const seen = new Set<string>(title ? [foldText(title)] : []);
  for (const i of kept) {
    const b = blocks[i]!;
    let text = b.text;
    if (i === lede && dateline && !dateline.alone) text = text.slice(dateline.length).trim();
    if (b.signoff) addAll(meta.wire, wiresIn(b.signoff));
    const key = foldText(text);
    if (text === '' || seen.has(key)) continue;
    seen.add(key);
    indonesian += b.shape!.indonesianWords;
    english += b.shape!.englishWords;
    paragraphs.push(text);
    paragraphKeys.push(key);
  }
  const complete = withoutCutCopies(paragraphs, paragraphKeys);

  // Outlets: the dateline's, then what the page says of itself, its footer, credits and links.
  const clues: OutletClue[] = [...meta.outlets];
  if (dateline?.outlet) clues.unshift({ name: dateline.outlet, evidence: 'dateline' });
  if (dateline?.wire) addAll(meta.wire, [dateline.wire]);
  // what the page says of itself ranks below its dateline and masthead: not looked for when they name the outlet
  if (!clues.some((c) => c.evidence === 'dateline' || c.evidence === 'masthead')) for (const p of complete) clues.push(...selfReferences(p));
  for (const c of captions) {
    const name = creditOutlet(c);
    if (name) clues.push({ name, evidence: 'credit' });
  }
  // A wire credited in the dateline ("SEOUL (Reuters) -") names the outlet when the page names no other.
  if (dateline?.wire && !dateline.outlet) clues.push({ name: dateline.wire, evidence: 'dateline-wire' });
  const best = OUTLET_EVIDENCE_ORDER.map((kind) => clues.find((o) => o.evidence === kind)).find((o) => o !== undefined);

  const dated = hints.published ?? publicationDate(meta.dates, titleIndex, lede);
  // no date line: a date in a URL the page prints, when the article's weekdays confirm it
  const fromUrl = dated === null ? confirmedUrlDate(raw, complete) : null;

  return {
    title,
    paragraphs: complete,
    captions,
    byline: hints.byline ?? meta.byline,
    published: dated ?? fromUrl,
    publishedFromUrl: fromUrl !== null,
    outlet: hints.outlet ?? best?.name ?? null,
    outletEvidence: hints.outlet ? 'masthead' : (best?.evidence ?? null),
    wire: meta.wire,
    dateline: dateline?.place ?? null,
    language: english > indonesian ? 'en' : 'id',
  };
}

interface PageMeta {
  readonly dates: { index: number; published: string; bare: boolean }[];
  readonly outlets: OutletClue[];
  readonly wire: string[];
  byline: string | null;
}

/** The page's lines, classified and re-joined into blocks, with the metadata its chrome lines carry. */
function readLines(text: string): { blocks: Block[]; meta: PageMeta; altTexts: string[] } {
  const meta: PageMeta = { dates: [], outlets: [], wire: [], byline: null };
  const altTexts: string[] = [];
  const lines: { text: string; blankBefore: boolean; content: boolean; kind: LineKind }[] = [];
  let blank = true;
  for (const line of text.split('\n')) {
    if (line === '') {
      blank = true;
      continue;
    }
    const kind = lineKind(line, lines.length, meta, altTexts);
    lines.push({ text: line, blankBefore: blank, content: kind === 'content', kind });
    blank = false;
  }
  const blocks: Block[] = [];
  const groups = joinWrappedLines(lines);
  for (const group of groups) {
    const first = lines[group[0]!]!;
    if (first.kind !== 'content') {
      blocks.push({ text: first.text, kind: first.kind, shape: null, cls: null, signoff: null });
      continue;
    }
    const joined = group.length === 1 ? first.text : group.map((i) => lines[i]!.text).join(' ');
    const { text: body, signoff } = splitTrailingSignoff(joined);
    const shape = blockShape(body);
    blocks.push({ text: body, kind: 'content', shape, cls: classifyShape(shape), signoff });
  }
  // date lines were counted in lines: count them in blocks
  const blockOfLine: number[] = [];
  groups.forEach((group, b) => {
    for (const line of group) blockOfLine[line] = b;
  });
  for (const d of meta.dates) d.index = blockOfLine[d.index]!;
  return { blocks, meta, altTexts };
}

/** The kind of one line, recording the metadata a chrome line carries. */
function lineKind(line: string, index: number, meta: PageMeta, altTexts: string[]): LineKind {
  const dateLine = parseDateLine(line);
  if (dateLine && !isCaption(line)) {
    meta.dates.push({ index, published: dateLine.published, bare: isBareDateLine(line) });
    // "Kompas.com - 15/01/2024, 19:20 WIB": the name beside the date is the outlet, not a reporter
    if (dateLine.byline && isDomainLine(dateLine.byline)) meta.outlets.push({ name: outletFromDomain(dateLine.byline), evidence: 'masthead' });
    else if (dateLine.byline && knownOutletName(dateLine.byline)) meta.outlets.push({ name: knownOutletName(dateLine.byline)!, evidence: 'masthead' });
    else meta.byline ??= dateLine.byline;
    return 'date';
  }
  const masthead = knownOutletName(line);
  if (masthead) {
    meta.outlets.push({ name: masthead, evidence: 'masthead' });
    return 'masthead';
  }
  const credit = parseCreditLine(line);
  if (credit) {
    meta.byline ??= credit.name;
    return 'credit';
  }
  if (isDomainLine(line)) {
    meta.outlets.push({ name: outletFromDomain(line), evidence: 'domain-line' });
    return 'domain';
  }
  const link = LINK_LINE.exec(line);
  if (link) {
    for (const name of linkedDomains(line)) meta.outlets.push({ name, evidence: 'link' });
    if (link[1]) altTexts.push(link[1].replace(/\s+[-–|]\s+[^-–|]+$/u, ''), link[1]);
    return 'image';
  }
  if (isCaption(line)) return isPhotoCredit(line) ? 'photo-credit' : 'caption';
  if (isSignoffLine(line)) {
    addAll(meta.wire, wiresIn(line));
    return 'signoff';
  }
  const kind = classifyBoilerplate(line);
  if (kind === null) return 'content';
  if (kind === 'follow' || kind === 'footer' || kind === 'related') {
    const syndicated = syndicationLine(line);
    if (syndicated) meta.outlets.push({ name: syndicated.outlet, evidence: 'syndication' });
    else if (kind !== 'related' || /\bdari\b|\bfrom\b/iu.test(line)) {
      const copyright = copyrightOutlet(line);
      if (copyright) meta.outlets.push({ name: copyright, evidence: 'footer' });
      else for (const domain of line.match(DOMAIN) ?? []) meta.outlets.push({ name: outletFromDomain(domain), evidence: 'footer' });
    }
    if (/^(?:sumber|source)\s*:/iu.test(line)) addAll(meta.wire, wiresIn(line));
  }
  for (const name of linkedDomains(line)) meta.outlets.push({ name, evidence: 'link' });
  return kind;
}

/**
 * Blocks that are photo captions by their place in the page: a sentence standing between a
 * caption and the photo's credit line ("… REUTERS/Nama" / "… any evidence." / "PHOTO: REUTERS").
 * A paragraph merely next to a credit line is kept: its photo may have had no caption, and a
 * paragraph of the article is never dropped for a neighbour.
 */
function captionNeighbours(blocks: readonly Block[]): Set<number> {
  const found = new Set<number>();
  for (let i = 2; i < blocks.length; i++) {
    if (blocks[i]!.kind !== 'photo-credit') continue;
    const before = blocks[i - 1]!;
    if (before.kind === 'content' && blocks[i - 2]!.kind === 'caption' && before.shape!.words <= 40 && before.shape!.endsSentence) found.add(i - 1);
  }
  return found;
}

/**
 * The lede: a dateline near the top ("JAKARTA, KOMPAS —", or alone on its line, the next block),
 * unless more than two paragraphs of prose that the page does not repeat come before it;
 * else the first block of prose that is not a caption.
 */
function findLede(blocks: readonly Block[], captionLike: ReadonlySet<number>, repeated: (i: number) => boolean): { lede: number; dateline: Dateline | null } {
  let seen = 0;
  let proseBefore = 0;
  for (let i = 0; i < blocks.length && seen < HEADER_BLOCKS && proseBefore <= 2; i++) {
    const b = blocks[i]!;
    if (b.kind !== 'content') continue;
    seen++;
    const dateline = parseDateline(b.text);
    if (dateline) {
      if (!dateline.alone) return { lede: i, dateline };
      const next = blocks.findIndex((n, j) => j > i && n.kind === 'content');
      if (next >= 0) return { lede: next, dateline };
    }
    if (b.cls === 'good' && !captionLike.has(i) && !repeated(i)) proseBefore++;
  }
  for (let i = 0; i < blocks.length; i++) if (blocks[i]!.cls === 'good' && !captionLike.has(i)) return { lede: i, dateline: null };
  // no paragraph of prose at all: the first sentence that is not a headline (a page of short sentences)
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if ((b.cls === 'sentence' || b.cls === 'open') && !captionLike.has(i) && !isHeadlineShaped(b.text, b.shape!)) return { lede: i, dateline: null };
  }
  return { lede: -1, dateline: null };
}

/**
 * Chrome that closes an article: a footer, an editor's credit, a related list's heading, tags.
 * (Share bars and follow-us lines are not: pages put them between paragraphs too.)
 */
function endsArticle(b: Block): boolean {
  if (b.kind === 'footer' || b.kind === 'credit') return true;
  if (b.kind === 'related') return b.text.split(' ').length <= 4;
  return b.kind === 'navigation' && /^(?:tags?|topik|label)\b/iu.test(b.text);
}

/**
 * Continues the prose before it: a sentence (even one full of names), or the page's last line cut
 * off mid-sentence; not a headline or a label (an unfinished line before more of the page is one).
 */
function continuesProse(b: Block, lastOfPage: boolean): boolean {
  if (b.cls === 'open') return lastOfPage;
  return b.cls === 'sentence' || (b.shape!.endsSentence && !(isTitleCased(b.shape!) && b.shape!.words <= 4));
}

/**
 * A run of blocks after a footer that is article text (a second copy of the article, the rest of
 * it after an inserted footer), not a list of teasers: mostly prose, few headlines.
 */
function articleText(blocks: readonly Block[], run: readonly number[], goods: number): boolean {
  let chars = 0;
  let prose = 0;
  let sentences = 0;
  let headlines = 0;
  for (const i of run) {
    const b = blocks[i]!;
    chars += b.text.length;
    if (b.cls === 'good' || b.cls === 'sentence') prose += b.text.length;
    if (b.cls === 'sentence') sentences++;
    if (b.cls === 'weak' && !b.shape!.endsSentence) headlines++;
  }
  if (goods === 0 && sentences < 2) return false;
  return prose >= 0.6 * chars && !(headlines >= 2 && headlines >= 0.3 * run.length);
}

/** May stand inside an article's run of text: not a headline, a label or a menu item. */
function mayStandInBody(b: Block): boolean {
  const shape = b.shape!;
  if (shape.endsSentence || b.cls !== 'weak') return true;
  return !(isTitleCased(shape) || shape.words <= 4);
}

/**
 * The indexes of the blocks that make the article's body, in page order: the lede's run up to
 * its last paragraph of prose and what continues it (short sentences, a truncated last line,
 * past inline chrome such as "Baca juga" or an ad slot), and later runs after a footer that are
 * article text; of two runs that repeat each other, the more complete.
 */
function bodyBlocks(
  blocks: readonly Block[],
  lede: number,
  datelined: boolean,
  titleIndex: number,
  captionLike: ReadonlySet<number>,
  repeated: (i: number) => boolean,
): number[] {
  // Runs of the page from the lede, split where the article may have ended.
  const runs: number[][] = [[]];
  for (let i = lede; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (endsArticle(b)) {
      if (runs.at(-1)!.length > 0) runs.push([]);
      continue;
    }
    if (b.kind === 'content' && !captionLike.has(i)) runs.at(-1)!.push(i);
  }
  // Without a dateline, sentences just above the first paragraph of prose open the article too.
  if (!datelined) {
    const before: number[] = [];
    for (let i = lede - 1; i >= 0; i--) {
      const b = blocks[i]!;
      if (b.kind !== 'content' || i === titleIndex || captionLike.has(i) || repeated(i)) break;
      if (!((b.cls === 'good' || b.cls === 'sentence') && b.shape!.words >= 4)) break;
      before.unshift(i);
    }
    runs[0]!.unshift(...before);
  }

  const lastContent = blocks.findLastIndex((b) => b.kind === 'content');
  const kept: number[][] = [];
  runs.forEach((run, r) => {
    const goods = run.filter((i) => blocks[i]!.cls === 'good');
    if (r > 0 && !articleText(blocks, run, goods.length)) return;
    const firstProse = r === 0 ? 0 : run.findIndex((i) => blocks[i]!.cls === 'good' || blocks[i]!.cls === 'sentence');
    let last = goods.length > 0 ? run.indexOf(goods.at(-1)!) : r === 0 ? 0 : firstProse;
    if (last < 0) return;
    // what continues the last paragraph: short sentences, a line cut off where the page ends
    // An unfinished paragraph (a line that ends in a link, a list's lead-in) followed by prose is
    // body too: the article goes on after it, and a paragraph is never lost for its neighbour.
    const continues = (at: number) => at < run.length && continuesProse(blocks[run[at]!]!, run[at] === lastContent);
    for (;;) {
      if (continues(last + 1)) last++;
      else if (last + 2 < run.length && blocks[run[last + 1]!]!.cls === 'open' && (blocks[run[last + 2]!]!.cls === 'good' || continues(last + 2))) last += 2;
      else break;
    }
    kept.push(run.slice(Math.max(firstProse, 0), last + 1).filter((i) => i === lede || mayStandInBody(blocks[i]!)));
  });
  if (kept.length === 0) return [];

  // A page that prints its article twice keeps the more complete copy.
  const chosen: number[][] = [];
  for (const run of kept) {
    if (chosen.length === 0) {
      chosen.push(run);
      continue;
    }
    const texts = new Set(run.map((i) => blocks[i]!.text));
    const twin = chosen.findIndex((other) => {
      const shared = other.filter((i) => texts.has(blocks[i]!.text)).length;
      return shared >= 2 && shared >= 0.5 * Math.min(other.length, run.length);
    });
    if (twin < 0) chosen.push(run);
    else if (textLength(blocks, run) > textLength(blocks, chosen[twin]!)) chosen[twin] = run;
  }
  return chosen.flat();
}

function textLength(blocks: readonly Block[], run: readonly number[]): number {
  return run.reduce((n, i) => n + blocks[i]!.text.length, 0);
}

/** A byline, a date line, a photo or its caption follows the block, as they follow a headline. */
function followedByMeta(blocks: readonly Block[], i: number): boolean {
  for (let j = i + 1; j < Math.min(blocks.length, i + 3); j++) {
    const kind = blocks[j]!.kind;
    if (kind === 'date' || kind === 'credit' || kind === 'image' || kind === 'caption' || kind === 'photo-credit' || kind === 'masthead') return true;
    if (kind === 'content') return false;
  }
  return false;
}

/**
 * The publication date from the page's date lines: one above the title that gives nothing but a
 * date is the site's current-date header, not the article's; a date line with a time, a label or
 * a name is preferred to a bare one, and one above the body to one below it.
 */
function publicationDate(dates: PageMeta['dates'], titleIndex: number, lede: number): string | null {
  const usable = dates.filter((d) => !(d.bare && titleIndex >= 0 && d.index < titleIndex));
  const ranked = [...usable].sort((a, b) => rank(a) - rank(b) || a.index - b.index);
  return ranked[0]?.published ?? null;
  function rank(d: PageMeta['dates'][number]): number {
    return (lede >= 0 && d.index > lede ? 2 : 0) + (d.bare ? 1 : 0);
  }
}

/**
 * Drops a paragraph that is the start of another one of the article (a copy cut short, as a page
 * that prints its article twice has): the complete copy stays.
 */
function withoutCutCopies(paragraphs: readonly string[], keys: readonly string[]): readonly string[] {
  const long = keys.filter((k) => k.length >= 40);
  if (long.length < 2) return paragraphs;
  return paragraphs.filter((p, i) => {
    const key = keys[i]!;
    // (a finished sentence that opens a longer paragraph may be the page's pull quote: only a cut one goes)
    return !(
      key.length >= 40 &&
      !SENTENCE_END.test(p) &&
      long.some((k) => k.length > key.length && k.charCodeAt(0) === key.charCodeAt(0) && k.startsWith(key))
    );
  });
}

function addAll(target: string[], items: readonly string[]): void {
  for (const item of items) if (!target.includes(item)) target.push(item);
}
