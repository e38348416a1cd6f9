/**
 * An article's extraction packed for the trip from a worker thread to the main thread: numbers in
 * one Int32Array and strings in one string with their lengths among the numbers. Structured clone
 * copies a typed array and a string at memory speed, where the records as objects (spans, entity
 * sets, term sets, verbatim sentences) cost the main thread more to rebuild than they cost to
 * make. Verbatim text (sentences, what is denied, date evidence) travels as offsets into the
 * article's paragraphs and is sliced again on arrival; repeated strings (terms, dates, kinds)
 * travel once per article.
 */
export interface PackedExtraction {
  readonly numbers: Int32Array;
  readonly strings: string;
}

/** Writes numbers and strings in the order a `PackReader` reads them back. */
export class PackWriter {
  private readonly numbers: number[] = [];
  private readonly strings: string[] = [];
  private readonly seen = new Map<string, number>();

  num(n: number): void {
    this.numbers.push(n);
  }

  /** A string, or null (-1); a string already written is written as its index. */
  str(s: string | null): void {
    if (s === null) {
      this.numbers.push(-1);
      return;
    }
    let index = this.seen.get(s);
    if (index === undefined) {
      index = this.strings.length;
      this.strings.push(s);
      this.seen.set(s, index);
    }
    this.numbers.push(index);
  }

  /** The packed form: string lengths first, then the numbers. */
  finish(): PackedExtraction {
    const { strings, numbers } = this;
    const packed = new Int32Array(1 + strings.length + numbers.length);
    packed[0] = strings.length;
    for (let i = 0; i < strings.length; i++) packed[i + 1] = strings[i]!.length;
    packed.set(numbers, 1 + strings.length);
    return { numbers: packed, strings: strings.join('') };
  }
}

/** Reads a `PackedExtraction` back, in the order it was written. */
export class PackReader {
  private readonly numbers: Int32Array;
  private readonly strings: string[];
  private at: number;

  constructor(packed: PackedExtraction) {
    this.numbers = packed.numbers;
    const count = packed.numbers[0]!;
    this.strings = new Array<string>(count);
    let offset = 0;
    for (let i = 0; i < count; i++) {
      const length = packed.numbers[i + 1]!;
      this.strings[i] = packed.strings.slice(offset, offset + length);
      offset += length;
    }
    this.at = count + 1;
  }

  num(): number {
    return this.numbers[this.at++]!;
  }

  str(): string | null {
    const index = this.numbers[this.at++]!;
    return index < 0 ? null : this.strings[index]!;
  }
}
