import { functionWords } from './lexicons.js';

/** One line of the page as cleaning sees it: its text, whether a blank line came before it, and whether it may be article text. */
export interface PageLine {
  readonly text: string;
  readonly blankBefore: boolean;
  /** False for page chrome and metadata lines, which are never joined with text. */
  readonly content: boolean;
}

const SENTENCE_END = /[.!?…:;"'\u201D\u2019)\]]$/u;
const LOWER_START = /^\p{Ll}/u;
// a lower-case start that is not a word of text: a domain ("jabar.jpnn.com, …") or a brand ("tvOnenews.com - …")
const DOMAIN_START = /^\S*\.\p{L}{2,}\b|^\p{Ll}+\p{Lu}/u;
const ENDING_WORD = /([\p{L}]+)[,]?$/u;
const FUNCTION_WORDS = new Set([...functionWords.id, ...functionWords.en]);

/**
 * Re-joins lines that belong to one paragraph: a scraper's hard wrap at a fixed width, a line
 * broken mid-sentence (the next starts in lower case), and a sentence split around a link
 * ("… remarks and the" / "project to revise Indonesian history" / "to produce …"). Returns, for
 * each output block, the indexes of the lines it joins. Chrome lines are never joined.
 */
export function joinWrappedLines(lines: readonly PageLine[]): number[][] {
  const width = wrapWidth(lines);
  const groups: number[][] = [];
  let open: { group: number[]; text: string } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.content) {
      groups.push([i]);
      open = null;
      continue;
    }
    if (open && continues(open.text, () => open!.group.reduce((n, j) => n + countWords(lines[j]!.text), 0), line, width)) {
      open.group.push(i);
      open.text = line.text;
      continue;
    }
    const group = [i];
    groups.push(group);
    open = { group, text: line.text };
  }
  return groups;
}

/** Whether `next` continues the paragraph whose last line is `previous` (of `previousWords()` words in all, counted only when needed). */
function continues(previous: string, previousWords: () => number, next: PageLine, width: number | null): boolean {
  if (SENTENCE_END.test(previous) && !(width !== null && !next.blankBefore && previous.length >= 0.8 * width && LOWER_START.test(next.text))) {
    return false;
  }
  const lowerNext = LOWER_START.test(next.text) && !DOMAIN_START.test(next.text);
  if (!next.blankBefore) {
    // a fixed-width wrap: the previous line runs to the width
    if (width !== null && previous.length >= 0.75 * width) return true;
    return lowerNext && previousWords() >= 4;
  }
  // across a blank line, only a sentence plainly left open: "… and the" / "project to …"
  if (!lowerNext) return false;
  const last = ENDING_WORD.exec(previous)?.[1]?.toLowerCase();
  return previous.endsWith(',') || (last !== undefined && FUNCTION_WORDS.has(last)) || previousWords() >= 8;
}

/**
 * The width a page was hard-wrapped at, or null when its lines are paragraphs: most lines of some
 * length run close to one width and many of those stop mid-sentence.
 */
function wrapWidth(lines: readonly PageLine[]): number | null {
  // most pages: few lines, or lines that end sentences (paragraphs), and nothing to measure
  let open = 0;
  for (const line of lines) if (line.content && line.text.length >= 20 && !SENTENCE_END.test(line.text)) open++;
  if (open < 3) return null;
  const lengths: number[] = [];
  for (const line of lines) if (line.content && line.text.length >= 20) lengths.push(line.text.length);
  if (lengths.length < 6) return null;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.floor(0.9 * (sorted.length - 1))]!;
  if (width < 40 || width > 160) return null;
  let full = 0;
  let fullOpen = 0;
  for (const line of lines) {
    if (!line.content || line.text.length < 0.8 * width || line.text.length > width + 2) continue;
    full++;
    if (!SENTENCE_END.test(line.text)) fullOpen++;
  }
  return full >= 0.5 * lengths.length && fullOpen >= 0.5 * full ? width : null;
}

function countWords(text: string): number {
  let n = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) n++;
  return n;
}
