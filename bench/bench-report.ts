import type { EngineName } from '../src/search/paragraph-engine.js';
import type { OursBuildResult } from './ours-build.js';
import type { CommandFigure, OursServeResult } from './ours-serve.js';
import type { PeerName } from './peers/create-peer.js';

/** One engine of ours, built over the same corpus and timed on the same commands. */
export interface EngineFigures {
  readonly build_ms: number;
  readonly build_paragraphs_per_s: number;
  /** The paragraph indexing stage alone (extraction meanwhile in the workers). */
  readonly index_ms: number;
  readonly load_ms: number;
  readonly index_bytes: number;
  readonly rss_mb: number;
  readonly commands: Record<string, CommandFigure>;
  readonly primitives: OursServeResult['primitives'];
}

/** A peer's figures, or why it has none. */
export type PeerFigure =
  | {
      readonly build_ms: number;
      readonly load_ms: number;
      readonly rss_mb: number;
      readonly p50_ms: number;
      readonly p99_ms: number;
      readonly index_bytes: number;
      readonly ratios: PeerRatios;
    }
  | { readonly skipped: string };

/** How many times Sumber is better than a peer on each measure (above 1: Sumber is faster or smaller). */
export interface PeerRatios {
  readonly search_p99: number;
  readonly search_p50: number;
  readonly load: number;
  readonly rss: number;
}

/** The benchmark's JSON object (the issue's shape, plus `details`). */
export interface BenchReport {
  readonly paragraphs: number;
  readonly build_ms: number;
  readonly load_ms: number;
  readonly index_bytes: number;
  readonly rss_mb: number;
  readonly commands: Record<string, CommandFigure>;
  /** The engine of the main figures above (the compact one when it ran). */
  readonly engine: EngineName;
  /** Every engine of ours measured, each built, saved, loaded and queried on its own. */
  readonly engines: Partial<Record<EngineName, EngineFigures>>;
  readonly peers: Partial<Record<PeerName, PeerFigure>>;
  readonly details: {
    readonly articles: number;
    readonly terms: number;
    readonly postings: number;
    readonly records: OursBuildResult['records'];
    readonly build_stages_ms: OursBuildResult['stages_ms'];
    readonly build_paragraphs_per_s: number;
    readonly fingerprint_ms: number;
    /** The warm-up's part of `load_ms`. */
    readonly warm_up_ms: number;
    readonly stale_analysis?: true;
    readonly heap_mb: number;
    readonly external_mb: number;
    readonly primitives: OursServeResult['primitives'];
    readonly cores: number;
    readonly node: string;
  };
}

/** Their figure over ours, to two significant digits (0.045 stays 0.045, 118.3 becomes 120). */
const ratio = (theirs: number, ours: number): number => Number((theirs / Math.max(ours, 0.001)).toPrecision(2));

/** Ratios of a peer's figures to Sumber's: its search latency, load time and memory over ours. */
export function peerRatios(
  peer: { p50_ms: number; p99_ms: number; load_ms: number; rss_mb: number },
  search: CommandFigure | undefined,
  loadMs: number,
  rssMb: number,
): PeerRatios {
  const ours = search && 'p99_ms' in search ? search : { p50_ms: Number.NaN, p99_ms: Number.NaN };
  return {
    search_p99: ratio(peer.p99_ms, ours.p99_ms),
    search_p50: ratio(peer.p50_ms, ours.p50_ms),
    load: ratio(peer.load_ms, loadMs),
    rss: ratio(peer.rss_mb, rssMb),
  };
}

const seconds = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(0)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const mib = (bytes: number) => `${(bytes / 1048576).toFixed(bytes >= 100 * 1048576 ? 0 : 1)} MiB`;
const millis = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2));
const count = (n: number) => n.toLocaleString('en-US');

function figureCells(figure: CommandFigure | undefined): string {
  if (!figure) return 'not measured';
  if ('missing' in figure) return `missing (${figure.missing})`;
  const notes = [figure.via && `via ${figure.via}`, figure.truncated && `time budget ran out after ${figure.samples} samples`].filter(Boolean);
  return `${millis(figure.p50_ms).padStart(8)} ${millis(figure.p99_ms).padStart(8)} ${millis(figure.max_ms).padStart(8)}${notes.length ? `  (${notes.join('; ')})` : ''}`;
}

/** The report as a readable table. */
export function formatReport(report: BenchReport): string {
  const d = report.details;
  const lines = [
    `Sumber benchmark: ${count(report.paragraphs)} paragraphs (${count(d.articles)} articles, ${count(d.terms)} terms, ${count(d.postings)} postings; ` +
      `${count(d.records.quotes)} quotes, ${count(d.records.events)} events, ${count(d.records.denials)} denials, ${count(d.records.speakers)} speakers), ${d.cores} cores, Node ${d.node}`,
    '',
    `build (clean + extract + index)  ${seconds(report.build_ms)}  = ${count(d.build_paragraphs_per_s)} paragraphs/s` +
      `   [clean ${seconds(d.build_stages_ms.clean)}, index ${seconds(d.build_stages_ms.index)} (workers extracting meanwhile), rest of extraction and merge ${seconds(d.build_stages_ms.extract)}; then save ${seconds(d.build_stages_ms.save)}]`,
    `saved index  ${mib(report.index_bytes)}`,
    `load-to-ready  ${seconds(report.load_ms)}   (warm-up ${seconds(d.warm_up_ms)} of it; freshness by file times; hashing every corpus file instead, as after a touch, takes ${seconds(d.fingerprint_ms)})${d.stale_analysis ? '  [analysis code changed during the run]' : ''}`,
    `resident memory  ${report.rss_mb} MiB   (settled: 15 s idle, then a full GC; heap ${d.heap_mb} MiB, buffers ${d.external_mb} MiB)`,
    '',
    `${`command (${report.engine} engine)`.padEnd(36)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)}`,
    ...Object.entries(report.commands).map(([name, figure]) => `${name.padEnd(36)} ${figureCells(figure)}`),
    ...Object.entries(d.primitives).map(([name, figure]) => `${`  ${name}`.padEnd(36)} ${figureCells(figure)}`),
    '',
    ...Object.entries(report.engines).flatMap(([name, e]) =>
      name === report.engine
        ? []
        : [
            `${name} engine: build ${seconds(e.build_ms)} = ${count(e.build_paragraphs_per_s)} paragraphs/s (index ${seconds(e.index_ms)}), saved ${mib(e.index_bytes)}, load-to-ready ${seconds(e.load_ms)}, ${e.rss_mb} MiB`,
            ...Object.entries(e.commands).map(([command, figure]) => `${`  ${command}`.padEnd(36)} ${figureCells(figure)}`),
            ...Object.entries(e.primitives).map(([command, figure]) => `${`    ${command}`.padEnd(36)} ${figureCells(figure)}`),
            '',
          ],
    ),
    `${'peer'.padEnd(20)} ${'build'.padStart(8)} ${'load'.padStart(8)} ${'saved'.padStart(10)} ${'RSS MiB'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)}   Sumber is ×: search p99, p50, load, RSS`,
  ];
  for (const [name, peer] of Object.entries(report.peers)) {
    if ('skipped' in peer) {
      lines.push(`${name.padEnd(20)} skipped: ${peer.skipped}`);
      continue;
    }
    const r = peer.ratios;
    lines.push(
      `${name.padEnd(20)} ${seconds(peer.build_ms).padStart(8)} ${seconds(peer.load_ms).padStart(8)} ${mib(peer.index_bytes).padStart(10)} ${String(peer.rss_mb).padStart(8)} ${millis(peer.p50_ms).padStart(8)} ${millis(peer.p99_ms).padStart(8)}   ${r.search_p99}×, ${r.search_p50}×, ${r.load}×, ${r.rss}×`,
    );
  }
  return `${lines.join('\n')}\n`;
}
