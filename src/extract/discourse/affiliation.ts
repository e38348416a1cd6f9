import { BoundedCache } from '../../bounded-cache.js';
import { foldWord } from '../../language/fold.js';
import { lexicon } from '../quotes/lexicon.js';

/**
 * What a role or a body's name says about whom it speaks for, and whether a bare role fits a role
 * seen before: "Menteri Luar Negeri Rusia" speaks for Rusia, "juru bicara Kremlin" for the Kremlin
 * and, through the lexicon's `country` of a known organisation, for Rusia; "kata Presiden" fits
 * "Presiden", "Presiden RI", not "Wakil Presiden".
 */

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const ALL_CAPS = /^[\p{Lu}\p{N}.&-]+$/u;

/** Folded words of a phrase as the lexicon tables read them ("as" is not "AS": acronyms match only in capitals). */
function lexiconWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const fold = foldWord(m[0]);
    out.push(lexicon.acronymWords.has(fold) && !ALL_CAPS.test(m[0]) ? `${fold}\u0000` : fold);
  }
  return out;
}

// roles repeat across a corpus; the bound keeps odd input from growing the cache forever
const cache = new BoundedCache<string, readonly string[]>(100_000);

/** The countries and known organisations (canonical names) a role or a body's name names, with a known organisation's country. */
export function affiliationsOf(text: string): readonly string[] {
  return cache.memo(text, computeAffiliations);
}

function computeAffiliations(text: string): readonly string[] {
  const words = lexiconWords(text);
  const out: string[] = [];
  const add = (name: string | undefined): void => {
    if (name !== undefined && !out.includes(name)) out.push(name);
  };
  for (let i = 0; i < words.length; ) {
    const org = lexicon.organisations.matchAt(words, i);
    const country = lexicon.countries.matchAt(words, i);
    if (org >= country && org > 0) {
      const known = lexicon.organisationNames.get(words.slice(i, i + org).join(' '));
      add(known?.name);
      add(known?.country);
      i += org;
    } else if (country > 0) {
      const key = words.slice(i, i + country).join(' ');
      add(lexicon.countryNames.get(key) ?? lexicon.capitalCountries.get(key));
      i += country;
    } else i++;
  }
  return out;
}

/** Whether a role holds a title ("Wakil Ketua Baleg DPR", not "RUU" before "Cipta Kerja"). */
export function holdsTitle(role: string): boolean {
  const words = lexiconWords(role);
  for (let i = 0; i < words.length; i++) if (lexicon.titles.matchAt(words, i) > 0) return true;
  return false;
}

/** Length of the title at the start of a role: titles and the prefixes before them ("Wakil Ketua", "mantan Presiden"). */
function titleLength(words: readonly string[]): number {
  let k = 0;
  for (;;) {
    const title = lexicon.titles.matchAt(words, k);
    if (title > 0) {
      k += title;
      continue;
    }
    const prefix = lexicon.titlePrefixes.matchAt(words, k);
    if (prefix > 0 && lexicon.titles.matchAt(words, k + prefix) > 0) {
      k += prefix;
      continue;
    }
    return k;
  }
}

/**
 * Whether a bare role ("Presiden", "Kepala BNPB") fits a role seen with a person ("Presiden",
 * "Kepala Badan Nasional Penanggulangan Bencana (BNPB)"): the same title, and every other word of
 * the bare role among the seen role's words or the person's affiliations.
 */
export function roleFits(bare: string, seen: string, affiliations: readonly string[]): boolean {
  const q = lexiconWords(bare);
  const r = lexiconWords(seen);
  const qt = titleLength(q);
  const rt = titleLength(r);
  // the same title, or a longer one that starts with it ("Kepala" of "Kepala Badan …"), never another
  // ("Presiden" is not "Wakil Presiden")
  if (qt === 0 || qt > rt) return false;
  for (let k = 0; k < qt; k++) if (q[k] !== r[k]) return false;
  for (let k = qt; k < q.length; k++) {
    const w = q[k]!;
    if (lexicon.demonstratives.has(w) || r.includes(w)) continue;
    if (affiliations.some((a) => lexiconWords(a).includes(w) || affiliationsOf(w).includes(a))) continue;
    return false;
  }
  return true;
}
