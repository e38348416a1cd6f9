import { describe, expect, it } from 'vitest';
import { lexicon } from '../src/extract/quotes/lexicon.js';
import { speechSchema } from '../src/extract/quotes/lexicon-schema.js';
import speechJson from '../src/language/lexicon/speech.json' with { type: 'json' };
import { glossaryLexicon, languageLexiconSchemas, loadLexicon, stopwordLexicon } from '../src/language/lexicons.js';

describe('the language lexicons, checked at load', () => {
  it('loads the shipped files', () => {
    expect(stopwordLexicon.id.length).toBeGreaterThan(0);
    expect(Object.keys(glossaryLexicon.words).length).toBeGreaterThan(0);
  });

  it('refuses a malformed file, naming the file and the entry', () => {
    const broken = { about: '', id: ['dan', 'Dan'], en: [], about_question: '', question: [] };
    expect(() => loadLexicon(languageLexiconSchemas.stopwords, broken, 'stopwords.json')).toThrow(
      /lexicon: src\/language\/lexicon\/stopwords\.json is malformed: id\.1: expected lower case/u,
    );
    expect(languageLexiconSchemas.stopwords.safeParse({ ...stopwordLexicon, id: ['yang', 'yang'] }).success).toBe(false);
    expect(languageLexiconSchemas.glossary.safeParse({ about: '', phrases: {}, words: { deny: [] } }).success).toBe(false);
    expect(languageLexiconSchemas.abbreviations.safeParse({ about: '', abbreviations: [3] }).success).toBe(false);
    // a key the loader does not know is a typo, not an extra
    expect(languageLexiconSchemas.abbreviations.safeParse({ about: '', abbreviations: [], abbreviation: ['dr'] }).success).toBe(false);
  });
});

describe('speech.json: the function words the quote grammar reads', () => {
  it('are checked at load: a missing list or a typo in its name is refused', () => {
    const { grammar, ...rest } = speechJson;
    expect(speechSchema.safeParse(speechJson).success).toBe(true);
    expect(speechSchema.safeParse(rest).success).toBe(false);
    const { agents: _agents, ...noAgents } = grammar;
    expect(speechSchema.safeParse({ ...rest, grammar: { ...noAgents, agent: ['oleh'] } }).success).toBe(false);
    expect(speechSchema.safeParse({ ...rest, grammar: { ...grammar, possessives: 'its' } }).success).toBe(false);
  });

  it('are what the grammar reads: a passive agent, a relative leaving the subject out', () => {
    expect(lexicon.agents.has('oleh') && lexicon.agents.has('by')).toBe(true);
    expect(lexicon.relatives.has('yang')).toBe(true);
    // after a speech verb "that" is a complementiser, not a relative
    expect(lexicon.relatives.has('that')).toBe(false);
    expect(lexicon.documentRelatives.has('that')).toBe(true);
  });
});
