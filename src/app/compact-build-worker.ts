/**
 * A worker thread of `buildCompactOffThread` (compact-build.ts): builds the compact engine over
 * the paragraph texts it is given and posts back its arrays, transferred (not copied).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { SearchEngine } from '../search/search-engine.js';

const texts = workerData as readonly string[];
const engine = SearchEngine.build(texts);
const p = engine.postings;
const arrays = {
  units: engine.terms.units,
  offsets: engine.terms.offsets,
  termStarts: p.termStarts,
  docIds: p.docIds,
  frequencies: p.frequencies,
  docLengths: p.docLengths,
  paragraphOf: p.paragraphOf,
  maxSaturation: p.maxSaturation,
  blockMax: p.blockMax,
};
parentPort!.postMessage(arrays, [...new Set(Object.values(arrays).map((a) => a.buffer as ArrayBuffer))]);
