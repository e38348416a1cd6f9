import { nounPhraseFrom, type WordRange } from './clause-subject.js';
import { parties } from './denial-lexicon.js';
import { punctuationBefore, textOf, type ParagraphView } from './paragraph-view.js';

/** A person named in an article, merged by surname ("Sergey Lavrov" … "Lavrov"). */
export interface Person {
  /** The fullest form of the name seen in the article. */
  name: string;
  /** Folded role words seen with the name ("menteri luar negeri rusia", "juru bicara keamanan nasional"). */
  readonly roles: string[];
  /** Positions of the mentions (see `position`), in text order. */
  readonly mentions: number[];
}

/** A position in an article: paragraph index and offset, comparable across paragraphs. */
export const position = (paragraphIndex: number, offset: number): number => paragraphIndex * 1_000_000 + offset;

const isNameWord = (folded: string): boolean => !parties.roles.has(folded) && !parties.places.has(folded) && !parties.organisationWords.has(folded);
const skippable = (folded: string): boolean => parties.openers.has(folded) || parties.articles.has(folded) || parties.boundaries.has(folded);

/**
 * The people of one article: every capitalised run whose trailing words are not role, place or
 * organisation words ("Menteri Luar Negeri Rusia Sergey Lavrov" → Sergey Lavrov, role "menteri luar
 * negeri rusia"), with the roles written around it, so that a later description ("diplomat
 * tersebut") or pronoun ("ia") can be resolved to the latest person it fits.
 */
export class ArticlePeople {
  private readonly people: Person[] = [];
  private readonly bySurname = new Map<string, Person>();

  constructor(private readonly views: readonly ParagraphView[]) {
    views.forEach((view, index) => this.read(view, index));
  }

  /** The person named within a word range of a paragraph, if any. */
  personIn(view: ParagraphView, range: WordRange): Person | null {
    for (let i = range.to; i >= range.from; i--) {
      const person = this.bySurname.get(view.words[i]!.folded);
      if (person && view.words[i]!.capitalised) return person;
    }
    return null;
  }

  /** The latest person mentioned before a position (for "ia", "dia", "he", "she"). */
  latestPerson(at: number): Person | null {
    let best: Person | null = null;
    let bestAt = -1;
    for (const p of this.people) {
      const last = latestBefore(p.mentions, at);
      if (last > bestAt) [best, bestAt] = [p, last];
    }
    return best;
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
        if (w.folded !== head || w.capitalised || position(index, w.start) >= at) return;
        if (parties.demonstratives.has(view.words[i + 1]?.folded ?? '')) return;
        const phrase = nounPhraseFrom(view, i, view.words.length);
        if (phrase.to > phrase.from) found = textOf(view, phrase.from, phrase.to);
      });
    });
    return found;
  }

  private read(view: ParagraphView, index: number): void {
    const words = view.words;
    for (let i = 0; i < words.length; i++) {
      if (!words[i]!.capitalised) continue;
      let j = i;
      while (j + 1 < words.length && words[j + 1]!.capitalised && !punctuationBefore(view, j + 1)) j++;
      this.readRun(view, index, i, j);
      i = j;
    }
  }

  private readRun(view: ParagraphView, index: number, from: number, to: number): void {
    const words = view.words;
    let start = from;
    while (start <= to && skippable(words[start]!.folded)) start++;
    let nameStart = to + 1;
    while (nameStart - 1 >= start && isNameWord(words[nameStart - 1]!.folded)) nameStart--;
    if (nameStart > to) return;
    const roles = this.rolesAround(view, start, nameStart, to);
    const surname = words[to]!.folded;
    const known = this.bySurname.get(surname);
    const single = nameStart === to;
    if (single && !known && roles.length === 0) return;
    const person = known ?? { name: '', roles: [], mentions: [] };
    const name = textOf(view, nameStart, to);
    if (name.length > person.name.length) person.name = name;
    person.roles.push(...roles);
    person.mentions.push(position(index, words[nameStart]!.start));
    if (!known) {
      this.people.push(person);
      this.bySurname.set(surname, person);
    }
  }

  /** Role words before the name (capitalised or not) and in an appositive after it (", wakil juru bicara …,"). */
  private rolesAround(view: ParagraphView, runStart: number, nameStart: number, nameEnd: number): string[] {
    const words = view.words;
    let from = runStart;
    for (let k = runStart - 1; k >= Math.max(0, runStart - 6) && !punctuationBefore(view, k + 1); k--) {
      // walk back over lower-case words and place names: "Duta Besar Rusia untuk Indonesia Sergei Tolchenov"
      const role = parties.roles.has(words[k]!.folded);
      if (words[k]!.capitalised && !role && !parties.places.has(words[k]!.folded)) break;
      if (role) from = k;
    }
    const roles: string[] = [];
    if (from < nameStart && (from < runStart || words.slice(runStart, nameStart).some((w) => parties.roles.has(w.folded)))) {
      roles.push(words.slice(from, nameStart).map((w) => w.folded).join(' '));
    }
    const next = nameEnd + 1;
    if (next < words.length && punctuationBefore(view, next) && parties.roles.has(words[next]!.folded)) {
      let end = next;
      while (end + 1 < words.length && !punctuationBefore(view, end + 1) && end - next < 10) end++;
      roles.push(words.slice(next, end + 1).map((w) => w.folded).join(' '));
    }
    return roles;
  }
}

function latestBefore(mentions: readonly number[], at: number): number {
  let last = -1;
  for (const m of mentions) if (m < at && m > last) last = m;
  return last;
}
