import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

// The real `npm start` console over a watched corpus folder: an article dropped into the folder
// while it runs is answered, without a restart; when its input ends, it exits (the watcher closed).

const root = join(import.meta.dirname, '..');
const temp = mkdtempSync(join(tmpdir(), 'sumber-live-process-'));
const data = join(temp, 'corpus');
cpSync(join(import.meta.dirname, 'fixtures', 'mini-corpus'), data, { recursive: true });
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const DROPPED = [
  'Menara Air Desa Sumber Rejo Diresmikan',
  '',
  'Sumber Rejo - Menara air baru di Desa Sumber Rejo diresmikan pada Jumat pagi dan kini mengalirkan air bersih ke tiga ratus rumah. "Warga tidak perlu lagi mengangkut air dari sungai," kata Ratna Lestari, kepala desa setempat, Jumat (8/3/2024).',
  '',
  'Pembangunan menara itu dibiayai dana desa dan gotong royong warga selama enam bulan.',
].join('\n');

it('npm start’s console answers from an article dropped into the watched folder, then exits when its input ends', async () => {
  const { SUMBER_DATA_DIR: _a, DISCORD_TOKEN: _b, SUMBER_WATCH: _c, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { ...inherited, SUMBER_DATA_DIR: data },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (err += chunk));
  const until = async (check: () => boolean, ms: number, what: string) => {
    const deadline = Date.now() + ms;
    while (!check()) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`${what}; stderr: ${err.slice(-800)}; stdout: ${out.slice(-600)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  try {
    await until(() => /starting the local console .*watching the corpus folder/u.test(err), 60_000, 'the console to start');
    writeFileSync(join(data, 'articles', 'menara-air.txt'), DROPPED);
    // ask again and again until it is found (no fixed wait as the assertion)
    let answered = -1; // the output's length when the last question was asked: ask again once it is answered
    await until(
      () => {
        if (/menara-air\.txt/u.test(out)) return true;
        if (out.length > answered) {
          answered = out.length;
          child.stdin.write('/search query: menara air\n');
        }
        return false;
      },
      30_000,
      'the dropped article to be found',
    );
    child.stdin.end('/who-said topic: menara air\n');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
    expect(out).toMatch(/Ratna Lestari/u);
    expect(err).not.toMatch(/WARNING|stopped by an unexpected error/u);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}, 120_000);
