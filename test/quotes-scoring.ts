import type { Quote } from '../src/extract/types.js';

/**
 * The "who said what" measures of the project's scorer (../shared/eval/score.mjs), applied to
 * extracted quotes directly, so that fixtures can be judged the way the seeds are.
 */

export interface GoldQuote {
  readonly article: string;
  readonly text: string;
  readonly speaker: readonly string[];
  readonly direct: boolean;
  readonly fragment?: boolean;
  readonly all_speakers?: readonly string[];
}

export interface QuoteScores {
  readonly recall: number;
  readonly precision: number;
  readonly f1: number;
  readonly spanRecall: number;
  readonly indirectRecall: number;
  readonly jointSpeakers: number;
  /** One line per miss, for test failure messages. */
  readonly misses: readonly string[];
}

const norm = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const tokens = (s: string): string[] => norm(s).match(/[\p{L}\p{N}]+/gu) ?? [];
const compact = (s: string): string => tokens(s).join('');
const coverage = (gold: string, got: string): number => {
  const g = tokens(gold);
  const r = new Set(tokens(got));
  return g.length ? g.filter((t) => r.has(t)).length / g.length : 0;
};
const spill = (gold: string, got: string): number => {
  const g = new Set(tokens(gold));
  const r = tokens(got);
  return r.length ? r.filter((t) => !g.has(t)).length / r.length : 1;
};
const nameIn = (names: readonly string[], field: string): boolean => {
  const f = tokens(field);
  return names.some((n) => {
    const t = tokens(n);
    for (let i = 0; i + t.length <= f.length; i++) if (t.every((w, j) => f[i + j] === w)) return true;
    return compact(field).includes(compact(n)) && compact(n).length >= 6;
  });
};
const directMatch = (g: GoldQuote, r: string): boolean => {
  if (g.fragment || tokens(g.text).length < 4) return norm(r).includes(norm(g.text)) && tokens(r).length <= tokens(g.text).length + 3;
  return coverage(g.text, r) >= 0.6 && spill(g.text, r) <= 0.5;
};
const who = (q: Quote): string => [q.speaker, ...q.speakers].filter(Boolean).join(', ');
const ratio = (a: number, b: number): number => (b ? a / b : 1);

export function scoreQuotes(gold: readonly GoldQuote[], quotes: readonly Quote[], articles: ReadonlySet<string>): QuoteScores {
  const misses: string[] = [];
  const direct = gold.filter((g) => g.direct && !g.fragment);
  const indirect = gold.filter((g) => !g.direct);
  const found = (g: GoldQuote, loose: boolean): Quote[] =>
    quotes.filter((r) => r.article === g.article && (loose ? coverage(g.text, r.quote) >= 0.5 : r.direct && directMatch(g, r.quote)));
  let hit = 0;
  let span = 0;
  let indirectHit = 0;
  let joint = 0;
  let jointOf = 0;
  for (const g of direct) {
    const m = found(g, false);
    if (m.length) span++;
    if (m.some((r) => nameIn(g.speaker, who(r)))) hit++;
    else misses.push(`direct "${g.text.slice(0, 50)}": ${m.length ? `speaker ${m.map(who).join(' / ') || 'none'}` : 'not found'}`);
    if (g.all_speakers) {
      jointOf++;
      if (m.some((r) => g.all_speakers!.every((n) => nameIn([n], who(r))))) joint++;
    }
  }
  for (const g of indirect) {
    const m = found(g, true);
    if (m.some((r) => nameIn(g.speaker, who(r)))) indirectHit++;
    else misses.push(`indirect "${g.text.slice(0, 50)}": ${m.length ? `speaker ${m.map(who).join(' / ') || 'none'}` : 'not found'}`);
  }
  const judged = quotes.filter((r) => r.direct && tokens(r.quote).length >= 4 && articles.has(r.article));
  let right = 0;
  for (const r of judged) {
    const g = gold.find((x) => x.direct && x.article === r.article && directMatch(x, r.quote));
    if (g && nameIn(g.speaker, who(r))) right++;
    else misses.push(`spurious or misattributed: [${who(r)}] "${r.quote.slice(0, 60)}"`);
  }
  const precision = ratio(right, judged.length);
  const recall = ratio(hit, direct.length);
  return {
    recall,
    precision,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    spanRecall: ratio(span, direct.length),
    indirectRecall: ratio(indirectHit, indirect.length),
    jointSpeakers: ratio(joint, jointOf),
    misses,
  };
}
