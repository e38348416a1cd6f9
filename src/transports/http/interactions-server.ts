import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { InteractionType } from 'discord-api-types/v10';
import { type DeferPolicy, LatencyDeferPolicy } from '../../interactions/defer-policy.js';
import type { InteractionResponder } from '../../interactions/interaction-responder.js';
import type { Logger } from '../../logger.js';
import { answerHttpInteraction, type HttpAnswer } from './answer-http-interaction.js';
import { interactionPayload } from './interaction-payload.js';
import { InteractionWebhooks } from './interaction-webhooks.js';
import { readBody } from './read-body.js';
import { SeenInteractions, timestampIsCurrent } from './replay-guard.js';
import { ed25519PublicKey, verifyDiscordSignature } from './verify-signature.js';

/** Largest request body accepted; Discord's interactions are a few kilobytes. */
export const MAX_BODY_BYTES = 100 * 1024;

export interface InteractionsServerOptions {
  /** DISCORD_PUBLIC_KEY: the application's Ed25519 public key, hex. */
  readonly publicKey: string;
  readonly responder: InteractionResponder;
  readonly logger: Logger;
  readonly webhooks?: InteractionWebhooks;
  readonly deferPolicy?: DeferPolicy;
  /** How many articles are being served, for GET /health (503 at 0). */
  readonly articles?: () => number;
  /** The clock, in milliseconds (tests). */
  readonly now?: () => number;
  /** Most connections open at once; more are refused (default 256). */
  readonly maxConnections?: number;
  /** A client must have sent its headers within this (default 5 s)… */
  readonly headersTimeoutMs?: number;
  /** …and its whole request within this (default 10 s). */
  readonly requestTimeoutMs?: number;
}

export interface InteractionsServer {
  readonly server: Server;
  /** Stops accepting requests, finishes deferred follow-ups and work in progress. */
  close(): Promise<void>;
}

/**
 * The HTTP interactions endpoint (`npm run serve`): `POST /interactions`, verified with Ed25519
 * (401 otherwise, and for a signed timestamp more than 5 minutes from now), bodies over 100 KB or
 * not JSON refused with 400, an interaction id already received refused with 409 (a replay).
 * `GET` or `HEAD /health` answers `{ status, articles }` for hosts that probe: 200, or 503 when no
 * article is served. Everything else is 404 (405 for another method on /interactions). Slow clients
 * are cut at the configured times, and connections are capped.
 */
export function createInteractionsServer(options: InteractionsServerOptions): InteractionsServer {
  const key = ed25519PublicKey(options.publicKey);
  const deps = {
    responder: options.responder,
    logger: options.logger,
    webhooks: options.webhooks ?? new InteractionWebhooks(),
    deferPolicy: options.deferPolicy ?? new LatencyDeferPolicy(),
  };
  const followUps = new Set<Promise<void>>();
  const now = options.now ?? Date.now;
  const seen = new SeenInteractions();

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = (request.url ?? '').split('?')[0];
    if (path === '/health' && (request.method === 'GET' || request.method === 'HEAD')) {
      const articles = options.articles?.() ?? null;
      if (articles === 0) return send(response, { status: 503, json: { status: 'no articles', articles } });
      return send(response, { status: 200, json: { status: 'ok', ...(articles === null ? {} : { articles }) } });
    }
    if (path !== '/interactions') return send(response, { status: 404, json: { error: 'not found' } });
    if (request.method !== 'POST') return send(response, { status: 405, json: { error: 'use POST' } }, { allow: 'POST' });

    const read = await readBody(request, MAX_BODY_BYTES);
    if (!read.ok) {
      if (read.reason === 'too-large') send(response, { status: 400, json: { error: `body larger than ${MAX_BODY_BYTES} bytes` } }, { connection: 'close' });
      else request.destroy();
      return;
    }
    const signature = header(request, 'x-signature-ed25519');
    const timestamp = header(request, 'x-signature-timestamp');
    if (!verifyDiscordSignature(key, signature, timestamp, read.body)) return send(response, { status: 401, json: { error: 'invalid request signature' } });
    if (!timestampIsCurrent(timestamp!, now())) return send(response, { status: 401, json: { error: 'request timestamp is not current' } });

    let json: unknown;
    try {
      json = JSON.parse(read.body.toString('utf8'));
    } catch {
      return send(response, { status: 400, json: { error: 'body is not JSON' } });
    }
    const parsed = interactionPayload.safeParse(json);
    if (!parsed.success) return send(response, { status: 400, json: { error: 'not an interaction' } });
    // A PING is answered alike however often; anything else is answered once.
    if (parsed.data.type !== InteractionType.Ping && !seen.firstTime(parsed.data.id, now())) {
      options.logger.warn('interaction received again; refused', { id: parsed.data.id });
      return send(response, { status: 409, json: { error: 'interaction already received' } });
    }

    const answer = answerHttpInteraction(parsed.data, deps);
    send(response, answer);
  }

  function send(response: ServerResponse, answer: HttpAnswer, headers: Record<string, string> = {}): void {
    const body = JSON.stringify(answer.json);
    response.writeHead(answer.status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers });
    const after = answer.after;
    let started = false;
    // The deferred work starts once the acknowledgement has been flushed to Discord, and also if the
    // connection closed first: the work must run (or fail) so that its slot is released either way.
    const start = () => {
      if (!after || started) return;
      started = true;
      const work = after();
      followUps.add(work);
      void work.finally(() => followUps.delete(work));
    };
    response.end(body, start);
    response.once('close', start);
  }

  // Node checks request and header deadlines every connectionsCheckingInterval (30 s by default),
  // so a stalled client was cut after about 24 s instead of the 5 and 10 s set: check every 0.5 s.
  const server = createServer(
    { connectionsCheckingInterval: 500, headersTimeout: options.headersTimeoutMs ?? 5_000, requestTimeout: options.requestTimeoutMs ?? 10_000 },
    (request, response) => {
      handle(request, response).catch((error: unknown) => {
        options.logger.error('interactions endpoint failed', { error });
        if (!response.headersSent) send(response, { status: 500, json: { error: 'internal error' } });
        else response.destroy();
      });
    },
  );
  // Beyond this many open connections, new ones are closed at once (a flood cannot exhaust file descriptors).
  server.maxConnections = options.maxConnections ?? 256;
  // An idle keep-alive connection is kept longer than a reverse proxy's or client's own idle limit
  // (60 s for the common ones): closed first by Node's 5 s default, a connection the other side was
  // just reusing fails its request (ECONNRESET, or a 502 from the proxy).
  server.keepAliveTimeout = 65_000;

  return {
    server,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all(followUps);
      await options.responder.drain();
    },
  };
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
