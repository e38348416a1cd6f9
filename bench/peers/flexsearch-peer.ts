import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Index } from 'flexsearch';
import type { Peer } from './peer.js';

/** FlexSearch's `Index` with default options, saved with its `export` (one file per key) and read back with `import`. */
export class FlexSearchPeer implements Peer {
  readonly storesTexts = false;
  private index = new Index();

  async build(texts: readonly string[]): Promise<void> {
    texts.forEach((text, id) => {
      this.index.add(id, text);
    });
  }

  async save(dir: string): Promise<number> {
    const folder = join(dir, 'flexsearch');
    mkdirSync(folder, { recursive: true });
    const keys: string[] = [];
    await this.index.export((key, data) => {
      keys.push(String(key));
      writeFileSync(join(folder, `${key}.json`), data ?? '');
    });
    writeFileSync(join(folder, 'keys.json'), JSON.stringify(keys));
    return readdirSync(folder).reduce((total, f) => total + statSync(join(folder, f)).size, 0);
  }

  async load(dir: string): Promise<void> {
    const folder = join(dir, 'flexsearch');
    this.index = new Index();
    for (const key of JSON.parse(readFileSync(join(folder, 'keys.json'), 'utf8')) as string[]) {
      this.index.import(key, readFileSync(join(folder, `${key}.json`), 'utf8'));
    }
  }

  search(query: string, limit: number): number[] {
    return this.index.search(query, { limit }) as number[];
  }
}
