import { afterAll, describe, expect, it } from 'vitest';
import { citeAnswer } from '../src/answers/cite/cite.js';
import { CITE_PIECES, type CiteResult } from '../src/answers/cite/cite-types.js';
import { parseClaim } from '../src/answers/cite/claim.js';
import { messageClaim } from '../src/answers/cite/message-claim.js';
import { executeCommand } from '../src/app/execute-command.js';
import { renderAnswerText } from '../src/render/render-text.js';
import { answerLine } from '../src/transports/console/local-console.js';
import { openCiteCorpus, REGENT_QUOTE } from './fixtures/cite-corpus.js';

const corpus = openCiteCorpus();
afterAll(() => corpus.remove());
const { index } = corpus;

const cite = (claim: string, limit?: number) => citeAnswer(index, { claim, ...(limit ? { limit } : {}) });
/** The result citing paragraph `paragraph` of `article`, if any. */
const resultAt = (results: readonly CiteResult[], article: string, paragraph: number) =>
  results.find((r) => r.citation.article === article && r.citation.paragraph === paragraph);

describe('/cite on a tiny corpus: the five kinds of answer', () => {
  it('a quote word for word is verbatim, from its paragraph, with its speaker and no differences', () => {
    const answer = cite(REGENT_QUOTE);
    const top = answer.results[0]!;
    expect(top.verdict).toBe('verbatim');
    expect(top.citation).toMatchObject({ article: 'c1-bupati.txt', paragraph: 2, outlet: 'Warta Lembah', published: '2024-03-05' });
    expect(top.speaker).toBe('Ratna Widyasari');
    expect(top.direct).toBe(true);
    expect(top.differences).toEqual([]);
    expect(top.text).toBe(REGENT_QUOTE);
    // only one passage says it: the others are related at most
    expect(answer.results.slice(1).every((r) => r.verdict === 'related')).toBe(true);
  });

  it('case, punctuation and quotation marks do not make a quote less verbatim', () => {
    const top = cite(`“${REGENT_QUOTE.toUpperCase()}!!”`).results[0]!;
    expect(top.verdict).toBe('verbatim');
    expect(top.citation.paragraph).toBe(2);
  });

  it('a claim with words put in place of the source’s is altered, each change with the words on both sides', () => {
    const top = cite('Kami menolak tuduhan bahwa uang bantuan banjir dicuri oleh kepala desa').results[0]!;
    expect(top.verdict).toBe('altered');
    expect(top.citation).toMatchObject({ article: 'c1-bupati.txt', paragraph: 2 });
    expect(top.differences).toEqual([
      { kind: 'changed', claim: 'uang', source: 'dana' },
      { kind: 'changed', claim: 'dicuri', source: 'diselewengkan' },
      { kind: 'changed', claim: 'kepala', source: 'pejabat' },
    ]);
  });

  it('words added to a quote, or dropped from it, are listed as added or removed', () => {
    const added = cite('Kami menolak keras tuduhan bahwa dana bantuan banjir diselewengkan oleh pejabat desa').results[0]!;
    expect(added.verdict).toBe('altered');
    expect(added.differences).toEqual([{ kind: 'added', claim: 'keras' }]);
    const dropped = cite('Kami menolak tuduhan bahwa dana bantuan diselewengkan oleh pejabat desa').results[0]!;
    expect(dropped.verdict).toBe('altered');
    expect(dropped.differences).toEqual([{ kind: 'removed', source: 'banjir' }]);
  });

  it('a negation put into a quote is an alteration, never verbatim', () => {
    const top = cite('Kami tidak menolak tuduhan bahwa dana bantuan banjir diselewengkan oleh pejabat desa').results[0]!;
    expect(top.verdict).toBe('altered');
    expect(top.differences).toEqual([{ kind: 'added', claim: 'tidak' }]);
  });

  it.each([
    ['Hendra Gunawan: ', ''],
    ['', ', kata Hendra Gunawan'],
    ['Menurut Hendra Gunawan, ', ''],
    ['Hendra Gunawan mengatakan ', ''],
  ])('a claim giving the quote to another speaker (%s…%s) gets a speaker difference naming the source’s', (before, after) => {
    const answer = cite(`${before}${REGENT_QUOTE}${after}`);
    const top = answer.results[0]!;
    expect(top.citation.paragraph).toBe(2);
    expect(top.differences).toContainEqual({ kind: 'speaker', claim: 'Hendra Gunawan', source: 'Ratna Widyasari' });
    // the speaker's name is not a word the claim added to the quote
    expect(top.differences.filter((d) => d.kind !== 'speaker')).toEqual([]);
    expect(answer.notes).toContainEqual({ kind: 'claimed-speaker', name: 'Hendra Gunawan' });
  });

  it('a claim naming the right speaker (by a part of the name) has no speaker difference', () => {
    const top = cite(`${REGENT_QUOTE}, kata Ratna`).results[0]!;
    expect(top.verdict).toBe('verbatim');
    expect(top.differences).toEqual([]);
  });

  it('an English claim finds the Indonesian quote through the glossary, never as verbatim, and says it crossed languages', () => {
    const answer = cite('We reject accusations that flood aid funds were misused by village officials');
    const quote = resultAt(answer.results.slice(0, 3), 'c1-bupati.txt', 2);
    expect(quote).toBeDefined();
    expect(quote!.verdict).toBe('translated');
    expect(answer.results.every((r) => r.verdict !== 'verbatim')).toBe(true);
    expect(answer.notes).toContainEqual({ kind: 'cross-language', claim: 'en', source: 'id' });
  });

  it('a claim no article makes gets no verbatim or altered result', () => {
    for (const claim of ['Sukamaju membangun 40 jembatan baru di pegunungan Alpen', 'Bupati Sukamaju mengundurkan diri karena banjir bandang']) {
      const answer = cite(claim);
      expect(
        answer.results.every((r) => r.verdict === 'related'),
        claim,
      ).toBe(true);
    }
    expect(cite('Sukamaju membangun 40 jembatan baru di pegunungan Alpen').results).toEqual([]);
  });

  it('a passage sharing the claim’s subject words but not its statement is related, not altered', () => {
    const answer = cite(REGENT_QUOTE);
    expect(resultAt(answer.results, 'c2-polisi.txt', 1)?.verdict).toBe('related');
  });
});

describe('/cite results', () => {
  const claims = [
    REGENT_QUOTE,
    'Kami menolak tuduhan bahwa uang bantuan banjir dicuri oleh kepala desa',
    'Hendra: kami meminta audit atas dana bantuan banjir',
    'The flash floods hit twelve villages',
    'banjir',
    'Polisi menyelidiki penyaluran bantuan',
  ];

  it('give the JSON contract’s fields, and each text is a slice of its cited paragraph', () => {
    for (const claim of claims) {
      const answer = cite(claim, 50);
      expect(answer.command).toBe('cite');
      expect(answer.query).toBe(claim);
      for (const r of answer.results) {
        expect(Object.keys(JSON.parse(JSON.stringify(r)))).toEqual(['text', 'verdict', 'differences', 'speaker', 'direct', 'citation']);
        const paragraph = index.paragraph(r.citation.article, r.citation.paragraph)!;
        expect(paragraph.text.includes(r.text), `${claim} → ${r.text}`).toBe(true);
        expect(r.text).toBe(r.text.trim());
        for (const d of r.differences) {
          if (d.kind === 'speaker') continue;
          // the source's side is verbatim text of the passage's paragraph; the claim's side of the claim
          if (d.source !== undefined) expect(paragraph.text.includes(d.source)).toBe(true);
          if (d.claim !== undefined) expect(claim.includes(d.claim)).toBe(true);
        }
      }
    }
  });

  it('come best first: verbatim before altered before translated before related', () => {
    const rank = { verbatim: 4, altered: 3, translated: 2, related: 1 } as const;
    for (const claim of claims) {
      const verdicts = cite(claim, 50).results.map((r) => rank[r.verdict]);
      expect(verdicts).toEqual([...verdicts].sort((a, b) => b - a));
    }
  });

  it('mark the differences inside the passage: the removed and changed source words, the claim’s words where it puts them', () => {
    const top = cite('Kami menolak tuduhan bahwa uang bantuan banjir dicuri oleh kepala desa').results[0]!;
    const pieces = top[CITE_PIECES]!;
    expect(
      pieces
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(top.text);
    expect(pieces.filter((p) => p.kind === 'removed').map((p) => p.text)).toEqual(['dana', 'diselewengkan', 'pejabat']);
    expect(pieces.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual(['uang', 'dicuri', 'kepala']);
  });

  it('honour the limit and count what was found', () => {
    const answer = cite('dana bantuan banjir', 1);
    expect(answer.results).toHaveLength(1);
    expect(answer.total).toBeGreaterThan(1);
  });
});

describe('/cite options and rendering', () => {
  it('refuses an empty claim, a claim over 1,000 characters and control characters, naming the option', () => {
    const run = (claim: unknown) => () => executeCommand('cite', { claim }, { index, locale: 'en' });
    expect(run('   ')).toThrow(/claim.*empty/u);
    expect(run('a'.repeat(1001))).toThrow(/claim.*longer than 1000/u);
    expect(run('banjir\u0007')).toThrow(/claim.*control/u);
    expect(() => executeCommand('cite', { claim: '   ' }, { index, locale: 'id' })).toThrow(/klaim.*kosong/u);
    // a claim of 1,000 characters, line breaks and all, is taken
    expect(run(`${REGENT_QUOTE}\n`.repeat(20).slice(0, 1000))).not.toThrow();
  });

  it('in text (CLI and console): the verdict first, the passage, each difference, the speaker check and the citation', () => {
    const text = answerLine(index, `/cite claim: Hendra Gunawan: Kami menolak tuduhan bahwa uang bantuan banjir dicuri oleh kepala desa`)!;
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^Cite — /u);
    const first = lines.findIndex((l) => l.startsWith('1. '));
    expect(lines[first]).toBe('1. Altered: 3 changes · different speaker — Ratna Widyasari (direct quote)');
    expect(lines[first + 1]).toBe(`   “${REGENT_QUOTE}”`);
    expect(text).toContain('changed: “uang” (source: “dana”)');
    expect(text).toContain("different speaker: the source's speaker is Ratna Widyasari, not Hendra Gunawan");
    expect(text).toContain('Warta Lembah · 2024-03-05 · Bupati Sukamaju Bantah Dana Bantuan Banjir Diselewengkan · paragraph 2');
  });

  it('says "Not found in the corpus" when nothing supports the claim, with or without related passages, in both languages', () => {
    expect(answerLine(index, '/cite claim: Sukamaju membangun 40 jembatan baru di pegunungan Alpen')).toMatch(
      /^Not found in the corpus: “Sukamaju membangun/mu,
    );
    const related = renderAnswerText(cite('Banjir bandang di Sukamaju merusak 5.000 rumah dan jembatan'), 'en');
    expect(related).toMatch(/^Not found in the corpus: no source says this; related passages only\.$/mu);
    const id = renderAnswerText(cite('Sukamaju membangun 40 jembatan baru di pegunungan Alpen'), 'id');
    expect(id).toMatch(/^Tidak ditemukan di korpus: /mu);
    expect(renderAnswerText(cite(REGENT_QUOTE), 'id')).toMatch(/^1\. Sama persis — Ratna Widyasari/mu);
  });
});

describe('parseClaim: who a claim says is speaking', () => {
  it.each([
    ['Ratna Widyasari: kami menolak tuduhan itu', 'Ratna Widyasari', 'kami menolak tuduhan itu'],
    ['"Kami menolak tuduhan itu," kata Ratna Widyasari.', 'Ratna Widyasari', 'Kami menolak tuduhan itu'],
    ['Kami menolak tuduhan itu, ujar Bupati Ratna', 'Bupati Ratna', 'Kami menolak tuduhan itu'],
    ['Menurut Hendra Gunawan, audit harus segera dilakukan', 'Hendra Gunawan', 'audit harus segera dilakukan'],
    ['Hendra Gunawan mengatakan audit harus segera dilakukan', 'Hendra Gunawan', 'audit harus segera dilakukan'],
    ['Hendra Gunawan said the audit must start soon', 'Hendra Gunawan', 'the audit must start soon'],
    ['"The audit must start soon," Hendra Gunawan said.', 'Hendra Gunawan', 'The audit must start soon'],
    ['According to Hendra Gunawan, the audit must start soon', 'Hendra Gunawan', 'the audit must start soon'],
  ])('%s → %s', (claim, speaker, body) => {
    const parsed = parseClaim(claim);
    expect(parsed.speaker).toBe(speaker);
    expect(parsed.text.slice(parsed.body.start, parsed.body.end)).toBe(body);
  });

  it.each([
    ['BREAKING: dana bantuan banjir diselewengkan', 'dana bantuan banjir diselewengkan'],
    ['Hoaks: dana bantuan banjir diselewengkan', 'dana bantuan banjir diselewengkan'],
    ['Cek fakta: dana bantuan banjir diselewengkan', 'dana bantuan banjir diselewengkan'],
    ['Dana bantuan banjir diselewengkan oleh pejabat desa', 'Dana bantuan banjir diselewengkan oleh pejabat desa'],
    ['Kami: menolak', 'Kami: menolak'],
  ])('%s names no speaker', (claim, body) => {
    const parsed = parseClaim(claim);
    expect(parsed.speaker).toBeNull();
    expect(parsed.text.slice(parsed.body.start, parsed.body.end)).toBe(body);
  });
});

describe('messageClaim: the claim "Find source" reads from a message', () => {
  it('takes a short message whole, without Discord’s markup', () => {
    expect(messageClaim(`> **${REGENT_QUOTE}** <@123456789012345678> https://example.com/x`)).toBe(REGENT_QUOTE);
    expect(messageClaim('Ratna Widyasari: ~~bukan~~ __kami__ menolak')).toBe('Ratna Widyasari: bukan kami menolak');
  });

  it('has nothing to look up in a message without words', () => {
    expect(messageClaim('')).toBeNull();
    expect(messageClaim('https://example.com/foto.jpg <:senyum:12345> <@12345>')).toBeNull();
    expect(messageClaim('*** ... !!!')).toBeNull();
  });

  it('keeps the longest claim-like sentences of a long message, in its order, within 1,000 characters', () => {
    const chatter = 'Ini pesan panjang dari grup sebelah yang berisi banyak basa-basi tentang cuaca.';
    const many = (n: number) => Array.from({ length: n }, () => chatter).join(' ');
    const quote = `"${REGENT_QUOTE}," kata Ratna Widyasari.`;
    const other = 'Hendra Gunawan: kami meminta audit menyeluruh atas dana bantuan banjir.';
    const message = [many(8), quote, many(4), other, many(3)].join(' ');
    expect(message.length).toBeGreaterThan(1000);
    const claim = messageClaim(message)!;
    expect(claim.length).toBeLessThanOrEqual(1000);
    expect(claim).toBe(`${quote} ${other}`);
  });

  it('cuts a long message without sentences at a word, within 1,000 characters', () => {
    const claim = messageClaim('dana bantuan banjir '.repeat(120))!;
    expect(claim.length).toBeLessThanOrEqual(1000);
    expect(claim.endsWith('banjir') || claim.endsWith('bantuan') || claim.endsWith('dana')).toBe(true);
  });

  it('finds the source of a pasted message through /cite', () => {
    const claim = messageClaim(`Benarkah? "${REGENT_QUOTE}," kata Hendra Gunawan kemarin.`)!;
    const top = cite(claim).results[0]!;
    expect(top.citation.paragraph).toBe(2);
  });
});
