type TypedArray = Uint8Array | Uint32Array;

/** An append-only typed array that doubles its capacity: millions of postings without millions of JS numbers. */
export class GrowableArray<T extends TypedArray> {
  private data: T;
  length = 0;

  constructor(
    private readonly make: (capacity: number) => T,
    capacity = 1024,
  ) {
    this.data = make(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  /** The values pushed so far (a view: copy it before pushing more if it must stay valid). */
  view(): T {
    return this.data.subarray(0, this.length) as T;
  }
}
