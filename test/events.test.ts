import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../src/answers/errors.js';
import { timeline } from '../src/answers/timeline.js';
import type { Article } from '../src/corpus/types.js';
import { indexArticles } from '../src/corpus-index/index-articles.js';
import { extractEvents } from '../src/extract/events.js';
import type { Language } from '../src/language/types.js';
import dateTable from './fixtures/dates.json' with { type: 'json' };
import unseen from './fixtures/unseen-articles.json' with { type: 'json' };

function article(id: string, published: string | null, language: Language, paragraphs: string[]): Article {
  return {
    article: id,
    title: null,
    outlet: 'Contoh',
    url: null,
    published,
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

const indonesian = article('id-1', '2024-03-08', 'id', [
  'Jepang memprotes peluncuran rudal balistik Korea Utara pada Rabu (6/3), kata kementerian pertahanan.',
  'Peluncuran itu terjadi dua pekan setelah latihan gabungan. Pyongyang telah menguji lebih dari 30 rudal sejak tahun lalu.',
  'Delegasi kedua negara akan bertemu lagi pekan depan di Tokyo.',
  'Seorang analis mengatakan situasinya memburuk. Ia tidak menyebut waktu.',
  'Pada awal Februari, satelit memotret kapal kargo di pelabuhan Rajin, dan pada 2019 pelabuhan itu diperluas.',
]);

const english = article('en-1', '2023-11-22', 'en', [
  'North Korea said on Tuesday it had launched a spy satellite, its third attempt this year.',
  'The first attempt failed in May, and a second one in August.',
  'Washington has not commented for three years on such claims.',
]);

describe('extractEvents', () => {
  const events = extractEvents([indonesian, english]);
  const byText = (fragment: string) => events.filter((e) => e.text.includes(fragment));

  it('dates every clause that carries a date: a second date in a sentence is its own event', () => {
    expect(byText('Jepang memprotes').map((e) => [e.date, e.precision])).toEqual([['2024-03-06', 'day']]);
    expect(byText('awal Februari').map((e) => [e.date, e.precision, e.evidence])).toEqual([['2024-02', 'month', 'awal Februari']]);
    expect(byText('diperluas').map((e) => [e.date, e.evidence])).toEqual([['2019', '2019']]);
    expect(byText('spy satellite').map((e) => e.date)).toEqual(['2023-11-21']);
    expect(byText('first attempt failed').map((e) => e.date)).toEqual(['2023-05']);
    expect(byText('second one').map((e) => e.date)).toEqual(['2023-08']);
  });

  it('counts an anchored phrase from the date the article gave before', () => {
    // the launch (Wednesday 6 March) came two weeks after the exercise: the exercise's week
    expect(byText('dua pekan setelah').map((e) => [e.date, e.precision])).toEqual([['2024-02-19', 'week']]);
  });

  it('leaves undated sentences, durations and plans relative to publication out', () => {
    expect(byText('sejak tahun lalu')).toEqual([]);
    expect(byText('pekan depan')).toEqual([]);
    expect(byText('analis')).toEqual([]);
    expect(byText('three years')).toEqual([]);
  });

  it('keeps every event text a verbatim sentence of its paragraph', () => {
    const all = [indonesian, english];
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      const paragraph = all.find((a) => a.article === e.article)?.paragraphs[e.paragraph - 1];
      expect(paragraph?.text.slice(e.start, e.end)).toBe(e.text);
      expect(e.text).toContain(e.evidence);
    }
  });

  it('resolves nothing relative without a publication date', () => {
    const undated = article('x', null, 'id', ['Rapat digelar kemarin. Kesepakatan diteken pada 13 Oktober 2023.']);
    expect(extractEvents([undated]).map((e) => e.date)).toEqual(['2023-10-13']);
  });
});

describe('extractEvents: fixture articles (test/fixtures/dates.json)', () => {
  interface Row {
    readonly published: string | null;
    readonly language: string;
    readonly paragraphs: readonly string[];
    readonly expected: readonly { text: string; date: string }[];
    readonly not_events: readonly string[];
    readonly note: string;
  }
  const rows = dateTable.articles as readonly Row[];

  it.each(rows.map((r, i) => [r.note, r, i] as const))('%s', (_, row, i) => {
    const a = article(`fx-${i}`, row.published, row.language as Language, [...row.paragraphs]);
    const events = extractEvents([a]);
    for (const g of row.expected) {
      const found = events.filter((e) => e.text.includes(g.text));
      expect(
        found.map((e) => e.date),
        g.text,
      ).toEqual([g.date]);
    }
    for (const date of row.not_events) expect(events.filter((e) => e.date.startsWith(date)).map((e) => e.text)).toEqual([]);
    for (const e of events) {
      expect(a.paragraphs[e.paragraph - 1]!.text.slice(e.start, e.end)).toBe(e.text);
      expect(e.text).toContain(e.evidence);
    }
  });
});

describe('extractEvents: unseen-style articles', () => {
  const articles = unseen.articles.map((a) => article(a.id, a.published, a.language as Language, a.paragraphs));
  const events = extractEvents(articles);
  const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const covers = (gold: string, got: string) => words(gold).filter((w) => words(got).includes(w)).length / words(gold).length >= 0.5;

  it('dates at least 90% of the marked events as a reader would', () => {
    const gold = unseen.articles.flatMap((a) => a.events.map((g) => ({ ...g, article: a.id })));
    const dated = gold.filter((g) => events.some((e) => e.article === g.article && covers(g.text, e.text) && e.date.startsWith(g.date)));
    expect(dated.length / gold.length).toBeGreaterThanOrEqual(0.9);
  });

  it('produces no event on a date marked as not an event', () => {
    for (const a of unseen.articles) {
      for (const date of a.not_events) expect(events.filter((e) => e.article === a.id && e.date.startsWith(date))).toEqual([]);
    }
  });
});

describe('timeline answer', () => {
  const a = article('a', '2023-10-27', 'id', [
    'Gedung Putih mengatakan pada awal bulan ini bahwa Korea Utara telah mengirimkan lebih dari 1.000 kontainer amunisi ke Rusia.',
    'Pernyataan bersama dikeluarkan pada Kamis (26/10).',
    'Tahun lalu, Korea Utara melakukan lebih dari 100 uji coba rudal.',
  ]);
  const b = {
    ...article('b', '2023-10-14', 'id', [
      'Korea Utara telah mengirimkan lebih dari 1.000 kontainer amunisi ke Rusia, kata Gedung Putih pada Jumat (13 Oktober).',
    ]),
    outlet: 'Lain',
  };
  const index = indexArticles([a, b], { events: extractEvents([a, b]) });

  it('puts events in date order and merges one event told by two outlets', () => {
    const answer = timeline(index, { limit: 100 });
    expect(answer.results.map((r) => r.date)).toEqual(['2022', '2023-10-13', '2023-10-26']);
    expect(answer.results[1]?.citations.map((c) => c.article).sort()).toEqual(['a', 'b']);
  });

  it('keeps events overlapping the range and rejects bad ranges with a clear message', () => {
    expect(timeline(index, { from: '2023-10-20', to: '2023-10-31', limit: 10 }).results.map((r) => r.date)).toEqual(['2023-10-26']);
    expect(timeline(index, { from: '2022-12-31', to: '2022-12-31', limit: 10 }).results.map((r) => r.date)).toEqual(['2022']);
    expect(() => timeline(index, { from: '2023-11-01', to: '2023-10-01', limit: 10 })).toThrow(UserFacingError);
    expect(() => timeline(index, { from: '2023-02-30', limit: 10 })).toThrow(/YYYY-MM-DD/);
  });

  it("does not merge two outlets' tellings that share only their date and a word or two", () => {
    const c = article('c', '2021-03-01', 'id', ['Pada 2020 tinggal 28 rute.']);
    const d = { ...article('d', '2021-03-02', 'id', ['Pada 2020 maskapai itu membuka 28 rute baru.']), outlet: 'Lain' };
    const events = extractEvents([c, d]);
    const twenty = events.filter((e) => e.date === '2020');
    expect(twenty.map((e) => e.article).sort()).toEqual(['c', 'd']);
    expect(new Set(twenty.map((e) => e.group)).size).toBe(2);
  });

  it('filters by topic through the paragraph scores', () => {
    expect(timeline(index, { topic: 'uji', limit: 10 }).results.map((r) => r.date)).toEqual(['2022']);
  });
});
