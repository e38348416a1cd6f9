import { type ParagraphView, sliceTokens } from '../paragraph-view.js';
import type { Seg } from './conjunct-words.js';
import { lexicon } from './lexicon.js';
import { type Part, type Phrase, parseSpeakerPhrase } from './speaker-phrase.js';
import { isVerbLike } from './word-classes.js';

/** Who issued a statement, report, letter or chart named in a speaker phrase. */

function issuerFrom(view: ParagraphView, idx: readonly number[], a: number, b: number): Phrase | null {
  return b > a ? parseSpeakerPhrase(view, idx[a]!, idx[b - 1]! + 1) : null;
}

/** "pernyataan bersama yang dikeluarkan oleh X", "laporan intelijen … dari AS", "data Ukraina", "pernyataan itu". */
export function parseDocument(view: ParagraphView, idx: readonly number[], cw: readonly string[], k: number, end: number, segs: readonly Seg[]): Part {
  let headEnd = k;
  while (headEnd < end && segs[headEnd] === 'doc') headEnd++;
  const statementDoc = lexicon.statementDocuments.has(cw.slice(k, headEnd).join(' ')) || lexicon.statementDocuments.has(cw[k]!);
  let by = -1;
  let relative = -1;
  for (let p = headEnd; p < end; p++) {
    const w = cw[p]!;
    if (lexicon.agents.has(w) || lexicon.sources.has(w)) by = p;
    if (relative < 0 && lexicon.documentRelatives.has(w)) relative = p;
  }
  // "yang dirilis Kementerian Luar Negeri Jepang": a passive verb followed directly by its agent.
  if (by < 0 && relative >= 0 && relative + 2 < end && cw[relative + 1]!.startsWith(lexicon.passivePrefix) && isVerbLike(view.tokens[idx[relative + 1]!]!)) {
    by = relative + 1;
  }
  let issuer: Phrase | null = null;
  // "pernyataan di KCNA", "laporan pada Senin": a place or time, not an issuer.
  const placeOrTime = headEnd < end && headEnd !== relative && !lexicon.sources.has(cw[headEnd]!) && lexicon.functionWords.has(cw[headEnd]!) && by !== headEnd;
  if (placeOrTime) issuer = null;
  else if (by >= 0 && (relative < 0 || by > relative) && (lexicon.agents.has(cw[by]!) || by === relative + 1 || relative < 0 || relative === headEnd)) {
    issuer = issuerFrom(view, idx, by + 1, end);
  } else {
    const before = relative >= 0 ? relative : end;
    issuer = issuerFrom(view, idx, headEnd, before);
    if (issuer?.type === 'named' && by > relative && relative >= 0) {
      // "laporan intelijen yang baru dibuka dari AS": the body named before the clause, of the place after it.
      const of = sliceTokens(view, idx[by + 1]!, idx[end - 1]! + 1);
      issuer = { ...issuer, mentions: issuer.mentions.map((m, i) => (i === 0 ? { ...m, name: `${m.name} ${of}` } : m)) };
    }
  }
  if (issuer?.type === 'named') return { type: 'named', mentions: issuer.mentions, document: statementDoc };
  return { type: 'statement' };
}
