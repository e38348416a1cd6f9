import { closeSync, fstatSync, readSync } from 'node:fs';

/** Where paragraph texts (one UTF-8 buffer, addressed by byte offsets) are read from. */
export interface ParagraphTexts {
  /** The text of bytes `[start, end)`. */
  decode(start: number, end: number): string;
  /** Every byte, for saving. */
  bytes(): Uint8Array;
}

/** Texts held in memory: a freshly built index. */
export class BufferTexts implements ParagraphTexts {
  private readonly buffer: Buffer;

  constructor(bytes: Uint8Array) {
    this.buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  decode(start: number, end: number): string {
    return this.buffer.toString('utf8', start, end);
  }

  bytes(): Uint8Array {
    return this.buffer;
  }
}

// Closes the file of a file-backed text store once the store itself is collected.
const openFiles = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
});

/**
 * Texts read from the saved index file when asked for: a query shows ten paragraphs, so the
 * corpus's text (about 300 MB at a million paragraphs) need not be read at start-up nor held in
 * memory; the operating system's page cache keeps the parts in use. The file stays open, so a
 * rebuild that replaces the index folder does not change what this process reads.
 */
export class FileTexts implements ParagraphTexts {
  readonly #size: number;

  /** `fd`: the open file, already checked (see `IndexFileReader.openChecked`); closed when the store is collected. */
  constructor(
    private readonly path: string,
    private readonly fd: number,
  ) {
    this.#size = fstatSync(fd).size;
    openFiles.register(this, fd);
  }

  decode(start: number, end: number): string {
    return this.#read(start, end).toString('utf8');
  }

  bytes(): Uint8Array {
    return this.#read(0, this.#size);
  }

  #read(start: number, end: number): Buffer {
    if (!(start >= 0 && end >= start && end <= this.#size))
      throw new Error(`paragraph-texts: ${this.path}: bytes ${start}-${end} are outside its ${this.#size} bytes`);
    const chunk = Buffer.allocUnsafe(end - start);
    let read = 0;
    while (read < chunk.length) {
      const n = readSync(this.fd, chunk, read, chunk.length - read, start + read);
      if (n === 0) throw new Error(`paragraph-texts: ${this.path} ended early`);
      read += n;
    }
    return chunk;
  }
}
