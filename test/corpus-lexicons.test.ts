import { describe, expect, it } from 'vitest';
import { boilerplateLexicon, functionWords, lexiconSchemas, outletsLexicon, placeNames, placesLexicon, placeWords } from '../src/corpus/lexicons.js';

describe('cleaning lexicons are validated when loaded', () => {
  it('loads the shipped files', () => {
    expect(functionWords.id).toContain('yang');
    expect(functionWords.en).toContain('the');
    expect(placesLexicon.cities).toContain('bandung');
    expect(placeNames).toContain('jakarta');
    expect(outletsLexicon.hosts).toContain('wp.com');
    expect(boilerplateLexicon.shareWords).toContain('whatsapp');
  });
  it('refuses a pattern that is not a regular expression', () => {
    const broken = { ...boilerplateLexicon, related: ['baca (juga'] };
    expect(lexiconSchemas.boilerplate.safeParse(broken).success).toBe(false);
  });
  it('refuses a word list with a duplicate or a word in capitals', () => {
    expect(lexiconSchemas.functionWords.safeParse({ about: '', id: ['yang', 'yang'], en: [] }).success).toBe(false);
    const places = {
      about: '',
      nations: [{ names: ['indonesia'], demonyms: [], capitals: ['jakarta'], seats: [] }],
      regions: [],
      cities: [],
      bodies: [],
      given_names: [],
      modifiers: [],
    };
    expect(lexiconSchemas.places.safeParse(places).success).toBe(true);
    expect(lexiconSchemas.places.safeParse({ ...places, regions: ['Bali'] }).success).toBe(false);
    expect(lexiconSchemas.places.safeParse({ ...places, nations: [{ names: [], demonyms: [], capitals: [], seats: [] }] }).success).toBe(false);
  });
  it('knows every nation by its Indonesian and English names, demonym and capital, shared as place words', () => {
    // (general knowledge, not a story's: any nation of the world, not the dev sets' few)
    expect(placesLexicon.nations.length).toBeGreaterThanOrEqual(190);
    for (const name of ['pantai gading', 'ivory coast', 'selandia baru', 'korea utara', 'uni emirat arab', 'arab saudi', 'peru'])
      expect(placeNames).toContain(name);
    for (const word of ['kamboja', 'cambodian', 'phnom', 'ouagadougou', 'peruvian', 'utara', 'pbb', 'kremlin']) expect(placeWords).toContain(word);
    // a word of a place name that is also a person's name is not a place alone ("Sri Mulyani", "Abu Bakar")
    for (const word of ['sri', 'abu', 'jaya', 'the', 'dan']) expect(placeWords).not.toContain(word);
    for (const n of placesLexicon.nations) for (const c of n.capitals) expect(placesLexicon.cities).not.toContain(c);
  });
  it('refuses an outlet domain written with www. or in capitals', () => {
    expect(lexiconSchemas.outlets.safeParse({ ...outletsLexicon, domains: { 'www.contoh.id': 'Contoh' } }).success).toBe(false);
    expect(lexiconSchemas.outlets.safeParse({ ...outletsLexicon, domains: { 'Contoh.id': 'Contoh' } }).success).toBe(false);
  });
});
