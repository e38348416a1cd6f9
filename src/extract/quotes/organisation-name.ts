import { lexicon } from './lexicon.js';
import type { ParagraphView } from './paragraph-view.js';

/** Where an organisation's name ends after its head ("Kementerian Luar Negeri Jepang", "Institut Asan untuk Studi Kebijakan"). */

const ORG_CONNECTORS = new Set(['untuk', 'dan', 'for', 'of', 'and', 'on']);

/** From q to the end, only capitalised words that are neither organisation words nor lexicon names: a person's name. */
function endsWithName(view: ParagraphView, idx: readonly number[], cw: readonly string[], q: number, end: number): boolean {
  for (let r = q; r < end; r++) {
    const w = cw[r]!;
    if (!view.tokens[idx[r]!]!.cap || lexicon.organisationWords.has(w) || lexicon.countries.matchAt(cw, r, end) > 0 || lexicon.organisations.matchAt(cw, r, end) > 0) return false;
  }
  return true;
}

/**
 * An organisation head takes the capitalised words after it ("Kementerian Luar Negeri Jepang",
 * "Grup Wagner"), but a person's name after a country inside it is not part of it
 * ("Departemen Luar Negeri AS Ned Price"), nor, after a role, a run of capitalised words that are
 * not organisation words and end the phrase ("juru bicara Kementerian Pertahanan Igor Konashenkov").
 */
export function extendOrganisation(view: ParagraphView, idx: readonly number[], cw: readonly string[], start: number, p: number, end: number, afterRole: boolean): number {
  let lastAffiliation = -1;
  let q = p;
  for (;;) {
    if (q + 1 < end && ORG_CONNECTORS.has(cw[q]!) && view.tokens[idx[q + 1]!]!.cap && q > p) {
      q++;
      continue;
    }
    if (!(q < end && view.tokens[idx[q]!]!.cap && lexicon.titles.matchAt(cw, q, end) === 0)) break;
    if (afterRole && endsWithName(view, idx, cw, q, end)) break;
    const len = Math.max(lexicon.countries.matchAt(cw, q, end), lexicon.organisations.matchAt(cw, q, end));
    if (len > 0) (q += len), (lastAffiliation = q);
    else q++;
  }
  while (q > p && ORG_CONNECTORS.has(cw[q - 1]!)) q--;
  if (lastAffiliation > 0 && q > lastAffiliation && q === end) return lastAffiliation;
  return Math.max(q, start + 1);
}
