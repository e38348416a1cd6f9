import type { ParagraphView } from '../paragraph-view.js';
import { lexicon } from './lexicon.js';

/** Where an organisation's name ends after its head ("Kementerian Luar Negeri Jepang", "Institut Asan untuk Studi Kebijakan"). */

const ORG_CONNECTORS = new Set(['untuk', 'dan', 'for', 'of', 'and', 'on']);

/**
 * From q to the end, capitalised words that can hold a person's name: no country, known body,
 * title or organisation head among them, and a last word that is no organisation word (one before it
 * may be a given name: "… Pertanian Agung Hendriadi"; the name's start is refined by the parser).
 */
function endsWithName(view: ParagraphView, idx: readonly number[], cw: readonly string[], q: number, end: number): boolean {
  if (end - q > 6 || lexicon.organisationWords.has(cw[end - 1]!)) return false;
  for (let r = q; r < end; r++) {
    if (!view.tokens[idx[r]!]!.cap || lexicon.countries.matchAt(cw, r, end) > 0 || lexicon.organisations.matchAt(cw, r, end) > 0) return false;
    if (lexicon.titles.matchAt(cw, r, end) > 0 || lexicon.organisationHeads.matchAt(cw, r, end) > 0) return false;
  }
  return true;
}

/**
 * An organisation head takes the capitalised words after it ("Kementerian Luar Negeri Jepang",
 * "Grup Wagner"), but a person's name after a country inside it is not part of it
 * ("Departemen Luar Negeri AS Ned Price"), nor, after a role, a run of capitalised words that are
 * not organisation words and end the phrase ("juru bicara Kementerian Pertahanan Igor Konashenkov").
 */
export function extendOrganisation(
  view: ParagraphView,
  idx: readonly number[],
  cw: readonly string[],
  start: number,
  p: number,
  end: number,
  afterRole: boolean,
): number {
  // "Kabupaten Sukamaju Dedi Kurniawan": after a role, a place is one word (and its place words).
  if (afterRole && p === start + 1 && lexicon.placeHeads.has(cw[start]!) && p < end && view.tokens[idx[p]!]!.cap) {
    let q = p + 1;
    while (q < end && lexicon.placeWords.has(cw[q]!)) q++;
    if (q < end && endsWithName(view, idx, cw, q, end)) return q;
    // "Warga Dusun Sumberejo, Karto dan Sarmi": a place head is never followed by a person's name alone.
    if (q === end) return q;
  }
  let lastAffiliation = -1;
  let q = p;
  for (;;) {
    if (q + 1 < end && ORG_CONNECTORS.has(cw[q]!) && view.tokens[idx[q + 1]!]!.cap && q > p) {
      q++;
      continue;
    }
    if (!(q < end && view.tokens[idx[q]!]!.cap && lexicon.titles.matchAt(cw, q, end) === 0)) break;
    // "… (BPBD) Yusuf Arifin": a bracketed acronym closes the body's name
    if (afterRole && q > p && idx[q]! - idx[q - 1]! > 1 && endsWithName(view, idx, cw, q, end)) break;
    if (afterRole && endsWithName(view, idx, cw, q, end)) break;
    // "… Kabupaten Lereng M Agung Setiadi": a place inside the body is one word and its place words
    if (afterRole && lexicon.placeHeads.has(cw[q]!) && q + 1 < end && view.tokens[idx[q + 1]!]!.cap) {
      let r = q + 2;
      while (r < end && lexicon.placeWords.has(cw[r]!)) r++;
      if (r < end && endsWithName(view, idx, cw, r, end)) {
        q = r;
        break;
      }
    }
    const len = Math.max(lexicon.countries.matchAt(cw, q, end), lexicon.organisations.matchAt(cw, q, end));
    if (len > 0) (q += len), (lastAffiliation = q);
    else q++;
  }
  while (q > p && ORG_CONNECTORS.has(cw[q - 1]!)) q--;
  if (lastAffiliation > 0 && q > lastAffiliation && q === end) return lastAffiliation;
  return Math.max(q, start + 1);
}
