import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quotationSpans, wholeQuotation } from '../src/answers/whole-quotation.js';
import { quoted, renderAnswerText } from '../src/render/render-text.js';

const citation = { article: 'a.txt', outlet: 'Warta', published: null, approximate: false, title: 'Judul', url: null, paragraph: 1 };

describe('snippets that begin or end with a quotation mark', () => {
  it.each([
    ['“Kami siap,” kata Ayu.', '“Kami siap,” kata Ayu.'],
    ['Ayu berkata, “Kami siap.”', 'Ayu berkata, “Kami siap.”'],
    ['"Kami siap," kata Ayu.', '"Kami siap," kata Ayu.'],
    ['Ayu mengatakan kami siap.', '“Ayu mengatakan kami siap.”'],
  ])('%s is shown as %s, never with doubled marks', (text, shown) => {
    expect(quoted(text)).toBe(shown);
    const out = renderAnswerText({ command: 'search', query: 'siap', results: [{ text, score: 1, citation }], total: 1 });
    expect(out).toContain(`1. ${shown}`);
    expect(out).not.toMatch(/““|””|“"|"”/u);
  });
});

describe('a snippet cut inside a quotation', () => {
  const paragraph =
    '“Jembatan itu akan dibuka bulan depan. Warga tidak perlu memutar lagi,” kata Kepala Dinas Pekerjaan Umum Bagus Hartono di Sleman, Rabu (6/3). Pekerjaan dimulai tahun lalu.';
  it.each([
    ['“Jembatan itu akan dibuka bulan depan.'],
    ['Warga tidak perlu memutar lagi,” kata Kepala Dinas Pekerjaan Umum Bagus Hartono di Sleman, Rabu (6/3).'],
  ])('%s shows the whole quotation with its attribution', (cut) => {
    expect(wholeQuotation(cut, paragraph)).toBe(
      '“Jembatan itu akan dibuka bulan depan. Warga tidak perlu memutar lagi,” kata Kepala Dinas Pekerjaan Umum Bagus Hartono di Sleman, Rabu (6/3).',
    );
  });
  it('leaves a sentence outside any quotation alone', () => {
    expect(wholeQuotation('Pekerjaan dimulai tahun lalu.', paragraph)).toBe('Pekerjaan dimulai tahun lalu.');
  });
  it('pairs marks of one shape only, as some outlets write them (”Kami …,” kata …)', () => {
    const p = '”Kami menolak. Itu fitnah,” ujar Darmo, Selasa (2/4).';
    expect(quotationSpans(p)).toEqual([[0, p.indexOf(',”') + 1]]);
    expect(wholeQuotation('”Kami menolak.', p)).toBe(p);
  });
  it('always returns verbatim paragraph text holding the snippet, and never throws', () => {
    const piece = fc.constantFrom('Kami datang.', ' ', '“', '”', '"', 'kata Ayu', '. ', ', ', 'Ia pergi. ', '«', '»', '„');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }).map((p) => p.join('')),
        fc.nat(),
        fc.nat(),
        (paragraph, a, b) => {
          const from = a % (paragraph.length + 1);
          const to = from + (b % (paragraph.length - from + 1));
          const snippet = paragraph.slice(from, to);
          const widened = wholeQuotation(snippet, paragraph, from);
          expect(paragraph.includes(widened)).toBe(true);
          expect(widened.includes(snippet.trim())).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
