import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates } from '../src/language/dates/index.js';
import table from './fixtures/dates.json' with { type: 'json' };

interface Case {
  readonly sentence: string;
  readonly published: string | null;
  readonly language: 'id' | 'en';
  readonly expected: readonly { evidence: string; date: string; endDate: string | null; precision: string }[];
  readonly note?: string;
}

const cases = table.cases as readonly Case[];

describe('findDates: fixture table', () => {
  it('has at least 50 expressions', () => {
    expect(cases.length).toBeGreaterThanOrEqual(50);
  });

  it.each(cases.map((c) => [`${c.sentence} (${c.published ?? 'no date'})`, c] as const))('%s', (_, c) => {
    const found = findDates(c.sentence, c.published, c.language).map(({ evidence, date, endDate, precision }) => ({ evidence, date, endDate, precision }));
    expect(found).toEqual(c.expected);
  });
});

describe('findDates: invariants', () => {
  it('evidence is the verbatim slice of the sentence', () => {
    for (const c of cases) {
      for (const d of findDates(c.sentence, c.published, c.language)) expect(c.sentence.slice(d.start, d.end)).toBe(d.evidence);
    }
  });

  it('formats each date to its precision', () => {
    const shapes = { day: /^\d{4}-\d{2}-\d{2}$/, week: /^\d{4}-\d{2}-\d{2}$/, month: /^\d{4}-\d{2}$/, year: /^\d{4}$/ };
    for (const c of cases) for (const d of findDates(c.sentence, c.published, c.language)) expect(d.date).toMatch(shapes[d.precision]);
  });

  it('a week starts on Monday', () => {
    const [week] = findDates('Mereka bertemu pekan lalu.', '2023-10-29', 'id'); // a Sunday
    expect(week?.date).toBe('2023-10-16');
    expect(new Date(`${week?.date}T00:00:00Z`).getUTCDay()).toBe(1);
  });

  it('never throws on arbitrary text and keeps spans in bounds', () => {
    const words = fc.constantFrom(
      'Kamis',
      '(26/10)',
      'pekan',
      'lalu',
      'Minggu',
      '2019',
      '1.000',
      'Oktober',
      'antara',
      'dan',
      '-',
      'awal',
      '24/06/2024',
      'Oct.',
      '13,',
      'tahun',
      'ini',
      'mid-',
      ' ',
    );
    const sentence = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(words, { maxLength: 30 }).map((w) => w.join(' ')),
    );
    const published = fc.oneof(
      fc.constant(null),
      fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    );
    fc.assert(
      fc.property(sentence, published, fc.constantFrom('id' as const, 'en' as const), (text, pub, lang) => {
        for (const d of findDates(text, pub, lang)) {
          expect(d.start).toBeGreaterThanOrEqual(0);
          expect(d.end).toBeLessThanOrEqual(text.length);
          expect(d.start).toBeLessThan(d.end);
          expect(text.slice(d.start, d.end)).toBe(d.evidence);
        }
      }),
      { numRuns: 500 },
    );
  });
});
