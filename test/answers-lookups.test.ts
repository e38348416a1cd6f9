import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticCorpus } from '../bench/synthetic-corpus.js';
import { denials, listParties } from '../src/answers/denials.js';
import { timeline } from '../src/answers/timeline.js';
import { listSpeakers, whoSaid } from '../src/answers/who-said.js';
import { defaultDataDir } from '../src/app/paths.js';
import { loadCorpus } from '../src/corpus/load-corpus.js';
import type { Citation } from '../src/corpus/types.js';
import type { CorpusIndex } from '../src/corpus-index/corpus-index.js';
import { indexArticles } from '../src/corpus-index/index-articles.js';
import { eventSpan, PRECISION_RANK } from '../src/extract/event-span.js';
import { organisationKey } from '../src/extract/quotes/speaker-identity.js';
import { eventWords } from '../src/extract/timeline-groups.js';
import { foldText } from '../src/language/fold.js';
import { matchGlossary } from '../src/language/glossary.js';

/**
 * The research answers read structures laid out once per index (timeline groups, name lookups,
 * speaker texts) instead of reading every record per query. Here each answer is compared with the
 * same answer computed the plain way, over every record, on real and generated corpora.
 */

const temp = mkdtempSync(join(tmpdir(), 'sumber-answers-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const seeds = loadCorpus(defaultDataDir).articles;
writeSyntheticCorpus(seeds, { paragraphs: 1500, seed: 5, dir: join(temp, 'synthetic') });
const corpora: Record<string, CorpusIndex> = {
  seeds: indexArticles([...seeds, ...loadCorpus(fileURLToPath(new URL('./fixtures/holdout/', import.meta.url))).articles]),
  synthetic: indexArticles(loadCorpus(join(temp, 'synthetic')).articles),
};

const WORDS = /[\p{L}\p{N}]+/gu;
const words = (s: string): string[] => foldText(s).match(WORDS) ?? [];
const holdsRun = (field: readonly string[], wanted: readonly string[], prefix: boolean): boolean => {
  for (let i = 0; wanted.length > 0 && i + wanted.length <= field.length; i++) {
    if (wanted.every((w, j) => (prefix && j === wanted.length - 1 ? field[i + j]!.startsWith(w) : field[i + j] === w))) return true;
  }
  return false;
};

type Draft = {
  result: { date: string; end: string | null; precision: string; evidence: string; text: string; citations: Citation[] };
  span: [string, string];
  words: Set<string>;
};
const merged = new Map<CorpusIndex, Draft[]>();

/** Every event merged into the first telling it repeats, most precise first: the timeline's entries the plain way. */
function mergeAll(index: CorpusIndex): Draft[] {
  const ordered = [...index.events].sort((a, b) => PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision]);
  const drafts: Draft[] = [];
  for (const e of ordered) {
    const w = eventWords(e);
    const span = eventSpan(e);
    // candidates in the order their words are met, each word's tellings in the order they were made
    const shared = new Map<number, number>();
    for (const x of w) {
      const holders = drafts.flatMap((d, id) => (d.words.has(x) ? [id] : []));
      if (holders.length <= 200) for (const id of holders) shared.set(id, (shared.get(id) ?? 0) + 1);
    }
    const same = [...shared]
      .map(([id, count]) => ({ d: drafts[id]!, count }))
      .find(
        ({ d, count }) =>
          count >= 4 &&
          count / Math.max(1, Math.min(d.words.size, w.size)) >= 0.6 &&
          !d.result.citations.some((c) => c.article === e.article) &&
          d.span[0] >= span[0] &&
          d.span[1] <= span[1],
      )?.d;
    const citation = index.citation(e.article, e.paragraph);
    if (same) same.result.citations.push(citation);
    else
      drafts.push({
        result: { date: e.date, end: e.endDate, precision: e.precision, evidence: e.evidence, text: e.text, citations: [citation] },
        span,
        words: w,
      });
  }
  return drafts;
}

/** The timeline the plain way: the merged entries filtered by range and topic (any telling's paragraph), then sorted. */
function plainTimeline(index: CorpusIndex, options: { topic?: string; from?: string; to?: string; limit: number }) {
  if (!merged.has(index)) merged.set(index, mergeAll(index));
  const topic = options.topic ? index.matchTopic(options.topic) : null;
  const entries = merged
    .get(index)!
    .filter((d) => (!options.from || d.span[1] >= options.from) && (!options.to || d.span[0] <= options.to))
    .filter((d) => !topic || d.result.citations.some((c) => topic.hasId(index.paragraphId(c.article, c.paragraph)!)))
    .map((d) => d.result)
    .sort(
      (a, b) =>
        (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
        PRECISION_RANK[a.precision as 'day'] - PRECISION_RANK[b.precision as 'day'] ||
        (a.citations[0]!.outlet ?? '').localeCompare(b.citations[0]!.outlet ?? '') ||
        a.citations[0]!.article.localeCompare(b.citations[0]!.article) ||
        a.citations[0]!.paragraph - b.citations[0]!.paragraph,
    );
  return { results: entries.slice(0, options.limit), total: entries.length };
}

/** Denials the plain way: every denial's party compared with every form of the query. */
function plainDenials(index: CorpusIndex, options: { party?: string; topic?: string; limit: number }) {
  let forms: string[][] | null = null;
  if (options.party) {
    const query = words(options.party);
    forms = [query];
    const glossary = matchGlossary(options.party.split(/\s+/u).filter(Boolean));
    if (glossary.length === 1 && glossary[0]!.length === query.length) forms.push(...glossary[0]!.indonesian.map(words));
    for (const s of index.speakers) {
      const names = [s.name, ...s.aliases].map(words);
      if (names.some((n) => holdsRun(n, query, false))) forms.push(...names);
    }
  }
  const topic = options.topic ? index.matchTopic(options.topic) : null;
  const matching = index.denials
    .filter((d) => !forms || (d.party !== null && forms.some((f) => f.length > 0 && holdsRun(words(d.party!), f, false))))
    .filter((d) => !topic || topic.hasId(index.paragraphId(d.article, d.paragraph)!));
  return { statements: matching.slice(0, options.limit).map((d) => d.statement), total: matching.length };
}

/** A speaker's quotes the plain way: every speaker's every name compared with the option. */
function plainQuotesOf(index: CorpusIndex, option: string): number[] {
  const wanted = words(option);
  if (wanted.length === 0) return [];
  const key = organisationKey(option);
  const names = new Set<string>();
  for (const s of index.speakers) {
    const forms = [s.name, ...s.aliases];
    // a speaker by name, a body by any of its names, or someone who speaks for it ("Rusia": Lavrov)
    const speaksFor = (s.affiliations ?? []).some((a) => organisationKey(a) === key);
    if (forms.some((f) => holdsRun(words(f), wanted, true)) || (s.kind !== 'person' && forms.some((f) => organisationKey(f) === key)) || speaksFor)
      names.add(foldText(s.name));
  }
  return [...index.quotes.keys()].filter((i) => {
    const q = index.quotes[i]!;
    return (q.speakers.length > 0 ? q.speakers : [q.speaker]).some(
      (n) => n !== null && (names.has(words(n).join(' ')) || names.has(foldText(n)) || holdsRun(words(n), wanted, true)),
    );
  });
}

describe.each(Object.entries(corpora))('answers over %s', (_, index) => {
  const speakers = [...new Set(index.speakers.slice(0, 12).flatMap((s) => [s.name, s.aliases[0] ?? s.name, s.name.split(' ').at(-1)!.slice(0, 3)]))];
  const parties = [...new Set(index.denials.flatMap((d) => (d.party ? [d.party, d.party.split(' ')[0]!] : [])))].slice(0, 12);

  it('has records to answer from', () => {
    expect(index.events.length).toBeGreaterThan(5);
    expect(index.denials.length).toBeGreaterThan(5);
    expect(speakers.length).toBeGreaterThan(5);
  });

  it('timeline: entries, order and totals as merging every event per query gives', () => {
    const days = [...new Set(index.events.map((e) => eventSpan(e)[0]))].sort();
    const ranges = [
      {},
      { from: days[1] },
      { to: days.at(-2) },
      { from: days[2], to: days.at(-3) },
      { topic: 'senjata' },
      { topic: 'Korea Utara Rusia', from: days[3] },
      { topic: 'kontainer' },
    ];
    for (const range of ranges) {
      const options = { limit: 1000, ...range };
      const answer = timeline(index, options);
      const plain = plainTimeline(index, options);
      expect(answer.total, JSON.stringify(range)).toBe(plain.total);
      expect(answer.results, JSON.stringify(range)).toEqual(plain.results);
    }
  });

  it('denials: parties, topics and totals as comparing every denial gives', () => {
    for (const options of [
      {},
      ...parties.map((party) => ({ party })),
      { party: 'Russia' },
      { party: 'Korea Utara', topic: 'senjata' },
      { topic: 'tuduhan' },
      { party: 'zzz' },
    ]) {
      const answer = denials(index, { limit: 50, ...options });
      const plain = plainDenials(index, { limit: 50, ...options });
      expect({ statements: answer.results.map((r) => r.statement), total: answer.total }, JSON.stringify(options)).toEqual(plain);
    }
  });

  it('who-said: a speaker’s quotes in corpus order, as comparing every quote gives', () => {
    for (const speaker of [...speakers, 'AS', 'United States', 'zzz']) {
      const plain = plainQuotesOf(index, speaker);
      const answer = whoSaid(index, { speaker, limit: 1000 });
      expect(answer.total, speaker).toBe(plain.length);
      expect(
        answer.results.map((r) => r.quote),
        speaker,
      ).toEqual(plain.slice(0, 1000).map((i) => index.quotes[i]!.quote));
    }
  });

  it('who-said: a topic counts every quote of a matching paragraph', () => {
    for (const topic of ['senjata', 'Korea Utara Rusia', 'kontainer amunisi']) {
      const match = index.matchTopic(topic);
      const plain = index.quotes.filter((q) => match.hasId(index.paragraphId(q.article, q.paragraph)!)).length;
      expect(whoSaid(index, { topic, limit: 10 }).total, topic).toBe(plain);
      for (const speaker of speakers.slice(0, 6)) {
        const mine = new Set(
          plainQuotesOf(index, speaker).filter((i) => match.hasId(index.paragraphId(index.quotes[i]!.article, index.quotes[i]!.paragraph)!)),
        );
        const answer = whoSaid(index, { topic, speaker, limit: 20 });
        expect(answer.total, `${topic} / ${speaker}`).toBe(mine.size);
        expect(
          answer.results.every((r) => [...mine].some((i) => index.quotes[i]!.quote === r.quote && index.quotes[i]!.article === r.citation.article)),
          `${topic} / ${speaker}`,
        ).toBe(true);
      }
    }
  });

  it('autocomplete: speakers and parties as reading every name gives', () => {
    for (const prefix of ['', 'k', 'Ki', 'kir', 'lav', 'a', 'rusia', 'Gedung P', 'zz', ...speakers.slice(0, 6).map((s) => s.slice(0, 2))]) {
      const wanted = foldText(prefix);
      const found = new Map<string, number>();
      for (const s of index.speakersByPrefix(prefix, 25)) found.set(s.name, s.quotes);
      if (wanted !== '' && found.size < 25) {
        for (const s of index.speakers) if (!found.has(s.name) && [s.name, ...s.aliases].some((n) => foldText(n).includes(wanted))) found.set(s.name, s.quotes);
      }
      const plainSpeakers = [...found]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, 25)
        .map(([name, quotes]) => ({ name, quotes }));
      expect(listSpeakers(index, prefix, 25), prefix).toEqual(plainSpeakers);

      const counts = new Map<string, number>();
      for (const d of index.denials) {
        if (d.party === null) continue;
        if (wanted && !foldText(d.party).startsWith(wanted) && !words(d.party).some((w) => w.startsWith(wanted))) continue;
        counts.set(d.party, (counts.get(d.party) ?? 0) + 1);
      }
      const plainParties = [...counts]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([p]) => p)
        .slice(0, 25);
      expect(listParties(index, prefix), prefix).toEqual(plainParties);
    }
  });
});
