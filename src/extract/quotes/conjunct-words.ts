import { stemWord } from '../../language/stem.js';
import { type ParagraphView, sliceTokens } from '../paragraph-view.js';
import { lexicon } from './lexicon.js';
import { extendOrganisation } from './organisation-name.js';
import type { Mention, SpeakerKind } from './speaker-phrase.js';
import { isAcronym } from './tokens.js';
import { anchorLength, groupBase, isNameToken } from './word-classes.js';

/** The words of a conjunct labelled by what they are, and the questions parseConjunct asks of them. */

/** What a word of a conjunct is, by the lexicon entry that claims it. */
export type Seg = 'org' | 'country' | 'orgHead' | 'title' | 'group' | 'name' | 'mod' | 'doc' | 'hon';

/** The words of one conjunct (brackets, determiners and trailing demonstratives set aside) and what each is. */
export interface Conjunct {
  readonly view: ParagraphView;
  /** Token indices of the conjunct's words. */
  readonly idx: readonly number[];
  /** Folded words, parallel to idx. */
  readonly cw: readonly string[];
  /** First word after determiners and plural markers, and end of the body. */
  readonly k: number;
  readonly end: number;
  /** First word after determiners (plural markers included in names: "para ahli"). */
  readonly bodyStart: number;
  readonly aliases: readonly string[];
  readonly segs: Seg[];
  titleHead: string | null;
}

/** Words that start an organisation, country, document, organisation head, title or title prefix: most words start none. */
const segmentStarts = new Set(
  [lexicon.organisations, lexicon.countries, lexicon.documents, lexicon.organisationHeads, lexicon.titlePrefixes, lexicon.titles].flatMap((table) => [
    ...table.firstWords(),
  ]),
);

/** Labels each word by the lexicon entry it belongs to; true when the conjunct starts with a document ("pernyataan …"). */
export function segment(c: Conjunct): boolean {
  const { view, idx, cw, k, end, segs } = c;
  let firstDoc = -1;
  for (let p = k; p < end; ) {
    let len = 0;
    let seg: Seg = 'org';
    // (a word that starts no entry of these tables matches none of them)
    if (segmentStarts.has(cw[p]!)) {
      len = lexicon.organisations.matchAt(cw, p, end);
      if (len === 0 && (len = lexicon.countries.matchAt(cw, p, end)) > 0) seg = 'country';
      if (len === 0 && p === k && (len = lexicon.documents.matchAt(cw, p, end)) > 0) (seg = 'doc'), (firstDoc = p);
      if (len === 0 && (len = lexicon.organisationHeads.matchAt(cw, p, end)) > 0) {
        seg = 'orgHead';
        // after a title ("Wakil Ketua Baleg DPR dari Fraksi Partai … Achmad Baidowi"), a person's name may
        // end the body's name, unless the name came first ("Profesor Hana Widjaja dari Universitas …")
        const before = segs.slice(k, p);
        const afterRole = p > k && before.includes('title') && !before.some((s, q) => s === 'name' && before[q + 1] === 'name');
        len = extendOrganisation(view, idx, cw, p, p + len, end, afterRole) - p;
      }
      const prefix = len === 0 ? lexicon.titlePrefixes.matchAt(cw, p, end) : 0;
      if (prefix > 0 && lexicon.titles.matchAt(cw, p + prefix, end) > 0) (seg = 'title'), (len = prefix);
      if (len === 0 && (len = lexicon.titles.matchAt(cw, p, end)) > 0) {
        seg = 'title';
        c.titleHead ??= cw.slice(p, p + len).join(' ');
      }
    }
    if (len === 0 && groupBase(cw[p]!) !== null) (seg = 'group'), (len = 1);
    // "Pak Suyatno", "Prof. Dr. Hasanuddin Latif", "KH Abdul Mukti": a form of address before a name
    // is part of neither the name nor the role.
    // (not inside a name: "Abdul H Rahman")
    if (len === 0 && segs[p - 1] !== 'name' && (len = lexicon.honorifics.matchAt(cw, p, end)) > 0) {
      if (p + len < end && view.tokens[idx[p + len]!]!.cap) seg = 'hon';
      else len = 0;
    }
    if (len === 0) {
      len = 1;
      seg = isNameToken(view, idx[p]!) ? 'name' : 'mod';
      const nextIsName = view.tokens[idx[p + 1] ?? -1]?.cap === true && anchorLength(cw, p + 1, end) === 0;
      if (seg === 'mod' && lexicon.nameParticles.has(cw[p]!) && p > k && segs[p - 1] === 'name' && nextIsName) seg = 'name';
    }
    if (seg === 'orgHead') {
      // "National Intelligence Service", "the Conflict Armament Research group": English names put the head last.
      // ("the Royal Thai Army": over a country inside the name too)
      for (let q = p - 1; q >= k && (segs[q] === 'name' || segs[q] === 'country'); q--) if (segs[q] === 'name') segs[q] = 'orgHead';
    }
    for (let q = p; q < p + len; q++) segs[q] = seg;
    p += len;
  }
  return firstDoc === k;
}

/**
 * "the foreign ministers of Japan", "para menteri luar negeri dari Jepang": officials named only by
 * the country or body they speak for, which then stands as the speaker (one of a joint list).
 */
export function speaksFor(c: Conjunct): string | null {
  let of = -1;
  for (let p = c.k; p < c.end; p++) if (lexicon.speaksFor.has(c.cw[p]!)) of = p;
  if (of <= c.k || of === c.end - 1) return null;
  const head = c.segs.slice(c.k, of);
  if (!head.some((s) => s === 'title' || s === 'group') || head.includes('name')) return null;
  let plural = c.k > c.bodyStart;
  for (let q = c.k; q < of; q++) if (lexicon.pluralNouns.matchAt(c.cw, q, q + 1) > 0) plural = true;
  if (!plural) return null;
  let p = of + 1;
  while (p < c.end && lexicon.articles.has(c.cw[p]!)) p++;
  for (let q = p; q < c.end; q++) if (c.segs[q] !== 'country' && c.segs[q] !== 'org') return null;
  return p < c.end ? textOf(c, p, c.end) : null;
}

/**
 * Whether capitalised words [a, b) can be a person's name: not a lone or embedded acronym ("Daily
 * NK", "PBB"), not only organisation words ("38 North"), and not the proper name of a body introduced
 * by an organisation head without any role ("situs pemantau Daily NK").
 */
export function isPersonName(c: Conjunct, a: number, b: number): boolean {
  let acronym = false;
  let organisationOnly = true;
  let derivedOnly = true;
  for (let q = a; q < b; q++) {
    const t = c.view.tokens[c.idx[q]!]!;
    if (isAcronym(t)) acronym = true;
    if (!lexicon.organisationWords.has(c.cw[q]!)) organisationOnly = false;
    if (stemWord(c.cw[q]!) === c.cw[q]) derivedOnly = false;
  }
  // "Menteri Perekonomian", "Kepala Kesehatan": words built on roots name a field, not a person.
  if (acronym || organisationOnly || derivedOnly) return false;
  const before = c.segs.slice(c.k, a);
  return !(before.includes('orgHead') && !before.includes('title'));
}

/** Verbatim text of the conjunct's words [a, b). */
export function textOf(c: Conjunct, a: number, b: number): string {
  return b > a ? sliceTokens(c.view, c.idx[a]!, c.idx[b - 1]! + 1) : '';
}

/** A mention carrying the conjunct's bracketed aliases. */
export function mentionOf(c: Conjunct, kind: SpeakerKind, name: string, role: string | null, referential = false): Mention {
  return { name, role, kind, aliases: c.aliases, referential };
}

/** Whether any word of the conjunct's body is of this kind. */
export function hasSeg(c: Conjunct, s: Seg): boolean {
  for (let p = c.k; p < c.end; p++) if (c.segs[p] === s) return true;
  return false;
}

/** The description head of "diplomat tersebut", "the official", "juru bicara itu". */
export function headOf(c: Conjunct): string | null {
  for (let p = c.k; p < c.end; p++) {
    const len = lexicon.descriptionHeads.matchAt(c.cw, p, c.end);
    if (len > 0) return c.cw.slice(p, p + len).join(' ');
  }
  if (c.titleHead !== null) return c.titleHead;
  for (let p = c.k; p < c.end; p++) if (c.segs[p] === 'orgHead') return c.cw[p]!;
  return null;
}
