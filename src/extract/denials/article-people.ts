import { foldText } from '../../language/fold.js';
import { stemWord } from '../../language/stem.js';
import { clauseStart, nounPhraseFrom, sentenceSubject, type WordRange } from './clause-subject.js';
import * as lexicon from './denial-lexicon.js';
import { gapBefore, type ParagraphView, punctuationBefore, textOf } from './words.js';

// (read once: an imported binding is a getter call at every use, and these are used on every word)
const { parties } = lexicon;

/** A person named in an article, merged by surname ("Sergey Lavrov" … "Lavrov") and by first name ("Fadli Zon" … "Fadli"). */
export interface Person {
  /** The fullest form of the name seen in the article. */
  name: string;
  /** Folded role words seen with the name ("menteri luar negeri rusia", "juru bicara keamanan nasional"). */
  readonly roles: string[];
  /** Positions of the mentions (see `position`), in text order. */
  readonly mentions: number[];
  /** Seen with a role or as a sentence's subject: a person a pronoun may refer to (a place or a body read as a name is neither). */
  salient: boolean;
}

/** A sentence's subject that names no person ("Federasi sepak bola Malaysia ini", "PT Sritex"), for "mereka". */
interface GroupMention {
  readonly at: number;
  readonly name: string;
}

/** A position in an article: paragraph index and offset, comparable across paragraphs. */
export const position = (paragraphIndex: number, offset: number): number => paragraphIndex * 1_000_000 + offset;

/**
 * A word that can be part of a person's name: not a role, place, organisation word or honorific,
 * and not an Indonesian word with affixes ("Pernyataan", "Sebelumnya": the stemmer finds a root
 * under them, which it never does for names).
 */
const isNameWord = (folded: string): boolean =>
  !parties.roles.has(folded) &&
  !parties.places.has(folded) &&
  !parties.organisationWords.has(folded) &&
  !parties.honorifics.has(folded) &&
  !parties.placeNouns.has(folded) &&
  (folded.length < 6 || stemWord(folded) === folded);
/** An acronym of three or more capitals ("IDN", "BGN", "KPU") names a body, never a person; two are initials ("MY Esti"). */
const WORD_CHAR = /[\p{L}\p{N}]/u;
const ACRONYM = /^\p{Lu}{3,}$/u;
const skippable = (folded: string): boolean =>
  parties.openers.has(folded) || parties.articles.has(folded) || parties.boundaries.has(folded) || parties.honorifics.has(folded);
/** "Nanik S. Deyang": a single capital letter and a full stop inside a name. */
const INITIAL = /^\p{Lu}$/u;

/**
 * The people of one article: every capitalised run whose trailing words are not role, place or
 * organisation words ("Menteri Luar Negeri Rusia Sergey Lavrov" → Sergey Lavrov, role "menteri luar
 * negeri rusia"), with the roles written around it, so that a later description ("diplomat
 * tersebut") or pronoun ("ia") can be resolved to the latest person it fits; and the subjects of
 * sentences that name no person, for "mereka" and "they".
 */
export class ArticlePeople {
  private readonly people: Person[] = [];
  private readonly bySurname = new Map<string, Person>();
  /** Every word of a name of two or more words; null when two people share it. */
  private readonly byNameWord = new Map<string, Person | null>();
  private readonly groups: GroupMention[] = [];
  /** Sentences as [paragraph index, first word, one past the last], their subjects read only when a pronoun needs them. */
  private readonly sentences: [number, number, number][] = [];
  private subjectsRead = false;
  private allText: string | null = null;

  constructor(private readonly views: readonly ParagraphView[]) {
    views.forEach((view, index) => {
      this.read(view, index);
    });
  }

  /**
   * True when the article writes a word in lower case somewhere: one of them opening a sentence is
   * not a name ("Langkah Kustini …"). Searched in the text, not kept as a set of every word: most
   * articles ask about a few words only.
   */
  private writesLowerCase(folded: string): boolean {
    this.allText ??= this.views.map((v) => v.paragraph.text).join('\n');
    const text = this.allText;
    for (let at = text.indexOf(folded); at >= 0; at = text.indexOf(folded, at + 1)) {
      const before = at > 0 ? text[at - 1]! : ' ';
      const after = text[at + folded.length] ?? ' ';
      if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) return true;
    }
    return false;
  }

  /** Reads every sentence's subject once: who is salient, which bodies were named as subjects. */
  private readSubjects(): void {
    if (this.subjectsRead) return;
    this.subjectsRead = true;
    for (const [index, from, to] of this.sentences) this.readSubject(this.views[index]!, index, from, to);
  }

  /** The person a word names: by surname, else by another word of a name seen earlier ("Fadli" of "Fadli Zon"). */
  private personNamed(folded: string): Person | null {
    return this.bySurname.get(folded) ?? this.byNameWord.get(folded) ?? null;
  }

  /**
   * The person a phrase names: its last word, or the word before a closing bracket ("Dadan
   * Hindayana" in "Kepala BGN Dadan Hindayana"), is a name of theirs. "Royal Thai Army" names no
   * one even when "Thai" were someone's name: only the head counts.
   */
  personIn(view: ParagraphView, range: WordRange): Person | null {
    if (range.to < range.from) return null;
    const head = view.words[range.to]!;
    return head.cap ? this.personNamed(head.fold) : null;
  }

  /** True when a word of a name (two letters or more) names a person of the article. */
  knowsPerson(name: string): boolean {
    return (name.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu) ?? []).some((w) => w.length >= 2 && this.personNamed(foldText(w)) !== null);
  }

  /** The latest person with a role or seen as a subject mentioned before a position (for "ia", "dia", "he", "she"). */
  latestPerson(at: number): Person | null {
    this.readSubjects();
    let best: Person | null = null;
    let bestAt = -1;
    for (const p of this.people) {
      if (!p.salient) continue;
      const last = latestBefore(p.mentions, at);
      if (last > bestAt) [best, bestAt] = [p, last];
    }
    return best;
  }

  /** The latest sentence subject naming a body or a group rather than a person, before a position (for "mereka", "they"). */
  latestGroup(at: number): string | null {
    this.readSubjects();
    let found: string | null = null;
    for (const g of this.groups) if (g.at < at) found = g.name;
    return found;
  }

  /**
   * What a description ("diplomat tersebut", "pejabat itu", "the official") refers to: the latest
   * person before `at` whose roles fit it; else the fullest earlier description with the same head
   * ("seorang pejabat pertahanan Korea Utara" → "pejabat pertahanan Korea Utara"); else null.
   */
  resolveDescription(head: readonly string[], at: number): string | null {
    const key = head.join(' ');
    // the longest known beginning of the description: "juru bicara kementerian" → "juru bicara"
    let classes: readonly string[] = [key];
    for (let n = head.length; n > 0; n--) {
      const known = parties.descriptionClasses.get(head.slice(0, n).join(' '));
      if (known) {
        classes = known;
        break;
      }
    }
    let best: Person | null = null;
    let bestAt = -1;
    for (const p of this.people) {
      if (!p.roles.some((r) => classes.some((c) => ` ${r} `.includes(` ${c} `)))) continue;
      const last = latestBefore(p.mentions, at);
      if (last > bestAt) [best, bestAt] = [p, last];
    }
    return best?.name ?? this.earlierDescription(head[0] ?? '', at);
  }

  private earlierDescription(head: string, at: number): string | null {
    let found: string | null = null;
    this.views.forEach((view, index) => {
      view.words.forEach((w, i) => {
        if (w.fold !== head || w.cap || position(index, w.start) >= at) return;
        if (parties.demonstratives.has(view.words[i + 1]?.fold ?? '')) return;
        const phrase = nounPhraseFrom(view, i, view.words.length);
        if (phrase.to > phrase.from) found = textOf(view, phrase.from, phrase.to);
      });
    });
    return found;
  }

  private read(view: ParagraphView, index: number): void {
    const words = view.words;
    let sentence = 0;
    for (let i = 0; i < words.length; i++) {
      if (i > sentence && endsSentence(view, i) && !INITIAL.test(words[i - 1]!.text)) {
        this.sentences.push([index, sentence, i]);
        sentence = i;
      }
      if (!words[i]!.cap) continue;
      let j = i;
      while (j + 1 < words.length && words[j + 1]!.cap && (!punctuationBefore(view, j + 1) || isInitialGap(view, j + 1))) j++;
      this.readRun(view, index, i, j);
      i = j;
    }
    if (words.length > sentence) this.sentences.push([index, sentence, words.length]);
  }

  /** Records the subject of words [from, to) when it names a body or a group (not a person, not a pronoun). */
  private readSubject(view: ParagraphView, index: number, from: number, to: number): void {
    let subject = sentenceSubject(view, from, to);
    // an English sentence's verb is seldom recognised: its opening capitalised run ("Contractor Felix Omondi won …")
    if (subject.to < subject.from) subject = leadingRun(view, from, to);
    if (subject.to < subject.from) return;
    const first = view.words[subject.from]!;
    if (
      !first.cap ||
      skippable(first.fold) ||
      parties.contrasts.has(first.fold) ||
      parties.personPronouns.has(first.fold) ||
      parties.groupPronouns.has(first.fold) ||
      parties.firstPerson.has(first.fold)
    )
      return;
    // "Angka itu …", "Berdasarkan peraturan …": a capitalised common word, not a name
    const common = this.writesLowerCase(first.fold) || (first.fold.length >= 6 && stemWord(first.fold) !== first.fold);
    if (common && !view.words.slice(subject.from + 1, subject.to + 1).some((w) => w.cap)) return;
    // (an English verb is seldom recognised: the subject may run on past it, its opening run is the name)
    const person = this.personIn(view, subject) ?? this.personIn(view, leadingRun(view, from, to));
    if (person !== null) {
      person.salient = true;
      return;
    }
    let last = subject.to;
    if (last > subject.from && parties.demonstratives.has(view.words[last]!.fold)) last--;
    this.groups.push({ at: position(index, first.start), name: textOf(view, subject.from, last) });
  }

  private readRun(view: ParagraphView, index: number, from: number, to: number): void {
    const words = view.words;
    let start = from;
    while (start <= to && skippable(words[start]!.fold)) start++;
    const opensSentence = start === 0 || endsSentence(view, start);
    if (opensSentence && start < to && this.writesLowerCase(words[start]!.fold)) start++;
    let nameStart = to + 1;
    while (nameStart - 1 >= start && isNameWord(words[nameStart - 1]!.fold) && !ACRONYM.test(words[nameStart - 1]!.text)) nameStart--;
    if (nameStart > to) return;
    // "Preah Vihear province": a place
    if (to + 1 < words.length && !punctuationBefore(view, to + 1) && parties.placeNouns.has(words[to + 1]!.fold)) return;
    const roles = this.rolesAround(view, start, nameStart, to);
    // "Perhimpunan Nelayan Teluk Biru", "PT Samudra Jaya": words before the name with no role anywhere make it a body's name
    if (nameStart > start && roles.length === 0) return;
    const surname = words[to]!.fold;
    const single = nameStart === to;
    const known = single ? this.personNamed(surname) : this.bySurname.get(surname);
    if (single && !known && (roles.length === 0 || (start > 0 && parties.nameBlockers.has(words[start - 1]!.fold)))) return;
    const person = known ?? { name: '', roles: [], mentions: [], salient: false };
    if (roles.length > 0) person.salient = true;
    const name = textOf(view, nameStart, to);
    if (name.length > person.name.length) person.name = name;
    person.roles.push(...roles);
    person.mentions.push(position(index, words[nameStart]!.start));
    if (!known) {
      this.people.push(person);
      this.bySurname.set(surname, person);
    }
    if (!single) {
      for (let k = nameStart; k < to; k++) {
        const w = words[k]!.fold;
        if (w.length < 3 || INITIAL.test(words[k]!.text)) continue;
        const seen = this.byNameWord.get(w);
        this.byNameWord.set(w, seen === undefined || seen === person ? person : null);
      }
    }
  }

  /** Role words before the name (capitalised or not) and in an appositive after it (", wakil juru bicara …,"). */
  private rolesAround(view: ParagraphView, runStart: number, nameStart: number, nameEnd: number): string[] {
    const words = view.words;
    let from = runStart;
    for (let k = runStart - 1; k >= Math.max(0, runStart - 6) && !punctuationBefore(view, k + 1); k--) {
      // walk back over lower-case words and place names: "Duta Besar Rusia untuk Indonesia Sergei Tolchenov"
      const role = parties.roles.has(words[k]!.fold);
      if (words[k]!.cap && !role && !parties.places.has(words[k]!.fold)) break;
      if (role) from = k;
    }
    const roles: string[] = [];
    // "Wakil Kepala Badan Gizi Nasional (BGN), Nanik S. Deyang, …": a role clause set off before the name
    if (runStart > 0 && /^\)?\s*,\s*$/u.test(gapBefore(view, runStart))) {
      // (a bracket before the comma: "Badan Gizi Nasional (BGN), Nanik …")
      let end = runStart - 1;
      if (gapBefore(view, runStart).startsWith(')')) for (let k = end; k > Math.max(0, end - 5); k--) if (/\(\s*$/u.test(gapBefore(view, k))) end = k - 1;
      const clause = clauseStart(view, end, 0);
      if (parties.roles.has(words[clause]!.fold))
        roles.push(
          words
            .slice(clause, runStart)
            .map((w) => w.fold)
            .join(' '),
        );
    }
    if (from < nameStart && (from < runStart || words.slice(runStart, nameStart).some((w) => parties.roles.has(w.fold)))) {
      roles.push(
        words
          .slice(from, nameStart)
          .map((w) => w.fold)
          .join(' '),
      );
    }
    const next = nameEnd + 1;
    if (next < words.length && /^\s*,\s*$/u.test(gapBefore(view, next)) && parties.roles.has(words[next]!.fold)) {
      let end = next;
      while (end + 1 < words.length && !punctuationBefore(view, end + 1) && end - next < 10) end++;
      roles.push(
        words
          .slice(next, end + 1)
          .map((w) => w.fold)
          .join(' '),
      );
    }
    return roles;
  }
}

/** The capitalised words opening words [from, to), after articles ("The …"), when a lower-case word follows them. */
function leadingRun(view: ParagraphView, from: number, to: number): WordRange {
  let start = from;
  while (start < to && parties.articles.has(view.words[start]!.fold)) start++;
  let end = start;
  while (end < to && view.words[end]!.cap && (end === start || !punctuationBefore(view, end))) end++;
  return end > start && end < to && !view.words[end]!.cap ? { from: start, to: end - 1 } : { from: 0, to: -1 };
}

/** True when a full stop, question or exclamation mark stands between word i-1 and word i (read in place: this runs on every word). */
function endsSentence(view: ParagraphView, i: number): boolean {
  const text = view.paragraph.text;
  for (let c = view.words[i - 1]!.end; c < view.words[i]!.start; c++) {
    const ch = text.charCodeAt(c);
    if (ch === 46 || ch === 33 || ch === 63) return true;
  }
  return false;
}

/** True when word i follows an initial and its full stop ("S. Deyang"). */
function isInitialGap(view: ParagraphView, i: number): boolean {
  return INITIAL.test(view.words[i - 1]!.text) && /^\.\s+$/u.test(gapBefore(view, i));
}

function latestBefore(mentions: readonly number[], at: number): number {
  let last = -1;
  for (const m of mentions) if (m < at && m > last) last = m;
  return last;
}
