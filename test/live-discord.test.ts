import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { PermissionFlagsBits } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mayReload, reloadCommand } from '../commands/reload.js';
import { parseConfig } from '../src/app/config.js';
import { openServedIndex, type ServedIndex } from '../src/app/serve-index.js';
import { commandRegistrationBody } from '../src/interactions/command-registration.js';
import { createLogger } from '../src/logger.js';
import type { FakeInteraction } from './fake-discord/fake-discord.js';
import { type Harness, neverDefer, startHarness, type Transport } from './fake-discord/harness.js';
import { OTHER_ID, OWNER_ID } from './fake-discord/interactions.js';

// The bot over a watched corpus folder, against the fake Discord on both transports: an article
// dropped into the folder is found by /search and /who-said within seconds; the admins' /reload
// answers privately with what changed, and only members with Manage Server may run it.

const HARBOUR = [
  'Kapal Nelayan Tanjung Biru Kembali Melaut',
  '',
  'Tanjung Biru - Ratusan kapal nelayan di Tanjung Biru kembali melaut setelah cuaca buruk mereda pada pekan ini, kata petugas syahbandar setempat.',
  '',
  'Harga ikan di pelelangan diperkirakan turun dalam beberapa hari ke depan karena pasokan kembali normal.',
].join('\n');

const ORCHARD = [
  'Petani Durian Lereng Sari Panen Raya',
  '',
  'Lereng Sari - Petani durian di Lereng Sari memulai panen raya lebih awal tahun ini. "Buahnya lebih besar karena hujan datang tepat waktu," kata Wulan Sasmita, ketua kelompok tani setempat, Kamis (7/3/2024).',
  '',
  'Para tengkulak dari kota sudah datang sejak subuh untuk membeli durian langsung dari kebun.',
].join('\n');

const MANAGE_SERVER = String(PermissionFlagsBits.ManageGuild);
const ADMINISTRATOR = String(PermissionFlagsBits.Administrator);
const SEND_MESSAGES = String(PermissionFlagsBits.SendMessages | PermissionFlagsBits.ViewChannel);

async function until(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

describe('the /reload definition', () => {
  it('is registered for servers only, shown to members with Manage Server', () => {
    const registered = commandRegistrationBody().find((c) => c.name === 'reload');
    expect(registered).toEqual(reloadCommand.definition);
    expect(registered).toMatchObject({ default_member_permissions: MANAGE_SERVER, contexts: [0] });
  });
  it.each([
    [MANAGE_SERVER, true],
    [ADMINISTRATOR, true],
    [String(PermissionFlagsBits.ManageGuild | PermissionFlagsBits.SendMessages), true],
    [SEND_MESSAGES, false],
    ['0', false],
    [null, false],
    ['not a number', false],
    ['-32', false],
  ])('permissions %s may reload: %s', (permissions, may) => {
    expect(mayReload(permissions)).toBe(may);
  });
});

describe.each<Transport>(['gateway', 'http'])('a watched corpus over the %s', (transport) => {
  let dir: string;
  let served: ServedIndex;
  let h: Harness;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sumber-live-discord-'));
    mkdirSync(join(dir, 'articles'));
    writeFileSync(join(dir, 'articles', 'pelabuhan.txt'), HARBOUR);
    served = openServedIndex(
      parseConfig({ SUMBER_DATA_DIR: dir }),
      createLogger('error', () => undefined),
    );
    h = await startHarness(transport, { index: served.live, reload: served.reload, deferPolicy: neverDefer });
  });
  afterAll(async () => {
    served?.close();
    await h?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function ask(
    name: string,
    options: Record<string, string | number> = {},
    who: { userId?: string; permissions?: string } = {},
  ): Promise<FakeInteraction> {
    return h.fake.answered(await h.fake.command(name, options, who), 15_000);
  }
  const shown = (ix: FakeInteraction) =>
    h.fake
      .answersTo(ix)
      .map((m) => [m.text, ...m.embeds.map((e) => `${e.title ?? ''}\n${e.description ?? ''}\n${e.footer ?? ''}`)].join('\n'))
      .join('\n');

  it('an article dropped into the folder is found by /search and /who-said within seconds', async () => {
    expect(shown(await ask('search', { query: 'durian' }))).toMatch(/no results/iu);
    writeFileSync(join(dir, 'articles', 'durian.txt'), ORCHARD);
    await until(() => served.live.current.article('durian.txt') !== undefined, 15_000, 'the article to be taken in');
    expect(shown(await ask('search', { query: 'durian' }))).toMatch(/durian\.txt|Petani Durian/u);
    expect(shown(await ask('who-said', { topic: 'durian' }))).toMatch(/Wulan Sasmita/u);
  });

  it('/reload by a member without Manage Server is refused privately, and nothing runs', async () => {
    const ix = await ask('reload', {}, { userId: OTHER_ID, permissions: SEND_MESSAGES });
    const seen = h.fake.answersTo(ix);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ ephemeral: true, text: 'Only members with the Manage Server permission can reload the corpus.' });
    expect(h.fake.answersTo(ix, OWNER_ID)).toEqual([]);
  });

  it('/reload by a manager answers privately with what changed: articles, paragraphs, time, engine path', async () => {
    await until(() => !served.live.updating, 15_000, 'the watcher’s updates to finish');
    writeFileSync(join(dir, 'articles', 'pelabuhan.txt'), HARBOUR.replace('Ratusan kapal', 'Puluhan kapal'));
    const ix = await ask('reload', {}, { userId: OWNER_ID, permissions: MANAGE_SERVER });
    const seen = h.fake.answersTo(ix);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.ephemeral).toBe(true);
    // the watcher may have taken the change in first: then the reload finds nothing left to do
    expect(seen[0]?.text).toMatch(
      /^(Index updated in [\d.]+ m?s\.\nArticles: 0 added, 1 changed \(pelabuhan\.txt\), 0 removed\.\nNow 2 articles, 4 paragraphs \(\+0\); 1 article cleaned and extracted again\.\nSearch: MiniSearch engine updated in place \(2 paragraphs discarded, 2 added, in \d+ ms\)\.|Nothing changed in the corpus folder \(checked in \d+ ms\)\.\nArticles: 0 added, 0 changed, 0 removed\.)/u,
    );
    expect(h.fake.answersTo(ix, OTHER_ID)).toEqual([]);
    expect(served.live.current.paragraph('pelabuhan.txt', 1)?.text).toMatch(/^Puluhan kapal/u);
  });
});
