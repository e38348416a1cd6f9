import { describe, expect, it } from 'vitest';
import { findQuoteMarks } from '../src/extract/quotes/find-quote-marks.js';
import table from './fixtures/quotes-marks.json' with { type: 'json' };

interface Case {
  readonly name: string;
  readonly text: string;
  readonly quotes: readonly string[];
  readonly continues?: boolean;
  readonly runsOn?: boolean;
}

describe('quotation marks in every house style (test/fixtures/quotes-marks.json)', () => {
  for (const c of (table as { cases: Case[] }).cases) {
    it(c.name, () => {
      const marks = findQuoteMarks(c.text);
      expect(marks.map((m) => c.text.slice(m.start, m.end))).toEqual(c.quotes);
      if (marks.length > 0) {
        expect(marks[0]!.open === -1, 'continues from the previous paragraph').toBe(c.continues === true);
        expect(marks[marks.length - 1]!.close === -1, 'runs on past the paragraph').toBe(c.runsOn === true);
      }
    });
  }
});
