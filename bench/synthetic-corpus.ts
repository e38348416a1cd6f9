import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../src/corpus/types.js';
import calendar from '../src/language/lexicon/calendar.json' with { type: 'json' };
import { splitSentences } from '../src/language/sentences.js';
import { tokenizeWithOffsets } from '../src/language/tokenize.js';
import { Random } from './random.js';
import { syntheticName, syntheticWord } from './synthetic-words.js';

/** How a synthetic corpus is made; the same options always give the same files. */
export interface SyntheticCorpusOptions {
  readonly paragraphs: number;
  readonly seed: number;
  /** Folder to create, laid out like `index-data/` (`articles/*.txt`). */
  readonly dir: string;
}

export interface SyntheticCorpusStats {
  readonly articles: number;
  readonly paragraphs: number;
  readonly bytes: number;
}

// Capitalised words seen at least this often in the seeds stay as they are (Korea, Rusia, Putin…),
// so common words stay common; rarer names are replaced, so names keep growing with the corpus.
const COMMON_NAME_COUNT = 4;
// Share of other words replaced by a made-up word drawn from an unbounded Zipf law: new words keep
// appearing, at a falling rate, as in real text.
const WORD_VARIATION = 0.07;
const NAME_ZIPF = 1.25;
const WORD_ZIPF = 1.35;
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const WEEKDAYS = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'];
const PLACES = ['JAKARTA', 'SEOUL', 'MOSKOW', 'WASHINGTON', 'PYONGYANG', 'TOKYO', 'BEIJING', 'KYIV', 'SURABAYA', 'BANDUNG'];
const monthNames = new Set(Object.keys(calendar.months).filter((m) => m.length > 3));
const weekdayNames = new Set(Object.keys(calendar.weekdays).filter((d) => d.length > 3));

/**
 * Writes a news-like corpus of about `paragraphs` paragraphs: articles of 6 to 20 paragraphs
 * resampled from the seed articles (whole paragraphs, so quotes and their attributions stay
 * together, or two or three sentences recombined), with names, numbers, places, dates and a share of
 * words varied, each article with a title, a byline with its date and a dateline with its outlet.
 */
export function writeSyntheticCorpus(seeds: readonly Article[], options: SyntheticCorpusOptions): SyntheticCorpusStats {
  const templates = seeds.flatMap((a) => a.paragraphs.map((p) => p.text));
  const sentences = templates.flatMap((text) => splitSentences(text).map((s) => text.slice(s.start, s.end)));
  const titles = seeds.map((a) => a.title).filter((t): t is string => t !== null);
  if (templates.length === 0) throw new Error('the seed corpus has no paragraphs');
  const common = commonNames(templates);
  const random = new Random(options.seed);
  const articlesDir = join(options.dir, 'articles');
  mkdirSync(articlesDir, { recursive: true });
  let written = 0;
  let bytes = 0;
  let articles = 0;
  while (written < options.paragraphs) {
    const count = Math.min(random.between(6, 20), options.paragraphs - written);
    const vary = varier(random, common);
    const body: string[] = [];
    for (let i = 0; i < count; i++) {
      body.push(
        random.chance(0.75) ? vary(random.pick(templates)) : Array.from({ length: random.between(2, 3) }, () => vary(random.pick(sentences))).join(' '),
      );
    }
    const date = new Date(Date.UTC(2022, 0, 1) + random.below(3 * 365) * 86_400_000);
    const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
    const outlet = `${syntheticName(random.zipf(1.5) % 60).toUpperCase()}NEWS.COM`;
    const byline = `${syntheticName(random.zipf(1.4))} ${syntheticName(random.zipf(1.4))} ${pad(d)}/${pad(m)}/${y} ${pad(random.below(24))}:${pad(random.below(60))} WIB`;
    const title = vary(titles.length > 0 ? random.pick(titles) : random.pick(sentences));
    const text = [title, byline, `${random.pick(PLACES)}, ${outlet} - ${body[0]}`, ...body.slice(1)].join('\n\n');
    writeFileSync(join(articlesDir, `syn-${String(articles).padStart(7, '0')}.txt`), `${text}\n`);
    bytes += Buffer.byteLength(text) + 1;
    written += count;
    articles++;
  }
  return { articles, paragraphs: written, bytes };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Capitalised words to keep: frequent ones, and ordinary words capitalised at a sentence start
 * (their lower-case form occurs in the seeds too: "Setelah", "Menurut").
 */
function commonNames(texts: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  const lower = new Set<string>();
  for (const text of texts) {
    for (const { token } of tokenizeWithOffsets(text)) {
      if (/^\p{Lu}/u.test(token)) counts.set(token, (counts.get(token) ?? 0) + 1);
      else lower.add(token);
    }
  }
  return new Set([...counts].filter(([name, n]) => n >= COMMON_NAME_COUNT || lower.has(name.toLowerCase())).map(([name]) => name));
}

/** A text transformer for one article: each rare name maps to the same made-up name throughout the article. */
function varier(random: Random, common: ReadonlySet<string>): (text: string) => string {
  const names = new Map<string, string>();
  return (text) => {
    let out = '';
    let at = 0;
    for (const { token, start, end } of tokenizeWithOffsets(text)) {
      out += text.slice(at, start) + replacement(token);
      at = end;
    }
    return out + text.slice(at);
  };

  function replacement(token: string): string {
    const lower = token.toLowerCase();
    if (monthNames.has(lower)) return random.pick(MONTHS);
    if (weekdayNames.has(lower)) return random.pick(WEEKDAYS);
    if (/^\p{N}/u.test(token)) return varyNumber(token);
    if (/^\p{Lu}/u.test(token)) {
      if (common.has(token) || token.length <= 2) return token;
      let name = names.get(token);
      if (name === undefined) {
        name = syntheticName(random.zipf(NAME_ZIPF));
        if (token === token.toUpperCase()) name = name.toUpperCase();
        names.set(token, name);
      }
      return name;
    }
    return token.length > 3 && random.chance(WORD_VARIATION) ? syntheticWord(random.zipf(WORD_ZIPF)) : token;
  }

  function varyNumber(token: string): string {
    if (/^(?:19|20)\d\d$/u.test(token)) return String(random.between(2015, 2024));
    // Same shape ("1.000" stays d.ddd), new digits; no leading zero.
    return token.replace(/\p{N}/gu, (_digit, offset: number) => String(offset === 0 ? random.between(1, 9) : random.below(10)));
  }
}
