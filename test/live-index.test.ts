import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../src/app/config.js';
import { CorpusWatcher } from '../src/app/corpus-watcher.js';
import { describeReload } from '../src/app/describe-reload.js';
import { executeCommand } from '../src/app/execute-command.js';
import { LiveIndex } from '../src/app/live-index.js';
import { openServedIndex } from '../src/app/serve-index.js';
import type { CorpusIndex } from '../src/corpus-index/corpus-index.js';
import { openCorpusIndex } from '../src/corpus-index/open-index.js';
import { createLogger } from '../src/logger.js';
import type { EngineChoice } from '../src/search/engine-choice.js';
import { createConsoleSession, runLocalConsole } from '../src/transports/console/local-console.js';

// A live index over tiny hand-made corpora (invented places and people), in temporary folders: an
// article dropped in, changed or removed is answered without a restart; nothing unreadable or
// half-written ever replaces what is served.

const VILLAGE = [
  'Warga Lembah Hijau Tolak Tambang Pasir',
  '',
  'Lembah Hijau - Kepala desa Lembah Hijau, Suryani Pratiwi, menolak rencana tambang pasir di tepi sungai desa itu. "Kami tidak akan menyerahkan sungai kami kepada penambang," kata Suryani kepada wartawan, Senin (4/3/2024).',
  '',
  'Ratusan warga berkumpul di balai desa untuk menandatangani petisi yang menolak tambang tersebut, sementara perwakilan perusahaan belum memberikan tanggapan.',
].join('\n');

const FESTIVAL = [
  'Festival Layang-Layang Ramaikan Pantai Karang Putih',
  '',
  'Karang Putih - Ribuan pengunjung memadati Pantai Karang Putih untuk menyaksikan festival layang-layang tahunan yang digelar dinas pariwisata setempat pada akhir pekan.',
  '',
  'Panitia mencatat lebih dari dua ratus layang-layang dari berbagai daerah ikut dalam lomba, dan pemenangnya akan diumumkan pada malam penutupan.',
].join('\n');

// Dropped in while the bot runs.
const BRIDGE = [
  'Jembatan Gantung Kali Cemara Ambruk Diterjang Banjir',
  '',
  'Kali Cemara - Jembatan gantung yang menghubungkan dua dusun di Kali Cemara ambruk setelah diterjang banjir bandang pada Selasa malam. "Kami sudah melaporkan kerusakan jembatan itu sejak tahun lalu," ujar Hendra Kusnadi, ketua rukun tetangga setempat, Rabu (6/3/2024).',
  '',
  'Anak-anak sekolah kini harus memutar sejauh tujuh kilometer untuk mencapai sekolah mereka sampai jembatan darurat selesai dibangun oleh relawan.',
].join('\n');

const logLines: string[] = [];
const logger = createLogger('debug', (line) => logLines.push(line));
const folders: string[] = [];
const cleanups: (() => void)[] = [];

afterEach(() => {
  for (const stop of cleanups.splice(0)) stop();
  for (const dir of folders.splice(0)) {
    try {
      chmodSync(join(dir, 'articles'), 0o755);
    } catch {
      // gone already
    }
    rmSync(dir, { recursive: true, force: true });
  }
});

function corpusFolder(articles: Record<string, string> = { 'desa.txt': VILLAGE, 'festival.txt': FESTIVAL }): string {
  const dir = mkdtempSync(join(tmpdir(), 'sumber-live-'));
  folders.push(dir);
  mkdirSync(join(dir, 'articles'));
  for (const [name, text] of Object.entries(articles)) writeFileSync(join(dir, 'articles', name), text);
  return dir;
}

function liveOver(dir: string, write = true, engine: EngineChoice = 'auto'): LiveIndex {
  const opened = openCorpusIndex(dir, { write, engine });
  const live = new LiveIndex(dir, opened.index, { logger, write, engine }, opened.searchEngine);
  cleanups.push(() => live.close());
  return live;
}

/** The articles of the paragraphs a search finds (at most 10). */
const searchArticles = (index: CorpusIndex, query: string) =>
  executeCommand('search', { query }, { index, locale: 'en' }).results.map((r) => (r as { citation: { article: string } }).citation.article);
const speakersOn = (index: CorpusIndex, topic: string) =>
  executeCommand('who-said', { topic }, { index, locale: 'en' }).results.map((r) => (r as { speaker: string | null }).speaker);

/** Polls `check` until it holds, or fails after `timeoutMs` (never a fixed sleep as the assertion). */
async function until(check: () => boolean, timeoutMs = 15_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

describe('an update of the live index (reload)', () => {
  it('over an unchanged folder changes nothing, and later updates clean and extract only what changed', async () => {
    const dir = corpusFolder();
    const live = liveOver(dir);
    const opened = live.current;
    const first = await live.reload('start');
    expect(first.outcome).toBe('unchanged');
    expect(live.current).toBe(opened);
    writeFileSync(join(dir, 'articles', 'jembatan.txt'), BRIDGE);
    const report = await live.reload('command');
    expect(report).toMatchObject({ outcome: 'updated', added: ['jembatan.txt'], changed: [], removed: [], articles: 3, extracted: 1, saved: true });
    expect(report.paragraphs).toBe(report.paragraphsBefore + 2);
  });

  it('a successful update is logged as such, never also as a failure', async () => {
    const dir = corpusFolder();
    const live = liveOver(dir, false);
    writeFileSync(join(dir, 'articles', 'jembatan.txt'), BRIDGE);
    const from = logLines.length;
    expect((await live.reload('command')).outcome).toBe('updated');
    const lines = logLines.slice(from);
    expect(lines.filter((l) => l.includes('"index updated"'))).toHaveLength(1);
    expect(lines.filter((l) => l.includes('"level":"warn"'))).toEqual([]);
  });

  it('an article dropped in is found by /search and /who-said; a restart loads the saved update', async () => {
    const dir = corpusFolder();
    const live = liveOver(dir);
    expect(searchArticles(live.current, 'jembatan gantung')).toEqual([]);
    writeFileSync(join(dir, 'articles', 'jembatan.txt'), BRIDGE);
    await live.reload('watch');
    expect(searchArticles(live.current, 'jembatan gantung')).toContain('jembatan.txt');
    expect(speakersOn(live.current, 'jembatan')).toContain('Hendra Kusnadi');
    // what the update saved is what a restart serves, without rebuilding
    const restarted = openCorpusIndex(dir, { write: false });
    expect(restarted.status).toBe('loaded');
    expect(searchArticles(restarted.index, 'jembatan gantung')).toContain('jembatan.txt');
    expect(restarted.index.paragraphCount).toBe(live.current.paragraphCount);
  });

  it.each<EngineChoice>(['minisearch', 'compact'])('equals a full build of the same folder, records and ranking (%s)', async (engine) => {
    const dir = corpusFolder();
    const opened = openCorpusIndex(dir, { write: false, engine });
    // the compact engine in a worker thread, as on a large corpus
    const live = new LiveIndex(dir, opened.index, { logger, write: false, engine, offThreadMinParagraphs: 0 }, opened.searchEngine);
    cleanups.push(() => live.close());
    await live.reload('start');
    writeFileSync(join(dir, 'articles', 'jembatan.txt'), BRIDGE);
    writeFileSync(join(dir, 'articles', 'festival.txt'), FESTIVAL.replace('dua ratus', 'tiga ratus'));
    const report = await live.reload('watch');
    expect(report.enginePath).toMatch(
      engine === 'compact' ? /^compact engine rebuilt in a worker thread and swapped$/u : /^MiniSearch engine updated in place/u,
    );
    const built = openCorpusIndex(dir, { write: false, force: true, engine }).index;
    const view = (index: CorpusIndex) => ({
      articles: index.articles,
      paragraphs: Array.from({ length: index.paragraphCount }, (_, id) => index.paragraphAt(id)),
      quotes: index.quotes,
      speakers: index.speakers,
      events: index.events,
      denials: index.denials,
    });
    expect(view(live.current)).toEqual(view(built));
    // the engine changed in place, or built in a worker, ranks as one built afresh
    for (const query of ['layang', 'jembatan gantung', 'warga desa', 'tiga ratus layang-layang', 'sungai']) {
      const top = (index: CorpusIndex) => index.searchTop(query, { limit: 10 });
      expect(top(live.current), query).toEqual(top(built));
    }
  });

  it("a changed article's old text is gone and its new text found", async () => {
    const dir = corpusFolder();
    const live = liveOver(dir);
    expect(searchArticles(live.current, 'layang')).toContain('festival.txt');
    writeFileSync(join(dir, 'articles', 'festival.txt'), FESTIVAL.replaceAll('layang-layang', 'perahu hias').replaceAll('Layang-Layang', 'Perahu Hias'));
    const report = await live.reload('watch');
    expect(report).toMatchObject({ outcome: 'updated', changed: ['festival.txt'], added: [], removed: [] });
    expect(searchArticles(live.current, 'layang')).toEqual([]);
    expect(searchArticles(live.current, 'perahu hias')).toContain('festival.txt');
  });

  it('a removed article disappears', async () => {
    const dir = corpusFolder();
    const live = liveOver(dir);
    unlinkSync(join(dir, 'articles', 'festival.txt'));
    const report = await live.reload('watch');
    expect(report).toMatchObject({ outcome: 'updated', removed: ['festival.txt'], articles: 1 });
    expect(searchArticles(live.current, 'layang')).toEqual([]);
    expect(live.current.article('festival.txt')).toBeUndefined();
    expect(logLines.some((l) => l.includes('"level":"warn"') && l.includes('no longer served') && l.includes('festival.txt'))).toBe(true);
  });

  it.each([
    ['emptied', (path: string) => writeFileSync(path, '')],
    ['overwritten with binary', (path: string) => writeFileSync(path, Buffer.from([0, 1, 2, 0, 255, 0, 7, 0]))],
    ['over the size limit', (path: string) => writeFileSync(path, `${'kata '.repeat(500_000)}`)],
    ['replaced by a folder', (path: string) => (unlinkSync(path), mkdirSync(path))],
    ['replaced by a link to a device', (path: string) => (unlinkSync(path), symlinkSync('/dev/zero', path))],
  ])('an article file %s keeps its last good version, and says so', async (_, spoil) => {
    const dir = corpusFolder();
    const live = liveOver(dir);
    await live.reload('start');
    spoil(join(dir, 'articles', 'festival.txt'));
    writeFileSync(join(dir, 'articles', 'jembatan.txt'), BRIDGE);
    const report = await live.reload('watch');
    // the good change goes in, the broken one does not take anything away
    expect(report.added).toEqual(['jembatan.txt']);
    expect(report.removed).toEqual([]);
    expect(report.held.map((p) => p.file)).toEqual(['festival.txt']);
    expect(searchArticles(live.current, 'layang')).toContain('festival.txt');
    expect(live.current.problems.find((p) => p.file === 'festival.txt')?.message).toMatch(/last readable version is still served/u);
    expect(describeReload(report, 'en')).toMatch(/festival\.txt: .*its last readable version is still served/u);
    expect(logLines.some((l) => l.includes('"level":"warn"') && l.includes('festival.txt'))).toBe(true);
  });

  it('a vanished articles/ folder, or an emptied one, keeps the whole index; its return is taken in', async () => {
    const dir = corpusFolder();
    const live = liveOver(dir);
    const served = live.current;
    renameSync(join(dir, 'articles'), join(dir, 'articles-away'));
    expect(await live.reload('watch')).toMatchObject({ outcome: 'kept', reason: expect.stringMatching(/articles\/ cannot be read/u) });
    expect(live.current).toBe(served);
    mkdirSync(join(dir, 'articles'));
    expect(await live.reload('watch')).toMatchObject({ outcome: 'kept', reason: 'articles/ holds no article file' });
    expect(live.current).toBe(served);
    rmSync(join(dir, 'articles'), { recursive: true });
    renameSync(join(dir, 'articles-away'), join(dir, 'articles'));
    writeFileSync(join(dir, 'articles', 'jembatan.txt'), BRIDGE);
    expect(await live.reload('watch')).toMatchObject({ outcome: 'updated', added: ['jembatan.txt'] });
  });

  it('the compact engine: a command holding the index of before a swap answers from it to its end, though the save replaced its files', async () => {
    const dir = corpusFolder();
    openCorpusIndex(dir, { write: true, engine: 'compact' }); // saved, so the next open reads paragraph texts from the index's file
    const live = liveOver(dir, true, 'compact');
    const before = live.current; // what a command in flight holds
    writeFileSync(join(dir, 'articles', 'jembatan.txt'), BRIDGE);
    unlinkSync(join(dir, 'articles', 'festival.txt'));
    const report = await live.reload('watch');
    expect(report.saved).toBe(true);
    expect(live.current).not.toBe(before);
    // the old index still reads its own paragraphs, from its own (replaced) files
    expect(searchArticles(before, 'layang')).toContain('festival.txt');
    expect(searchArticles(before, 'jembatan gantung')).toEqual([]);
    expect(executeCommand('read', { article: 'festival.txt' }, { index: before, locale: 'en' }).results.length).toBeGreaterThan(0);
    expect(searchArticles(live.current, 'jembatan gantung')).toContain('jembatan.txt');
  });

  it('the MiniSearch engine, changed in place: every query run while updates go on answers from one whole index', async () => {
    const dir = corpusFolder();
    const live = liveOver(dir, false, 'minisearch');
    await live.reload('start');
    let queries = 0;
    const consistent = () => {
      // what a command does: read the index once, answer from it
      const index = live.current;
      for (const query of ['layang', 'jembatan gantung', 'tambang pasir', 'perahu hias']) {
        for (const r of executeCommand('search', { query }, { index, locale: 'en' }).results) {
          const { citation, text } = r as { citation: { article: string; paragraph: number }; text: string };
          expect(index.paragraph(citation.article, citation.paragraph)?.text).toBe(text);
        }
      }
      queries++;
    };
    const changes: (() => void)[] = [
      () => writeFileSync(join(dir, 'articles', 'jembatan.txt'), BRIDGE),
      () => writeFileSync(join(dir, 'articles', 'festival.txt'), FESTIVAL.replaceAll('layang-layang', 'perahu hias')),
      () => unlinkSync(join(dir, 'articles', 'desa.txt')),
      () => writeFileSync(join(dir, 'articles', 'desa.txt'), VILLAGE),
    ];
    for (const change of changes) {
      change();
      const update = live.reload('watch');
      while (live.updating) {
        consistent();
        await sleep(0);
      }
      expect((await update).enginePath).toMatch(/^MiniSearch engine updated in place/u);
      consistent();
    }
    expect(queries).toBeGreaterThan(changes.length);
    expect(new Set(searchArticles(live.current, 'perahu hias'))).toEqual(new Set(['festival.txt']));
    expect(searchArticles(live.current, 'layang')).toEqual([]);
    expect(searchArticles(live.current, 'jembatan gantung')).toContain('jembatan.txt');
  });

  it('an update that throws keeps the current index, logs why, and the next one runs', async () => {
    const dir = corpusFolder();
    const live = liveOver(dir, false);
    const good = live.current;
    // an index whose article lookup fails: whatever throws inside an update
    const failing = new Proxy(good, {
      get: (target, key, receiver) =>
        key === 'article'
          ? () => {
              throw new Error('lookup failed');
            }
          : Reflect.get(target, key, receiver),
    });
    const broken = new LiveIndex(dir, failing, { logger, write: false });
    cleanups.push(() => broken.close());
    writeFileSync(join(dir, 'articles', 'jembatan.txt'), BRIDGE);
    expect(await broken.reload('watch')).toMatchObject({ outcome: 'failed', reason: 'Error: lookup failed' });
    expect(broken.current).toBe(failing);
    expect(logLines.some((l) => l.includes('corpus update failed; the current index is still served') && l.includes('lookup failed'))).toBe(true);
    expect(await live.reload('watch')).toMatchObject({ outcome: 'updated', added: ['jembatan.txt'] });
  });

  it('reloads asked for during an update give one more update after it, not one each, and never two at once', async () => {
    const dir = corpusFolder();
    const live = liveOver(dir, false);
    const first = live.reload('watch');
    expect(live.updating).toBe(true);
    writeFileSync(join(dir, 'articles', 'jembatan.txt'), BRIDGE);
    const second = live.reload('watch');
    const third = live.reload('command');
    expect(third).toBe(second);
    const reports = await Promise.all([first, second]);
    expect(reports[1]).toMatchObject({ trigger: 'command', outcome: 'updated', added: ['jembatan.txt'] });
    expect(live.updating).toBe(false);
  });
});

describe('the corpus folder watched', () => {
  function watched(dir: string): LiveIndex {
    const live = liveOver(dir, false);
    const watcher = new CorpusWatcher(dir, () => void live.reload('watch'), { logger });
    expect(watcher.start()).toBe(true);
    cleanups.push(() => watcher.close());
    return live;
  }

  it('an article dropped into a running console is answered within seconds, no restart', async () => {
    const dir = corpusFolder();
    const live = watched(dir);
    const session = createConsoleSession(live);
    expect(session.answer('/search query: jembatan gantung')).toMatch(/No results/u);
    writeFileSync(join(dir, 'articles', 'jembatan.txt'), BRIDGE);
    await until(() => /jembatan\.txt/u.test(String(session.answer('/search query: jembatan gantung'))), 15_000, 'the dropped article to be found');
    expect(session.answer('/who-said topic: jembatan')).toMatch(/Hendra Kusnadi/u);
  });

  it('a file copied in two parts is taken in whole, never half', async () => {
    const dir = corpusFolder();
    const live = watched(dir);
    const seen: number[] = [];
    const path = join(dir, 'articles', 'jembatan.txt');
    const fd = openSync(path, 'w');
    writeSync(fd, BRIDGE.slice(0, BRIDGE.length / 2));
    // the rest comes well within the watcher's quiet time (the timers of one process fire in order)
    await sleep(100);
    writeSync(fd, BRIDGE.slice(BRIDGE.length / 2));
    closeSync(fd);
    await until(
      () => {
        const n = live.current.article('jembatan.txt') ? (live.current.paragraph('jembatan.txt', 2)?.text.length ?? 0) : -1;
        seen.push(n);
        return n > 0 && /relawan\.$/u.test(live.current.paragraph('jembatan.txt', 2)!.text);
      },
      15_000,
      'the whole article',
    );
    // while it was being copied, the article was either absent or whole
    expect(seen.filter((n) => n === 0)).toEqual([]);
  });

  it('editor and copy temporaries are not articles; sources.json edits are taken in', async () => {
    const dir = corpusFolder();
    const live = watched(dir);
    for (const name of ['.desa.txt.swp', 'desa.txt~', '4913', '.goutputstream-XK2Q1', '#desa.txt#']) writeFileSync(join(dir, 'articles', name), BRIDGE);
    writeFileSync(join(dir, 'sources.json'), JSON.stringify([{ article: 'desa.txt', outlet: 'Kabar Lembah', published: '2024-03-04' }]));
    await until(() => live.current.article('desa.txt')?.outlet === 'Kabar Lembah', 15_000, 'the manifest edit');
    expect(live.current.articles.map((a) => a.article)).toEqual(['desa.txt', 'festival.txt']);
  });

  it('an articles/ folder removed and put back is watched again', async () => {
    const dir = corpusFolder();
    const live = watched(dir);
    rmSync(join(dir, 'articles'), { recursive: true });
    await until(
      () => logLines.some((l) => l.includes('articles/ cannot be read') || l.includes('cannot watch the corpus folder')),
      15_000,
      'the loss to be noticed',
    );
    expect(live.current.articles).toHaveLength(2);
    mkdirSync(join(dir, 'articles'));
    writeFileSync(join(dir, 'articles', 'jembatan.txt'), BRIDGE);
    writeFileSync(join(dir, 'articles', 'desa.txt'), VILLAGE);
    await until(() => live.current.article('jembatan.txt') !== undefined, 20_000, 'the folder to be watched again');
    expect(live.current.articles.map((a) => a.article)).toEqual(['desa.txt', 'jembatan.txt']);
  });
});

describe('openServedIndex and the console', () => {
  it('npm start’s path: open, warm, hold and watch; /reload in the console says what changed', async () => {
    const dir = corpusFolder();
    const watchedOne = openServedIndex(parseConfig({ SUMBER_DATA_DIR: corpusFolder() }), logger);
    cleanups.push(() => watchedOne.close());
    expect(watchedOne.watching).toBe(true);
    // the console's own /reload alone, here
    const served = openServedIndex(parseConfig({ SUMBER_DATA_DIR: dir, SUMBER_WATCH: 'off' }), logger);
    cleanups.push(() => served.close());
    expect(served.watching).toBe(false);
    writeFileSync(join(dir, 'articles', 'jembatan.txt'), BRIDGE);
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk) => (text += chunk));
    input.end('/reload\n/search query: jembatan gantung\n');
    await runLocalConsole(served.live, input, output, false, { reload: served.reload });
    expect(text).toMatch(/Index updated in \d+ ms\.\nArticles: 1 added \(jembatan\.txt\), 0 changed, 0 removed\./u);
    expect(text).toMatch(/Search: MiniSearch engine updated in place \(0 paragraphs discarded, 2 added, in \d+ ms\)\./u);
    expect(text).toMatch(/jembatan\.txt/u);
  });

  it('SUMBER_WATCH takes on or off', () => {
    expect(() => parseConfig({ SUMBER_WATCH: 'maybe' })).toThrow(/SUMBER_WATCH: must be on or off/u);
  });
});
