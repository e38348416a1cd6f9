import { cpSync, mkdtempSync, writeFileSync, readdirSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { LiveIndex } from '../src/app/live-index.ts';
import { CorpusWatcher } from '../src/app/corpus-watcher.ts';
import { openCorpusIndex } from '../src/corpus-index/open-index.ts';
import { createLogger } from '../src/logger.ts';
const src = process.argv[2]!;
const dir = mkdtempSync(join(tmpdir(), 'live-measure-'));
cpSync(join(src, 'articles'), join(dir, 'articles'), { recursive: true });
try { cpSync(join(src, 'sources.json'), join(dir, 'sources.json')); } catch {}
const logs: string[] = [];
let t = performance.now();
const opened = openCorpusIndex(dir, { write: true, engine: (process.env.SUMBER_ENGINE ?? 'auto') as 'auto' });
console.log('open', opened.status, Math.round(performance.now() - t), 'ms', opened.index.paragraphCount, 'paragraphs');
const live = new LiveIndex(dir, opened.index, { logger: createLogger('debug', (l) => logs.push(l)), write: true, engine: (process.env.SUMBER_ENGINE ?? 'auto') as 'auto' }, opened.searchEngine);
console.log('engine', opened.engine);
const watcher = new CorpusWatcher(dir, () => void live.reload('watch'), { logger: createLogger('warn') });
watcher.start();
t = performance.now();
let r = await live.reload('start');
console.log('first pass (priming)', r.outcome, r.ms, 'ms, extracted', r.extracted);
// event-loop lag meter
import { monitorEventLoopDelay } from 'node:perf_hooks';
const h = monitorEventLoopDelay({ resolution: 5 }); h.enable();
let maxLag = 0; let last = 0; const meter = setInterval(() => {}, 1000);
const files = readdirSync(join(dir, 'articles')).filter((f) => f.endsWith('.txt'));
const wait = async (check: () => boolean) => { const s = performance.now(); while (!check()) { await new Promise((res) => setTimeout(res, 5)); if (performance.now() - s > 60000) throw new Error('timeout'); } return performance.now() - s; };
for (let i = 0; i < 3; i++) {
  const word = `zquagga${i}x`;
  const text = ['Jembatan Gantung Kali Cemara Ambruk', '', `Kali Cemara - Jembatan gantung ${word} yang menghubungkan dua dusun di Kali Cemara ambruk setelah diterjang banjir bandang pada Selasa malam. "Kami sudah melaporkan kerusakan jembatan itu sejak tahun lalu," ujar Hendra Kusnadi, ketua rukun tetangga setempat, Rabu (6/3/2024).`, '', 'Anak-anak sekolah kini harus memutar sejauh tujuh kilometer untuk mencapai sekolah mereka sampai jembatan darurat selesai dibangun oleh relawan.'].join('\n');
  h.reset();
  const start = performance.now();
  writeFileSync(join(dir, 'articles', `zz-drop-${i}.txt`), text);
  await wait(() => live.current.searchTop(word, { limit: 1 }).hits.length > 0);
  const total = performance.now() - start;
  await wait(() => !live.updating);
  const rep = JSON.parse(logs.filter((l) => l.includes('index updated')).at(-1)!);
  console.log(`drop ${i}: answerable after ${Math.round(total)} ms (update ${rep.ms} ms, save ${rep.saveMs} ms, engine ${rep.engine}; extracted ${rep.extracted}; scan ${rep.scanMs}, extract ${rep.extractMs}, merge ${rep.mergeMs}, index ${rep.indexMs}); longest event-loop stall ${Math.round(h.max / 1e6)} ms`);
}
{
  h.reset();
  const start = performance.now();
  unlinkSync(join(dir, 'articles', 'zz-drop-0.txt'));
  await wait(() => live.current.searchTop('zquagga0x', { limit: 1 }).hits.length === 0);
  console.log(`remove: gone after ${Math.round(performance.now() - start)} ms; stall ${Math.round(h.max / 1e6)} ms`);
}
await wait(() => !live.updating);
clearInterval(meter);
watcher.close();
rmSync(dir, { recursive: true, force: true });
