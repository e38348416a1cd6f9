import type { AddressInfo } from 'node:net';
import { REST } from 'discord.js';
import { parseConfig } from '../../src/app/config.js';
import type { IndexSource } from '../../src/app/index-source.js';
import type { CorpusIndex } from '../../src/corpus-index/corpus-index.js';
import type { DeferPolicy } from '../../src/interactions/defer-policy.js';
import { createInteractionResponder, type InteractionResponder, type ResponderOptions } from '../../src/interactions/interaction-responder.js';
import { createLogger } from '../../src/logger.js';
import { startBot } from '../../src/transports/gateway/start-bot.js';
import { InteractionWebhooks } from '../../src/transports/http/interaction-webhooks.js';
import { createInteractionsServer } from '../../src/transports/http/interactions-server.js';
import { FakeDiscord } from './fake-discord.js';

export type Transport = 'gateway' | 'http';

/** Sumber running against a fake Discord, over one transport. */
export interface Harness {
  readonly transport: Transport;
  readonly fake: FakeDiscord;
  readonly responder: InteractionResponder;
  readonly logLines: string[];
  stop(): Promise<void>;
}

export interface HarnessOptions {
  /** A fixed index, or a live one (read at the start of each interaction). */
  readonly index: CorpusIndex | IndexSource;
  /** What the admins' /reload runs (absent: /reload is refused). */
  readonly reload?: ResponderOptions['reload'];
  readonly deferPolicy?: DeferPolicy;
  readonly responder?: Partial<Omit<ResponderOptions, 'index' | 'logger'>>;
}

// Shaped like a bot token (so the logger's redaction would recognise it), but fake.
export const FAKE_BOT_TOKEN = `${'MTIz'.repeat(6)}.${'GhIjKl'}.${'x'.repeat(38)}`;
const RELAXED = { cooldown: { max: 10_000, windowMs: 1000 } };

/** Never defers: every answer is computed before the initial response. */
export const neverDefer: DeferPolicy = { shouldDefer: () => false, record: () => undefined };
/** Always defers, as for a command whose recent answers were slow. */
export const alwaysDefer: DeferPolicy = { shouldDefer: () => true, record: () => undefined };

/** Starts a fake Discord and Sumber over `transport`: the real discord.js client, or the HTTP endpoint. */
export async function startHarness(transport: Transport, options: HarnessOptions): Promise<Harness> {
  const fake = await FakeDiscord.start();
  const logLines: string[] = [];
  const logger = createLogger('debug', (line) => logLines.push(line));
  const responderOptions = { ...RELAXED, ...(options.reload ? { reload: options.reload } : {}), ...options.responder };
  if (transport === 'gateway') {
    const bot = await startBot(
      { config: parseConfig({ DISCORD_TOKEN: FAKE_BOT_TOKEN }), index: options.index, logger },
      { restApi: fake.apiBase, handleSignals: false, responder: responderOptions, ...(options.deferPolicy ? { deferPolicy: options.deferPolicy } : {}) },
    );
    await fake.until(() => bot.client.isReady(), 5_000, 'gateway login');
    return {
      transport,
      fake,
      responder: bot.responder,
      logLines,
      async stop() {
        await bot.stop();
        await fake.close();
      },
    };
  }
  const responder = createInteractionResponder({ index: options.index, logger, ...responderOptions });
  const webhooks = new InteractionWebhooks(new REST({ version: '10', api: fake.apiBase }));
  const endpoint = createInteractionsServer({
    publicKey: fake.publicKeyHex,
    responder,
    logger,
    webhooks,
    ...(options.deferPolicy ? { deferPolicy: options.deferPolicy } : {}),
  });
  await new Promise<void>((resolve) => endpoint.server.listen(0, '127.0.0.1', resolve));
  fake.deliverTo({ kind: 'http', url: `http://127.0.0.1:${(endpoint.server.address() as AddressInfo).port}/interactions` });
  return {
    transport,
    fake,
    responder,
    logLines,
    async stop() {
      await endpoint.close();
      await fake.close();
    },
  };
}
