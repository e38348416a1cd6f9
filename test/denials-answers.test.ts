import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../src/corpus/types.js';
import { extractArticle, mergeExtractions } from '../src/extract/article-extraction.js';
import { extractDenials } from '../src/extract/denials/index.js';
import type { Denial } from '../src/extract/types.js';
import type { Language } from '../src/language/types.js';

/**
 * What a denial answers (issue 16): an accusation by another party, on the same subject, published
 * no later, and nothing when unsure. Tiny invented corpora, one rule each.
 */

function article(id: string, paragraphs: readonly string[], published: string | null = '2024-03-10', language: Language = 'id'): Article {
  return {
    article: id,
    title: null,
    outlet: 'Contoh',
    url: null,
    published,
    approximate: false,
    language,
    byline: null,
    wire: [],
    captions: [],
    dateline: null,
    note: null,
    paragraphs: paragraphs.map((text, i) => ({ article: id, number: i + 1, text })),
  };
}

/** The verbatim text a denial's answer cites, or null. */
function answered(articles: readonly Article[], d: Denial | undefined): string | null {
  if (!d?.answers) return null;
  const a = articles.find((x) => x.article === d.answers!.article)!;
  return a.paragraphs.find((p) => p.number === d.answers!.paragraph)!.text.slice(d.answers.start, d.answers.end);
}

const accusing = 'Lembaga Pemantau Hutan menuduh PT Rimba Lestari membakar lahan gambut di Kalimantan.';

describe('answers: an accusation by another party', () => {
  it('links a denial pointing back to the accusation before it', () => {
    const a = article('a', [accusing, 'PT Rimba Lestari membantah tuduhan itu dan menyebut api berasal dari lahan warga.']);
    const [denial] = extractDenials([a], []);
    expect(denial?.party).toBe('PT Rimba Lestari');
    expect(answered([a], denial)).toBe(accusing);
  });

  it('never links a denial to what its own side said', () => {
    const a = article('a', ['PT Rimba Lestari mengatakan perusahaan telah menerima izin pembakaran terkendali.', 'PT Rimba Lestari membantah tuduhan itu.']);
    const [denial] = extractDenials([a], []);
    expect(denial?.party).toBe('PT Rimba Lestari');
    expect(denial?.answers).toBeNull();
  });

  it('takes the clause before "namun" when someone else says it there', () => {
    const text = 'Polisi menyatakan kebakaran gudang itu disengaja, namun Hendra Gunawan menyebut tuduhan itu tidak berdasar.';
    const a = article('a', [text]);
    const [denial] = extractDenials([a], []);
    expect(denial?.party).toBe('Hendra Gunawan');
    expect(answered([a], denial)).toBe('Polisi menyatakan kebakaran gudang itu disengaja');
  });

  it('takes the clause an accusation noun sums up ("…, accusations he has repeatedly denied")', () => {
    const a = article(
      'a',
      [
        'Felix Omondi, a building contractor, won the bridge tender in May.',
        'He has been accused of rigging the tender, accusations he has repeatedly denied.',
      ],
      '2024-03-10',
      'en',
    );
    const [denial] = extractDenials([a], []);
    expect(denial?.party).toBe('Felix Omondi');
    expect(answered([a], denial)).toBe('He has been accused of rigging the tender');
  });

  it('links an English dismissal of "the allegations" to the accusation before it', () => {
    const first = 'The city auditors accused the mayor of hiding the flood report.';
    const a = article('a', [first, 'Mayor Tobias Renn dismissed the allegations as false.'], '2024-03-10', 'en');
    const [denial] = extractDenials([a], []);
    expect(denial?.party).toBe('Tobias Renn');
    expect(answered([a], denial)).toBe(first);
  });
});

describe('answers: the same subject, and nothing when unsure', () => {
  it('links no accusation about something else', () => {
    const a = article('a', [
      'Serikat Buruh Pelabuhan menuduh direksi menunda pembayaran gaji.',
      'Direksi PT Kapal Emas membantah tudingan soal pencemaran sungai.',
    ]);
    expect(extractDenials([a], []).map((d) => d.answers)).toEqual([null]);
  });

  it('links nothing when the corpus holds no accusation', () => {
    const a = article('a', ['Bupati Sungai Jernih, Halim Saputra, membantah kabar pengunduran dirinya.']);
    const denials = extractDenials([a], []);
    expect(denials.map((d) => [d.party, d.answers])).toEqual([['Halim Saputra', null]]);
  });
});

describe('answers: another article, published no later', () => {
  const denying = (published: string | null) =>
    article('y', ['PT Rimba Lestari membantah tuduhan bahwa perusahaan membakar lahan gambut di Kalimantan.'], published);

  it('links an earlier article holding what is denied', () => {
    const x = article('x', [accusing], '2024-02-20');
    const y = denying('2024-03-01');
    const [denial] = extractDenials([x, y], []);
    expect(denial?.answers).toMatchObject({ article: 'x', paragraph: 1 });
  });

  it('links no article published after the denial, nor one whose date is unknown', () => {
    expect(extractDenials([article('x', [accusing], '2024-03-10'), denying('2024-03-01')], [])[0]?.answers).toBeNull();
    expect(extractDenials([article('x', [accusing], null), denying('2024-03-01')], [])[0]?.answers).toBeNull();
    expect(extractDenials([article('x', [accusing], '2024-02-20'), denying(null)], [])[0]?.answers).toBeNull();
  });
});

describe('answers: invariants', () => {
  const words = [
    'PT Rimba Lestari',
    'Lembaga Pemantau Hutan',
    'Ia',
    'Mereka',
    'menuduh',
    'membantah',
    'tuduhan',
    'itu',
    'tidak ada',
    'yang',
    'dibakar',
    'namun',
    'menyebut',
    'tidak berdasar',
    'lahan',
    'gambut',
    'mengatakan',
    'tidak pernah',
    'membakar',
    'accused',
    'denied',
    'accusations',
    'he',
    'the',
    'claims',
    'as',
    'false',
    'kata',
    'ujarnya',
  ];
  const punctuation = ['', ',', '.', ' “', '”', ' (', ')', ' -'];
  const sentence = fc
    .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...punctuation)), { minLength: 1, maxLength: 14 })
    .map((parts) => parts.map(([w, p]) => `${w}${p}`).join(' '));
  const corpus = fc.array(fc.tuple(fc.array(sentence, { minLength: 1, maxLength: 4 }), fc.constantFrom('2024-01-01', '2024-02-01', null)), {
    minLength: 1,
    maxLength: 3,
  });

  it('cites verbatim statements and answers inside the corpus, never the denial itself, never a later article', () => {
    fc.assert(
      fc.property(corpus, (parts) => {
        const articles = parts.map(([paragraphs, published], i) => article(`a${i}`, paragraphs, published));
        for (const denials of [extractDenials(articles, []), mergeExtractions(articles, articles.map(extractArticle)).denials]) {
          for (const d of denials) {
            const own = articles.find((a) => a.article === d.article)!;
            expect(own.paragraphs[d.paragraph - 1]!.text.slice(d.start, d.end)).toBe(d.statement);
            if (d.answers === null) continue;
            const text = articles.find((a) => a.article === d.answers!.article)?.paragraphs.find((p) => p.number === d.answers!.paragraph)?.text;
            expect(text).toBeDefined();
            expect(0 <= d.answers.start && d.answers.start < d.answers.end && d.answers.end <= text!.length).toBe(true);
            expect(d.answers.article === d.article && d.answers.paragraph === d.paragraph && d.answers.start === d.start && d.answers.end === d.end).toBe(
              false,
            );
            if (d.answers.article !== d.article) {
              const from = articles.find((a) => a.article === d.answers!.article)!.published;
              expect(from !== null && own.published !== null && from <= own.published).toBe(true);
            }
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
