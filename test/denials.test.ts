import { describe, expect, it } from 'vitest';
import { denials, listParties } from '../src/answers/denials.js';
import type { Article } from '../src/corpus/types.js';
import { indexArticles } from '../src/corpus-index/index-articles.js';
import { extractDenials } from '../src/extract/denials/index.js';
import type { Quote } from '../src/extract/types.js';
import type { Language } from '../src/language/types.js';
import table from './fixtures/denials.json' with { type: 'json' };
import unseen from './fixtures/unseen-articles.json' with { type: 'json' };

interface Case {
  readonly context: readonly string[];
  readonly sentence: string;
  readonly language: Language;
  readonly expected: { readonly kind: string; readonly party: string | null } | null;
  readonly note?: string;
}

function article(id: string, language: Language, paragraphs: readonly string[]): Article {
  return {
    article: id,
    title: null,
    outlet: 'Contoh',
    url: null,
    published: '2024-01-15',
    approximate: false,
    language,
    byline: null,
    wire: [],
    captions: [],
    dateline: null,
    note: null,
    paragraphs: paragraphs.map((text, i) => ({ article: id, number: i + 1, text })),
  };
}

const cases = table.cases as readonly Case[];

describe('extractDenials: fixture table', () => {
  it('has at least 70 sentences', () => expect(cases.length).toBeGreaterThanOrEqual(70));

  it.each(cases.map((c) => [c.sentence, c] as const))('%s', (_, c) => {
    const a = article('a', c.language, [...c.context, c.sentence]);
    const found = extractDenials([a], []).filter((d) => d.paragraph === c.context.length + 1);
    expect(found.map((d) => ({ kind: d.kind, party: d.party }))).toEqual(c.expected ? [c.expected] : []);
  });
});

describe('extractDenials: records', () => {
  const accusing = article('x', 'id', ['Gedung Putih mengatakan Korea Utara telah mengirimkan ribuan peluru artileri ke Rusia.']);
  const denying = article('y', 'id', [
    'Kementerian Luar Negeri Rusia membantah tuduhan bahwa Korea Utara mengirimkan peluru artileri ke Rusia.',
    'Washington menuduh Iran memasok drone ke Rusia, klaim yang dibantah Teheran.',
  ]);
  const denials = extractDenials([accusing, denying], []);

  it('keeps every statement a verbatim slice of its paragraph', () => {
    expect(denials.length).toBe(2);
    for (const d of denials) {
      const p = [accusing, denying].find((a) => a.article === d.article)!.paragraphs[d.paragraph - 1]!;
      expect(p.text.slice(d.start, d.end)).toBe(d.statement);
      if (d.denies !== null) expect(d.statement).toContain(d.denies);
    }
  });

  it('says what is denied and links the accusation it answers', () => {
    const [first, second] = denials;
    expect(first?.denies).toBe('tuduhan bahwa Korea Utara mengirimkan peluru artileri ke Rusia');
    expect(first?.answers).toMatchObject({ article: 'x', paragraph: 1 });
    expect(second?.denies).toBe('Washington menuduh Iran memasok drone ke Rusia');
    const answered = second?.answers && denying.paragraphs[second.answers.paragraph - 1]!.text.slice(second.answers.start, second.answers.end);
    expect(answered).toBe('Washington menuduh Iran memasok drone ke Rusia');
  });

  it('takes the speaker of a quote from the quote extractor when it has one', () => {
    const text = '“Kami tidak pernah menjual senjata kepada siapa pun,” katanya.';
    const a = article('q', 'id', [text]);
    const quote: Quote = {
      article: 'q',
      paragraph: 1,
      start: 1,
      end: text.indexOf('”'),
      quote: text.slice(1, text.indexOf('”')),
      direct: true,
      fragment: false,
      speaker: 'Kementerian Luar Negeri Korea Utara',
      role: null,
      speakers: ['Kementerian Luar Negeri Korea Utara'],
      via: null,
    };
    expect(extractDenials([a], []).map((d) => d.party)).toEqual([]);
    expect(extractDenials([a], [quote]).map((d) => [d.kind, d.party])).toEqual([['denial', 'Kementerian Luar Negeri Korea Utara']]);
  });
});

// Matching as in the evaluation scorer: half of the gold words in the statement, the party's words in order among the returned party's.
const words = (s: string | null): string[] =>
  (s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? [];
const covers = (gold: string, got: string): boolean => {
  const have = new Set(words(got));
  return words(gold).filter((w) => have.has(w)).length / words(gold).length >= 0.5;
};
const named = (names: readonly string[], party: string | null): boolean =>
  names.some((n) => {
    const [f, t] = [words(party), words(n)];
    for (let i = 0; i + t.length <= f.length; i++) if (t.every((w, j) => f[i + j] === w)) return true;
    return false;
  });

describe('extractDenials: unseen-style articles', () => {
  const articles = unseen.articles.map((a) => article(a.id, a.language as Language, a.paragraphs));
  const denials = extractDenials(articles, []);
  const gold = unseen.articles.flatMap((a) => a.denials.map((g) => ({ ...g, article: a.id })));
  const matches = (g: (typeof gold)[number], d: (typeof denials)[number]) => d.article === g.article && covers(g.text, d.statement) && named(g.party, d.party);

  it('finds at least 90% of the denials with their party and kind', () => {
    const found = gold.filter((g) => denials.some((d) => matches(g, d) && d.kind === g.kind));
    expect(found.length / gold.length).toBeGreaterThanOrEqual(0.9);
  });

  it('returns at least 90% right denials', () => {
    const right = denials.filter((d) => gold.some((g) => matches(g, d)));
    expect(right.length / denials.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('denials answer', () => {
  const accusing = article('x', 'id', ['Gedung Putih mengatakan Korea Utara telah mengirimkan ribuan peluru artileri ke Rusia.']);
  const denying = article('y', 'id', [
    'Rusia telah membantah tuduhan bahwa Korea Utara mengirimkan peluru artileri ke Rusia.',
    'Menteri Luar Negeri Rusia Sergey Lavrov mencemooh klaim AS soal peluru artileri itu.',
    'Korea Utara menolak berkomentar.',
  ]);
  const articles = [accusing, denying];
  const index = indexArticles(articles, {
    denials: extractDenials(articles, []),
    speakers: [{ name: 'Sergey Lavrov', aliases: ['Sergei Lavrov', 'Lavrov'], roles: [], kind: 'person', quotes: 1 }],
  });

  it('matches the party case- and accent-insensitively, through the glossary and speaker aliases', () => {
    expect(denials(index, { party: 'rusia', limit: 10 }).results.map((r) => r.party)).toEqual(['Rusia']);
    expect(denials(index, { party: 'Russia', limit: 10 }).results.map((r) => r.party)).toEqual(['Rusia']);
    expect(denials(index, { party: 'Sergei Lavrov', limit: 10 }).results.map((r) => r.party)).toEqual(['Sergey Lavrov']);
    expect(denials(index, { party: 'LAVRÖV', limit: 10 }).results.map((r) => r.party)).toEqual(['Sergey Lavrov']);
    expect(denials(index, { party: 'Iran', limit: 10 }).total).toBe(0);
  });

  it('cites the statement and the accusation it answers', () => {
    const [first] = denials(index, { party: 'Rusia', limit: 10 }).results;
    expect(first).toMatchObject({ kind: 'denial', citation: { article: 'y', paragraph: 1 }, answers: { article: 'x', paragraph: 1 } });
  });

  it('filters by topic and applies the limit', () => {
    expect(denials(index, { topic: 'berkomentar', limit: 10 }).results.map((r) => r.kind)).toEqual(['no-comment']);
    const limited = denials(index, { limit: 1 });
    expect([limited.results.length, limited.total]).toEqual([1, 3]);
  });

  it('lists parties for autocomplete by any word prefix', () => {
    expect(listParties(index, 'lav')).toEqual(['Sergey Lavrov']);
    expect(listParties(index, '').sort()).toEqual(['Korea Utara', 'Rusia', 'Sergey Lavrov']);
  });
});
