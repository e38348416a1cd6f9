import { splitSentences } from '../language/sentences.js';

const ANY_MARK = /["\u201C\u201D\u201E\u00AB\u00BB]/u;

/**
 * The spans [open, close] of the quotations of a paragraph. “ ” are paired as they nest where the
 * paragraph has both; where it uses one shape only (”Kami …,” kata X, as some outlets write) or
 * straight marks, marks alternate, opening then closing. « » and „ “ are paired like “ ”.
 */
export function quotationSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  const hasOpen = text.includes('\u201C');
  const hasClose = text.includes('\u201D');
  const curlyPaired = hasOpen && hasClose;
  const stack: number[] = [];
  let straight = -1;
  let lone = -1;
  let guillemet = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      if (straight < 0) straight = i;
      else spans.push([straight, i]), (straight = -1);
    } else if (c === '\u00AB') guillemet = i;
    else if (c === '\u00BB' && guillemet >= 0) spans.push([guillemet, i]), (guillemet = -1);
    else if (c === '\u201E') stack.push(i);
    else if (curlyPaired && c === '\u201C') stack.push(i);
    else if (curlyPaired && c === '\u201D') {
      const open = stack.pop();
      if (open !== undefined) spans.push([open, i]);
    } else if (!curlyPaired && (c === '\u201C' || c === '\u201D')) {
      if (stack.length > 0 && text[stack[stack.length - 1]!] === '\u201E') spans.push([stack.pop()!, i]);
      else if (lone < 0) lone = i;
      else spans.push([lone, i]), (lone = -1);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** At most this many sentences are added around a snippet: a quotation never ends, the snippet still does. */
const MAX_SENTENCES = 8;

/**
 * A snippet (a sentence of `paragraph`, verbatim) widened to whole sentences that hold every
 * quotation it cuts: a sentence split inside a quote ("Kami akan datang. Kami tidak takut,” kata
 * X.") becomes the quote's sentences with their attribution, so no mark is left unbalanced and the
 * speaker is not dropped. The result is still verbatim paragraph text; a snippet that cuts no
 * quotation, or is not found in the paragraph, comes back unchanged.
 */
export function wholeQuotation(snippet: string, paragraph: string, near = 0): string {
  if (!ANY_MARK.test(snippet)) return snippet;
  let start = paragraph.indexOf(snippet, Math.max(0, near - 1));
  if (start < 0) start = paragraph.indexOf(snippet);
  if (start < 0) return snippet;
  const end = start + snippet.length;
  const spans = quotationSpans(paragraph);
  const cuts = (s: number, e: number) => spans.some(([o, c]) => (o >= s && o < e && c >= e) || (c >= s && c < e && o < s));
  if (!cuts(start, end)) return snippet;
  const sentences = splitSentences(paragraph);
  let first = sentences.findIndex((x) => x.end > start);
  let last = sentences.findIndex((x) => x.end >= end);
  if (first < 0 || last < 0) return snippet;
  for (let added = 0; added < MAX_SENTENCES; added++) {
    const s = Math.min(start, sentences[first]!.start);
    const e = Math.max(end, sentences[last]!.end);
    const cut = spans.find(([o, c]) => (o >= s && o < e && c >= e) || (c >= s && c < e && o < s));
    if (!cut) return paragraph.slice(s, e).trim();
    if (cut[1] >= e && last < sentences.length - 1) last++;
    else if (cut[0] < s && first > 0) first--;
    else return paragraph.slice(Math.min(s, cut[0]), Math.max(e, cut[1] + 1)).trim();
  }
  return paragraph.slice(Math.min(start, sentences[first]!.start), Math.max(end, sentences[last]!.end)).trim();
}

/** `wholeQuotation` for a snippet of a corpus paragraph; the paragraph is read only when the snippet holds a quotation mark. */
export function widenSnippet(paragraphOf: () => string | undefined, snippet: string, near = 0): string {
  if (!ANY_MARK.test(snippet)) return snippet;
  const paragraph = paragraphOf();
  return paragraph === undefined ? snippet : wholeQuotation(snippet, paragraph, near);
}
