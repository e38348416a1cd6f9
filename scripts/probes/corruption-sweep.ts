/**
 * `[SUMBER_ENGINE=minisearch|compact] npm run probe:corruption -- [--paragraphs N] [--positions P] [--seed S] [--keep DIR]`
 *
 * Single-byte corruptions of a saved index: builds a seeded synthetic corpus (N paragraphs,
 * default 2,000) and its index, then for every file of the index and P positions in it (the first
 * byte, the last, and P-2 seeded ones; default 5), changes that one byte, opens the corpus as a
 * start-up would (answering from memory, so the damaged copy stays for the next case), and compares
 * everything the index can show with the undamaged index: every paragraph's text and place, every
 * article, quote, event, denial and speaker, and every command's answer to the benchmark's queries.
 * Each case is one of:
 *   detected   the damage was found and the index rebuilt (answers identical)
 *   harmless   loaded, and nothing it shows differs (a byte of the manifest's build time…)
 *   wrong      loaded, and something it shows differs: a silently wrong answer
 *   error      opening it or some command threw
 *   slow       right, but answering took over 5 times as long as undamaged (or, loaded, opening did)
 * Prints one JSON object (counts, and every case that is not detected or harmless). Kept outside
 * `npm test`: it takes minutes.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMMAND_QUERIES, SEARCH_QUERIES } from '../../bench/query-set.js';
import { Random } from '../../bench/random.js';
import { writeSyntheticCorpus } from '../../bench/synthetic-corpus.js';
import type { CommandName } from '../../commands/index.js';
import { executeCommand } from '../../src/app/execute-command.js';
import { defaultDataDir } from '../../src/app/paths.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import type { CorpusIndex } from '../../src/corpus-index/corpus-index.js';
import { openCorpusIndex } from '../../src/corpus-index/open-index.js';
import { engineChoiceFrom } from '../../src/search/engine-choice.js';

/** The engine of the index damaged: `SUMBER_ENGINE` (auto: MiniSearch at the default size). */
const engine = engineChoiceFrom(process.env);

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const paragraphs = option('paragraphs', 2_000);
const positions = option('positions', 5);
const seed = option('seed', 1);
const keepAt = args.indexOf('--keep');
const work = keepAt >= 0 ? args[keepAt + 1]! : mkdtempSync(join(tmpdir(), 'sumber-corruption-'));
const say = (line: string) => process.stderr.write(`corruption: ${line}\n`);

/** Everything an index shows, as one string per part (so a difference names its part). */
function everything(index: CorpusIndex): Map<string, string> {
  const parts = new Map<string, string>();
  const texts: string[] = [];
  for (let id = 0; id < index.paragraphCount; id++) {
    const p = index.paragraphAt(id);
    texts.push(`${p.article}#${p.number}:${p.text}`);
  }
  parts.set('paragraphs', texts.join('\n'));
  for (const kind of ['articles', 'quotes', 'events', 'denials', 'speakers', 'problems'] as const) parts.set(kind, JSON.stringify(index[kind]));
  const asked: [CommandName, Record<string, string | number>][] = [
    ...SEARCH_QUERIES.map((query): [CommandName, Record<string, string>] => ['search', { query }]),
    ...Object.entries(COMMAND_QUERIES).flatMap(([name, list]) => list.map((options): [CommandName, Record<string, string>] => [name as CommandName, options])),
    ['who-said', { limit: 1000 }],
    ['timeline', { limit: 1000 }],
    ['denials', { limit: 1000 }],
    ['sources', { limit: 1000 }],
  ];
  for (const [name, options] of asked) {
    let answer: string;
    try {
      answer = JSON.stringify(executeCommand(name, options, { index, locale: 'en' }));
    } catch (error) {
      answer = `THREW ${String(error)}`;
    }
    parts.set(`${name} ${JSON.stringify(options)}`, answer);
  }
  return parts;
}

try {
  const dataDir = join(work, 'corpus');
  rmSync(dataDir, { recursive: true, force: true });
  const made = writeSyntheticCorpus(loadCorpus(defaultDataDir).articles, { paragraphs, seed, dir: dataDir });
  const first = openCorpusIndex(dataDir, { write: true, engine });
  say(`corpus of ${made.paragraphs} paragraphs in ${made.articles} articles, index ${first.status}`);
  const reference = everything(first.index);
  const cleanStart = performance.now();
  const clean = openCorpusIndex(dataDir, { write: false, engine }).index;
  const cleanOpenMs = performance.now() - cleanStart;
  everything(clean);
  const cleanAnswerMs = performance.now() - cleanStart - cleanOpenMs;
  const indexFolder = join(dataDir, 'index');
  const files = readdirSync(indexFolder).sort();
  const random = new Random(seed);
  const counts = { detected: 0, harmless: 0, wrong: 0, error: 0, slow: 0 };
  const cases: { file: string; at: number; outcome: keyof typeof counts; status?: string; detail?: string }[] = [];
  for (const file of files) {
    const path = join(indexFolder, file);
    const original = readFileSync(path);
    if (original.length === 0) continue;
    const at = [0, original.length - 1, ...Array.from({ length: Math.max(0, positions - 2) }, () => random.below(original.length))];
    for (const position of at.slice(0, Math.min(positions, original.length))) {
      const damaged = Buffer.from(original);
      damaged[position] = damaged[position]! ^ (1 + random.below(255));
      writeFileSync(path, damaged);
      const started = performance.now();
      let outcome: keyof typeof counts;
      let status: string | undefined;
      let detail: string | undefined;
      try {
        const opened = openCorpusIndex(dataDir, { write: false, engine });
        status = opened.status;
        const openMs = performance.now() - started;
        const shown = everything(opened.index);
        const answerMs = performance.now() - started - openMs;
        const slow = answerMs > Math.max(5 * cleanAnswerMs, 500) || (opened.status === 'loaded' && openMs > Math.max(5 * cleanOpenMs, 1000));
        const differs = [...reference].filter(([part, value]) => shown.get(part) !== value).map(([part]) => part);
        const threw = differs.filter((part) => shown.get(part)?.startsWith('THREW'));
        if (threw.length > 0) (outcome = 'error'), (detail = `${threw.length} commands threw: ${shown.get(threw[0]!)?.slice(0, 200)}`);
        else if (differs.length > 0)
          (outcome = 'wrong'), (detail = `differs in ${differs.slice(0, 5).join('; ')}${differs.length > 5 ? ` and ${differs.length - 5} more` : ''}`);
        else if (slow)
          (outcome = 'slow'),
            (detail = `opened in ${Math.round(openMs)} ms, answered in ${Math.round(answerMs)} ms (undamaged: ${Math.round(cleanOpenMs)} and ${Math.round(cleanAnswerMs)} ms)`);
        else outcome = opened.status === 'loaded' ? 'harmless' : 'detected';
      } catch (error) {
        outcome = 'error';
        detail = `opening threw: ${String(error).slice(0, 200)}`;
      } finally {
        writeFileSync(path, original);
      }
      counts[outcome]++;
      cases.push({ file, at: position, outcome, ...(status ? { status } : {}), ...(detail ? { detail } : {}) });
    }
  }
  const total = cases.length;
  say(`${total} corruptions of ${files.length} files: ${JSON.stringify(counts)}`);
  process.stdout.write(
    `${JSON.stringify({ paragraphs: made.paragraphs, files: files.length, corruptions: total, counts, cleanOpenMs: Math.round(cleanOpenMs), cleanAnswerMs: Math.round(cleanAnswerMs), notDetected: cases.filter((c) => c.outcome !== 'detected' && c.outcome !== 'harmless') }, null, 2)}\n`,
  );
  process.exitCode = counts.wrong > 0 ? 1 : 0;
} finally {
  if (keepAt < 0) rmSync(work, { recursive: true, force: true });
}
