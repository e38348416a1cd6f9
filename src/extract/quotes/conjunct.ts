import { stemWord } from '../../language/stem.js';
import type { ParagraphView } from '../paragraph-view.js';
import { type Conjunct, hasSeg, headOf, isPersonName, mentionOf, type Seg, segment, speaksFor, textOf } from './conjunct-words.js';
import { parseDocument } from './document-issuer.js';
import { lexicon } from './lexicon.js';
import type { Part } from './speaker-phrase.js';
import { isAcronym } from './tokens.js';

/**
 * One conjunct of a speaker phrase (no commas or "dan" at its top level): a person with an optional
 * role, an organisation, a group, an anonymous source, a pronoun, a description or a document.
 */

/** One conjunct: a person with an optional role, an organisation, a group, an anonymous source … */
export function parseConjunct(view: ParagraphView, from: number, to: number): Part | null {
  const { tokens } = view;
  const idx: number[] = [];
  const aliases: string[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.text === '(') {
      let j = i + 1;
      while (j < to && tokens[j]!.text !== ')') j++;
      if (j === i + 2 && tokens[i + 1]!.kind === 'word') aliases.push(tokens[i + 1]!.text);
      i = j;
      continue;
    }
    if (t.kind === 'word') idx.push(i);
  }
  let k = 0;
  let indefinite = false;
  let definite = false;
  while (k < idx.length && lexicon.determiners.has(view.keys[idx[k]!]!)) {
    const w = view.keys[idx[k]!]!;
    if (lexicon.definiteArticles.has(w)) definite = true;
    else indefinite = true;
    k++;
  }
  let plural = false;
  const bodyStart = k;
  while (k < idx.length && lexicon.pluralMarkers.has(view.keys[idx[k]!]!)) (plural = true), k++;
  let end = idx.length;
  let demonstrative = false;
  if (end > k && lexicon.demonstratives.has(view.keys[idx[end - 1]!]!)) (demonstrative = true), end--;
  const cw = idx.map((i) => view.keys[i]!);
  const anonymous = end > k ? lexicon.anonymity.matchEndingAt(cw, end - 1, k) : 0;
  end -= anonymous;
  if (end <= k) return null;
  const c: Conjunct = { view, idx, cw, k, end, bodyStart, aliases, segs: new Array<Seg>(cw.length).fill('mod'), titleHead: null };
  if (end - k === 1 && !plural) {
    const w = cw[k]!;
    if (lexicon.personPronouns.has(w)) return { type: 'pronoun', number: 'one' };
    if (lexicon.groupPronouns.has(w)) return { type: 'pronoun', number: 'many' };
    if (lexicon.organisationPronouns.has(w)) return { type: 'pronoun', number: 'it' };
    if (lexicon.anyPronouns.has(w)) return { type: 'pronoun', number: 'any' };
  }
  // "menurut hukum Malaysia", "menurut aturan itu": laws and rules are no speakers.
  if (lexicon.nonSpeakers.has(cw[k]!)) return null;
  if (segment(c)) return parseDocument(view, idx, cw, k, end, c.segs);
  const { segs } = c;
  const body = textOf(c, bodyStart, end);

  // The person's name: the last run of capitalised words that no lexicon entry claims.
  let runEnd = -1;
  for (let p = end - 1; p >= k; p--) if (segs[p] === 'name') (runEnd = p + 1), (p = -1);
  runEnd = personBeforeAffiliation(c, runEnd);
  if (runEnd > 0) {
    let runStart = runEnd - 1;
    while (runStart > k && segs[runStart - 1] === 'name') runStart--;
    // "juru bicara HUR Andriy Yusov": an acronym opening the run is the body, the rest the name.
    while (runEnd - runStart > 1 && isAcronym(tokens[idx[runStart]!]!)) segs[runStart++] = 'org';
    // "Menteri Perhubungan Wahyu Adinata", "Gubernur Sulawesi Tengah Rahmat Lasido": a word built on a
    // root or a place word ends the body, and the name starts after it.
    for (let q = runEnd - 2; q >= runStart; q--) {
      if (!endsBody(cw[q]!)) continue;
      while (runStart <= q) segs[runStart++] = 'org';
      break;
    }
    runStart = afterRegion(c, runStart, runEnd);
    // "warga Manado", "Wali Kota Surabaya": after a role, a known region or city alone is no person.
    const placeOnly = runStart > k && segs[runStart - 1] === 'title' && lexicon.places.matchAt(cw, runStart, runEnd) === runEnd - runStart;
    if (placeOnly || !isPersonName(c, runStart, runEnd)) {
      for (let q = runStart; q < runEnd; q++) segs[q] = 'org';
    } else {
      // "Kirby di Washington": what follows a name is a role only when it does not start with a preposition.
      const after =
        runEnd < end && !lexicon.functionWords.has(cw[runEnd]!) && segs.slice(runEnd, end).some((s) => s !== 'mod' && s !== 'name')
          ? textOf(c, runEnd, end)
          : '';
      let roleEnd = runStart;
      while (roleEnd > bodyStart && segs[roleEnd - 1] === 'hon') roleEnd--;
      const role = textOf(c, bodyStart, roleEnd) || after || null;
      return { type: 'named', mentions: [mentionOf(c, 'person', textOf(c, runStart, runEnd), role)], document: false };
    }
  }
  const affiliated = hasSeg(c, 'org') || hasSeg(c, 'country') || hasSeg(c, 'orgHead');
  const body_ = speaksFor(c);
  if (body_ !== null) return { type: 'named', mentions: [mentionOf(c, 'organisation', body_, null)], document: false };
  let pluralNoun = false;
  for (let p = k; p < end; p++) if (lexicon.pluralNouns.matchAt(cw, p, p + 1) > 0) pluralNoun = true;
  // "the ministers said", "para menteri itu": a group named before.
  if ((demonstrative || definite) && (plural || pluralNoun) && !hasSeg(c, 'country') && !hasSeg(c, 'org')) return { type: 'pronoun', number: 'many' };
  const bareHead = definite && !hasSeg(c, 'org') && !hasSeg(c, 'country') && (!hasSeg(c, 'orgHead') || end - k === 1);
  if ((demonstrative || bareHead) && !plural) {
    const head = headOf(c);
    if (head !== null) return { type: 'description', head, fallback: mentionOf(c, hasSeg(c, 'title') ? 'anonymous' : 'organisation', body, null) };
  }
  const groupWord = segs.indexOf('group', k);
  const groupText = groupWord >= 0 && groupWord < end ? cw[groupWord]! : null;
  // "sekutunya", "its allies": a group that points back at someone already in the list.
  const referential = (groupText?.endsWith(lexicon.clitic) ?? false) || lexicon.possessives.has(cw[k - 1] ?? '') || lexicon.possessives.has(cw[k] ?? '');
  if (plural || pluralNoun || groupText?.includes('-')) {
    return { type: 'named', mentions: [mentionOf(c, 'group', body, null, referential)], document: false };
  }
  if (hasSeg(c, 'title')) {
    const m = mentionOf(c, 'anonymous', body, null);
    return anonymous > 0 || indefinite ? { type: 'named', mentions: [m], document: false } : { type: 'role', mention: m };
  }
  if (affiliated) return { type: 'named', mentions: [mentionOf(c, 'organisation', body, null)], document: false };
  if (groupText !== null) return { type: 'named', mentions: [mentionOf(c, 'group', body, null, referential)], document: false };
  return null;
}

/** A capitalised word that belongs to a body's or a place's name, never to a person's: derived ("Perhubungan") or a place word ("Tengah"). */
function endsBody(fold: string): boolean {
  return lexicon.placeWords.has(fold) || (fold.length > 5 && stemWord(fold) !== fold);
}

/**
 * "Bupati Lembah Hijau Rahmat Hidayat", "Wali Kota Bandung Yana Mulyana": after the title of a
 * region's office the region's name comes first: a known region or city, or, of four or more
 * capitalised words, all but the last two (a person's name is mostly two words).
 */
function afterRegion(c: Conjunct, runStart: number, runEnd: number): number {
  const { cw, segs } = c;
  let t = runStart;
  while (t > c.k && segs[t - 1] === 'title') t--;
  if (t === runStart) return runStart;
  let regional = false;
  for (let q = t; q < runStart && !regional; q++) regional = lexicon.regionalTitles.matchAt(cw, q, runStart) === runStart - q;
  if (!regional) return runStart;
  const place = lexicon.places.matchAt(cw, runStart, runEnd - 1);
  let start = place > 0 ? runStart + place : runEnd - runStart >= 4 ? runEnd - 2 : runStart;
  while (start < runEnd - 1 && lexicon.placeWords.has(cw[start]!)) start++;
  for (let q = runStart; q < start; q++) segs[q] = 'org';
  return start;
}

/**
 * "Fariz Alniezar dari Kesekjenan PBNU", "Hana Widjaja of the Policy Unit NCRI": capitalised words
 * after a preposition that run into a known body or country belong to the body, and the person is
 * the name before the preposition. Returns the end of the run that names the person.
 */
function personBeforeAffiliation(c: Conjunct, runEnd: number): number {
  const { cw, segs, k } = c;
  if (runEnd < 0 || runEnd >= c.end || (segs[runEnd] !== 'org' && segs[runEnd] !== 'country' && segs[runEnd] !== 'orgHead')) return runEnd;
  let runStart = runEnd - 1;
  while (runStart > k && segs[runStart - 1] === 'name') runStart--;
  let p = runStart - 1;
  while (p > k && lexicon.articles.has(cw[p]!)) p--;
  if (p <= k || !lexicon.internalPrepositions.has(cw[p]!) || segs[p - 1] !== 'name') return runEnd;
  for (let q = runStart; q < runEnd; q++) segs[q] = 'org';
  return p;
}
