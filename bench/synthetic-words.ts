// Syllables of Indonesian-looking words and names; a rank is written in base SYLLABLES.length.
const SYLLABLES = [
  'ba',
  'be',
  'bi',
  'bo',
  'bu',
  'da',
  'de',
  'di',
  'do',
  'du',
  'ga',
  'gi',
  'gu',
  'ha',
  'hi',
  'ja',
  'ju',
  'ka',
  'ke',
  'ki',
  'ko',
  'ku',
  'la',
  'li',
  'lo',
  'ma',
  'me',
  'mi',
  'mo',
  'mu',
  'na',
  'ni',
  'nu',
  'pa',
  'pe',
  'pi',
  'ra',
  're',
  'ri',
  'ro',
  'ru',
  'sa',
  'se',
  'si',
  'so',
  'su',
  'ta',
  'te',
  'ti',
  'to',
  'tu',
  'wa',
  'wi',
  'ya',
  'yo',
  'za',
];
const ENDINGS = ['', 'n', 'ng', 'r', 's', 'k', 'l', 'h', 't', 'm'];

/** A distinct made-up word for each rank (rank 0 is the most frequent): "kamira", "tolusen", … */
export function syntheticWord(rank: number): string {
  let n = rank + SYLLABLES.length; // at least two syllables
  let word = '';
  while (n > 0) {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return word + ENDINGS[rank % ENDINGS.length]!;
}

/** A distinct made-up proper name for each rank: "Kamira", "Tolusen", … */
export function syntheticName(rank: number): string {
  const word = syntheticWord(rank * 7 + 3);
  return word.charAt(0).toUpperCase() + word.slice(1);
}
