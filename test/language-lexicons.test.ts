import { describe, expect, it } from 'vitest';
import { glossaryLexicon, languageLexiconSchemas, loadLexicon, stopwordLexicon } from '../src/language/lexicons.js';

describe('the language lexicons, checked at load', () => {
  it('loads the shipped files', () => {
    expect(stopwordLexicon.id.length).toBeGreaterThan(0);
    expect(Object.keys(glossaryLexicon.words).length).toBeGreaterThan(0);
  });

  it('refuses a malformed file, naming the file and the entry', () => {
    const broken = { about: '', id: ['dan', 'Dan'], en: [], about_question: '', question: [] };
    expect(() => loadLexicon(languageLexiconSchemas.stopwords, broken, 'stopwords.json')).toThrow(/lexicon: src\/language\/lexicon\/stopwords\.json is malformed: id\.1: expected lower case/u);
    expect(languageLexiconSchemas.stopwords.safeParse({ ...stopwordLexicon, id: ['yang', 'yang'] }).success).toBe(false);
    expect(languageLexiconSchemas.glossary.safeParse({ about: '', phrases: {}, words: { deny: [] } }).success).toBe(false);
    expect(languageLexiconSchemas.abbreviations.safeParse({ about: '', abbreviations: [3] }).success).toBe(false);
    // a key the loader does not know is a typo, not an extra
    expect(languageLexiconSchemas.abbreviations.safeParse({ about: '', abbreviations: [], abbreviation: ['dr'] }).success).toBe(false);
  });
});
