import { BETWEEN_BEFORE, calendarMatchers, type Matcher } from './calendar-patterns.js';
import type { DateExpression } from './date-expression.js';
import { pattern } from './date-lexicon.js';
import { type MatchStarts, StartFinder, type Starts } from './match-starts.js';
import { relativeMatchers } from './relative-patterns.js';

const matchers: readonly Matcher[] = [...calendarMatchers, ...relativeMatchers];
/** Each pattern made sticky, to be tried at one position at a time. */
const sticky: readonly RegExp[] = matchers.map((m) => new RegExp(m.regex.source, `${m.regex.flags.replace('g', '')}y`));
/** Where each date pattern can begin, in pattern order: bit k of a start's mask is pattern k. */
export const DATE_PATTERN_STARTS: readonly MatchStarts[] = matchers.map((m) => m.starts);
const starts = new StartFinder(DATE_PATTERN_STARTS);
/** The bits of the date patterns in a start's mask (a mask may carry other finders' bits above them). */
const ALL_PATTERNS = matchers.length >= 31 ? -1 >>> 0 : (1 << matchers.length) - 1;

/** A modifier right before a date ("awal ", "akhir ", "mid-", "the end of "). */
const MODIFIER_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])((?:${pattern.modifier})(?:\\s+|\\s*-\\s*))$`, 'iu');
const RANGE_GAP = new RegExp(`^\\s*(?:${pattern.rangeAlways})\\s*$`, 'iu');
const RANGE_GAP_AFTER_BETWEEN = new RegExp(`^\\s+(?:${pattern.rangeAfterBetween})\\s+$`, 'iu');

/**
 * Finds the temporal expressions of a sentence, unresolved, in text order and without overlaps.
 * Where expressions overlap the longest wins ("13 Oktober 2023" over "Oktober 2023", "Kamis
 * (26/10)" over "Kamis"); modifiers join the expression they narrow, and two calendar dates
 * joined by a range connector become one range. Each pattern is tried only where its match can
 * begin (a word of its vocabulary, a digit, a bracket), which finds what a scan of the whole
 * sentence finds: a match at every position where one begins.
 */
export function findDateExpressions(text: string, found?: Starts): DateExpression[] {
  return mergeRanges(
    text,
    selectLongest(matchExpressions(text, found)).map((e) => withModifier(text, e)),
  ).filter((e) => !durationStart(text, e));
}

/** "sejak ", "since " right before a position. */
const SINCE_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${pattern.since})\\s+$`, 'iu');

/**
 * "sejak 2017", "since last year": a year that starts a duration dates no event. A month or a day
 * after "sejak" still dates one ("berawal … sejak Maret 2025").
 */
function durationStart(text: string, e: DateExpression): boolean {
  const yearOnly = (e.kind === 'calendar' && e.parts.month === null) || (e.kind === 'relative' && e.unit === 'year');
  return yearOnly && SINCE_BEFORE.test(text.slice(Math.max(0, e.start - 12), e.start));
}

/**
 * Every expression some pattern finds in a text, overlapping ones included, pattern by pattern and
 * in text order within each: a match at each position where one begins, each pattern tried only
 * where its match can begin. `known` gives those places when already found (bits as in
 * DATE_PATTERN_STARTS; other bits are ignored).
 */
export function matchExpressions(text: string, known?: Starts): DateExpression[] {
  const found: DateExpression[] = [];
  const { at, masks } = known ?? starts.find(text);
  if (at.length === 0) return found;
  // (start by start, each start's patterns by their bits: one pass over the starts instead of one
  // per pattern; what is found is then given pattern by pattern, as before)
  let byPattern: DateExpression[][] | null = null;
  for (let j = 0; j < at.length; j++) {
    let mask = masks[j]! & ALL_PATTERNS;
    while (mask !== 0) {
      const low = mask & -mask;
      mask ^= low;
      const k = 31 - Math.clz32(low);
      const regex = sticky[k]!;
      regex.lastIndex = at[j]!;
      const m = regex.exec(text);
      if (m === null) continue;
      const expression = matchers[k]!.build(m, text);
      if (expression && expression.end > expression.start) (byPattern ??= matchers.map(() => []))[k]!.push(expression);
    }
  }
  if (byPattern !== null) for (const list of byPattern) for (const e of list) found.push(e);
  return found;
}

function selectLongest(found: readonly DateExpression[]): DateExpression[] {
  const byLength = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: DateExpression[] = [];
  for (const e of byLength) if (kept.every((k) => e.end <= k.start || e.start >= k.end)) kept.push(e);
  return kept.sort((a, b) => a.start - b.start);
}

function withModifier(text: string, e: DateExpression): DateExpression {
  const m = MODIFIER_BEFORE.exec(text.slice(Math.max(0, e.start - 24), e.start));
  return m ? { ...e, start: e.start - m[1]!.length } : e;
}

function mergeRanges(text: string, list: readonly DateExpression[]): DateExpression[] {
  const out: DateExpression[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    const b = list[i + 1];
    if (a.kind === 'calendar' && b?.kind === 'calendar' && a.to === null && b.to === null) {
      const gap = text.slice(a.end, b.start);
      const between = BETWEEN_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start));
      if (RANGE_GAP.test(gap) || (between && RANGE_GAP_AFTER_BETWEEN.test(gap))) {
        out.push({ ...a, end: b.end, to: b.parts });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
