import { Discourse } from '../discourse/discourse.js';
import type { Entity } from '../discourse/entity.js';
import type { ReferenceKind } from '../discourse/model.js';
import { type ParagraphView, sliceTokens } from '../paragraph-view.js';
import { lexicon } from './lexicon.js';
import { phraseAfter } from './post-phrase.js';
import { parseSpeakerPhrase } from './speaker-phrase.js';
import type { Cue } from './speech-cues.js';
import { phraseBefore } from './subject-phrase.js';
import { isComma, isFunctionWord, isPhraseWord, isVerbLike } from './word-classes.js';

/** Who a cue names, with the role given there and the relay the words came through. */
export interface Attribution {
  readonly entities: readonly Entity[] | null;
  readonly role: string | null;
  readonly via: string | null;
}

const UNKNOWN: Attribution = { entities: null, role: null, via: null };

/**
 * Resolves the cues of one sentence in order, telling the discourse who spoke after each, so that
 * a pronoun or description in a later cue can point back at an earlier one.
 */
export function resolveCues(view: ParagraphView, sFrom: number, sTo: number, cues: readonly Cue[], discourse: Discourse): Attribution[] {
  const out: Attribution[] = [];
  if (cues.length === 0) return out;
  const via = sentenceRelay(view, sFrom, sTo);
  const mentionsStatement = mentionsStatementDocument(view, sFrom, sTo);
  cues.forEach((cue, n) => {
    let entities: readonly Entity[] | null = null;
    let role: string | null = null;
    let document = false;
    let byStatement = false;
    // "tambahnya", "Menurutnya,": the -nya is whoever spoke or was the subject last.
    if (cue.type === 'clitic' || (cue.type === 'according' && cue.phrase === null)) {
      entities = discourse.cliticReferent();
      referTokens(discourse, view, cue.at, cue.at + cue.length, entities, 'clitic');
    } else if (cue.phrase) {
      const parsed = parseSpeakerPhrase(view, cue.phrase.from, cue.phrase.to);
      if (parsed) {
        entities = discourse.resolve(parsed);
        byStatement = parsed.type === 'statement' || (parsed.type === 'named' && parsed.document);
        referTokens(discourse, view, cue.phrase.from, cue.phrase.to, entities, Discourse.howRefers(parsed));
        if (parsed.type === 'named') {
          document = parsed.document;
          if (parsed.mentions.length === 1) role = parsed.mentions[0]!.role;
        }
      }
    } else if (cue.elided === 'coordinate' && n > 0) entities = out[n - 1]!.entities;
    else {
      const subject = cue.elided === 'relative' ? antecedent(view, sFrom, cue.at) : (mainSubject(view, sFrom, cue.at) ?? leadingSubject(view, sFrom, cue.at));
      const parsed = subject ? parseSpeakerPhrase(view, subject.from, subject.to) : null;
      entities = parsed ? discourse.resolve(parsed) : null;
    }
    if (entities === null || entities.length === 0) {
      out.push(UNKNOWN);
      return;
    }
    role ??= entities.length === 1 ? (entities[0]!.roles[0] ?? null) : null;
    const own = cue.phrase ? sliceTokens(view, cue.phrase.from, cue.phrase.to) : null;
    const through = cue.phrase && cue.type === 'active' ? relayThrough(view, cue.phrase.to, cue.at) : null;
    const relay = cue.relay ? sliceTokens(view, cue.relay.from, cue.relay.to) : (through ?? (via !== own ? via : null));
    discourse.speak(entities, byStatement);
    // A statement quoted through a relay ("mengutip pernyataan Lavrov") is a remark, not an issued statement.
    if ((document && !cue.relay) || mentionsStatement) discourse.issuedStatement(entities);
    out.push({ entities, role, via: relay });
  });
  return out;
}

/** Keeps a resolved expression, tokens [from, to) of the paragraph, in the article's discourse model. */
export function referTokens(discourse: Discourse, view: ParagraphView, from: number, to: number, entities: readonly Entity[] | null, how: ReferenceKind): void {
  if (to > from) discourse.refer(view.tokens[from]!.start, view.tokens[to - 1]!.end, entities, how);
}

/** "Guterres melalui juru bicaranya menyatakan": the phrase after "melalui"/"through" between subject and verb. */
function relayThrough(view: ParagraphView, from: number, verb: number): string | null {
  for (let k = from; k < verb - 1; k++) if (lexicon.relayThrough.has(view.keys[k]!)) return sliceTokens(view, k + 1, verb);
  return null;
}

/** The subject of the sentence's main clause, for "…, dengan mengatakan …" and "surat … yang mengatakan". */
function mainSubject(view: ParagraphView, sFrom: number, limit: number): { from: number; to: number } | null {
  let a = sFrom;
  while (a < limit) {
    let b = a;
    while (b < limit && !isComma(view.tokens[b])) b++;
    const first = view.tokens[a];
    if (first && first.kind === 'word' && !isFunctionWord(first)) {
      for (let m = a + 1; m < b; m++) {
        // ("Jepang, Australia dan Selandia Baru mengeluarkan …": a list runs over the commas)
        if (isVerbLike(view.tokens[m]!)) return phraseBefore(view, sFrom, m) ?? phraseBefore(view, a, m);
      }
    }
    a = b + 1;
  }
  return null;
}

/**
 * The name that opens the sentence, after a dateline ("PETALING JAYA: The Football Association of
 * Malaysia (FAM) have refuted …, saying that …"), when it is followed by a lower-case word: the
 * subject of an English clause, whose verbs carry no prefix to find them by.
 */
function leadingSubject(view: ParagraphView, sFrom: number, limit: number): { from: number; to: number } | null {
  let k = sFrom;
  for (let d = sFrom; d < Math.min(limit, sFrom + 6); d++) {
    const t = view.tokens[d]!;
    if (t.kind === 'punct' && (t.text === ':' || t.text === '—' || t.text === '–')) k = d + 1;
    else if (t.kind !== 'word' || !/^[\p{Lu}\p{N}.,-]+$/u.test(t.text)) break;
  }
  // only the words a name is made of: "The coast guard defended …" ends before "defended"
  let to = k;
  while (
    to < limit &&
    (isPhraseWord(view.tokens, view.keys, to) ||
      (to > k && view.tokens[to]!.text === '(') ||
      (to > k && lexicon.internalPrepositions.has(view.keys[to]!) && view.tokens[to + 1]?.cap === true))
  ) {
    if (view.tokens[to]!.text === '(') while (to < limit && view.tokens[to]!.text !== ')') to++;
    to++;
  }
  const next = view.tokens[to];
  return to > k && next && next.kind === 'word' && !next.cap ? { from: k, to } : null;
}

/**
 * "Kirby, yang mengatakan …": the phrase before "yang". When that phrase sits in a prepositional
 * phrase or is a letter or statement ("mengirim surat kepada Putin yang mengatakan"), the words are
 * the main clause subject's.
 */
function antecedent(view: ParagraphView, sFrom: number, verb: number): { from: number; to: number } | null {
  let y = verb - 1;
  while (y >= sFrom && view.keys[y] !== 'yang' && view.keys[y] !== 'who' && view.keys[y] !== 'which') y--;
  let end = y;
  if (isComma(view.tokens[end - 1])) end--;
  const phrase = end > sFrom ? phraseBefore(view, sFrom, end) : null;
  const before = phrase ? view.tokens[phrase.from - 1] : undefined;
  const inPrepositional = before !== undefined && before.kind === 'word' && isFunctionWord(before);
  const isDocument = phrase !== null && lexicon.documents.matchAt(view.keys, phrase.from) > 0;
  if (phrase && !inPrepositional && !isDocument) return phrase;
  return mainSubject(view, sFrom, y);
}

/** Words that start a passive relay, a release or an "according to": most words start none. */
const relayStarts = new Set([lexicon.relayPassive, lexicon.relayRelease, lexicon.according].flatMap((table) => [...table.firstWords()]));

/** "seperti dikutip Reuters", "via KCNA", "yang dirilis oleh Kantor Berita Pusat Korea": the relay of the sentence. */
function sentenceRelay(view: ParagraphView, sFrom: number, sTo: number): string | null {
  for (let k = sFrom; k < sTo; k++) {
    if (view.tokens[k]!.quote !== -1 || !relayStarts.has(view.keys[k]!)) continue;
    const passive = lexicon.relayPassive.matchAt(view.keys, k, sTo);
    // "according to Russian state media" beside another attribution is a relay too.
    const release = passive > 0 ? 0 : Math.max(lexicon.relayRelease.matchAt(view.keys, k, sTo), lexicon.according.matchAt(view.keys, k, sTo));
    if (passive === 0 && release === 0) continue;
    const phrase = phraseAfter(view, k + passive + release, sTo);
    if (!phrase) continue;
    const text = sliceTokens(view, phrase.from, phrase.to);
    if (passive > 0 || isMedia(text)) return text;
  }
  return null;
}

const MEDIA_WORDS = /\b(?:media|kantor berita|televisi|tv|news agency|radio|harian|surat kabar|newspaper)\b/iu;

function isMedia(name: string): boolean {
  const known = lexicon.organisationNames.get(
    name
      .split(/\s+/u)
      .map((w) => w.toLowerCase())
      .join(' '),
  );
  return known?.media === true || MEDIA_WORDS.test(name);
}

/** The sentence frames its speech as a statement ("… mengatakan dalam pernyataan tersebut"), not as quoting one ("mengutip pernyataan Lavrov"). */
function mentionsStatementDocument(view: ParagraphView, sFrom: number, sTo: number): boolean {
  for (let k = sFrom; k < sTo; k++) {
    if (view.tokens[k]!.quote !== -1 || !lexicon.statementDocuments.has(view.keys[k]!)) continue;
    if (k > sFrom && lexicon.relayActive.matchEndingAt(view.keys, k - 1, sFrom) > 0) continue;
    return true;
  }
  return false;
}
