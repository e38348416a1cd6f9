import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandList } from '../commands/index.js';
import { UserFacingError } from '../src/answers/errors.js';
import { executeCommand } from '../src/app/execute-command.js';
import { openCorpusIndex } from '../src/corpus-index/open-index.js';
import { optionMap } from '../src/interactions/interaction-options.js';
import { matchGlossary } from '../src/language/glossary.js';
import { JS_KEYWORDS, PROTOTYPE_NAMES } from './fixtures/hostile-text.js';

const { index } = openCorpusIndex(join(import.meta.dirname, 'fixtures', 'mini-corpus'), { write: false });

// Every name JavaScript gives a meaning to, as typed and with the endings the glossary strips
// ("constructors" → constructor), alone and after an ordinary word (a phrase look-up).
const WORDS = [...new Set([...PROTOTYPE_NAMES, ...JS_KEYWORDS].flatMap((w) => [w, `${w}s`, `${w}ed`, `North ${w}`, `${w} ${w}`]))];

describe('a user word that names a JavaScript built-in is just a word', () => {
  it('is no glossary entry', () => {
    for (const word of [...PROTOTYPE_NAMES, ...JS_KEYWORDS]) {
      for (const match of matchGlossary([word, 'kontainer'])) {
        // whatever matches is a real entry: a list of Indonesian words
        expect(Array.isArray(match.indonesian), word).toBe(true);
      }
    }
    expect(matchGlossary(['constructor'])).toEqual([]);
    expect(matchGlossary(['__proto__'])).toEqual([]);
  });

  it('gets an answer (or a clear refusal) from every command, in every text option', () => {
    const failures: string[] = [];
    for (const command of commandList) {
      const textOptions = (command.definition.options ?? []).filter((o) => o.type === 3).map((o) => o.name);
      for (const option of textOptions) {
        for (const word of WORDS) {
          try {
            executeCommand(command.definition.name, { [option]: word }, { index, locale: 'en' });
          } catch (error) {
            if (!(error instanceof UserFacingError)) failures.push(`/${command.definition.name} ${option}: ${word} → ${String(error)}`);
          }
        }
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
  });

  it('is an option value, never an option name that reaches the prototype', () => {
    const map = optionMap([
      { name: '__proto__', value: 'x' },
      { name: 'query', value: 'constructor' },
    ]);
    expect(Object.getPrototypeOf(map)).toBe(Object.prototype);
    expect(Object.keys(map).sort()).toEqual(['__proto__', 'query']);
    expect(map.query).toBe('constructor');
  });
});
