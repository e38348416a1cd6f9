/**
 * A search library a user might pick instead of Sumber's engine, driven the plain way its
 * documentation shows, over the same clean paragraph texts (id = position) and the same queries.
 */
export interface Peer {
  /** Indexes the texts. */
  build(texts: readonly string[]): Promise<void>;
  /** Saves the index into a folder; the bytes written. */
  save(dir: string): Promise<number>;
  /** Loads an index saved by `save` (into a fresh instance). */
  load(dir: string): Promise<void>;
  /** Ids of the best `limit` paragraphs. */
  search(query: string, limit: number): Promise<number[]> | number[];
  /** Whether the peer keeps the texts itself (else the bench keeps them beside it, as an app would to show results). */
  readonly storesTexts: boolean;
}
