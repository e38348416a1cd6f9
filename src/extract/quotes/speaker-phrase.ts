import { type ParagraphView, sliceTokens } from '../paragraph-view.js';
import { parseConjunct } from './conjunct.js';
import { lexicon } from './lexicon.js';
import { anchorLength, isComma, isConjunction, isVerbLike } from './word-classes.js';

/**
 * Reads a speaker phrase ("Menteri Luar Negeri Rusia Sergey Lavrov", "juru bicara keamanan nasional
 * Gedung Putih, John Kirby", "Park Jin, Yoko Kamikawa dan Antony Blinken", "pejabat itu",
 * "seorang pejabat pertahanan Korea Utara yang tidak disebutkan namanya", "pernyataan bersama yang
 * dikeluarkan oleh Departemen Luar Negeri AS") into who it names, or what it refers back to.
 */

export type SpeakerKind = 'person' | 'organisation' | 'group' | 'anonymous';

/** A speaker as named at one place in the text. */
export interface Mention {
  readonly name: string;
  readonly role: string | null;
  readonly kind: SpeakerKind;
  /** Acronyms given in brackets after the name ("Amerika Serikat (AS)"). */
  readonly aliases: readonly string[];
  /** A group that points back at someone named before ("sekutunya"): dropped from a list with names. */
  readonly referential: boolean;
  /** A bare role ("kata Presiden", "ujar Kepala BNPB"): the person named earlier with that role, if any. */
  readonly roleOnly?: boolean;
}

/** What a pronoun can point back at: a person, an organisation ("it"), a group, or whoever spoke last ("pihaknya"). */
export type Pronoun = 'one' | 'it' | 'many' | 'any';

/** What a speaker phrase says: named speakers, a pronoun, a description or a statement to resolve. */
export type Phrase =
  | { readonly type: 'pronoun'; readonly number: Pronoun }
  | { readonly type: 'description'; readonly head: string; readonly fallback: Mention }
  | { readonly type: 'statement' }
  | { readonly type: 'named'; readonly mentions: readonly Mention[]; readonly document: boolean };

/** One part of a phrase: a phrase, or a bare role that belongs to a neighbouring name (an apposition). */
export type Part = Phrase | { readonly type: 'role'; readonly mention: Mention };

/**
 * What a comma-free stretch of words is, to decide whether a comma joins two parts of one speaker
 * phrase: a bare person's name, a name with a title ("Maj Gen Winthai Suvaree"), a bare role ("wakil juru bicara Departemen Luar Negeri AS"), a
 * role ending in one capitalised word that may be a body's name rather than a person's
 * ("epidemiolog Universitas Airlangga", "Wakil Wali Kota Yogyakarta": 'roleish'), a body or place
 * alone ("Kecamatan Moyudan"), another named speaker, or something else.
 */
export type SegmentClass = 'name' | 'titledName' | 'role' | 'roleish' | 'body' | 'named' | 'other';

export function classifySegment(view: ParagraphView, from: number, to: number): SegmentClass {
  ({ from, to } = trimPunctuation(view, from, to));
  if (to <= from) return 'other';
  // "Menurut jaksa, Tom menerbitkan …": a clause is no part of a speaker phrase.
  for (let k = from; k < to; k++) if (isVerbLike(view.tokens[k]!)) return 'other';
  const part = parseConjunct(view, from, to);
  if (part === null) return 'other';
  if (part.type === 'role') return 'role';
  if (part.type !== 'named') return 'other';
  if (isBareName(part)) return 'name';
  if (isRoleish(part)) return 'roleish';
  if (isBody(part)) return 'body';
  return only(part)?.kind === 'person' ? 'titledName' : 'named';
}

type Named = Extract<Part, { type: 'named' }>;
const only = (part: Part | null): Mention | null => (part?.type === 'named' && part.mentions.length === 1 ? part.mentions[0]! : null);
/** A person's name without a role. */
const isBareName = (part: Part | null): part is Named => only(part)?.kind === 'person' && only(part)!.role === null;
/** A role and one capitalised word, which may name the body rather than the person. */
const isRoleish = (part: Part | null): part is Named => only(part)?.kind === 'person' && only(part)!.role !== null && !only(part)!.name.includes(' ');
/** An organisation or place alone. */
const isBody = (part: Part | null): part is Named => only(part)?.kind === 'organisation';

/** Parses tokens [from, to) of a paragraph as a speaker phrase; null when they name no speaker. */
export function parseSpeakerPhrase(view: ParagraphView, from: number, to: number): Phrase | null {
  const key = from * 65536 + to;
  if (view.phrases.has(key)) return view.phrases.get(key) as Phrase | null;
  const phrase = parsePhrase(view, from, to);
  view.phrases.set(key, phrase);
  return phrase;
}

function parsePhrase(view: ParagraphView, from: number, to: number): Phrase | null {
  ({ from, to } = trimPunctuation(view, from, to));
  if (to <= from) return null;
  const ranges = splitConjuncts(view, from, to);
  const parts = ranges.map((p) => parseConjunct(view, p.from, p.to));
  const mentions: Mention[] = [];
  let pendingRole: Mention | null = null;
  let other: Phrase | null = null;
  let document = false;
  /** The part the last mention came from. */
  let lastPart = -1;
  for (const [n, part] of parts.entries()) {
    if (part === null) continue;
    const nameFollows = isBareName(parts[n + 1] ?? null);
    // "Rahmat Hidayat, Direktur Eksekutif Lembaga Kajian Pangan Nusantara": a titled 'name' right
    // after a bare name is the role of that name, whose body reads like a name.
    const titledAfterName = only(part)?.kind === 'person' && only(part)!.role !== null && isBareName(parts[n - 1] ?? null) && lastPart === n - 1;
    if (isRoleish(part) || titledAfterName) {
      const text = sliceTokens(view, ranges[n]!.from, ranges[n]!.to);
      const last = mentions[mentions.length - 1];
      // "Windhu Purnomo, epidemiolog Universitas Airlangga": the role of the name before it.
      if (last && lastPart === n - 1 && last.kind === 'person' && last.role === null) {
        mentions[mentions.length - 1] = { ...last, role: text };
        continue;
      }
      // "peneliti senior Centropolis, Suryono Herlambang": the role of the name after it.
      if (nameFollows && !isBareName(parts[n + 2] ?? null)) {
        if (pendingRole) mentions.push(roleOnly(pendingRole));
        pendingRole = { ...only(part)!, name: text, role: null, kind: 'anonymous' };
        continue;
      }
    }
    // "Kepala Dinas Perdagangan Kota Bandar Sari, Rudi Hartono": what looked like a name after the
    // title was the body's, since a bare name follows alone.
    if (nameFollows && !isBareName(parts[n + 2] ?? null) && only(part)?.kind === 'person' && only(part)!.role !== null) {
      if (pendingRole) mentions.push(roleOnly(pendingRole));
      pendingRole = { ...only(part)!, name: sliceTokens(view, ranges[n]!.from, ranges[n]!.to), role: null, kind: 'anonymous' };
      continue;
    }
    // "Kepala Dusun Nglahar, Kelurahan Sumbersari, Kecamatan Moyudan, Wahyu Wibowo": places of the role.
    if (pendingRole && isBody(part) && parts.slice(n + 1).some(isBareName)) {
      pendingRole = { ...pendingRole, name: `${pendingRole.name}, ${sliceTokens(view, ranges[n]!.from, ranges[n]!.to)}` };
      continue;
    }
    if (part.type === 'role') {
      const last = mentions[mentions.length - 1];
      // "Vedant Patel, wakil juru bicara …": a role right after a person is theirs ("Maj Gen Winthai
      // Suvaree, spokesperson for the Royal Thai Army": after the title they already have).
      if (last && last.kind === 'person' && (last.role === null || lastPart === n - 1))
        mentions[mentions.length - 1] = { ...last, role: last.role === null ? part.mention.name : `${last.role}, ${part.mention.name}` };
      else {
        if (pendingRole) mentions.push(roleOnly(pendingRole));
        pendingRole = part.mention;
      }
      continue;
    }
    if (part.type !== 'named') {
      other ??= part;
      continue;
    }
    document ||= part.document;
    lastPart = n;
    part.mentions.forEach((m, k) => {
      if (k === 0 && pendingRole && m.kind === 'person' && m.role === null) mentions.push({ ...m, role: pendingRole.name });
      else {
        if (k === 0 && pendingRole) mentions.push(roleOnly(pendingRole));
        mentions.push(m);
      }
      if (k === 0) pendingRole = null;
    });
  }
  if (pendingRole) mentions.push(roleOnly(pendingRole));
  const named = mentions.some((m) => !m.referential) ? mentions.filter((m) => !m.referential) : mentions;
  if (named.length > 0 && (other === null || parts[0]?.type === 'named' || parts[0]?.type === 'role')) {
    return { type: 'named', mentions: dedupe(named), document };
  }
  return other ?? (named.length > 0 ? { type: 'named', mentions: dedupe(named), document } : null);
}

const roleOnly = (m: Mention): Mention => ({ ...m, roleOnly: true });

function dedupe(mentions: readonly Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => {
    const key = m.name.toLowerCase();
    return !seen.has(key) && (seen.add(key), true);
  });
}

/** The range without punctuation at its ends (brackets kept). */
export function trimPunctuation(view: ParagraphView, from: number, to: number): { from: number; to: number } {
  const t = view.tokens;
  while (from < to && t[from]!.kind !== 'word' && t[from]!.text !== '(') from++;
  while (to > from && t[to - 1]!.kind !== 'word' && t[to - 1]!.text !== ')') to--;
  return { from, to };
}

/** Splits at commas and conjunctions outside brackets. */
function splitConjuncts(view: ParagraphView, from: number, to: number): { from: number; to: number }[] {
  const parts: { from: number; to: number }[] = [];
  let start = from;
  let depth = 0;
  for (let i = from; i < to; i++) {
    const t = view.tokens[i]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (isComma(t) || (isConjunction(t) && !insideBodyName(view, start, i)) || isTogetherWith(view, i, from))) {
      if (i > start) parts.push({ from: start, to: i });
      start = i + 1;
    }
  }
  if (to > start) parts.push({ from: start, to });
  return parts;
}

/**
 * "Kementerian Kebudayaan dan Pariwisata", "Institute for Security and Strategic Studies": a
 * conjunction between capitalised words after an organisation head, before a word that starts no
 * title, country or organisation, joins the words of one name rather than two speakers.
 */
function insideBodyName(view: ParagraphView, start: number, i: number): boolean {
  const next = view.tokens[i + 1];
  if (!next?.cap || anchorLength(view.keys, i + 1) > 0 || !view.tokens[i - 1]?.cap) return false;
  for (let k = i - 1; k >= start; k--) {
    const t = view.tokens[k]!;
    if (lexicon.organisationHeads.matchAt(view.keys, k, i) > 0) return true;
    if (t.kind !== 'word' || !(t.cap || lexicon.internalPrepositions.has(t.fold))) return false;
  }
  return false;
}

/** "AS bersama sekutunya" joins speakers; "pernyataan bersama" is a joint statement, not a list. */
const isTogetherWith = (view: ParagraphView, i: number, from: number): boolean =>
  lexicon.together.has(view.keys[i]!) && i > from && lexicon.documents.matchAt(view.keys, i - 1) < 2;
