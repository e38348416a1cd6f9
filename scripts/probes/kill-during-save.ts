/**
 * `npm run probe:kill -- [--paragraphs N] [--kills K] [--seed S]`
 *
 * Kills during saves: a seeded synthetic corpus (default 20,000 paragraphs) is indexed once; then,
 * K times (default 20), one article is changed and `npm run index` started on it, and killed with
 * SIGKILL at a random moment of its save (once its staging folder appears). After each kill: are
 * there leftovers beside the index, does the saved index still load whole (every checksum), and
 * does the next start (`openCorpusIndex`, writing) clear the leftovers and answer exactly as an
 * index built from scratch? Prints one JSON object. Kept outside `npm test`.
 */
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Random } from '../../bench/random.js';
import { writeSyntheticCorpus } from '../../bench/synthetic-corpus.js';
import { executeCommand } from '../../src/app/execute-command.js';
import { defaultDataDir } from '../../src/app/paths.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { buildIndex } from '../../src/corpus-index/build-index.js';
import type { CorpusIndex } from '../../src/corpus-index/corpus-index.js';
import { createCorpusIndex } from '../../src/corpus-index/create-corpus-index.js';
import { loadIndex } from '../../src/corpus-index/index-store.js';
import { openCorpusIndex } from '../../src/corpus-index/open-index.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const paragraphs = option('paragraphs', 20_000);
const kills = option('kills', 20);
const random = new Random(option('seed', 1));
const root = join(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'sumber-kill-'));
const dataDir = join(work, 'corpus');
const say = (line: string) => process.stderr.write(`kill: ${line}\n`);
const leftovers = () => readdirSync(dataDir).filter((f) => /^index\.(tmp|old)-\d+$/u.test(f));
const answers = (index: CorpusIndex) =>
  JSON.stringify(
    ['Korea Utara Rusia', 'kontainer amunisi', 'suntingan probe'].map((query) => executeCommand('search', { query, limit: 20 }, { index, locale: 'en' })),
  );

/** Starts `npm run index` on the corpus and kills it at a random moment once its save has begun. */
function killDuringSave(): Promise<{ killedAfterMs: number; finished: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/transports/cli/build-index.ts', '--data', dataDir], { cwd: root, stdio: 'ignore' });
    const delay = random.below(400);
    let killedAfterMs = -1;
    const poll = setInterval(() => {
      if (killedAfterMs >= 0 || !existsSync(join(dataDir, `index.tmp-${child.pid}`))) return;
      killedAfterMs = delay;
      setTimeout(() => child.kill('SIGKILL'), delay);
    }, 2);
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ killedAfterMs, finished: code === 0 });
    });
  });
}

try {
  const made = writeSyntheticCorpus(loadCorpus(defaultDataDir).articles, { paragraphs, seed: 1, dir: dataDir });
  say(`corpus of ${made.paragraphs} paragraphs; first index ${openCorpusIndex(dataDir, { write: true }).status}`);
  const articles = readdirSync(join(dataDir, 'articles')).sort();
  const trials = [];
  for (let k = 0; k < kills; k++) {
    appendFileSync(join(dataDir, 'articles', random.pick(articles)), `\nSuntingan probe nomor ${k} menambah satu paragraf pada artikel ini.\n`);
    const killed = await killDuringSave();
    const left = leftovers();
    let whole: string;
    try {
      loadIndex(join(dataDir, 'index'));
      whole = 'whole';
    } catch (error) {
      whole = `damaged: ${(error as Error).message.slice(0, 120)}`;
    }
    const opened = openCorpusIndex(dataDir, { write: true });
    const built = buildIndex(loadCorpus(dataDir));
    const right = answers(opened.index) === answers(createCorpusIndex(built.snapshot, built.engine));
    const trial = {
      kill: k + 1,
      ...killed,
      leftoversAfterKill: left.length,
      indexAfterKill: whole,
      nextStart: opened.status,
      leftoversAfterStart: leftovers().length,
      right,
    };
    say(JSON.stringify(trial));
    trials.push(trial);
  }
  const summary = {
    paragraphs: made.paragraphs,
    kills,
    killedDuringSave: trials.filter((t) => t.killedAfterMs >= 0 && !t.finished).length,
    leftoversAfterKills: trials.filter((t) => t.leftoversAfterKill > 0).length,
    damagedAfterKill: trials.filter((t) => t.indexAfterKill !== 'whole').length,
    leftoversAfterNextStart: trials.filter((t) => t.leftoversAfterStart > 0).length,
    wrongAnswers: trials.filter((t) => !t.right).length,
    trials,
  };
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  process.exitCode = summary.wrongAnswers === 0 && summary.leftoversAfterNextStart === 0 ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
