import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer, AnswerFor } from '../src/answers/types.js';
import type { Citation } from '../src/corpus/types.js';
import { DISCORD_LIMITS, embedTextLength, findLimitViolations } from '../src/render/discord-limits.js';
import { contextStart, renderReadingPage } from '../src/render/discord-reading.js';
import { cleanDisplayText, cutMarkdown, escapeDiscordMarkdown, fitMarkdown, safeLinkUrl } from '../src/render/discord-text.js';
import { renderDiscordPage } from '../src/render/render-discord.js';
import { activeMentions, markdownTexts, unescapeDiscord } from './fake-discord/discord-markdown.js';
import { type FixtureCorpus, openFixtureCorpus } from './fake-discord/fixture-corpus.js';

let corpus: FixtureCorpus;
let linked: Citation; // Contoh News, approximate date, with a URL
let unlinked: Citation; // Example Wire, exact date, no URL
let undated: Citation; // no date, URL with parentheses

beforeAll(() => {
  corpus = openFixtureCorpus();
  linked = corpus.index.citation('a1-bantahan.txt', 1);
  unlinked = corpus.index.citation('a2-kirby.txt', 3);
  undated = corpus.index.citation('a3-panjang.txt', 2);
});
afterAll(() => corpus.remove());

const text = (c: Citation) => corpus.index.paragraph(c.article, c.paragraph)?.text ?? '';

describe('escapeDiscordMarkdown', () => {
  // [input, what Discord must receive]
  const cases: [string, string][] = [
    ['**bold** and __under__', '\\*\\*bold\\*\\* and \\_\\_under\\_\\_'],
    ['_italic_ *too*', '\\_italic\\_ \\*too\\*'],
    ['`code` and ```block```', '\\`code\\` and \\`\\`\\`block\\`\\`\\`'],
    ['||spoiler|| ~~gone~~', '\\|\\|spoiler\\|\\| \\~\\~gone\\~\\~'],
    ['# Heading', '\\# Heading'],
    ['- item', '\\- item'],
    ['1. first', '1\\. first'],
    ['[click](https://evil.example)', '\\[click\\](https://evil.example)'],
    ['> not a quote', '\\> not a quote'],
    ['-# not subtext', '\\-# not subtext'],
    ['hi @everyone and @here', 'hi \\@everyone and \\@here'],
    ['<@123456789012345678> <@&1> <#2> </cmd:3>', '\\<@123456789012345678> \\<@&1> \\<#2> \\</cmd:3>'],
    ['<:emoji:123> <t:1700000000:R>', '\\<:emoji:123> \\<t:1700000000:R>'],
    ['a \\ backslash and \\*', 'a \\\\ backslash and \\\\\\*'],
    ['email@example.com stays', 'email@example.com stays'],
    // escapeMarkdown alone gets this one wrong (a visible "\\" and a bare "_"): every mark is escaped instead
    ['__ ___ ___ ___ ___', '\\_\\_ \\_\\_\\_ \\_\\_\\_ \\_\\_\\_ \\_\\_\\_'],
  ];
  it.each(cases)('escapes %j', (input, expected) => {
    expect(escapeDiscordMarkdown(input)).toBe(expected);
  });
  it.each(cases)('shows %j exactly as written once Discord removes the escapes', (input) => {
    expect(unescapeDiscord(escapeDiscordMarkdown(input))).toBe(input);
  });
  it('leaves no mention active', () => {
    for (const [input] of cases) expect(activeMentions(escapeDiscordMarkdown(input))).toEqual([]);
  });
  it.each([
    ['"](" openings (masked-link backtracking)', '[]('.repeat(4000)],
    ['backslashes', '\\'.repeat(12000)],
    ['"<" without spaces', '<'.repeat(12000)],
    ['underscores in one word', '_a'.repeat(6000)],
  ])('stays fast on 12,000 characters of %s', (_name, input) => {
    const started = performance.now();
    const out = escapeDiscordMarkdown(input);
    expect(performance.now() - started).toBeLessThan(500);
    expect(unescapeDiscord(out)).toBe(input);
  });
});

describe('cleanDisplayText', () => {
  it('removes format characters (zero-width, bidi, BOM, soft hyphen), controls and lone surrogates', () => {
    expect(cleanDisplayText('a\u200Bb\u202Ec\uFEFFd\u00ADe\u2066f')).toBe('abcdef');
    expect(cleanDisplayText('x\u0000y\u0007z\r\nw\tv')).toBe('xyz\nw\tv');
    expect(cleanDisplayText('lone \uD800 high, lone \uDC00 low, pair \uD83D\uDE00')).toBe('lone \uFFFD high, lone \uFFFD low, pair \uD83D\uDE00');
  });
});

describe('cutting to a length', () => {
  it('never ends inside an escape or a surrogate pair, and marks the cut', () => {
    expect(cutMarkdown('abc\\*def', 5)).toBe('abc…');
    expect(cutMarkdown('ab\\\\cd', 5)).toBe('ab\\\\…');
    expect(cutMarkdown('ab\uD83D\uDE00cd', 4)).toBe('ab…');
    expect(cutMarkdown('short', 5)).toBe('short');
  });
  it('fits escaped text within the maximum, however much escaping it needs', () => {
    for (const max of [0, 1, 2, 10, 99, 100, 101]) expect(fitMarkdown('*'.repeat(300), max).length).toBeLessThanOrEqual(max);
  });
});

describe('safeLinkUrl', () => {
  it('keeps http(s) URLs and encodes what would end a masked link', () => {
    expect(safeLinkUrl('https://contoh.example/panjang_(1)')).toBe('https://contoh.example/panjang_%281%29');
    expect(safeLinkUrl('http://x.example/a b')).toBe('http://x.example/a%20b');
  });
  it('encodes "@" so that no link target carries a mention', () => {
    expect(safeLinkUrl('https://x.example/@everyone')).toBe('https://x.example/%40everyone');
  });
  it('refuses other schemes, URLs with credentials, junk and nothing', () => {
    expect(safeLinkUrl('https://user:pw@x.example/')).toBeNull();
    expect(safeLinkUrl('javascript:alert(1)')).toBeNull();
    expect(safeLinkUrl('not a url')).toBeNull();
    expect(safeLinkUrl(null)).toBeNull();
  });
});

describe('renderDiscordPage: one embed per result', () => {
  it('shows a search result quoted and escaped, then "Outlet · date (approximate) · [Title](url) · paragraph N"', () => {
    const answer: AnswerFor<'search'> = { command: 'search', query: 'kontainer', results: [{ text: text(linked), score: 1, citation: linked }], total: 1 };
    const page = renderDiscordPage(answer, 'en', 0);
    expect(page.content).toBe('**Search** “kontainer” — results 1–1 of 1');
    const description = page.embeds[0]?.description ?? '';
    const [quoted, citationLine] = description.split('\n');
    expect(quoted).toBe(`> ${escapeDiscordMarkdown(text(linked))}`);
    expect(unescapeDiscord(quoted?.slice(2) ?? '')).toBe(text(linked));
    expect(citationLine).toBe('— Contoh News · 2023-10-14 (approximate) · [Korea Utara Bantah (Kirim) Senjata](https://contoh.example/berita/1) · paragraph 1');
    expect(page.embeds[0]?.footer?.text).toBe('1 / 1 · a1-bantahan.txt');
    expect(activeMentions(description)).toEqual([]);
  });

  it('leaves the title unlinked without a URL, says "date unknown" without a date, and speaks Indonesian for id', () => {
    const answer: AnswerFor<'search'> = {
      command: 'search',
      query: 'kontainer',
      results: [
        { text: text(unlinked), score: 1, citation: unlinked },
        { text: text(undated), score: 1, citation: undated },
      ],
      total: 2,
    };
    const [first, second] = renderDiscordPage(answer, 'id', 0).embeds.map((e) => e.description ?? '');
    expect(first).toContain('— Example Wire · 2023-10-13 · US says North Korea shipped \\[containers\\] · paragraf 3');
    expect(first).not.toContain('](');
    expect(second).toContain(
      '— Harian \\*Contoh\\* · tanggal tidak diketahui · [Laporan Panjang tentang Kontainer Amunisi](https://contoh.example/panjang_%281%29) · paragraf 2',
    );
    expect(renderDiscordPage(answer, 'id', 0).content).toBe('**Pencarian** “kontainer” — hasil 1–2 dari 2');
  });

  it('puts the speaker, role, relay and kind of quote after a who-said snippet', () => {
    const answer: AnswerFor<'who-said'> = {
      command: 'who-said',
      query: 'kontainer',
      results: [
        {
          speaker: 'John Kirby',
          role: 'juru bicara',
          speakers: ['John Kirby'],
          quote: 'pengiriman kontainer itu terjadi',
          direct: false,
          fragment: false,
          via: 'KCNA',
          citation: linked,
        },
      ],
      total: 1,
    };
    const description = renderDiscordPage(answer, 'en', 0).embeds[0]?.description ?? '';
    expect(description.split('\n')).toEqual([
      '> pengiriman kontainer itu terjadi',
      '**John Kirby** (juru bicara) · via KCNA · reported speech',
      '— Contoh News · 2023-10-14 (approximate) · [Korea Utara Bantah (Kirim) Senjata](https://contoh.example/berita/1) · paragraph 1',
    ]);
    const unattributed = renderDiscordPage(
      { ...answer, results: [{ ...answer.results[0]!, speaker: null, speakers: [], role: null, via: null, direct: true }] },
      'id',
      0,
    );
    expect(unattributed.embeds[0]?.description?.split('\n')[1]).toBe('*tanpa atribusi*');
  });

  it('shows a timeline date with its precision and evidence, and at most three outlets with a count of the rest', () => {
    const citations = [linked, unlinked, undated, corpus.index.citation('a2-kirby.txt', 1), corpus.index.citation('a3-panjang.txt', 3)];
    const answer: AnswerFor<'timeline'> = {
      command: 'timeline',
      query: 'kontainer',
      results: [{ date: '2023-09', end: null, precision: 'month', evidence: 'September 2023', text: 'Pengiriman dimulai.', citations }],
      total: 1,
    };
    const lines = (renderDiscordPage(answer, 'en', 0).embeds[0]?.description ?? '').split('\n');
    expect(lines[0]).toBe('> Pengiriman dimulai.');
    expect(lines[1]).toBe('**2023-09** (month) · “September 2023”');
    expect(lines.filter((l) => l.startsWith('— ') && l.includes('paragraph'))).toHaveLength(3);
    expect(lines.at(-1)).toBe('— and 2 more (see Context)');
  });

  it('shows a denial with its party, kind, what it denies and the accusation it answers', () => {
    const answer: AnswerFor<'denials'> = {
      command: 'denials',
      query: 'party Korea Utara',
      results: [
        { party: 'Korea Utara', kind: 'denial', statement: 'Itu tuduhan palsu', denies: 'mengirim 1.000 kontainer', answers: unlinked, citation: linked },
      ],
      total: 1,
    };
    const lines = (renderDiscordPage(answer, 'id', 0).embeds[0]?.description ?? '').split('\n');
    expect(lines).toEqual([
      '> Itu tuduhan palsu',
      '**Korea Utara** · bantahan',
      'membantah: “mengirim 1.000 kontainer”',
      '— Contoh News · 2023-10-14 (perkiraan) · [Korea Utara Bantah (Kirim) Senjata](https://contoh.example/berita/1) · paragraf 1',
      'menanggapi: Example Wire · 2023-10-13 · US says North Korea shipped \\[containers\\] · paragraf 3',
    ]);
  });
});

describe('renderDiscordPage: empty answers, pages and limits', () => {
  it('says what was searched and suggests near matches instead of failing', () => {
    const answer: AnswerFor<'search'> = { command: 'search', query: 'kontaner *x*', results: [], total: 0, suggestions: ['kontainer', 'kontainernya'] };
    const en = renderDiscordPage(answer, 'en', 0);
    expect(en.embeds).toEqual([]);
    expect(en.content).toBe('**Search** — no results for “kontaner \\*x\\*”.\nDid you mean: kontainer, kontainernya?');
    expect(renderDiscordPage(answer, 'id', 0).content).toBe(
      '**Pencarian** — tidak ada hasil untuk “kontaner \\*x\\*”.\nMungkin maksud Anda: kontainer, kontainernya?',
    );
  });

  it('pages five results at a time, clamps the page, and notes when the limit cut the matches', () => {
    const results = Array.from({ length: 12 }, (_, i) => ({ text: `Paragraf ${i + 1}`, score: 1, citation: linked }));
    const answer: AnswerFor<'search'> = { command: 'search', query: 'x', results, total: 40 };
    const second = renderDiscordPage(answer, 'en', 1);
    expect([second.page, second.pages, second.first, second.withContext]).toEqual([1, 3, 5, 5]);
    expect(second.content.split('\n')).toEqual(['**Search** “x” — results 6–10 of 12', '-# showing the first 12 of 40 matches; raise `limit` to see more']);
    expect(second.embeds.map((e) => e.description?.split('\n')[0])).toEqual(['> Paragraf 6', '> Paragraf 7', '> Paragraf 8', '> Paragraf 9', '> Paragraf 10']);
    expect(renderDiscordPage(answer, 'en', 99).page).toBe(2);
    expect(renderDiscordPage(answer, 'en', -3).page).toBe(0);
  });

  it('keeps a page of huge results within every limit by sharing the 6,000 characters', () => {
    const huge = 'kata '.repeat(3000);
    const results = Array.from({ length: 50 }, (_, i) => ({ text: i % 2 ? huge : 'pendek', score: 1, citation: linked }));
    const page = renderDiscordPage({ command: 'search', query: 'q'.repeat(200), results, total: 50 }, 'en', 0);
    expect(findLimitViolations(page)).toEqual([]);
    const lengths = page.embeds.map(embedTextLength);
    expect(lengths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(DISCORD_LIMITS.embedsTotal);
    // the short results are shown whole; the long ones share what is left, cut with "…"
    expect(page.embeds[0]?.description?.startsWith('> pendek\n')).toBe(true);
    expect(page.embeds[1]?.description).toContain('…');
  });

  it('lists sources one line each, linking titles that have a URL', () => {
    const answer: AnswerFor<'sources'> = {
      command: 'sources',
      query: '',
      results: corpus.index.articles.map((a) => ({
        article: a.article,
        outlet: a.outlet,
        published: a.published,
        approximate: a.approximate,
        title: a.title,
        url: a.url,
        language: a.language,
        paragraphs: 3,
      })),
      total: 3,
    };
    const page = renderDiscordPage(answer, 'en', 0);
    expect(page.content).toBe('**Sources** — results 1–3 of 3');
    expect(page.embeds[0]?.description?.split('\n')).toEqual([
      '**1.** Contoh News · 2023-10-14 (approximate) · [Korea Utara Bantah (Kirim) Senjata](https://contoh.example/berita/1) · 3 paragraphs · id · a1-bantahan.txt',
      '**2.** Example Wire · 2023-10-13 · US says North Korea shipped \\[containers\\] · 3 paragraphs · en · a2-kirby.txt',
      '**3.** Harian \\*Contoh\\* · date unknown · [Laporan Panjang tentang Kontainer Amunisi](https://contoh.example/panjang_%281%29) · 3 paragraphs · id · a3-panjang.txt',
    ]);
    expect(page.withContext).toBe(0);
  });

  it('pings no one and renders no mention from corpus text or the query', () => {
    const answer: Answer = {
      command: 'search',
      query: '@everyone <@1>',
      results: [{ text: text(linked), score: 1, citation: { ...linked, outlet: '@here', title: '<@&42> [x](https://e.example)' } }],
      total: 1,
    };
    expect(text(linked)).toContain('@everyone <@123456789012345678>');
    const page = renderDiscordPage(answer, 'en', 0);
    for (const t of markdownTexts(page)) expect(activeMentions(t)).toEqual([]);
  });
});

describe('reading an article (Context and /read)', () => {
  const article = (id: string) => {
    const meta = corpus.index.article(id);
    if (!meta) throw new Error(id);
    const paragraphs: { paragraph: number; text: string }[] = [];
    for (let n = 1; corpus.index.paragraph(id, n); n++) paragraphs.push({ paragraph: n, text: corpus.index.paragraph(id, n)?.text ?? '' });
    return { meta, paragraphs };
  };

  it('Context shows the paragraphs around the cited one, the cited one marked, whole', () => {
    const { meta, paragraphs } = article('a2-kirby.txt');
    const page = renderReadingPage({ article: meta, paragraphs, from: contextStart(paragraphs, 2), focus: 2, sources: null, hint: null }, 'en');
    expect(page.embeds.map((e) => e.title)).toEqual(['¶ 1', '¶ 2 · cited', '¶ 3']);
    expect(page.embeds.map((e) => e.color ?? null)).toEqual([null, 0xe0a526, null]);
    expect(page.embeds.map((e) => unescapeDiscord(e.description ?? ''))).toEqual(paragraphs.map((p) => p.text));
    expect(page.content.split('\n')[0]).toBe('**Context** · Example Wire · 2023-10-13 · US says North Korea shipped \\[containers\\] — ¶ 1–3 of 3');
    expect(page).toMatchObject({ earlier: null, later: null });
  });

  it('a paragraph longer than an embed is shown whole, in parts, never cut', () => {
    const { meta, paragraphs } = article('a3-panjang.txt');
    expect(paragraphs[0]?.text.length).toBeGreaterThan(DISCORD_LIMITS.embedDescription);
    const page = renderReadingPage({ article: meta, paragraphs, from: contextStart(paragraphs, 1), focus: 1, sources: null, hint: null }, 'en');
    expect(findLimitViolations(page)).toEqual([]);
    const parts = page.embeds.filter((e) => e.title?.startsWith('¶ 1 '));
    expect(parts.map((e) => e.title)).toEqual(['¶ 1 (1/2) · cited', '¶ 1 (2/2) · cited']);
    expect(parts.map((e) => unescapeDiscord(e.description ?? '')).join('')).toBe(paragraphs[0]?.text);
  });

  it('names every other source of a result, and says how many are left out when they do not fit', () => {
    const { meta, paragraphs } = article('a1-bantahan.txt');
    const sources = Array.from({ length: 40 }, (_, i) => ({
      citation: { ...linked, outlet: `Outlet number ${i + 1} with a long name`, paragraph: i + 1 },
      label: null,
    }));
    const page = renderReadingPage(
      { article: meta, paragraphs, from: { paragraph: 1, part: 0 }, focus: 1, sources: { all: sources, current: 0 }, hint: null },
      'en',
    );
    const line = page.content.split('\n')[1] ?? '';
    expect(line).toMatch(/^-# source 1 of 40 · 2\. Outlet number 2/u);
    const named = (line.match(/¶ \d+/gu) ?? []).length;
    expect(line).toContain(`and ${39 - named} more`);
  });

  it('links the title in <…> so that the link in content is not previewed', () => {
    const { meta, paragraphs } = article('a1-bantahan.txt');
    const page = renderReadingPage(
      {
        article: meta,
        paragraphs,
        from: { paragraph: 1, part: 0 },
        focus: null,
        sources: null,
        hint: 'the whole article: /read article: a1-bantahan.txt paragraph: 1',
      },
      'id',
    );
    expect(page.content).toContain('[Korea Utara Bantah (Kirim) Senjata](<https://contoh.example/berita/1>)');
    expect(page.content.split('\n')[0]).toMatch(/^\*\*Baca\*\* · Contoh News · 2023-10-14 \(perkiraan\) · .* — ¶ 1(–\d+)? dari \d+$/u);
  });
});
