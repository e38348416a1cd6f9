import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { PageHints } from './clean-article.js';
import { isoDate } from './publication-date.js';

/** A saved HTML page as the cleaning pipeline reads it: its article's text, one block a line, and what its markup says. */
export interface HtmlPage {
  readonly text: string;
  readonly hints: PageHints;
}

/** The little of a DOM element read here (the project compiles without the DOM library's types). */
interface DomElement {
  readonly tagName: string;
  readonly children: ArrayLike<DomElement>;
  readonly childNodes: ArrayLike<{ readonly nodeType: number; readonly textContent: string | null }>;
  readonly textContent: string | null;
}

// Elements whose text is one block of the page; other elements are walked into.
const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'CAPTION', 'TD', 'TH', 'DT', 'DD', 'ADDRESS']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'BUTTON', 'FORM', 'SELECT', 'TEXTAREA']);

/**
 * Reads a saved HTML page offline: Mozilla's Readability (on a linkedom document) finds the
 * article's content; its block elements become the lines the text pipeline cleans as it cleans a
 * scraped page (so captions, "Baca juga" links and bylines left inside the content are still
 * recognised). The title, outlet (`og:site_name`, JSON-LD `publisher`), publication date
 * (`article:published_time`, JSON-LD `datePublished`) and byline come from the markup where it
 * has them. When Readability finds no article, the whole body's text is cleaned instead.
 */
export function htmlToPage(html: string): HtmlPage {
  try {
    return readPage(html);
  } catch {
    // markup no parser makes sense of: its text, tags stripped, is cleaned like a scraped page
    return { text: html.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/giu, ' ').replace(/<[^>]*>/gu, '\n'), hints: {} };
  }
}

function readPage(html: string): HtmlPage {
  // a fragment ("<p>…</p>") is read as a page's body
  const source = /<html[\s>]/iu.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(source);
  const meta = readMeta(document);
  let article: ReturnType<Readability<string>['parse']> = null;
  // Readability's time grows steeply with nesting (10 s at 500 levels): a page nested deeper than
  // any real one, or too large, is read by the plain walk below instead.
  if (document.body && withinReadableSize(document.body as unknown as DomElement)) {
    try {
      // Readability changes the document it reads; the metadata was read first.
      article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
    } catch {
      article = null;
    }
  }
  const lines: string[] = [];
  if (article?.content)
    collectBlocks(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body as unknown as DomElement, lines, 0);
  // no article found (or nothing in it): the whole body of a fresh copy of the page
  if (lines.length === 0) {
    const body = parseHTML(source).document.body;
    if (body) collectBlocks(body as unknown as DomElement, lines, 0);
  }
  const siteName = meta.siteName ?? article?.siteName ?? null;
  const title = cleanTitle(meta.title ?? article?.title ?? null, siteName);
  const published = isoDay(meta.published ?? article?.publishedTime ?? null);
  const byline = article?.byline?.trim() || meta.author || null;
  return { text: lines.join('\n\n'), hints: { title, outlet: siteName?.trim() || null, published, byline } };
}

const MAX_READABLE_DEPTH = 80;
const MAX_READABLE_ELEMENTS = 30_000;

/** The page's elements nest no deeper than MAX_READABLE_DEPTH and number no more than MAX_READABLE_ELEMENTS (walked without recursion). */
function withinReadableSize(root: DomElement): boolean {
  const stack: [DomElement, number][] = [[root, 0]];
  let count = 0;
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    if (depth > MAX_READABLE_DEPTH || ++count > MAX_READABLE_ELEMENTS) return false;
    const children = element.children;
    for (let i = 0; i < children.length; i++) stack.push([children[i]!, depth + 1]);
  }
  return true;
}

// Deeper than this, an element's text is taken whole (no page nests its paragraphs so deep; a hostile one would overflow the stack).
const MAX_DEPTH = 100;

function collectBlocks(element: DomElement, lines: string[], depth: number): void {
  for (const child of Array.from(element.children)) {
    const tag = child.tagName.toUpperCase();
    if (SKIPPED.has(tag)) continue;
    if (tag === 'BR') continue;
    if (BLOCKS.has(tag) && !hasBlockChild(child)) {
      const text = textOf(child);
      if (text !== '') lines.push(text);
      continue;
    }
    if (child.children.length === 0 || depth >= MAX_DEPTH) {
      const text = textOf(child);
      if (text !== '') lines.push(text);
      continue;
    }
    // a container with text of its own beside its elements ("<div>Jakarta - text <b>bold</b> more</div>") is one block
    if (!hasBlockChild(child) && ownText(child) !== '') {
      lines.push(textOf(child));
      continue;
    }
    collectBlocks(child, lines, depth + 1);
  }
}

function hasBlockChild(element: DomElement): boolean {
  for (const child of Array.from(element.children)) {
    const tag = child.tagName.toUpperCase();
    if (BLOCKS.has(tag) || tag === 'DIV' || tag === 'SECTION' || tag === 'ARTICLE' || tag === 'UL' || tag === 'OL' || tag === 'TABLE' || tag === 'FIGURE')
      return true;
  }
  return false;
}

function ownText(element: DomElement): string {
  let text = '';
  for (const node of Array.from(element.childNodes)) if (node.nodeType === 3) text += node.textContent ?? '';
  return text.trim();
}

function textOf(element: DomElement): string {
  return (element.textContent ?? '').replace(/\s+/gu, ' ').trim();
}

interface Meta {
  title: string | null;
  siteName: string | null;
  published: string | null;
  author: string | null;
}

function readMeta(document: ReturnType<typeof parseHTML>['document']): Meta {
  const content = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const meta: Meta = {
    title: content('meta[property="og:title"]') ?? content('meta[name="twitter:title"]') ?? (document.querySelector('title')?.textContent?.trim() || null),
    siteName: content('meta[property="og:site_name"]') ?? content('meta[name="application-name"]'),
    published:
      content('meta[property="article:published_time"]') ??
      content('meta[name="pubdate"]') ??
      content('meta[name="publishdate"]') ??
      content('meta[itemprop="datePublished"]') ??
      document.querySelector('time[datetime]')?.getAttribute('datetime') ??
      null,
    author: content('meta[name="author"]'),
  };
  // JSON-LD (NewsArticle and kin): datePublished, publisher.name, headline, author.name
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]')) as { textContent: string | null }[]) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const item of flattenLd(data)) {
      meta.published ??= stringField(item, 'datePublished');
      meta.title ??= stringField(item, 'headline');
      const publisher = item.publisher;
      if (publisher && typeof publisher === 'object') meta.siteName ??= stringField(publisher as Record<string, unknown>, 'name');
      const author = item.author;
      const first = Array.isArray(author) ? author[0] : author;
      if (first && typeof first === 'object') meta.author ??= stringField(first as Record<string, unknown>, 'name');
    }
  }
  return meta;
}

function flattenLd(data: unknown): Record<string, unknown>[] {
  if (Array.isArray(data)) return data.flatMap(flattenLd);
  if (!data || typeof data !== 'object') return [];
  const record = data as Record<string, unknown>;
  return [record, ...(Array.isArray(record['@graph']) ? flattenLd(record['@graph']) : [])];
}

function stringField(record: Record<string, unknown>, key: string): string | null {
  const value = record[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** "Judul Berita - Situs Berita" → "Judul Berita" when the part after the separator is the site's name. */
function cleanTitle(title: string | null, siteName: string | null): string | null {
  if (!title) return null;
  const text = title.replace(/\s+/gu, ' ').trim();
  if (siteName) {
    const m = /^(.*\S)\s+[-–—|:·•]\s+([^-–—|:·•]+)$/u.exec(text);
    if (m && m[2]!.trim().toLowerCase() === siteName.trim().toLowerCase()) return m[1]!;
  }
  return text || null;
}

/** The calendar day of a date-time as the page wrote it ("2025-07-02T10:28:00+07:00" → 2025-07-02), never shifted to another zone. */
function isoDay(value: string | null): string | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})/u.exec(value.trim()) : null;
  return m ? isoDate(+m[1]!, +m[2]!, +m[3]!) : null;
}
