import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandList } from '../commands/index.js';
import type { CorpusIndex } from '../src/corpus-index/corpus-index.js';
import type { FakeInteraction } from './fake-discord/fake-discord.js';
import { type FixtureCorpus, openFixtureCorpus } from './fake-discord/fixture-corpus.js';
import { alwaysDefer, type Harness, neverDefer, startHarness, type Transport } from './fake-discord/harness.js';
import { OTHER_ID, OWNER_ID } from './fake-discord/interactions.js';
import type { SeenMessage } from './fake-discord/seen.js';
import { rankedParagraphs } from './ranked-paragraphs.js';

// The same conversations on both transports, asserted on what each user *sees* in the fake
// Discord's channel (not only on the bodies sent): the gateway bot (the real discord.js client) and
// the HTTP endpoint (signed POSTs from the fake, then webhooks).

let corpus: FixtureCorpus;
beforeAll(() => {
  corpus = openFixtureCorpus();
});
afterAll(() => corpus.remove());

const exploding = () =>
  new Proxy({} as CorpusIndex, {
    get() {
      throw new Error('index exploded');
    },
  });

/** Every message of the channel a user sees, without the client's failure lines. */
const messagesSeenBy = (h: Harness, user: string): SeenMessage[] => h.fake.seen(user).filter((m): m is SeenMessage => 'id' in m);

describe.each<Transport>(['gateway', 'http'])('over the %s', (transport) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(transport, { index: corpus.index, deferPolicy: neverDefer });
  });
  afterAll(async () => {
    await h?.stop();
  });

  async function ask(name: string, options: Record<string, string | number> = {}, who: { userId?: string; locale?: string } = {}): Promise<FakeInteraction> {
    const ix = await h.fake.command(name, options, who);
    return h.fake.answered(ix);
  }

  it('a search shows everyone its header, one embed per result and the buttons: no SUPPRESS_EMBEDS, no preview, no ping', async () => {
    const ix = await ask('search', { query: 'kontainer' });
    const seen = h.fake.original(ix);
    const total = rankedParagraphs(corpus.index, 'kontainer').length;
    expect(seen).toMatchObject({ ephemeral: false, thinking: false, previews: [], pinged: [] });
    expect(seen?.text).toBe(`**Search** “kontainer” — results 1–5 of ${total}`);
    expect(seen?.embeds).toHaveLength(5);
    const hits = rankedParagraphs(corpus.index, 'kontainer');
    // the snippet is the verbatim paragraph (cut with "…" only when five results share 6,000 characters)
    seen?.embeds.forEach((embed, i) => {
      const quoted = (embed.description ?? '').split('\n')[0]?.replace(/^> /u, '') ?? '';
      const paragraph = hits[i]?.paragraph.text ?? '';
      if (quoted.endsWith('…')) expect(paragraph.startsWith(quoted.slice(0, -1))).toBe(true);
      else expect(quoted).toBe(paragraph);
    });
    expect(seen?.buttons.map((row) => row.map((b) => b.label))).toEqual([
      ['◀ Previous', '1 / 2', 'Next ▶'],
      ['Context 1', 'Context 2', 'Context 3', 'Context 4', 'Context 5'],
    ]);
    // another user in the channel sees the same message
    expect(messagesSeenBy(h, OTHER_ID).map((m) => m.id)).toContain(seen?.id);
  });

  it('every command answers with something a user can see', async () => {
    for (const command of commandList) {
      const first = (command.definition.options ?? []).find((o) => o.type === 3 && 'required' in o && o.required);
      const name = command.definition.name;
      const options = first ? { [first.name]: first.name === 'article' ? 'a1-bantahan.txt' : 'kontainer' } : {};
      const ix = await ask(name, options);
      const seen = h.fake.original(ix);
      expect(seen?.text, name).not.toBe('');
      expect(seen?.ephemeral, name).toBe(false);
      expect(seen?.previews, name).toEqual([]);
      expect(seen?.pinged, name).toEqual([]);
    }
  });

  it('a link the user typed is shown in <…> and not previewed', async () => {
    const ix = await ask('search', { query: 'https://evil.example/kontainer' });
    const seen = h.fake.original(ix);
    expect(seen?.text).toContain('<https://evil.example/kontainer>');
    expect(seen?.previews).toEqual([]);
  });

  it('corpus text with @everyone and <@…> pings no one', async () => {
    const ix = await ask('search', { query: 'tuduhan palsu' });
    const seen = h.fake.original(ix);
    expect(seen?.embeds[0]?.description).toContain('@everyone <@123456789012345678>');
    expect(seen?.pinged).toEqual([]);
  });

  it('an invalid option: an error only its user sees, in their language, with the option named as their client shows it', async () => {
    const ix = await ask('search', { query: 'x'.repeat(201) });
    expect(h.fake.answersTo(ix, OWNER_ID).map((m) => [m.text, m.ephemeral])).toEqual([['That did not work: query: is longer than 200 characters', true]]);
    expect(h.fake.answersTo(ix, OTHER_ID)).toEqual([]);
    const id = await ask('search', { query: 'x'.repeat(201) }, { locale: 'id' });
    expect(h.fake.original(id)?.text).toBe('Tidak bisa diproses: kueri: lebih dari 200 karakter');
  });

  it('/timeline from > to: an immediate private error, never a public "thinking…"', async () => {
    const ix = await ask('timeline', { from: '2023-10-31', to: '2023-10-01' });
    expect(h.fake.answersTo(ix, OWNER_ID)).toEqual([expect.objectContaining({ ephemeral: true, text: expect.stringContaining('2023-10-31') })]);
    expect(h.fake.everShownTo(ix, OTHER_ID)).toEqual([]);
    expect(h.fake.interactions.get(ix.id)?.initialType).toBe(4);
  });

  it('Next turns the page in place for the owner; anyone else is told privately and the page stays', async () => {
    const ix = await ask('search', { query: 'kontainer' });
    const message = h.fake.original(ix);
    const total = rankedParagraphs(corpus.index, 'kontainer').length;
    const stranger = await h.fake.answered(await h.fake.press(message?.id ?? '', 'Next ▶', { userId: OTHER_ID }));
    expect(h.fake.answersTo(stranger, OTHER_ID).map((m) => [m.text, m.ephemeral])).toEqual([
      ['Only the person who ran this command can turn its pages. Run it yourself to browse.', true],
    ]);
    expect(h.fake.original(ix)?.text).toBe(message?.text);

    const owner = await h.fake.answered(await h.fake.press(message?.id ?? '', 'Next ▶'));
    expect(h.fake.interactions.get(owner.id)?.initialType).toBe(7);
    const turned = h.fake.original(ix);
    expect(turned?.id).toBe(message?.id);
    expect(turned?.text).toBe(`**Search** “kontainer” — results 6–${total} of ${total}`);
    expect(turned?.embeds).toHaveLength(total - 5);
    expect(turned?.buttons[0]?.map((b) => [b.label, b.disabled])).toEqual([
      ['◀ Previous', false],
      ['2 / 2', true],
      ['Next ▶', true],
    ]);
    // what everyone sees changed too: the page is one public message
    expect(messagesSeenBy(h, OTHER_ID).find((m) => m.id === message?.id)?.text).toBe(turned?.text);
  });

  it('Context: a private reply to whoever presses it, the cited paragraph whole and marked among the paragraphs around it', async () => {
    const ix = await ask('search', { query: 'Kirby' });
    const message = h.fake.original(ix);
    const hit = rankedParagraphs(corpus.index, 'Kirby')[0]?.paragraph;
    const reader = await h.fake.answered(await h.fake.press(message?.id ?? '', 'Context 1', { userId: OTHER_ID }));
    const [context] = h.fake.answersTo(reader, OTHER_ID);
    expect(context?.ephemeral).toBe(true);
    expect(h.fake.everShownTo(reader, OWNER_ID)).toEqual([]);
    const cited = context?.embeds.filter((e) => e.title?.endsWith('· cited')) ?? [];
    expect(cited.map((e) => e.description).join('')).toBe(hit?.text);
    expect(cited[0]?.color).not.toBeNull();
    // the paragraphs around it, not the paragraph repeated
    const numbers = context?.embeds.map((e) => Number(/^¶ (\d+)/u.exec(e.title ?? '')?.[1])) ?? [];
    expect(numbers.length).toBeGreaterThan(1);
    expect(numbers).toContain(hit?.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    // and how to read the whole article
    expect(context?.text).toContain(`/read article: ${hit?.article} paragraph: ${hit?.number}`);
  });

  it('/read: an article page by page; Later turns the page in place, for the one who asked', async () => {
    const ix = await ask('read', { article: 'a3-panjang.txt' });
    const first = h.fake.original(ix);
    expect(first?.text).toMatch(/^\*\*Read\*\* · Harian \*Contoh\* · date unknown · /u);
    const long = corpus.index.paragraph('a3-panjang.txt', 1)?.text ?? '';
    expect(
      first?.embeds
        .filter((e) => e.title?.startsWith('¶ 1'))
        .map((e) => e.description)
        .join(''),
    ).toBe(long);
    expect(first?.buttons[0]?.map((b) => [b.label, b.disabled])).toEqual([
      ['◀ Earlier', true],
      ['¶ 1 / 3', true],
      ['Later ▶', false],
    ]);
    const stranger = await h.fake.answered(await h.fake.press(first?.id ?? '', 'Later ▶', { userId: OTHER_ID }));
    expect(h.fake.answersTo(stranger, OTHER_ID)[0]?.ephemeral).toBe(true);
    await h.fake.answered(await h.fake.press(first?.id ?? '', 'Later ▶'));
    const later = h.fake.original(ix);
    expect(later?.id).toBe(first?.id);
    expect(later?.embeds.map((e) => e.title)).toEqual(['¶ 2', '¶ 3']);
    expect(later?.buttons[0]?.map((b) => [b.label, b.disabled])).toEqual([
      ['◀ Earlier', false],
      ['¶ 2–3 / 3', true],
      ['Later ▶', true],
    ]);
    await h.fake.answered(await h.fake.press(first?.id ?? '', '◀ Earlier'));
    expect(h.fake.original(ix)?.embeds.map((e) => e.title)).toEqual(['¶ 1 (1/2)', '¶ 1 (2/2)']);
  });

  it('/read by words of the title, from a paragraph; a paragraph past the end is a private error', async () => {
    const ix = await ask('read', { article: 'kirby', paragraph: 2 });
    expect(h.fake.original(ix)?.embeds[0]?.title).toBe('¶ 2');
    const past = await ask('read', { article: 'a2-kirby.txt', paragraph: 9 }, { locale: 'id' });
    expect(h.fake.original(past)).toMatchObject({ ephemeral: true, text: 'Tidak bisa diproses: paragraf 9: artikel a2-kirby.txt hanya punya 3 paragraf.' });
  });

  it('an Indonesian client reads Indonesian headers: the options as its client names them', async () => {
    const ix = await ask('who-said', { topic: 'kontainer', speaker: 'Kirby' }, { locale: 'id' });
    expect(h.fake.original(ix)?.text).toMatch(/^\*\*Siapa yang berkata\*\* “kontainer” · pembicara “Kirby” — /u);
    const en = await ask('who-said', { topic: 'kontainer', speaker: 'Kirby' });
    expect(h.fake.original(en)?.text).toMatch(/^\*\*Who said\*\* “kontainer” · speaker “Kirby” — /u);
  });

  it('autocomplete shows at most 25 choices', async () => {
    const typing = await h.fake.autocomplete('who-said', 'speaker', 'K');
    await h.fake.until(() => h.fake.interactions.get(typing.id)?.choices);
    const choices = h.fake.interactions.get(typing.id)?.choices ?? [];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
  });
});

describe.each<Transport>(['gateway', 'http'])('failures over the %s', (transport) => {
  it('an unexpected failure: the user alone is told, privately', async () => {
    const h = await startHarness(transport, { index: exploding(), deferPolicy: neverDefer });
    try {
      const ix = await h.fake.answered(await h.fake.command('search', { query: 'kontainer' }));
      expect(h.fake.answersTo(ix, OWNER_ID).map((m) => [m.text, m.ephemeral])).toEqual([
        ['Sorry, something went wrong answering that. It has been logged; try again.', true],
      ]);
      expect(h.fake.answersTo(ix, OTHER_ID)).toEqual([]);
      expect(h.logLines.some((l) => l.includes('"command failed"') && l.includes('index exploded'))).toBe(true);
    } finally {
      await h.stop();
    }
  });

  it('a body Discord refuses (50035): the user is told privately instead', async () => {
    const h = await startHarness(transport, { index: corpus.index, deferPolicy: neverDefer });
    try {
      // Over the gateway the refused body is the callback; over HTTP a refused initial response
      // cannot be answered again, so the refusal is injected on the follow-up path instead (below).
      if (transport === 'http') return;
      h.fake.inject({
        method: 'POST',
        path: /\/callback$/u,
        status: 400,
        body: {
          code: 50035,
          message: 'Invalid Form Body',
          errors: { embeds: { _errors: [{ code: 'MAX_EMBED_SIZE_EXCEEDED', message: 'Embed size exceeds maximum size of 6000' }] } },
        },
      });
      const ix = await h.fake.answered(await h.fake.command('help'));
      expect(h.fake.answersTo(ix, OWNER_ID).map((m) => [m.text, m.ephemeral])).toEqual([
        ['Sorry, something went wrong answering that. It has been logged; try again.', true],
      ]);
      expect(h.logLines.find((l) => l.includes('"interaction failed"'))).toContain('"code":50035');
    } finally {
      await h.stop();
    }
  });
});

describe.each<Transport>(['gateway', 'http'])('answers deferred because they were slow, over the %s', (transport) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(transport, { index: corpus.index, deferPolicy: alwaysDefer });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('a good answer: "thinking…" privately, then the answer for everyone below a private note', async () => {
    const ix = await h.fake.command('search', { query: 'kontainer' });
    await h.fake.until(() => h.fake.answersTo(ix).length === 2);
    expect(h.fake.interactions.get(ix.id)?.initialType).toBe(5);
    const mine = h.fake.answersTo(ix, OWNER_ID);
    expect(mine.map((m) => m.ephemeral)).toEqual([true, false]);
    expect(mine[0]?.text).toMatch(/posted below/u);
    expect(mine[1]?.embeds).toHaveLength(5);
    expect(h.fake.answersTo(ix, OTHER_ID).map((m) => m.id)).toEqual([mine[1]?.id]);
  });

  it('an error found after deferring stays private (the deferral was ephemeral)', async () => {
    const ix = await h.fake.answered(await h.fake.command('timeline', { from: '2023-10-31', to: '2023-10-01' }));
    expect(h.fake.answersTo(ix, OWNER_ID)).toEqual([expect.objectContaining({ ephemeral: true, text: expect.stringContaining('2023-10-31') })]);
    expect(h.fake.everShownTo(ix, OTHER_ID)).toEqual([]);
  });

  it('a page turn: type 6, then the page edited in', async () => {
    const ix = await h.fake.command('search', { query: 'kontainer' });
    await h.fake.until(() => h.fake.answersTo(ix).length === 2);
    const page = h.fake.answersTo(ix, OWNER_ID)[1];
    const press = await h.fake.press(page?.id ?? '', 'Next ▶');
    await h.fake.until(() => h.fake.messages.get(page?.id ?? '')?.editedAt);
    expect(h.fake.interactions.get(press.id)?.initialType).toBe(6);
    expect(h.fake.messages.get(page?.id ?? '')?.content).toMatch(/results 6–/u);
  });

  it('a failure after deferring (the edit refused with 50035, or a 5xx): the user is told privately', async () => {
    h.fake.inject({ method: 'POST', path: /\/webhooks\/\d+\/[^/]+$/u, status: 400, body: { code: 50035, message: 'Invalid Form Body', errors: {} } });
    const ix = await h.fake.command('search', { query: 'kontainer' });
    await h.fake.until(() => h.fake.answersTo(ix, OWNER_ID)[0]?.text.startsWith('Sorry'));
    expect(h.fake.answersTo(ix, OWNER_ID).map((m) => [m.text, m.ephemeral])).toEqual([
      ['Sorry, something went wrong answering that. It has been logged; try again.', true],
    ]);
    expect(h.fake.everShownTo(ix, OTHER_ID)).toEqual([]);
  });

  it('a webhook 404 other than 10062: the token is not used again', async () => {
    h.fake.inject({ method: 'PATCH', path: /\/messages\/(%40|@)original$/u, status: 404, body: { code: 10008, message: 'Unknown Message' } });
    const ix = await h.fake.command('search', { query: 'kontainer' });
    await h.fake.until(() => h.logLines.some((l) => l.includes('its token is not used again')));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const after404 = h.fake.requestsOf(ix).slice(h.fake.requestsOf(ix).findIndex((r) => r.status === 404) + 1);
    expect(after404).toEqual([]);
  });
});
