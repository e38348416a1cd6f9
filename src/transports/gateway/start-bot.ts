import { once } from 'node:events';
import { type Client, Events, RESTEvents } from 'discord.js';
import type { Config } from '../../app/config.js';
import type { IndexSource } from '../../app/index-source.js';
import type { CorpusIndex } from '../../corpus-index/corpus-index.js';
import { type DeferPolicy, LatencyDeferPolicy } from '../../interactions/defer-policy.js';
import { describeDiscordError } from '../../interactions/discord-errors.js';
import { exitOnSignals, withinTime } from '../../interactions/graceful-shutdown.js';
import { createInteractionResponder, type InteractionResponder, type ResponderOptions } from '../../interactions/interaction-responder.js';
import { type Logger, redactSecrets } from '../../logger.js';
import { createDiscordClient } from './create-client.js';
import { handleInteraction } from './handle-interaction.js';

export interface StartBotOptions {
  /** REST base for an offline fake Discord (tests); the real API when absent. */
  readonly restApi?: string;
  /** Install SIGINT/SIGTERM handlers that stop the bot and exit (default true; tests pass false). */
  readonly handleSignals?: boolean;
  /** Responder settings (cooldown, concurrency, clock), for tests. */
  readonly responder?: Partial<Omit<ResponderOptions, 'index' | 'logger'>>;
  /** How long `stop` waits for work in progress before closing the connection. */
  readonly drainTimeoutMs?: number;
  /** Which commands to defer before answering (default: those whose recent answers were slow). */
  readonly deferPolicy?: DeferPolicy;
}

export interface BotHandle {
  readonly client: Client;
  readonly responder: InteractionResponder;
  /** Finishes work in progress (bounded), then `await client.destroy()`. */
  stop(): Promise<void>;
}

/**
 * The gateway bot: connects with DISCORD_TOKEN and answers slash commands, autocomplete and the
 * paging and Context buttons from the shared command modules. No Discord error or user input
 * stops it; SIGINT/SIGTERM stop it gracefully.
 */
export async function startBot(
  { config, index, logger, reload }: { config: Config; index: CorpusIndex | IndexSource; logger: Logger; reload?: ResponderOptions['reload'] },
  options: StartBotOptions = {},
): Promise<BotHandle> {
  const token = config.DISCORD_TOKEN;
  if (!token) throw new Error('start-bot: DISCORD_TOKEN is not set; the gateway bot needs the bot token');
  const client = createDiscordClient({ restApi: options.restApi });
  const responder = createInteractionResponder({
    index,
    logger,
    buttonSecret: config.SUMBER_BUTTON_SECRET,
    ...(reload ? { reload } : {}),
    ...options.responder,
  });
  const policy = options.deferPolicy ?? new LatencyDeferPolicy();
  const inFlight = new Set<Promise<void>>();

  client.on(Events.InteractionCreate, (interaction) => {
    // handleInteraction never rejects; the catch is a second net so no rejection reaches the emitter.
    const work = handleInteraction(interaction, responder, logger, policy).catch((error: unknown) =>
      logger.error('interaction handler escaped its boundary', { error: describeDiscordError(error) }),
    );
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  });
  // Without an 'error' listener, an error emitted by the client (captureRejections) kills the process.
  client.on(Events.Error, (error) => logger.error('Discord client error', { error: describeDiscordError(error) }));
  client.on(Events.Warn, (message) => logger.warn('Discord client warning', { message }));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn('gateway disconnected for good', { shard, code: event.code }));
  client.on(Events.ShardReconnecting, (shard) => logger.info('gateway reconnecting', { shard }));
  client.on(Events.ShardResume, (shard, replayed) => logger.info('gateway resumed', { shard, replayed }));
  client.rest.on(RESTEvents.RateLimited, (info) =>
    logger.warn('rate limited by Discord', { route: info.route, retryAfterMs: info.retryAfter, global: info.global }),
  );
  // An unexpected 429 is only reported on the REST debug channel; its text names the URL, so it is redacted.
  client.rest.on(RESTEvents.Debug, (message) => {
    if (message.includes('unexpected 429')) logger.warn('rate limited by Discord', { detail: redactSecrets(message) });
  });

  try {
    const ready = once(client, Events.ClientReady);
    ready.catch(() => undefined); // errors are reported by the Events.Error listener
    await client.login(token);
    if (!client.isReady()) await ready;
  } catch (error) {
    // Not logged here: the caller says once what happens next ("retrying" or "cannot start").
    await client.destroy();
    throw error;
  }
  logger.info('connected to Discord', { user: client.user?.tag, application: client.application?.id });

  const stop = async () => {
    await withinTime(
      responder.drain().then(() => Promise.all(inFlight).then(() => undefined)),
      options.drainTimeoutMs ?? 8_000,
    );
    await client.destroy();
  };
  if (options.handleSignals !== false) exitOnSignals(stop, logger);
  return { client, responder, stop };
}
