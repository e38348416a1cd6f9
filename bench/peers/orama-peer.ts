import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { create, insertMultiple, load, save, search } from '@orama/orama';
import type { Peer } from './peer.js';

const schema = { text: 'string' } as const;
const newDatabase = () => create({ schema });

/** Orama with a one-field schema and default options (it keeps the documents), saved as `JSON.stringify(save(db))`. */
export class OramaPeer implements Peer {
  readonly storesTexts = true;
  private db = newDatabase();

  async build(texts: readonly string[]): Promise<void> {
    await insertMultiple(
      this.db,
      texts.map((text, id) => ({ id: String(id), text })),
      1000,
    );
  }

  async save(dir: string): Promise<number> {
    const file = join(dir, 'orama.json');
    writeFileSync(file, JSON.stringify(save(this.db)));
    return statSync(file).size;
  }

  async load(dir: string): Promise<void> {
    this.db = newDatabase();
    load(this.db, JSON.parse(readFileSync(join(dir, 'orama.json'), 'utf8')));
  }

  async search(query: string, limit: number): Promise<number[]> {
    const results = await search(this.db, { term: query, limit });
    return results.hits.map((hit) => Number(hit.id));
  }
}
