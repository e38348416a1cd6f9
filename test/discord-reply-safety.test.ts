import { DiscordAPIError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { describeDiscordError, isDroppableInteractionError } from '../src/interactions/discord-errors.js';
import { editBody, noticeBody, ReplyLimitError, replyBody } from '../src/interactions/reply-body.js';
import { findLimitViolations } from '../src/render/discord-limits.js';

const apiError = (code: number, status: number, url: string) =>
  new DiscordAPIError({ code, message: 'm' }, code, status, 'POST', url, { body: undefined, files: undefined });

describe('Discord API errors', () => {
  it('treat only 10062 (unknown interaction) and 40060 (already acknowledged) as "drop it"', () => {
    expect(isDroppableInteractionError(apiError(10062, 404, 'https://discord.com/api/v10/x'))).toBe(true);
    expect(isDroppableInteractionError(apiError(40060, 400, 'https://discord.com/api/v10/x'))).toBe(true);
    expect(isDroppableInteractionError(apiError(50035, 400, 'https://discord.com/api/v10/x'))).toBe(false);
    expect(isDroppableInteractionError(new Error('10062'))).toBe(false);
  });

  it('are described for the log without the interaction token in their URL', () => {
    const token = 'aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OnNlY3JldA-very-long-token';
    const described = describeDiscordError(apiError(10062, 404, `https://discord.com/api/v10/interactions/1234567890/${token}/callback`));
    expect(described).toMatchObject({ code: 10062, status: 404, url: 'https://discord.com/api/v10/interactions/1234567890/[redacted]/callback' });
    const webhook = describeDiscordError(apiError(50035, 400, `https://discord.com/api/v10/webhooks/42/${token}/messages/@original`));
    expect(JSON.stringify(webhook)).not.toContain(token);
  });
});

describe('reply bodies', () => {
  it('always mention no one, and never set SUPPRESS_EMBEDS (it would hide the answers, which are embeds)', () => {
    expect(replyBody({ content: 'hi' }, { ephemeral: false })).toEqual({
      content: 'hi',
      embeds: [],
      components: [],
      flags: 0,
      allowed_mentions: { parse: [] },
    });
    expect(noticeBody('@everyone look').content).toBe('\\@everyone look');
    expect(noticeBody('x').flags).toBe(64);
    expect(editBody(noticeBody('x')).flags).toBe(0);
  });

  it('keep links in content from being previewed: each one in <…>', () => {
    expect(noticeBody('see https://example.org/a_b and http://x.example/(1)').content).toBe('see <https://example.org/a%5Fb> and <http://x.example/%281%29>');
  });

  it('are counted before sending: a body over any limit is refused here, not by Discord', () => {
    expect(() => replyBody({ content: 'x'.repeat(2001) }, { ephemeral: false })).toThrow(ReplyLimitError);
    const embeds = Array.from({ length: 2 }, () => ({ description: 'x'.repeat(3001) }));
    expect(findLimitViolations({ embeds })).toEqual(['embeds total is 6002 > 6000']);
    expect(() => replyBody({ content: '', embeds }, { ephemeral: false })).toThrow('embeds total is 6002 > 6000');
    expect(findLimitViolations({ embeds: Array.from({ length: 11 }, () => ({ description: 'x' })) })).toEqual(['embed count is 11 > 10']);
    expect(findLimitViolations({ components: [{ components: [{ custom_id: 'x'.repeat(101), label: 'ok' }] }] })).toEqual([
      'row 0 button 0 custom_id is 101 > 100',
    ]);
  });
});
