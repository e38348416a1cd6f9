import type { ParagraphView } from '../paragraph-view.js';
import { lexicon } from './lexicon.js';
import { classifySegment } from './speaker-phrase.js';
import { MAX_PHRASE, nextComma, type TokenRange } from './token-ranges.js';
import { anchorLength, isComma, isConjunction, isFunctionWord, isPhraseWord, isTimeWord, isVerbLike } from './word-classes.js';

/**
 * The speaker phrase after a post-posed cue ("kata | juru bicara … John Kirby | kepada wartawan",
 * "menurut | pernyataan bersama yang dikeluarkan oleh Departemen Luar Negeri AS"), as a token range.
 */

/** The speaker phrase after a post-posed cue, starting at token `start`, within the sentence [.., sTo). */
export function phraseAfter(view: ParagraphView, start: number, sTo: number): TokenRange | null {
  const { tokens, keys: words } = view;
  let i = start;
  if (lexicon.agents.has(words[i] ?? '')) i++;
  const from = i;
  let named = false;
  while (i < sTo && i - from < MAX_PHRASE) {
    const t = tokens[i]!;
    if (t.quote !== -1 || t.kind === 'open' || t.kind === 'close') break;
    if (t.kind === 'punct') {
      if (t.text === '(') {
        let c = i + 1;
        while (c < sTo && c < i + 8 && tokens[c]!.text !== ')') c++;
        if (tokens[c]?.text !== ')' || c === i + 1) break;
        i = c + 1;
        continue;
      }
      // "Hj. Siti Aminah", "Prof. Dr. Hasanuddin": the full stop of an honorific before a name.
      if (t.text === '.' && i > from && tokens[i - 1]!.end === t.start && lexicon.honorifics.matchAt(words, i - 1, i) === 1 && tokens[i + 1]?.cap === true) {
        i++;
        continue;
      }
      // "…, Rudi Hartono, kepada wartawan": a listener after the comma ends the phrase (a role
      // word after it, "wartawan", is whom the words were said to, not the speaker's role).
      if (isComma(t) && i > from && !lexicon.listeners.has(words[i + 1] ?? '')) {
        const to = nextComma(view, i + 1, sTo);
        const here = classifySegment(view, from, i);
        const next = classifySegment(view, i + 1, to);
        const roleLike = here === 'role' || here === 'roleish' || (here === 'titledName' && next === 'name');
        if (((here === 'name' || here === 'titledName') && (next === 'role' || next === 'roleish')) || (roleLike && next === 'name')) {
          i = to;
          continue;
        }
        // "kata Kepala Dusun Nglahar, Kelurahan Sumbersari, Kecamatan Moyudan, Wahyu Wibowo": places between a role and the name.
        const named = roleLike && next === 'body' ? nameAfterBodies(view, to, sTo) : -1;
        if (named > 0) {
          i = named;
          continue;
        }
      }
      break;
    }
    const anonymity = lexicon.anonymity.matchAt(words, i, sTo);
    if (anonymity > 0) {
      i += anonymity;
      continue;
    }
    if (isConjunction(t)) {
      if (i > from && tokens[i + 1]?.cap) {
        i++;
        continue;
      }
      break;
    }
    if (isFunctionWord(t)) {
      // "analis dari Institut Asan …" goes on; "Budi di Kompleks Parlemen" ends at the place.
      if (lexicon.internalPrepositions.has(t.fold) && i > from && tokens[i + 1]?.cap && !(named && lexicon.locationPrepositions.has(t.fold))) {
        i++;
        continue;
      }
      const by = documentIssuer(view, from, i, sTo);
      if (by > 0) {
        i = by;
        continue;
      }
      break;
    }
    // "Ketua RT 05, …", "Manajer Humas PT KAI Daop 8 Surabaya Suprapto": a unit's number inside the phrase.
    if (/^\d+$/u.test(t.text) && i > from && tokens[i - 1]!.cap && (isComma(tokens[i + 1]) || tokens[i + 1]?.cap === true)) {
      i++;
      continue;
    }
    if (isVerbLike(t) || isTimeWord(t) || (!t.cap && named && !isPhraseWord(tokens, words, i))) break;
    // A capitalised word that no lexicon entry claims is probably a person's name.
    if (t.cap && !isFunctionWord(t) && anchorLength(words, i, sTo) === 0 && !lexicon.organisationWords.has(t.fold)) named = true;
    i++;
  }
  return i > from ? { from, to: i } : null;
}

/** After a run of ", body" segments starting at the comma `comma`, the end of a ", name" segment, or -1. */
function nameAfterBodies(view: ParagraphView, comma: number, sTo: number): number {
  for (let c = comma, hops = 0; c < sTo && isComma(view.tokens[c]) && hops < 4; hops++) {
    const to = nextComma(view, c + 1, sTo);
    const kind = classifySegment(view, c + 1, to);
    if (kind === 'name') return to;
    if (kind !== 'body') return -1;
    c = to;
  }
  return -1;
}

/** "pernyataan bersama yang dikeluarkan oleh …": the token after "oleh", when the phrase is a document. */
function documentIssuer(view: ParagraphView, from: number, i: number, sTo: number): number {
  if (lexicon.documents.matchAt(view.keys, from) === 0) return -1;
  const w = view.keys[i] ?? '';
  if (lexicon.agents.has(w) || lexicon.sources.has(w)) return i + 1;
  if (!lexicon.documentRelatives.has(w)) return -1;
  for (let k = i + 1; k < Math.min(sTo, i + 6); k++) {
    if (view.tokens[k]!.kind !== 'word') return -1;
    if (lexicon.agents.has(view.keys[k] ?? '')) return k + 1;
  }
  // "yang dirilis Kementerian …": the agent right after a passive verb.
  const verb = view.tokens[i + 1];
  if (verb?.fold.startsWith('di') && isVerbLike(verb) && view.tokens[i + 2]?.cap) return i + 2;
  return -1;
}
