import type { ParagraphView } from '../paragraph-view.js';
import { lexicon } from './lexicon.js';
import { skipAdjunctBack, skipAdverbsBack, skipTimeBack } from './skip-adjuncts.js';
import { classifySegment } from './speaker-phrase.js';
import { MAX_PHRASE, matchingOpen, nextComma, type TokenRange } from './token-ranges.js';
import { isComma, isConjunction, isFunctionWord, isPhraseWord, isTimeWord, isVerbLike } from './word-classes.js';

/**
 * The subject phrase before an active speech verb ("juru bicara … John Kirby | mengatakan",
 * "Vedant Patel, wakil juru bicara …, | mengatakan", "Park Jin, … dan Antony Blinken | mengatakan"),
 * as a token range; parsing it is speaker-phrase.ts's job.
 */

/** The subject phrase before token `v` within [sFrom, v), or null when it is left out ("…, dengan mengatakan"). */
export function phraseBefore(view: ParagraphView, sFrom: number, v: number): TokenRange | null {
  const { tokens, keys: words } = view;
  let j = skipAdverbsBack(view, sFrom, v - 1);
  // "Wali Kota Bogor Bima Arya, Minggu (17/5/2020) menyatakan": a date between a comma and the verb.
  const dated = dateStart(view, sFrom, j);
  if (dated > sFrom && isComma(tokens[dated - 1])) j = dated - 1;
  // "Irfan Setiaputra, Minggu (2/8/2020), mengatakan", "Yuhendar Muabuai, saat dihubungi dari
  // Jayapura, Senin (14/9/2020), mengatakan": skip the comma-bracketed adjuncts, then the subject.
  for (let hops = 0; isComma(tokens[j]) && hops < 5; hops++) {
    let k = j - 1;
    while (k >= sFrom && !isComma(tokens[k]) && tokens[k]!.kind !== 'open' && tokens[k]!.kind !== 'close' && tokens[k]!.quote === -1) k--;
    if (isComma(tokens[k]) && isAdjunctSegment(view, k + 1, j)) {
      j = k;
      continue;
    }
    {
      // "Vedant Patel, wakil juru bicara …, mengatakan" has a subject; "… pernyataan di PBB, menyatakan" has not.
      const a = segmentStart(view, sFrom, j - 1);
      const clean = a < sFrom || isComma(tokens[a]) || tokens[a]!.kind === 'open' || tokens[a]!.kind === 'close';
      if (!clean || classifySegment(view, a + 1, j) === 'other') return null;
      j--;
    }
    break;
  }
  // "Pernyataan pada Kamis (26/10) mengatakan": a time between subject and verb.
  j = skipTimeBack(view, sFrom, j);
  j = skipAdjunctBack(view, sFrom, j);
  const end = j + 1;
  let i = j;
  let hasConjunction = false;
  while (i >= sFrom && end - i <= MAX_PHRASE) {
    const t = tokens[i]!;
    if (t.quote !== -1 || t.kind === 'open' || t.kind === 'close') break;
    if (t.kind === 'punct') {
      if (t.text === ')') {
        const open = matchingOpen(view, sFrom, i);
        if (open < 0) break;
        i = open - 1;
        continue;
      }
      if (isComma(t) && i < end - 1 && continuesAcrossComma(view, sFrom, i, end, hasConjunction)) {
        i--;
        continue;
      }
      break;
    }
    const anonymity = lexicon.anonymity.matchEndingAt(words, i, sFrom);
    if (anonymity > 0) {
      i -= anonymity;
      continue;
    }
    if (isConjunction(t)) {
      const before = isComma(tokens[i - 1]) ? i - 2 : i - 1;
      if (i < end - 1 && before >= sFrom && isPhraseWord(tokens, words, before)) {
        hasConjunction = true;
        i--;
        continue;
      }
      break;
    }
    if (isFunctionWord(t)) {
      // "pejabat AS untuk Korea Utara", "a vice director of the North Korean defence ministry".
      const next = tokens[i + 1]!;
      // ("seorang pejabat di kementerian yang enggan disebutkan namanya": or a body's common noun)
      const namedNext =
        next.cap || (lexicon.definiteArticles.has(next.fold) && tokens[i + 2]?.cap === true) || lexicon.organisationHeads.matchAt(words, i + 1) > 0;
      if (lexicon.internalPrepositions.has(t.fold) && i < end - 1 && namedNext && i - 1 >= sFrom) {
        if (isPhraseWord(tokens, words, i - 1) || roleBefore(view, sFrom, i)) {
          i--;
          continue;
        }
        // "laporan intelijen yang baru dibuka dari AS": the preposition ends a clause inside the phrase.
        const y = isVerbLike(tokens[i - 1]!) ? relativeClauseStart(view, sFrom, i - 1) : -1;
        if (y >= 0) {
          i = y - 1;
          continue;
        }
      }
      break;
    }
    if (isVerbLike(t)) {
      const y = relativeClauseStart(view, sFrom, i);
      if (y < 0) break;
      i = y - 1;
      continue;
    }
    i--;
  }
  let from = i + 1;
  while (from < end && !(isPhraseWord(tokens, words, from) || tokens[from]!.text === '(')) from++;
  return from < end ? { from, to: end } : null;
}

/** First token of a date or time run ending at j ("Minggu (17/5/2020)", "Senin pagi", "pekan lalu"), or j + 1 when there is none. */
function dateStart(view: ParagraphView, sFrom: number, j: number): number {
  const { tokens } = view;
  let k = j;
  let sawTime = false;
  while (k >= sFrom) {
    const t = tokens[k]!;
    if (t.quote !== -1 || t.kind === 'open' || t.kind === 'close') break;
    if (t.kind === 'word' && (isTimeWord(t) || /^\d/u.test(t.text))) sawTime ||= isTimeWord(t);
    else if (!(t.kind === 'punct' && (t.text === '(' || t.text === ')' || t.text === '/'))) break;
    k--;
  }
  return sawTime ? k + 1 : j + 1;
}

/**
 * A comma-bracketed stretch between a subject and its verb that is not part of the subject: a
 * prepositional or time adjunct ("dalam sebuah surat", "saat dihubungi", "Senin (14/9/2020)"), a
 * relative clause ("yang dihubungi Kompas"), a passive participle ("dihubungi dari Jayapura"), a
 * relay or an anonymity clause.
 */
function isAdjunctSegment(view: ParagraphView, from: number, to: number): boolean {
  const { tokens, keys: words } = view;
  const first = words[from];
  if (first === undefined || from >= to) return false;
  if (dateStart(view, from, to - 1) === from) return true;
  // "Grace Otieno, 34, said": an age.
  if (to === from + 1 && /^\d{1,3}$/u.test(tokens[from]!.text)) return true;
  return (
    lexicon.adjunctPrepositions.has(first) ||
    first === 'yang' ||
    first === 'who' ||
    (first === 'sementara' && words[from + 1] === 'itu') ||
    (first.startsWith('di') && isVerbLike(tokens[from]!)) ||
    lexicon.relayPassive.matchAt(words, from, to) > 0 ||
    lexicon.anonymity.matchAt(words, from, to) > 0
  );
}

/** "laporan intelijen yang baru dibuka dari AS mengatakan": the verb belongs to a clause inside the phrase. */
function relativeClauseStart(view: ParagraphView, sFrom: number, verb: number): number {
  for (let y = verb - 1; y >= Math.max(sFrom, verb - 4); y--) {
    const w = view.keys[y]!;
    if (lexicon.relatives.has(w)) return y - 1 >= sFrom && view.tokens[y - 1]!.kind === 'word' ? y : -1;
    if (view.tokens[y]!.kind !== 'word') return -1;
  }
  return -1;
}

/**
 * A comma continues a subject phrase into the words before it only for an apposition
 * ("Vedant Patel, wakil juru bicara …, mengatakan") or a list ending in "dan"/"and".
 */
function continuesAcrossComma(view: ParagraphView, sFrom: number, comma: number, end: number, hasConjunction: boolean): boolean {
  const a = segmentStart(view, sFrom, comma - 1);
  const before = classifySegment(view, a + 1, comma);
  const after = classifySegment(view, comma + 1, nextComma(view, comma + 1, end));
  const boundary = view.tokens[a];
  const startsClean = a < sFrom || isComma(boundary) || boundary!.kind === 'close' || boundary!.kind === 'open';
  // "setelah Vedant Patel, wakil juru bicara …, mengatakan"; but a role before the name must open its
  // clause: in "ditanya wartawan, Kirby menjawab" the reporters are not Kirby's role.
  if ((before === 'name' || before === 'titledName') && (after === 'role' || after === 'roleish') && !(boundary && isVerbLike(boundary))) return true;
  // "Rahmat Hidayat, Direktur Eksekutif Lembaga Kajian Pangan Nusantara, mengatakan": a role whose body reads like a name
  if (before === 'name' && after === 'titledName' && startsClean) return true;
  if ((before === 'role' || before === 'roleish' || before === 'titledName') && after === 'name' && startsClean) return true;
  // "The foreign ministers of Japan, South Korea and …": a list may open inside "of …".
  const ofList = boundary?.kind === 'word' && lexicon.speaksFor.has(view.keys[a] ?? '') && a - 1 >= sFrom && isPhraseWord(view.tokens, view.keys, a - 1);
  return hasConjunction && (startsClean || ofList) && before !== 'other';
}

/**
 * Index of the token that stops a comma-free stretch of phrase words ending at `j`: words that are
 * neither function words nor verbs, bracketed acronyms, and "dan" between two of them.
 */
function segmentStart(view: ParagraphView, sFrom: number, j: number): number {
  const { tokens } = view;
  let a = j;
  while (a >= sFrom) {
    const t = tokens[a]!;
    if (t.quote !== -1 || t.kind === 'open' || t.kind === 'close') return a;
    if (t.text === ')') {
      const open = matchingOpen(view, sFrom, a);
      if (open < 0) return a;
      a = open - 1;
      continue;
    }
    if (t.kind !== 'word') return a;
    if (isConjunction(t) && a < j && a > sFrom && tokens[a - 1]!.kind === 'word' && !isFunctionWord(tokens[a - 1]!)) {
      a--;
      continue;
    }
    // "dokter emergensi dari Persatuan Dokter Emergensi Indonesia": a preposition inside a role.
    // ("spokesperson for the Royal Thai Army": an article between the preposition and the name)
    const article = lexicon.definiteArticles.has(t.fold) && a < j && a > sFrom && tokens[a + 1]!.cap && lexicon.internalPrepositions.has(tokens[a - 1]!.fold);
    const named = tokens[a + 1]!.cap || (lexicon.definiteArticles.has(tokens[a + 1]!.fold) && tokens[a + 2]?.cap === true);
    const inside =
      article || (lexicon.internalPrepositions.has(t.fold) && a < j && a > sFrom && named && tokens[a - 1]!.kind === 'word' && !isFunctionWord(tokens[a - 1]!));
    if ((isFunctionWord(t) && !inside) || isVerbLike(t)) return a;
    a--;
  }
  return a;
}

/**
 * "pedagang sayur di Pasar Baru", "dokter gigi di Klinik Sehat": a role of a few lower-case words
 * ends right before the preposition, so the place after it is part of the phrase.
 */
function roleBefore(view: ParagraphView, sFrom: number, prep: number): boolean {
  for (let k = prep - 1; k >= Math.max(sFrom, prep - 3); k--) {
    const t = view.tokens[k]!;
    if (t.kind !== 'word' || t.cap || t.quote !== -1 || isFunctionWord(t) || isVerbLike(t)) return false;
    if (lexicon.titles.matchAt(view.keys, k, prep) > 0) return true;
  }
  return false;
}
