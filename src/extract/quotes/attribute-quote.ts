import { Discourse } from '../discourse/discourse.js';
import type { ParagraphView } from '../paragraph-view.js';
import { lexicon } from './lexicon.js';
import { type Attribution, referTokens } from './resolve-cue.js';
import { parseSpeakerPhrase } from './speaker-phrase.js';
import type { Cue } from './speech-cues.js';
import { phraseBefore } from './subject-phrase.js';
import { isEmptyRange } from './token-ranges.js';

/**
 * Attribution of one direct quotation inside its sentence: a cue right after the closing mark
 * ("…,” kata Kirby", "…,” tambahnya", "…,” Park Jin … mengatakan dalam pernyataan tersebut"),
 * else the last cue before the opening mark ("Kirby mengatakan, “…”", "menyebutnya sebagai “…”"),
 * else a speaker phrase and a colon ("Kirby: “…”"). Continuation across paragraphs is the caller's.
 */

/** A direct quotation located in the paragraph's tokens. */
export interface DirectQuote {
  readonly index: number;
  /** Token of the opening mark, or -1 when it continues from the previous paragraph. */
  readonly openToken: number;
  /** Token of the closing mark, or -1 when it runs past the paragraph's end. */
  readonly closeToken: number;
  readonly sentence: number;
  readonly fragment: boolean;
  /** Words before the opening mark in its sentence. */
  readonly embedded: boolean;
}

/** No speaker could be told ("unattributed"). */
export const UNATTRIBUTED: Attribution = { entities: null, role: null, via: null };

/** Who said a direct quotation of the sentence starting at `sFrom`, from the sentence's resolved cues. */
export function attributeDirect(
  view: ParagraphView,
  sFrom: number,
  quote: DirectQuote,
  cues: readonly Cue[],
  attributions: readonly Attribution[],
  discourse: Discourse,
): Attribution {
  if (quote.closeToken >= 0) {
    const post = cues.findIndex((c) => c.attrFrom > quote.closeToken && isEmptyRange(view, quote.closeToken + 1, c.attrFrom));
    // "… dismissed the allegations as “…”, according to the Interfax news agency": the agency relays.
    const relayed = post >= 0 && cues[post]!.type === 'according' && cues.some((c) => c.attrTo <= quote.openToken);
    if (post >= 0 && !relayed) return attributions[post]!;
  }
  if (quote.openToken < 0) return UNATTRIBUTED;
  for (let c = cues.length - 1; c >= 0; c--) {
    if (cues[c]!.attrTo > quote.openToken) continue;
    // "… menyebut zona “penyangga”, namun pasukan Seoul memperkuat pos “garis depan”": a new clause, another subject.
    return clauseBreak(view, cues[c]!.attrTo, quote.openToken) ? UNATTRIBUTED : attributions[c]!;
  }
  const colon = quote.openToken - 1;
  if (colon > sFrom && view.tokens[colon]!.text === ':') {
    const phrase = phraseBefore(view, sFrom, colon);
    const parsed = phrase && phrase.from === sFrom ? parseSpeakerPhrase(view, phrase.from, phrase.to) : null;
    const entities = parsed ? discourse.resolve(parsed) : null;
    if (parsed) referTokens(discourse, view, phrase!.from, phrase!.to, entities, Discourse.howRefers(parsed));
    if (entities && entities.length > 0) {
      discourse.speak(entities);
      return { entities, role: entities.length === 1 ? (entities[0]!.roles[0] ?? null) : null, via: null };
    }
  }
  return UNATTRIBUTED;
}

const CLAUSE_CONJUNCTIONS = new Set(['namun', 'tetapi', 'tapi', 'sedangkan', 'sementara', 'padahal', 'but', 'while', 'whereas', 'although', 'yet']);

/** A comma and a conjunction that starts a new clause between tokens [from, to). */
function clauseBreak(view: ParagraphView, from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++) {
    if (view.tokens[k]!.text === ';') return true;
    if (view.tokens[k]!.text === ',' && CLAUSE_CONJUNCTIONS.has(view.keys[k + 1]!) && view.tokens[k + 1]!.quote === -1) {
      // "…, tetapi kemudian menegaskan …" keeps the subject: only a clause with a subject of its own breaks.
      const next = view.tokens[k + 2];
      if (next && next.kind === 'word' && (next.cap || !lexicon.verbs.has(next.fold)) && !lexicon.adverbs.matchAt(view.keys, k + 2)) return true;
    }
  }
  return false;
}

/**
 * A fragment is quoted wording that is not a statement of its own: three words or fewer, or a short
 * lower-case stretch embedded in the writer's sentence ("menyebarkan 'rumor tentang …'", "yang “dibuat oleh …”").
 */
export function isFragment(view: ParagraphView, openToken: number, closeToken: number, sFrom: number): boolean {
  const from = openToken + 1;
  const to = closeToken < 0 ? view.tokens.length : closeToken;
  let words = 0;
  for (let k = from; k < to; k++) if (view.tokens[k]!.kind === 'word') words++;
  // A quotation opening its sentence is a statement of its own, however short ("“Itu tuduhan palsu,” kata dia").
  if (openToken <= sFrom) return false;
  if (words <= 3) return true;
  if (words > 6) return false;
  const first = view.tokens[from];
  const before = view.tokens[openToken - 1]!;
  const introduced = before.text === ':' || before.text === ',' || lexicon.verbs.has(before.fold) || lexicon.complementisers.has(before.fold);
  return !introduced && first !== undefined && !first.cap;
}

/** Quoted words that are a title or a name rather than speech: embedded, unattributed, mostly capitalised. */
export function looksLikeTitle(view: ParagraphView, openToken: number, closeToken: number): boolean {
  if (closeToken < 0) return false;
  let words = 0;
  let capitalised = 0;
  for (let k = openToken + 1; k < closeToken; k++) {
    const t = view.tokens[k]!;
    if (t.kind !== 'word' || t.text.length <= 3) continue;
    words++;
    if (t.cap) capitalised++;
  }
  return words >= 2 && capitalised / words >= 0.6;
}
