import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeInteraction } from './fake-discord/fake-discord.js';
import { alwaysDefer, type Harness, neverDefer, startHarness, type Transport } from './fake-discord/harness.js';
import { OTHER_ID } from './fake-discord/interactions.js';
import { type CiteCorpus, openCiteCorpus, REGENT_QUOTE } from './fixtures/cite-corpus.js';

// /cite and the "Find source" message command over both transports, asserted on what users see in
// the fake Discord's channel (which refuses any body that breaks Discord's rules).

let corpus: CiteCorpus;
beforeAll(() => {
  corpus = openCiteCorpus();
});
afterAll(() => corpus.remove());

const ALTERED = 'Kami menolak tuduhan bahwa uang bantuan banjir dicuri oleh kepala desa';

describe.each<{ transport: Transport; defer: boolean }>([
  { transport: 'gateway', defer: false },
  { transport: 'http', defer: false },
  { transport: 'http', defer: true },
])('over the $transport (deferred: $defer)', ({ transport, defer }) => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness(transport, { index: corpus.index, deferPolicy: defer ? alwaysDefer : neverDefer });
  });
  afterAll(async () => {
    await h?.stop();
  });

  /** What the user sees as the answer: the public message (after a deferral, the follow-up posted for everyone), else the private notice. */
  const answered = async (ix: Promise<FakeInteraction>, { notice = false } = {}) => {
    const done = await h.fake.answered(await ix);
    expect(done.refused, 'the fake Discord refused a response').toEqual([]);
    if (notice) return h.fake.original(done)!;
    // after a deferral the answer is a follow-up, posted once the private "prepared first" note is shown
    return h.fake.until(() => h.fake.answersTo(done).find((m) => !m.ephemeral), 10_000, 'the public answer');
  };

  it('/cite: the verdict first, the passage with the changes marked, the different speaker, the citation; seen by everyone', async () => {
    const seen = await answered(h.fake.command('cite', { claim: `Hendra Gunawan: ${ALTERED}` }));
    expect(seen).toMatchObject({ ephemeral: false, thinking: false, previews: [], pinged: [] });
    expect(seen.text.split('\n')[0]).toMatch(/^\*\*Cite\*\* “Hendra Gunawan: Kami menolak/u);
    expect(seen.text).toContain('the claim names Hendra Gunawan as its speaker');
    // how to read the marks
    expect(seen.text).toContain('~~struck~~: in the source, not the claim');
    const first = seen.embeds[0]!.description ?? '';
    expect(first.split('\n')[0]).toBe(
      '> Kami menolak tuduhan bahwa ~~dana~~ **uang** bantuan banjir ~~diselewengkan~~ **dicuri** oleh ~~pejabat~~ **kepala** desa',
    );
    expect(first).toContain('**Altered: 3 changes · different speaker**');
    expect(first).toContain("the source's speaker is Ratna Widyasari, not Hendra Gunawan");
    expect(first).toMatch(/Warta Lembah/u);
    expect(first).toMatch(/paragraph 2/u);
    expect(h.fake.seen(OTHER_ID).some((m) => 'id' in m && m.id === seen.id)).toBe(true);
  });

  it('/cite: markdown in the claim’s words is shown as typed, never as formatting', async () => {
    const seen = await answered(h.fake.command('cite', { claim: 'Kami menolak tuduhan bahwa uang*kas bantuan banjir diselewengkan oleh pejabat desa' }));
    const stored = h.fake.messages.get(seen.id)!;
    expect(String(stored.embeds[0]?.description ?? '')).toContain('~~dana~~ **uang\\*kas**');
    expect(seen.embeds[0]!.description).toContain('~~dana~~ **uang*kas**');
  });

  it('/cite: a claim no article makes is "Not found in the corpus"', async () => {
    const seen = await answered(h.fake.command('cite', { claim: 'Sukamaju membangun 40 jembatan baru di pegunungan Alpen' }));
    expect(seen.text).toBe('**Cite** — **Not found in the corpus**: “Sukamaju membangun 40 jembatan baru di pegunungan Alpen”');
    expect(seen.embeds).toEqual([]);
  });

  it('/cite in Indonesian: the client’s words for the verdicts', async () => {
    const seen = await answered(h.fake.command('cite', { claim: REGENT_QUOTE }, { locale: 'id' }));
    expect(seen.text.split('\n')[0]).toMatch(/^\*\*Lacak sumber\*\* “Kami menolak/u);
    expect(seen.embeds[0]!.description).toContain('**Sama persis**');
  });

  it('"Find source" on a message runs /cite on its text and answers in the channel', async () => {
    const seen = await answered(h.fake.messageCommand('Find source', `> "${REGENT_QUOTE}," kata **Hendra Gunawan**.`));
    expect(seen).toMatchObject({ ephemeral: false, thinking: false, pinged: [] });
    expect(seen.text.split('\n')[0]).toMatch(/^\*\*Cite\*\* “"Kami menolak tuduhan/u);
    const first = seen.embeds[0]!.description ?? '';
    expect(first.split('\n')[0]).toBe(`> ${REGENT_QUOTE}`);
    expect(first).toContain('**Verbatim · different speaker**');
    expect(first).toContain("the source's speaker is Ratna Widyasari, not Hendra Gunawan");
  });

  it('"Find source" from an Indonesian client ("Cari sumber") answers in Indonesian', async () => {
    const seen = await answered(h.fake.messageCommand('Find source', ALTERED, { locale: 'id' }));
    expect(seen.text.split('\n')[0]).toMatch(/^\*\*Lacak sumber\*\*/u);
    expect(seen.embeds[0]!.description).toContain('**Diubah: 3 perubahan**');
  });

  it('"Find source" on a long message looks up its claim-like sentences, and the answer’s buttons still work', async () => {
    const chatter = Array.from({ length: 40 }, (_, i) => `Catatan rapat nomor ${i + 1} membahas jadwal piket warga.`).join(' ');
    const message = `${chatter} "${REGENT_QUOTE}," kata Ratna Widyasari. ${chatter}`;
    expect(message.length).toBeGreaterThan(3000);
    const seen = await answered(h.fake.messageCommand('Find source', message));
    expect(seen.text.split('\n')[0]).toMatch(/^\*\*Cite\*\* “"Kami menolak tuduhan/u);
    expect(seen.embeds[0]!.description).toContain('**Verbatim**');
    // Context re-runs the command from the options the buttons carry: the claim read from the message
    const context = await h.fake.answered(await h.fake.press(seen.id, 'Context 1'), 10_000);
    expect(context.refused).toEqual([]);
    const reading = h.fake.answersTo(context).at(-1)!;
    expect(reading.ephemeral).toBe(true);
    expect(reading.embeds.map((e) => e.description ?? '').join('\n')).toContain(REGENT_QUOTE);
  });

  it('"Find source" on a message with no words says so, privately', async () => {
    const seen = await answered(h.fake.messageCommand('Find source', '', {}, { embeds: [], attachments: [] }), { notice: true });
    expect(seen.ephemeral).toBe(true);
    expect(seen.text).toMatch(/no text to look up/u);
  });

  it('"Find source" on a bot’s message without content reads its embeds', async () => {
    const seen = await answered(h.fake.messageCommand('Find source', '', {}, { embeds: [{ type: 'rich', description: `> ${ALTERED}` }] }));
    expect(seen.embeds[0]!.description).toContain('**Altered: 3 changes**');
  });

  it('an unknown message command is refused plainly', async () => {
    const seen = await answered(h.fake.messageCommand('Translate', REGENT_QUOTE), { notice: true });
    expect(seen.ephemeral).toBe(true);
    expect(seen.text).toMatch(/not available any more/u);
  });
});
