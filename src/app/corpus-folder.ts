import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defaultDataDir } from './paths.js';

/**
 * The corpus folder a command line names: `--data DIR` when given, else `SUMBER_DATA_DIR` (from
 * the environment or `.env`), else the bundled `index-data/`. `source` says which, for messages.
 */
export function chooseDataDir(flag: string | null, env: Readonly<Record<string, string | undefined>>): { dir: string; source: string } {
  if (flag !== null) return { dir: resolve(flag), source: '--data' };
  const configured = env.SUMBER_DATA_DIR?.trim();
  if (configured) return { dir: resolve(configured), source: 'SUMBER_DATA_DIR' };
  return { dir: defaultDataDir, source: 'the default' };
}

/**
 * Why a folder cannot be a corpus folder (missing, not a folder, or without `articles/`), or null
 * when it can. Checked before anything is read or written, so that a mistyped folder is reported
 * by name instead of answering "no results" or getting an empty index created in it.
 */
export function corpusFolderProblem(dir: string): string | null {
  const kind = (path: string) => {
    try {
      return statSync(path).isDirectory() ? 'folder' : 'file';
    } catch {
      return 'missing';
    }
  };
  const here = kind(dir);
  if (here === 'missing') return `there is no folder ${dir}`;
  if (here === 'file') return `${dir} is a file, not a corpus folder`;
  // a saved index without its articles/ is still served (see openCorpusIndex), with a warning
  if (kind(join(dir, 'articles')) !== 'folder' && kind(join(dir, 'index', 'manifest.json')) !== 'file')
    return `${dir} has no articles/ folder (a corpus folder holds articles/*.txt and, optionally, sources.json)`;
  return null;
}
