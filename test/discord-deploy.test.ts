import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ApplicationCommandType, REST, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandRegistrationBody, registerCommands } from '../src/interactions/command-registration.js';
import { FakeDiscord } from './fake-discord/fake-discord.js';
import { APP_ID, GUILD_ID } from './fake-discord/interactions.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Discord's pattern for command and option names (lower case; letters of any script, digits, - and _).
const NAME = /^[-_\p{Ll}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
// English is the default (what every client without a localisation shows); Indonesian is localised.
// A localisation equal to the default would change nothing (Discord shows the default anyway), so
// none may be: en-US and en-GB entries that repeated the English were removed.
const LOCALES = ['id'];

/** Runs `npm run deploy` the way the script does (tsx), with no Discord keys in the environment. */
function deploy(args: string[]) {
  const env = { PATH: process.env.PATH ?? '', DISCORD_TOKEN: '', DISCORD_CLIENT_ID: '', DISCORD_GUILD_ID: '' };
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/deploy.ts', ...args], { cwd: ROOT, env, encoding: 'utf8', timeout: 30_000 });
}

describe('the command registration body', () => {
  const all = commandRegistrationBody();
  const body = all.filter((c): c is RESTPostAPIChatInputApplicationCommandsJSONBody => c.type === undefined || c.type === ApplicationCommandType.ChatInput);
  const messageCommands = all.filter((c) => c.type === ApplicationCommandType.Message);

  it('is valid for Discord: names, descriptions of 1-100 characters, at most 25 options, both locales', () => {
    expect(body.length).toBeGreaterThan(0);
    expect(new Set(body.map((c) => c.name)).size).toBe(body.length);
    for (const command of body) {
      const where = `/${command.name}`;
      expect(command.name, where).toMatch(NAME);
      expect(command.description.length, where).toBeGreaterThanOrEqual(1);
      expect(command.description.length, where).toBeLessThanOrEqual(100);
      expect(Object.keys(command.description_localizations ?? {}).sort(), where).toEqual([...LOCALES].sort());
      for (const text of Object.values(command.description_localizations ?? {})) expect((text ?? '').length, where).toBeLessThanOrEqual(100);
      expect(command.name_localizations?.id, where).toMatch(NAME);
      expect(command.description_localizations?.id, where).not.toBe(command.description);
      expect((command.options ?? []).length, where).toBeLessThanOrEqual(25);
      for (const option of command.options ?? []) {
        const at = `${where} ${option.name}`;
        expect(option.name, at).toMatch(NAME);
        expect(option.description.length, at).toBeGreaterThanOrEqual(1);
        expect(option.description.length, at).toBeLessThanOrEqual(100);
        expect(Object.keys(option.description_localizations ?? {}).sort(), at).toEqual([...LOCALES].sort());
        expect(option.name_localizations?.id, at).toMatch(NAME);
        expect(option.name_localizations?.id, at).not.toBe(option.name);
        expect(option.description_localizations?.id, at).not.toBe(option.description);
        // free text is bounded on Discord's side too (and again by zod on receipt): 200 characters,
        // except /cite's claim, which takes a pasted quote of up to 1,000 (issue 14)
        if (option.type === 3) expect('max_length' in option ? option.max_length : undefined, at).toBeLessThanOrEqual(command.name === 'cite' ? 1000 : 200);
      }
    }
  });

  // interactions/application-commands#message-commands: type 3, a name of 1-32 characters (any case,
  // spaces allowed), an empty description and no options; names unique among the message commands.
  it('registers the message context-menu command "Find source" ("Cari sumber"), valid as Discord wants it', () => {
    expect(messageCommands.map((c) => c.name)).toEqual(['Find source']);
    expect(new Set(messageCommands.map((c) => c.name)).size).toBe(messageCommands.length);
    for (const command of messageCommands) {
      const json = JSON.parse(JSON.stringify(command)) as Record<string, unknown>;
      expect(command.name.length).toBeGreaterThanOrEqual(1);
      expect(command.name.length).toBeLessThanOrEqual(32);
      expect(command.name_localizations?.id).toBe('Cari sumber');
      expect(json.description ?? '').toBe('');
      expect(json.options).toBeUndefined();
    }
  });
});

describe('npm run deploy', () => {
  it('--dry-run prints exactly the JSON body, and nothing else', () => {
    const result = deploy(['--dry-run']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(commandRegistrationBody())));
  });

  it('without a token or application id, names the missing keys and exits 1', () => {
    const result = deploy([]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('DISCORD_TOKEN and DISCORD_CLIENT_ID');
  });
});

describe('registerCommands', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await FakeDiscord.start();
  });
  afterAll(async () => {
    await fake.close();
  });

  it('replaces the commands of one guild when a guild is given, and the global ones otherwise', async () => {
    const rest = new REST({ version: '10', api: fake.apiBase }).setToken('fake-token-for-the-loopback-fake');
    expect(await registerCommands(rest, { clientId: APP_ID, guildId: GUILD_ID })).toBe(commandRegistrationBody().length);
    expect(await registerCommands(rest, { clientId: APP_ID })).toBe(commandRegistrationBody().length);
    const puts = fake.requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => r.path)).toEqual([`/api/v10/applications/${APP_ID}/guilds/${GUILD_ID}/commands`, `/api/v10/applications/${APP_ID}/commands`]);
    for (const put of puts) expect(put.body).toEqual(JSON.parse(JSON.stringify(commandRegistrationBody())));
  });
});
