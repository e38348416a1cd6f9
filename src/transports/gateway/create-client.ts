import { Client, GatewayIntentBits } from 'discord.js';

export interface ClientOptions {
  /** Discord's REST base, e.g. `http://127.0.0.1:PORT/api` for the offline fake in tests. */
  readonly restApi?: string | undefined;
}

/**
 * The discord.js client with least privilege: the Guilds intent only (no message content, members
 * or presences; interactions need none), and no mentions allowed in anything it sends, whatever a
 * reply's text contains. Replies repeat `allowed_mentions` anyway, so no single setting is relied on.
 */
export function createDiscordClient({ restApi }: ClientOptions = {}): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...(restApi ? { rest: { api: restApi } } : {}),
  });
}
