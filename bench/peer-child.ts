/**
 * Bench child for one peer library: `build` indexes the clean paragraph texts and saves the
 * index; `serve` loads the saved index in a fresh process and times the search queries, then
 * reports resident memory. Texts come from the file written by the Sumber build child.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { childIo } from './child-process.js';
import { measureLatency, residentMegabytes, settledMegabytes } from './latency.js';
import { createPeer, type PeerName } from './peers/create-peer.js';
import { SEARCH_QUERIES } from './query-set.js';

export interface PeerInput {
  readonly peer: PeerName;
  readonly mode: 'build' | 'serve';
  readonly paragraphsFile: string;
  readonly dir: string;
  readonly rounds: number;
}

const { input, reply } = childIo<PeerInput>();
let texts: string[] | null = readFileSync(input.paragraphsFile, 'utf8')
  .split('\n')
  .filter((line) => line !== '')
  .map((line) => JSON.parse(line) as string);
const peer = await createPeer(input.peer);
const time = async (run: () => Promise<unknown>): Promise<number> => {
  const started = performance.now();
  await run();
  return Math.round(performance.now() - started);
};

if (input.mode === 'build') {
  mkdirSync(input.dir, { recursive: true });
  const buildMs = await time(() => peer.build(texts!));
  let indexBytes = 0;
  let saveError: string | null = null;
  const saveMs = await time(async () => {
    try {
      indexBytes = await peer.save(input.dir);
    } catch (error) {
      saveError = (error as Error).message;
    }
  });
  reply({ build_ms: buildMs, save_ms: saveMs, index_bytes: indexBytes, peak_rss_mb: residentMegabytes().rss_mb, save_error: saveError });
} else {
  // An app keeps the texts to show results; a peer that stores documents itself needs no copy.
  if (peer.storesTexts) texts = null;
  residentMegabytes();
  const loadMs = await time(() => peer.load(input.dir));
  const shown = texts;
  const search = await measureLatency(SEARCH_QUERIES, async (query) => (await peer.search(query, 10)).map((id) => shown?.[id]), input.rounds);
  reply({ load_ms: loadMs, ...(await settledMegabytes()), ...search });
}
