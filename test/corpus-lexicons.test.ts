import { describe, expect, it } from 'vitest';
import { boilerplateLexicon, functionWords, lexiconSchemas, outletsLexicon, placesLexicon } from '../src/corpus/lexicons.js';

describe('cleaning lexicons are validated when loaded', () => {
  it('loads the shipped files', () => {
    expect(functionWords.id).toContain('yang');
    expect(functionWords.en).toContain('the');
    expect(placesLexicon.cities).toContain('jakarta');
    expect(outletsLexicon.hosts).toContain('wp.com');
    expect(boilerplateLexicon.shareWords).toContain('whatsapp');
  });
  it('refuses a pattern that is not a regular expression', () => {
    const broken = { ...boilerplateLexicon, related: ['baca (juga'] };
    expect(lexiconSchemas.boilerplate.safeParse(broken).success).toBe(false);
  });
  it('refuses a word list with a duplicate or a word in capitals', () => {
    expect(lexiconSchemas.functionWords.safeParse({ about: '', id: ['yang', 'yang'], en: [] }).success).toBe(false);
    expect(lexiconSchemas.places.safeParse({ about: '', countries: ['Indonesia'], regions: [], cities: [], modifiers: [] }).success).toBe(false);
  });
  it('refuses an outlet domain written with www. or in capitals', () => {
    expect(lexiconSchemas.outlets.safeParse({ ...outletsLexicon, domains: { 'www.contoh.id': 'Contoh' } }).success).toBe(false);
    expect(lexiconSchemas.outlets.safeParse({ ...outletsLexicon, domains: { 'Contoh.id': 'Contoh' } }).success).toBe(false);
  });
});
