import { lexicon } from '../../extract/quotes/lexicon.js';
import { foldToken } from '../../language/analyzer.js';
import { claimLexicon } from '../../language/lexicons.js';
import { tokenizeWithOffsets } from '../../language/tokenize.js';
import { isContentWord } from './cite-words.js';

/**
 * A pasted claim read as what is claimed and who it is said to come from: "Lavrov: Kami mengutuk
 * …", "… , kata Lavrov", "Lavrov said …", "Menurut Lavrov, …". `body` is where the claimed words
 * are in `text`; `speaker` the name the claim gives, as written, or null when it names none.
 */
export interface ParsedClaim {
  readonly text: string;
  readonly body: { readonly start: number; readonly end: number };
  readonly speaker: string | null;
}

interface Word {
  readonly start: number;
  readonly end: number;
  readonly folded: string;
  readonly capital: boolean;
}

const LABELS: ReadonlySet<string> = new Set(claimLexicon.labels.map((l) => foldToken(l)));
/** Most words a speaker's name (with its role) may have in a claim. */
const MAX_NAME_WORDS = 8;
/** A colon this far into a claim is punctuation of the claim, not the end of a speaker's name. */
const MAX_PREFIX = 100;
// What may stand between the words of a name: spaces, initials' dots, hyphens, apostrophes, commas around a role.
const NAME_GAP = /^[\s.,'’-]*$/u;
const CLOSING_OR_COMMA = /[,"”’»'\u2013\u2014-]/u;

/** True when words `a`..`b` (exclusive) can be a speaker's name: a few words, one capitalised, not pronouns or function words alone. */
function isName(text: string, words: readonly Word[], a: number, b: number): boolean {
  if (b <= a || b - a > MAX_NAME_WORDS) return false;
  if (!NAME_GAP.test(text.slice(words[a]!.end, words[b - 1]!.start).replace(/[\p{L}\p{M}\p{N}]+/gu, ''))) return false;
  let capital = false;
  let meaning = false;
  for (let i = a; i < b; i++) {
    const w = words[i]!;
    if (w.capital) capital = true;
    if (isContentWord(w.folded) && !lexicon.personPronouns.has(w.folded) && !lexicon.groupPronouns.has(w.folded)) meaning = true;
  }
  if (!capital || !meaning) return false;
  return !LABELS.has(
    words
      .slice(a, b)
      .map((w) => w.folded)
      .join(' '),
  );
}

/** A speech verb at `i` that puts its speaker before it ("mengatakan", "said"), and how many words it has; 0 if none. */
function activeVerbAt(folded: readonly string[], i: number): { length: number; needs: string | null } | null {
  const phrase = lexicon.verbPhrases.matchAt(folded, i);
  const info = phrase > 0 ? lexicon.verbPhraseInfo.get(folded.slice(i, i + phrase).join(' ')) : lexicon.verbs.get(folded[i] ?? '');
  if (!info?.statement || !info.forms.has('active')) return null;
  return { length: Math.max(1, phrase), needs: info.needs };
}

/** True when a speech verb at `i` puts its speaker after it ("…, kata Lavrov", "…, said Lavrov"). */
function isPostVerb(folded: readonly string[], i: number): boolean {
  const info = lexicon.verbs.get(folded[i] ?? '');
  return info?.statement === true && info.forms.has('post');
}

/** Reads who a claim says is speaking, and where its claimed words are. */
export function parseClaim(raw: string): ParsedClaim {
  const text = raw.trim();
  const words: Word[] = tokenizeWithOffsets(text).map((t) => ({ start: t.start, end: t.end, folded: foldToken(t.token), capital: /^\p{Lu}/u.test(t.token) }));
  const folded = words.map((w) => w.folded);
  const whole: ParsedClaim = { text, body: span(words, 0, words.length, text), speaker: null };
  if (words.length < 3) return whole;
  const named = (a: number, b: number, bodyFrom: number, bodyTo: number): ParsedClaim | null =>
    bodyTo - bodyFrom >= 2 && isName(text, words, a, b)
      ? { text, body: span(words, bodyFrom, bodyTo, text), speaker: text.slice(words[a]!.start, words[b - 1]!.end) }
      : null;

  // "Lavrov: …" (the colon right after the name)
  const colon = text.indexOf(':');
  if (colon > 0 && colon < MAX_PREFIX) {
    let n = 0;
    while (n < words.length && words[n]!.end <= colon) n++;
    if (n > 0 && /^[\s"“'‘]*$/u.test(text.slice(0, words[0]!.start)) && /^\s*$/u.test(text.slice(words[n - 1]!.end, colon))) {
      const found = named(0, n, n, words.length);
      if (found) return found;
      // "BREAKING: …", "Hoaks: …": a label, not a speaker; the claim is what follows it.
      if (n < words.length && LABELS.has(folded.slice(0, n).join(' '))) return { text, body: span(words, n, words.length, text), speaker: null };
    }
  }
  // "Menurut Lavrov, …" / "According to Lavrov, …"
  const according = lexicon.according.matchAt(folded, 0);
  if (according > 0) {
    for (let b = according + 1; b <= Math.min(words.length - 2, according + MAX_NAME_WORDS); b++) {
      if (!text.slice(words[b - 1]!.end, words[b]!.start).includes(',')) continue;
      const found = named(according, b, b, words.length);
      if (found) return found;
      break;
    }
  }
  // "Lavrov mengatakan (bahwa) …" / "Lavrov said (that) …"
  for (let i = 1; i <= Math.min(MAX_NAME_WORDS, words.length - 3); i++) {
    const verb = activeVerbAt(folded, i);
    if (!verb) continue;
    let from = i + verb.length;
    const complement = lexicon.complementisers.has(folded[from] ?? '');
    if (complement) from++;
    const gap = text.slice(words[i + verb.length - 1]!.end, words[from]?.start ?? text.length);
    if (verb.needs !== null && !complement && !(verb.needs === ',' && /[,:]/u.test(gap))) continue;
    const found = named(0, i, from, words.length);
    if (found) return found;
    break;
  }
  // "…, kata Lavrov." / "…,” said Lavrov." / "…, Lavrov said." / "…, menurut Lavrov."
  const last = words.length;
  const tail = text.slice(words[last - 1]!.end);
  if (/^[\s.!?"”’»)]*$/u.test(tail)) {
    for (let v = last - 2; v >= Math.max(2, last - 1 - MAX_NAME_WORDS); v--) {
      const before = text.slice(words[v - 1]!.end, words[v]!.start);
      if (!CLOSING_OR_COMMA.test(before)) continue;
      if (isPostVerb(folded, v)) {
        const found = named(v + 1, last, 0, v);
        if (found) return found;
      }
      const by = lexicon.according.matchAt(folded, v);
      if (by > 0 && v + by < last) {
        const found = named(v + by, last, 0, v);
        if (found) return found;
      }
    }
    for (let k = 1; k <= Math.min(MAX_NAME_WORDS, last - 3); k++) {
      const verbAt = last - 1;
      const nameFrom = verbAt - k;
      if (!activeVerbAt(folded, verbAt) || nameFrom < 2) continue;
      if (!CLOSING_OR_COMMA.test(text.slice(words[nameFrom - 1]!.end, words[nameFrom]!.start))) continue;
      const found = named(nameFrom, verbAt, 0, nameFrom);
      if (found) return found;
    }
  }
  return whole;
}

/** The text of words `a`..`b` (exclusive) as offsets; the whole text when there are none. */
function span(words: readonly Word[], a: number, b: number, text: string): { start: number; end: number } {
  if (b <= a) return { start: 0, end: text.length };
  return { start: words[a]!.start, end: words[b - 1]!.end };
}
