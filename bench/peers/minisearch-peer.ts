import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MiniSearch from 'minisearch';
import type { Peer } from './peer.js';

const OPTIONS = { fields: ['text'] };

/** Stock MiniSearch with default options (its `search` scores and sorts every match), saved with `JSON.stringify`. */
export class MiniSearchPeer implements Peer {
  readonly storesTexts = false;
  private index = new MiniSearch<{ id: number; text: string }>(OPTIONS);

  async build(texts: readonly string[]): Promise<void> {
    this.index.addAll(texts.map((text, id) => ({ id, text })));
  }

  async save(dir: string): Promise<number> {
    const file = join(dir, 'minisearch.json');
    writeFileSync(file, JSON.stringify(this.index));
    return statSync(file).size;
  }

  async load(dir: string): Promise<void> {
    this.index = MiniSearch.loadJSON(readFileSync(join(dir, 'minisearch.json'), 'utf8'), OPTIONS);
  }

  search(query: string, limit: number): number[] {
    return this.index
      .search(query)
      .slice(0, limit)
      .map((r) => r.id as number);
  }
}
