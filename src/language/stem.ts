/**
 * Dictionary-backed Indonesian stemmer: Enhanced Confix Stripping (ECS) as in Sastrawi, validated
 * against the Sastrawi root-word list at every step.
 *
 * Where Sastrawi stops at the first dictionary hit, this search tries every ECS parse (the suffix
 * combinations that loop-pengembalian would restore, every prefix rule and nasal recoding) and keeps
 * the root that covers most of the word's own letters, ties going to ECS order. That picks
 * "membantah" -> bantah over mem+ban+tah, and "mengakui" -> aku over the recoded "kaku".
 */
import { readFileSync } from 'node:fs';
import { BoundedCache } from '../bounded-cache.js';

/** `pe` is peN- (nouns of agents and acts); `per` is the separate per- of perang-style verbs and nouns. */
type PrefixKind = 'di' | 'ke' | 'se' | 'be' | 'te' | 'me' | 'pe' | 'per';
type DerivationalSuffix = 'i' | 'kan' | 'an' | null;

/** One ECS prefix rule: `pattern` captures the word after the prefix in group 1. */
interface PrefixRule {
  readonly kind: PrefixKind;
  readonly pattern: RegExp;
  /** Letters put back in front of the rest; `restored` when they are not the word's own letters. */
  readonly leads: readonly { readonly lead: string; readonly restored: boolean }[];
}

/** Reads word lists in order: a line adds a root, "-word" removes one, "#" starts a comment. */
function loadRootWords(...urls: URL[]): ReadonlySet<string> {
  const roots = new Set<string>();
  for (const url of urls) {
    for (const line of readFileSync(url, 'utf8').split('\n')) {
      const word = line.trim();
      if (word === '' || word.startsWith('#')) continue;
      if (word.startsWith('-')) roots.delete(word.slice(1));
      else roots.add(word);
    }
  }
  return roots;
}

const ROOTS = loadRootWords(new URL('./lexicon/root-words.txt', import.meta.url), new URL('./lexicon/root-words-extra.txt', import.meta.url));

/** Shorter "roots" (mi, es, ...) are too often accidental, and ECS never stems words this short. */
const MIN_ROOT_LENGTH = 3;
const MAX_PREFIXES = 3;
const CACHE_LIMIT = 100_000;

const V = '[aiueo]';
const C = '[bcdfghjklmnpqrstvwxyz]';
const C_NOT_R = '[bcdfghjklmnpqstvwxyz]';

/** Lead spec: a plain string keeps the word's own letters, a leading '+' marks a restored letter. */
function rule(kind: PrefixKind, pattern: string, ...leads: string[]): PrefixRule {
  return {
    kind,
    pattern: new RegExp(`^${pattern}$`),
    leads: (leads.length === 0 ? [''] : leads).map((spec) =>
      spec.startsWith('+') ? { lead: spec.slice(1), restored: true } : { lead: spec, restored: false },
    ),
  };
}

// ECS prefix rules in Sastrawi's order (rule numbers from Asian's CS / ECS papers); alternatives of a
// rule are tried in order. When both a vowel root and an r root fit, ber-/ter- words take the vowel
// root (berada -> ada, terancam -> ancam: the merged r counts as restored), while pe- words take the
// r root (perusakan -> rusak, perampasan -> rampas: 21b is a rule of its own). Left out: the pronoun
// prefixes ku-/kau- (41, 42) and the infix rules -er-/-el-/-em-/-in- (37-40), which are rare in news
// and turn names into roots (Kusumo -> sumo, Semarang -> sarang); the dictionary lists infixed words
// such as gemetar and telunjuk whole.
const PREFIX_RULES: readonly PrefixRule[] = [
  rule('di', 'di(.+)'),
  rule('ke', 'ke(.+)'),
  rule('se', 'se(.+)'),
  rule('be', `ber(${V}.*)`, '', '+r'), // 1
  rule('be', `ber(${C_NOT_R}[a-z](?!er[^aiueo]).*)`), // 2, 3
  rule('be', 'bel(ajar.*)'), // 4: bel- occurs only before "ajar"
  rule('be', `be(${C_NOT_R}er${C}.*)`), // 5
  rule('te', `ter(${V}.*)`, '', '+r'), // 6
  rule('te', `ter(${C_NOT_R}.*)`), // 7, 8, 35
  rule('te', `te(${C_NOT_R}er${C}.*)`), // 9
  rule('me', `me([lrwy]${V}.*)`), // 10
  rule('me', 'mem([bfv].*)'), // 11
  rule('me', 'mem(pe.*)'), // 12
  rule('me', `mem(r?${V}.*)`, 'm', '+p'), // 13
  rule('me', 'men([cdjstz].*)'), // 14
  rule('me', `men(${V}.*)`, 'n', '+t'), // 15
  rule('me', 'meng([ghqk].*)'), // 16
  rule('me', `meng(${V}.*)`, '', '+k'), // 17a, 17b
  rule('me', 'menge(.+)'), // 17c
  rule('me', `me(ng${V}.*)`), // 17d
  rule('me', `meny(${V}.*)`, 'ny', '+s'), // 18
  rule('me', 'mem(p[^e].*)'), // 19
  rule('pe', `pe([wy]${V}.*)`), // 20
  rule('per', `per(${V}.*)`), // 21a
  rule('pe', `pe(r${V}.*)`), // 21b
  rule('per', `per(${C_NOT_R}.*)`), // 23, 24
  rule('pe', 'pem([bfv].*)'), // 25
  rule('pe', `pem(r?${V}.*)`, 'm', '+p'), // 26
  rule('pe', 'pen([cdjstz].*)'), // 27
  rule('pe', `pen(${V}.*)`, 'n', '+t'), // 28
  rule('pe', `peng(${C}.*)`), // 29
  rule('pe', `peng(${V}.*)`, '', '+k'), // 30a, 30b
  rule('pe', 'penge(.+)'), // 30c
  rule('pe', `peny(${V}.*)`, 'ny', '+s'), // 31
  rule('pe', `pe(l${V}.*)`), // 32
  rule('per', 'pel(ajar.*)'), // 32: pel- (for per-) occurs only before "ajar"
  rule('pe', `pe([bcdfghjkpqstvxz](?!er${V}).*)`), // 34, 36
];

/** Rules by the word's first letter, so each step only tests the handful that can match. */
const RULES_BY_INITIAL = new Map<string, PrefixRule[]>();
for (const prefixRule of PREFIX_RULES) {
  const initial = prefixRule.kind.charAt(0);
  RULES_BY_INITIAL.set(initial, [...(RULES_BY_INITIAL.get(initial) ?? []), prefixRule]);
}

/**
 * Confixes Indonesian does not form: ECS's be-i, di-an, ke-i, ke-kan, me-an, se-i, se-kan, te-an, plus
 * peN- with the verb suffixes -i and -kan (per- takes them: "perbaiki", "pertanyakan").
 */
const DISALLOWED_CONFIXES = new Set(['be+i', 'di+an', 'ke+i', 'ke+kan', 'me+an', 'se+i', 'se+kan', 'te+an', 'pe+i', 'pe+kan']);

const PARTICLES = ['lah', 'kah', 'tah', 'pun'];
const POSSESSIVES = ['nya', 'ku', 'mu'];
const INFLECTIONS = new Set([...PARTICLES, ...POSSESSIVES]);
const STEMMABLE = /^[a-z]+(?:-[a-z]+)*$/;

/** The word with one of `endings` removed (if it has one, and enough is left), then the word itself. */
function withOptionalEnding(word: string, endings: readonly string[]): string[] {
  const ending = endings.find((e) => word.endsWith(e) && word.length - e.length >= MIN_ROOT_LENGTH);
  return ending === undefined ? [word] : [word.slice(0, -ending.length), word];
}

/** Words where ECS tries prefixes before suffixes (Sastrawi's precedence adjustment). */
const PREFIX_FIRST = /^(?:be.*lah|be.*an|me.*i|di.*i|pe.*i|ter.*i)$/;

/** A word with its inflectional endings and maybe a derivational suffix removed. */
interface SuffixVariant {
  readonly base: string;
  readonly suffix: DerivationalSuffix;
}

/**
 * Every suffix combination ECS may strip (particle, then possessive, then derivational suffix), in
 * the order loop-pengembalian restores them. "-kan" is also read as "-an" after a root ending in k
 * (the ECS "kan -> k" restore).
 */
function suffixVariants(word: string): SuffixVariant[] {
  const variants: SuffixVariant[] = [];
  const prefixFirst = PREFIX_FIRST.test(word);
  for (const withoutParticle of withOptionalEnding(word, PARTICLES)) {
    for (const base of withOptionalEnding(withoutParticle, POSSESSIVES)) {
      const derived: SuffixVariant[] = [];
      const room = base.length - MIN_ROOT_LENGTH;
      if (base.endsWith('kan') && room >= 3) derived.push({ base: base.slice(0, -3), suffix: 'kan' });
      if (base.endsWith('an') && room >= 2) derived.push({ base: base.slice(0, -2), suffix: 'an' });
      else if (base.endsWith('i') && room >= 1) derived.push({ base: base.slice(0, -1), suffix: 'i' });
      const whole: SuffixVariant = { base, suffix: null };
      variants.push(...(prefixFirst ? [whole, ...derived] : [...derived, whole]));
    }
  }
  return variants;
}

/**
 * Best root found so far. `span` counts the letters of the original word kept in the root or its
 * derivational suffix: "pembelian" is as well read as beli+an as belian, so ECS order decides, but
 * "membantah" keeps more as bantah than as ban+tah (a particle does not count).
 */
interface RootSearch {
  root: string | null;
  span: number;
}

/** Depth-first prefix removal in ECS rule order; a branch stops at its first dictionary root. */
function stripPrefixes(word: string, restoredInitial: boolean, suffix: DerivationalSuffix, used: ReadonlySet<PrefixKind>, search: RootSearch): void {
  const span = word.length - (restoredInitial ? 1 : 0) + (suffix?.length ?? 0);
  // Every further removal keeps fewer letters, so nothing below can beat the best (ties go to order).
  if (span <= search.span) return;
  if (isRoot(word)) {
    search.root = word;
    search.span = span;
    return;
  }
  if (used.size >= MAX_PREFIXES) return;
  for (const prefixRule of RULES_BY_INITIAL.get(word.charAt(0)) ?? []) {
    if (used.has(prefixRule.kind)) continue;
    // The outermost prefix and the derivational suffix form the confix.
    if (used.size === 0 && suffix !== null && DISALLOWED_CONFIXES.has(`${prefixRule.kind}+${suffix}`)) continue;
    const rest = prefixRule.pattern.exec(word)?.[1];
    if (rest === undefined) continue;
    const nextUsed = new Set(used).add(prefixRule.kind);
    for (const { lead, restored } of prefixRule.leads) {
      stripPrefixes(lead + rest, restored, suffix, nextUsed, search);
    }
  }
}

function isRoot(word: string): boolean {
  return word.length >= MIN_ROOT_LENGTH && ROOTS.has(word);
}

function stemSingleWord(word: string): string {
  if (word.length <= MIN_ROOT_LENGTH || ROOTS.has(word)) return word;
  // ECS checks the dictionary after each inflectional ending: "pasukannya" is pasukan+nya, whatever
  // pasukan might split into.
  let inflected = word;
  for (const endings of [PARTICLES, POSSESSIVES]) {
    inflected = withOptionalEnding(inflected, endings)[0] ?? inflected;
    if (isRoot(inflected)) return inflected;
  }
  const search: RootSearch = { root: null, span: 0 };
  for (const { base, suffix } of suffixVariants(word)) stripPrefixes(base, false, suffix, new Set(), search);
  return search.root ?? word;
}

/**
 * Reduplication: "gambar-gambar", "sekutu-sekutunya", "berbalas-balasan", "surat-menyurat" and
 * "meniru-nirukan" stem to the shared root; a compound whose halves differ stays whole.
 */
function stemHyphenated(word: string): string {
  const parts = word.split('-');
  if (parts.length === 3 && INFLECTIONS.has(parts[2] ?? '')) parts.splice(1, 2, `${parts[1]}${parts[2]}`);
  const [first, second] = parts;
  if (parts.length !== 2 || first === undefined || second === undefined) return word;
  const firstRoot = stemSingleWord(first);
  let secondRoot = stemSingleWord(second);
  // The repeated half may have lost its nasal prefix: "meniru-nirukan".
  if (secondRoot === second && !ROOTS.has(second)) secondRoot = stemSingleWord(`me${second}`);
  return firstRoot === secondRoot ? firstRoot : word;
}

const cache = new BoundedCache<string, string>(CACHE_LIMIT);

/**
 * Returns the Indonesian root of one lower-case token ("mengirimkan" -> "kirim",
 * "sekutu-sekutunya" -> "sekutu"). Affixes are only removed when what remains is a dictionary root,
 * so names, foreign words, abbreviations and numbers come back unchanged. Results are memoised.
 */
export function stemWord(word: string): string {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  let root = word;
  if (STEMMABLE.test(word)) root = word.includes('-') ? stemHyphenated(word) : stemSingleWord(word);
  if (root.length > word.length) root = word;
  cache.set(word, root);
  return root;
}

/** Whether a folded word is in the root-word dictionary (a common word, even when capitalised at a sentence's start). */
export function isRootWord(word: string): boolean {
  return ROOTS.has(word);
}
