/**
 * `npm run probe:corpus -- [--timeout SECONDS] [--max-rss MB]`
 *
 * Hostile files in a corpus folder, each case in its own copy of the test corpus, answered by the
 * real CLI (`ask search … --json --data DIR`, a child process watched for time and memory): a named
 * pipe, a symbolic link to /dev/zero, a 50 MB article, UTF-16 and Latin-1 articles, a sources.json
 * with a UTF-8 byte-order mark, and one listing 10,000 files that are not there. Prints one JSON
 * object: per case, how the run ended, its time, peak memory, the lines it printed on stderr, and
 * whether the case's article was found as it should be. Kept outside `npm test`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const timeoutMs = option('timeout', 180) * 1000;
const maxRssMb = option('max-rss', 2048);
const root = join(import.meta.dirname, '..', '..');
const fixture = join(root, 'test', 'fixtures', 'mini-corpus');
const work = mkdtempSync(join(tmpdir(), 'sumber-hostile-probe-'));

// Our own sentences, with accented letters and curly quotes (which differ between encodings).
const ARTICLE = [
  'Dermaga Timur Sungai Merah Dibuka Lagi',
  '',
  'Jakarta - Kepala dermaga, Rini Astuti, mengatakan dermaga timur dibuka lagi setelah perbaikan. “Kapal kargo bisa bersandar mulai pekan depan,” katanya di kafe café dekat gerbang.',
  '',
  'Menurut catatan dermaga, 120 peti kemas menunggu bongkar muat.',
].join('\n');

interface Case {
  readonly name: string;
  readonly query: string;
  /** Sets the case up in a copy of the corpus. */
  make(dir: string): void;
  /** What a right answer looks like (the article found as written, nothing hanging). */
  right(out: { results: { text: string; citation: { article: string } }[] } | null, stderr: string): boolean;
}

const found = (name: string) => (out: { results: { text: string; citation: { article: string } }[] } | null) =>
  out?.results.some((r) => r.citation.article === name && r.text.includes('“Kapal kargo') && !r.text.includes('\uFFFD')) === true;
const stillAnswers = (out: { results: unknown[] } | null) => out !== null && out.results.length > 0;

const CASES: Case[] = [
  {
    name: 'named pipe (pipe.txt)',
    query: 'artileri',
    make: (d) => void spawnSync('mkfifo', [join(d, 'articles', 'pipe.txt')]),
    right: (o, e) => stillAnswers(o) && /pipe\.txt/u.test(e),
  },
  {
    name: 'symbolic link to /dev/zero',
    query: 'artileri',
    make: (d) => symlinkSync('/dev/zero', join(d, 'articles', 'zero.txt')),
    right: (o, e) => stillAnswers(o) && /zero\.txt/u.test(e),
  },
  {
    name: '50 MB article',
    query: 'artileri',
    make: (d) =>
      writeFileSync(
        join(d, 'articles', 'huge.txt'),
        Buffer.from(`${ARTICLE}\n\n${`${ARTICLE.split('\n')[2]}\n\n`.repeat(Math.ceil((50 * 1048576) / 150))}`).subarray(0, 50 * 1048576),
      ),
    right: (o, e) => stillAnswers(o) && /huge\.txt/u.test(e),
  },
  {
    name: 'UTF-16 LE with byte-order mark',
    query: 'dermaga timur',
    make: (d) => writeFileSync(join(d, 'articles', 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')])),
    right: found('utf16.txt'),
  },
  {
    name: 'Latin-1 (Windows-1252)',
    query: 'dermaga timur',
    make: (d) => writeFileSync(join(d, 'articles', 'latin1.txt'), Buffer.from(ARTICLE.replace(/“/gu, '\x93').replace(/”/gu, '\x94'), 'latin1')),
    right: (o, e) => found('latin1.txt')(o) && /latin1\.txt/u.test(e),
  },
  {
    name: 'sources.json with a UTF-8 byte-order mark',
    query: 'dermaga timur',
    make: (d) => {
      writeFileSync(join(d, 'articles', 'dermaga.txt'), ARTICLE);
      writeFileSync(join(d, 'sources.json'), `\uFEFF${JSON.stringify([{ article: 'dermaga.txt', outlet: 'Warta Contoh', published: '2024-02-03' }])}`);
    },
    right: (o, e) => o !== null && JSON.stringify(o).includes('Warta Contoh') && !/sources\.json/u.test(e),
  },
  {
    name: 'sources.json listing 10,000 missing files',
    query: 'artileri',
    make: (d) => writeFileSync(join(d, 'sources.json'), JSON.stringify(Array.from({ length: 10_000 }, (_, i) => ({ article: `hilang-${i}.txt` })))),
    right: (o, e) => stillAnswers(o) && e.split('\n').filter((l) => l.includes('sources.json')).length <= 1,
  },
];

interface Outcome {
  readonly case: string;
  readonly ended: string;
  readonly seconds: number;
  readonly peakRssMb: number;
  readonly stderrLines: number;
  readonly aboutTheCase: string[];
  readonly right: boolean;
}

function run(c: Case): Promise<Outcome> {
  const dir = join(work, c.name.replace(/\W+/gu, '-'));
  cpSync(fixture, dir, { recursive: true });
  c.make(dir);
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/transports/cli/ask.ts', 'search', c.query, '--json', '--limit', '50', '--data', dir], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    let peak = 0;
    let ended = '';
    const watch = setInterval(() => {
      try {
        const rss = Number(/VmRSS:\s+(\d+)/u.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
        peak = Math.max(peak, rss);
        if (rss > maxRssMb && !ended) (ended = `killed: over ${maxRssMb} MB`), child.kill('SIGKILL');
      } catch {
        // gone
      }
      if (performance.now() - started > timeoutMs && !ended) (ended = `killed: no answer in ${timeoutMs / 1000} s`), child.kill('SIGKILL');
    }, 100);
    child.on('close', (code) => {
      clearInterval(watch);
      let out = null;
      try {
        out = JSON.parse(stdout);
      } catch {
        // no answer
      }
      const lines = stderr.split('\n').filter(Boolean);
      resolve({
        case: c.name,
        ended: ended || `exit ${code}`,
        seconds: Math.round((performance.now() - started) / 100) / 10,
        peakRssMb: Math.round(peak),
        stderrLines: lines.length,
        aboutTheCase: lines
          .filter((l) => /pipe|zero|huge|utf16|latin1|dermaga|sources\.json/u.test(l))
          .slice(0, 3)
          .map((l) => l.slice(0, 200)),
        right: !ended && code === 0 && c.right(out, stderr),
      });
    });
  });
}

try {
  const outcomes: Outcome[] = [];
  for (const c of CASES) {
    const outcome = await run(c);
    process.stderr.write(`hostile: ${outcome.case}: ${outcome.ended}, ${outcome.seconds} s, ${outcome.peakRssMb} MB, ${outcome.right ? 'right' : 'WRONG'}\n`);
    outcomes.push(outcome);
  }
  process.stdout.write(`${JSON.stringify({ right: outcomes.filter((o) => o.right).length, of: outcomes.length, outcomes }, null, 2)}\n`);
  process.exitCode = outcomes.every((o) => o.right) ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
