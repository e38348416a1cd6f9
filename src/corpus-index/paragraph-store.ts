import type { Paragraph } from '../corpus/types.js';
import { BufferTexts, type ParagraphTexts } from './paragraph-texts.js';

/** The saved form of every paragraph besides its text: where each belongs, and where its text is. */
export interface ParagraphStoreData {
  /** Article ids, in corpus order; `articleOf` indexes into it. */
  readonly articleIds: readonly string[];
  /** Text of paragraph `id` is bytes `textOffsets[id] .. textOffsets[id + 1]` of the texts. */
  readonly textOffsets: Uint32Array;
  readonly articleOf: Uint32Array;
  readonly numbers: Uint32Array;
}

/**
 * Every paragraph of the corpus by id (its position in corpus order), decoded on demand: a million
 * paragraphs stay one UTF-8 buffer or file (about 300 MB of text) rather than a million strings and
 * objects.
 */
export class ParagraphStore {
  private readonly articleIndex = new Map<string, number>();
  /** First paragraph id of each article (articles are contiguous, in corpus order). */
  private readonly articleStarts: Uint32Array;

  constructor(
    readonly data: ParagraphStoreData,
    readonly texts: ParagraphTexts,
  ) {
    data.articleIds.forEach((id, i) => {
      this.articleIndex.set(id, i);
    });
    this.articleStarts = new Uint32Array(data.articleIds.length + 1).fill(data.articleOf.length);
    for (let id = data.articleOf.length - 1; id >= 0; id--) this.articleStarts[data.articleOf[id]!] = id;
    // An article with no paragraph starts where the next one does, so its range is empty.
    for (let a = data.articleIds.length - 1; a >= 0; a--) this.articleStarts[a] = Math.min(this.articleStarts[a]!, this.articleStarts[a + 1]!);
  }

  /** Lays out paragraphs given in corpus order (each article's paragraphs together). */
  static fromParagraphs(paragraphs: readonly Paragraph[]): ParagraphStore {
    const articleIds: string[] = [];
    const seen = new Set<string>();
    const articleOf = new Uint32Array(paragraphs.length);
    const numbers = new Uint32Array(paragraphs.length);
    const textOffsets = new Uint32Array(paragraphs.length + 1);
    let bytes = 0;
    paragraphs.forEach((p, id) => {
      if (articleIds.at(-1) !== p.article) {
        if (seen.has(p.article)) throw new Error(`paragraph-store: paragraphs of ${p.article} are not together`);
        seen.add(p.article);
        articleIds.push(p.article);
      }
      articleOf[id] = articleIds.length - 1;
      numbers[id] = p.number;
      textOffsets[id] = bytes;
      bytes += Buffer.byteLength(p.text, 'utf8');
    });
    textOffsets[paragraphs.length] = bytes;
    const textBytes = Buffer.allocUnsafe(bytes);
    paragraphs.forEach((p, id) => {
      textBytes.write(p.text, textOffsets[id]!, 'utf8');
    });
    return new ParagraphStore({ articleIds, textOffsets, articleOf, numbers }, new BufferTexts(textBytes));
  }

  get size(): number {
    return this.data.articleOf.length;
  }

  /** The paragraph with this id (0 ≤ id < size). */
  get(id: number): Paragraph {
    const { articleOf, articleIds, numbers } = this.data;
    return { article: articleIds[articleOf[id]!]!, number: numbers[id]!, text: this.textOf(id) };
  }

  textOf(id: number): string {
    return this.texts.decode(this.data.textOffsets[id]!, this.data.textOffsets[id + 1]!);
  }

  /** The id of paragraph `number` of `article`, or undefined when there is no such paragraph. */
  idOf(article: string, number: number): number | undefined {
    const a = this.articleIndex.get(article);
    if (a === undefined) return undefined;
    const start = this.articleStarts[a]!;
    const end = this.articleStarts[a + 1]!;
    const guess = start + number - 1;
    // Paragraphs are numbered 1, 2, 3… within their article; look further only if a corpus is not.
    if (guess >= start && guess < end && this.data.numbers[guess] === number) return guess;
    for (let id = start; id < end; id++) if (this.data.numbers[id] === number) return id;
    return undefined;
  }
}
