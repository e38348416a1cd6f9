import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choicesBreaches, messageBodyBreaches } from './fake-discord/discord-rules.js';
import { FakeDiscord, type FakeInteraction } from './fake-discord/fake-discord.js';
import { APP_ID, autocompleteInteraction, buttonInteraction, commandInteraction, nextIds, OTHER_ID, OWNER_ID } from './fake-discord/interactions.js';
import { linkPreviews, whoIsPinged } from './fake-discord/seen.js';

// The fake's own rules, checked with plain REST calls (no bot): if the fake did not model Discord,
// the transport tests that rely on it would prove nothing.
let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => {
  await fake.close();
});

const api = (path: string) => `${fake.apiBase}/v10${path}`;
async function call(method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> | null }> {
  const response = await fetch(api(path), {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}
const respond = (ix: FakeInteraction, response: unknown) => call('POST', `/interactions/${ix.id}/${ix.token}/callback`, response);
const editOriginal = (ix: FakeInteraction, body: unknown) => call('PATCH', `/webhooks/${APP_ID}/${ix.token}/messages/@original`, body);
const followUp = (ix: FakeInteraction, body: unknown) => call('POST', `/webhooks/${APP_ID}/${ix.token}`, body);

/** Registers an interaction without a bot (as if dispatched), returning the fake's record of it. */
function made(kind: 'command' | 'autocomplete' | 'button' = 'command', userId = OWNER_ID, sourceMessageId: string | null = null): FakeInteraction {
  const ids = nextIds();
  const payload =
    kind === 'command'
      ? commandInteraction(ids, 'search', [], { userId })
      : kind === 'autocomplete'
        ? autocompleteInteraction(ids, 'who-said', [], { userId })
        : buttonInteraction(ids, 'x', { id: sourceMessageId ?? '1' }, { userId });
  return fake.registerOnly(payload as Record<string, unknown>, sourceMessageId);
}

const message = { content: 'hello', embeds: [{ description: 'a result' }], allowed_mentions: { parse: [] } };

describe('interaction state', () => {
  it('takes one initial response; a second is 40060', async () => {
    const ix = made();
    expect((await respond(ix, { type: 4, data: message })).status).toBe(204);
    const second = await respond(ix, { type: 4, data: message });
    expect(second).toMatchObject({ status: 400, json: { code: 40060 } });
  });

  it('refuses the initial response after 3 seconds with 10062, and the user sees "did not respond"', async () => {
    const ix = made();
    fake.advance(3_001);
    expect(await respond(ix, { type: 5 })).toMatchObject({ status: 404, json: { code: 10062 } });
    expect(fake.seen(OWNER_ID)).toContainEqual({ interactionId: ix.id, failure: 'The application did not respond' });
  });

  it('allows 6 and 7 only for components and 8 only for autocomplete; a refused response acknowledges nothing', async () => {
    const command = made();
    for (const type of [6, 7, 8]) expect((await respond(command, { type, data: { choices: [] } })).status, `type ${type}`).toBe(400);
    expect((await respond(command, { type: 4, data: message })).status).toBe(204);
    const typing = made('autocomplete');
    for (const type of [4, 5, 7]) expect((await respond(typing, { type, data: message })).status, `type ${type}`).toBe(400);
    expect((await respond(typing, { type: 8, data: { choices: [{ name: 'Kirby', value: 'Kirby' }] } })).status).toBe(204);
  });

  it('kills the webhook token after 15 minutes (401, 50027)', async () => {
    const ix = made();
    await respond(ix, { type: 5 });
    fake.advance(15 * 60_000 + 1);
    expect(await editOriginal(ix, message)).toMatchObject({ status: 401, json: { code: 50027 } });
  });

  it('knows no webhook before the initial response (404, 10015)', async () => {
    expect(await followUp(made(), message)).toMatchObject({ status: 404, json: { code: 10015 } });
  });
});

describe('@original and follow-ups', () => {
  it('after a public type 5: the first follow-up edits the "thinking…" message and its ephemeral flag is ignored', async () => {
    const ix = made();
    await respond(ix, { type: 5, data: { flags: 0 } });
    expect(fake.original(ix)).toMatchObject({ thinking: true, ephemeral: false });
    const first = await followUp(ix, { content: 'secret?', flags: 64 });
    expect(first.json?.id).toBe(fake.interactions.get(ix.id)?.originalId);
    expect(fake.seen(OTHER_ID)).toContainEqual(expect.objectContaining({ text: 'secret?', ephemeral: false }));
    // once it is no longer loading, a follow-up is a new message, and may be ephemeral
    await followUp(ix, { content: 'private', flags: 64 });
    expect(fake.answersTo(ix).map((m) => [m.text, m.ephemeral])).toEqual([
      ['secret?', false],
      ['private', true],
    ]);
    expect(fake.answersTo(ix, OTHER_ID).map((m) => m.text)).toEqual(['secret?']);
  });

  it('after an ephemeral type 5: edits of @original stay private', async () => {
    const ix = made();
    await respond(ix, { type: 5, data: { flags: 64 } });
    await editOriginal(ix, message);
    expect(fake.original(ix)).toMatchObject({ text: 'hello', ephemeral: true, thinking: false });
    expect(fake.answersTo(ix, OTHER_ID)).toEqual([]);
  });

  it('after a type 6 or 7: @original is the message the button is on', async () => {
    const ix = made();
    await respond(ix, { type: 4, data: message });
    const source = fake.interactions.get(ix.id)?.originalId ?? '';
    const deferred = made('button', OWNER_ID, source);
    await respond(deferred, { type: 6 });
    await editOriginal(deferred, { content: 'page 2' });
    expect(fake.original(ix)?.text).toBe('page 2');
    const updated = made('button', OWNER_ID, source);
    await respond(updated, { type: 7, data: { content: 'page 3' } });
    expect(fake.original(ix)).toMatchObject({ text: 'page 3', edited: true });
  });

  it('refuses EPHEMERAL on an edit or an update: a message keeps the visibility it was made with', async () => {
    const ix = made();
    await respond(ix, { type: 4, data: message });
    expect((await editOriginal(ix, { content: 'x', flags: 64 })).status).toBe(400);
    const button = made('button', OWNER_ID, fake.interactions.get(ix.id)?.originalId ?? null);
    expect((await respond(button, { type: 7, data: { content: 'x', flags: 64 } })).status).toBe(400);
  });
});

describe('what a user sees', () => {
  it('SUPPRESS_EMBEDS hides every embed of the message, rich ones included, and its link previews', async () => {
    const ix = made();
    await respond(ix, { type: 4, data: { content: 'see https://example.org/a', embeds: [{ description: 'result' }], flags: 4 } });
    expect(fake.original(ix)).toMatchObject({ embeds: [], previews: [] });
    const plain = made();
    await respond(plain, { type: 4, data: { content: 'see https://example.org/a and <https://example.org/b>', embeds: [{ description: 'result' }] } });
    expect(fake.original(plain)).toMatchObject({ embeds: [expect.objectContaining({ description: 'result' })], previews: ['https://example.org/a'] });
  });

  it('ephemeral messages are seen by their user only', async () => {
    const ix = made();
    await respond(ix, { type: 4, data: { content: 'only you', flags: 64 } });
    expect(fake.answersTo(ix, OWNER_ID)).toHaveLength(1);
    expect(fake.answersTo(ix, OTHER_ID)).toHaveLength(0);
  });

  it('previews links in content, not inside <…> (also in a masked link) nor in embeds', () => {
    expect(linkPreviews('a https://x.example/1 b <https://x.example/2> [t](<https://x.example/3>) [u](https://x.example/4) \\<https://x.example/5>')).toEqual([
      'https://x.example/1',
      'https://x.example/4',
      'https://x.example/5',
    ]);
  });

  it('notifies only whom allowed_mentions allows, from content only', () => {
    expect(whoIsPinged('@everyone <@123456789012345678>', undefined)).toEqual(['everyone', 'user:123456789012345678']);
    expect(whoIsPinged('@everyone <@123456789012345678>', { parse: [] })).toEqual([]);
    expect(whoIsPinged('\\@everyone', undefined)).toEqual([]);
  });
});

describe('body rules (independent of the project’s findLimitViolations)', () => {
  const breaches = (body: unknown, use: 'create' | 'edit' = 'create') => messageBodyBreaches(body, use).map((b) => `${b.path}: ${b.code}`);

  it.each([
    [{ content: 'x'.repeat(2001) }, 'content: BASE_TYPE_MAX_LENGTH'],
    [{ embeds: Array.from({ length: 11 }, () => ({ description: 'x' })) }, 'embeds: BASE_TYPE_MAX_LENGTH'],
    [{ embeds: [{ title: 'x'.repeat(257) }] }, 'embeds.0.title: BASE_TYPE_MAX_LENGTH'],
    [{ embeds: [{ description: 'x'.repeat(4097) }] }, 'embeds.0.description: BASE_TYPE_MAX_LENGTH'],
    [{ embeds: [{ fields: [{ name: 'x'.repeat(257), value: 'v' }] }] }, 'embeds.0.fields.0.name: BASE_TYPE_MAX_LENGTH'],
    [{ embeds: [{ fields: [{ name: 'n', value: 'x'.repeat(1025) }] }] }, 'embeds.0.fields.0.value: BASE_TYPE_MAX_LENGTH'],
    [{ embeds: [{ fields: Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' })) }] }, 'embeds.0.fields: BASE_TYPE_MAX_LENGTH'],
    [{ embeds: [{ footer: { text: 'x'.repeat(2049) } }] }, 'embeds.0.footer.text: BASE_TYPE_MAX_LENGTH'],
    [{ embeds: [{ author: { name: 'x'.repeat(257) } }] }, 'embeds.0.author.name: BASE_TYPE_MAX_LENGTH'],
    [{ embeds: [{ description: 'x'.repeat(4000) }, { description: 'x'.repeat(2001) }] }, 'embeds: MAX_EMBED_SIZE_EXCEEDED'],
    [{ embeds: [{ url: 'javascript:alert(1)' }] }, 'embeds.0.url: URL_TYPE_INVALID_URL'],
    [
      { components: Array.from({ length: 6 }, () => ({ type: 1, components: [{ type: 2, style: 2, label: 'b', custom_id: `${Math.random()}` }] })) },
      'components: BASE_TYPE_MAX_LENGTH',
    ],
    [
      { components: [{ type: 1, components: Array.from({ length: 6 }, (_, i) => ({ type: 2, style: 2, label: 'b', custom_id: `b${i}` })) }] },
      'components.0.components: BASE_TYPE_BAD_LENGTH',
    ],
    [
      { components: [{ type: 1, components: [{ type: 2, style: 2, label: 'b', custom_id: 'x'.repeat(101) }] }] },
      'components.0.components.0.custom_id: BASE_TYPE_MAX_LENGTH',
    ],
    [
      {
        components: [
          {
            type: 1,
            components: [
              { type: 2, style: 2, label: 'a', custom_id: 'same' },
              { type: 2, style: 2, label: 'b', custom_id: 'same' },
            ],
          },
        ],
      },
      'components.0.components.1.custom_id: COMPONENT_CUSTOM_ID_DUPLICATED',
    ],
    [
      { components: [{ type: 1, components: [{ type: 2, style: 2, label: 'x'.repeat(81), custom_id: 'a' }] }] },
      'components.0.components.0.label: BASE_TYPE_MAX_LENGTH',
    ],
    [{ content: 'x', flags: 2 }, 'flags: MESSAGE_FLAGS_INVALID'],
    [{ content: 'x', allowed_mentions: { parse: ['users'], users: ['1'] } }, 'allowed_mentions: MENTIONS_PARSE_EXCLUSIVE'],
    [{ content: 'x', attachments: [{ id: 0 }] }, 'attachments: ATTACHMENT_NOT_FOUND'],
  ])('refuses %j', (body, breach) => {
    expect(breaches(body)).toContain(breach);
  });

  it('takes a body at the limits exactly, and refuses EPHEMERAL on an edit only', () => {
    const full = {
      content: 'x'.repeat(2000),
      embeds: [{ title: 't'.repeat(256), description: 'd'.repeat(4096) }, { description: 'd'.repeat(6000 - 256 - 4096) }],
      flags: 64,
      allowed_mentions: { parse: [] },
    };
    expect(breaches(full)).toEqual([]);
    expect(breaches({ content: 'x', flags: 64 }, 'edit')).toEqual(['flags: MESSAGE_FLAGS_INVALID']);
  });

  it('checks autocomplete choices: at most 25, names of 1-100 characters, values of at most 100', () => {
    const choice = { name: 'n', value: 'v' };
    expect(choicesBreaches({ choices: Array.from({ length: 25 }, () => choice) })).toEqual([]);
    expect(choicesBreaches({ choices: Array.from({ length: 26 }, () => choice) }).map((b) => b.path)).toEqual(['choices']);
    expect(
      choicesBreaches({
        choices: [
          { name: '', value: 'v' },
          { name: 'n', value: 'x'.repeat(101) },
        ],
      }).map((b) => b.path),
    ).toEqual(['choices.0.name', 'choices.1.value']);
  });
});
