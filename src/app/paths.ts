import { fileURLToPath } from 'node:url';

/** The bundled corpus folder, `index-data/` at the project root, wherever the process was started. */
export const defaultDataDir = fileURLToPath(new URL('../../index-data/', import.meta.url));
