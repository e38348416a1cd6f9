import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { APP_ID, BOT_USER, CHANNEL_ID } from './interactions.js';

/** A request the bot made to the fake REST API, body parsed from JSON. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly body: unknown;
  readonly status: number;
}

/** A gateway payload the bot sent (IDENTIFY, HEARTBEAT, RESUME, …). */
export interface GatewayPayload {
  readonly op: number;
  readonly d: unknown;
}

/** A one-shot canned failure: the next request matching `method` and `path` gets this answer instead. */
export interface Injection {
  readonly method: string;
  readonly path: RegExp;
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

const SESSION_ID = 'fake-session-1';

/** How the fake gateway behaves (for the reconnection tests). */
export interface GatewayOptions {
  /** The heartbeat interval sent in HELLO (Discord's is about 41 s). */
  readonly heartbeatIntervalMs?: number;
}

/**
 * A loopback stand-in for Discord, HTTP and WebSocket on 127.0.0.1: enough of the REST API
 * (gateway info, interaction callbacks, webhook edits and follow-ups, command registration) and
 * of the gateway (HELLO, IDENTIFY → READY, HEARTBEAT → ACK, RESUME → RESUMED, dispatches) for the
 * real discord.js client to log in and answer interactions. Records every request for assertions.
 */
export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly gatewayReceived: GatewayPayload[] = [];
  readonly #injections: Injection[] = [];
  readonly #waiters = new Set<() => void>();
  #socket: WebSocket | null = null;
  #sequence = 0;
  #heartbeatIntervalMs = 45_000;
  /** Gateway connections opened so far (a reconnect opens another). */
  gatewayConnections = 0;
  /** False: heartbeats go unanswered, as on a zombie connection. */
  ackHeartbeats = true;
  #messageIds = 1000;

  private constructor(
    private readonly server: Server,
    private readonly wss: WebSocketServer,
    readonly port: number,
  ) {}

  static async start(gateway: GatewayOptions = {}): Promise<FakeDiscord> {
    const server = createServer();
    const wss = new WebSocketServer({ server });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const fake = new FakeDiscord(server, wss, (server.address() as AddressInfo).port);
    fake.#heartbeatIntervalMs = gateway.heartbeatIntervalMs ?? 45_000;
    server.on('request', (req, res) => void fake.#onRequest(req, res));
    wss.on('connection', (socket) => fake.#onConnection(socket));
    return fake;
  }

  /** What `rest.api` should be set to. */
  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  inject(injection: Injection): void {
    this.#injections.push(injection);
  }

  /** Sends a dispatch (op 0) with the next sequence number on the open gateway connection. */
  dispatch(type: string, data: unknown): void {
    if (!this.#socket) throw new Error('fake Discord: no gateway connection');
    this.#send({ op: 0, t: type, s: ++this.#sequence, d: data });
  }

  /** Sends a raw gateway payload: op 7 (reconnect), op 9 (invalid session), … */
  sendGateway(op: number, d: unknown = null): void {
    if (!this.#socket) throw new Error('fake Discord: no gateway connection');
    this.#send({ op, d });
  }

  /** Closes the gateway connection with a close code, as Discord does on errors. */
  closeGateway(code: number): void {
    this.#socket?.close(code, 'closed by the fake');
  }

  get sequence(): number {
    return this.#sequence;
  }

  get connected(): boolean {
    return this.#socket !== null;
  }

  /** Resolves with the first recorded request matching `match`, waiting for it if needed. */
  waitForRequest(match: (r: RecordedRequest) => boolean, timeoutMs = 5_000): Promise<RecordedRequest> {
    return this.#waitFor(() => this.requests.find(match), timeoutMs, 'request');
  }

  /** Resolves with the first gateway payload from the bot matching `match`. */
  waitForGateway(match: (p: GatewayPayload) => boolean, timeoutMs = 5_000): Promise<GatewayPayload> {
    return this.#waitFor(() => this.gatewayReceived.find(match), timeoutMs, 'gateway payload');
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  #waitFor<T>(find: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const found = find();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const check = () => {
        const value = find();
        if (value === undefined) return;
        clearTimeout(timer);
        this.#waiters.delete(check);
        resolve(value);
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(check);
        reject(new Error(`fake Discord: no matching ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#waiters.add(check);
    });
  }

  #notify(): void {
    for (const check of [...this.#waiters]) check();
  }

  async #onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const [path = '', query = ''] = (req.url ?? '').split('?');
    const method = req.method ?? 'GET';
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = text;
    }
    const injected = this.#injections.findIndex((i) => i.method === method && i.path.test(path));
    const answer = injected >= 0 ? this.#injections.splice(injected, 1)[0] : this.#route(method, path, body);
    this.requests.push({ method, path, query, body, status: answer?.status ?? 404 });
    const payload = answer?.body === undefined ? '' : JSON.stringify(answer.body);
    res.writeHead(answer?.status ?? 404, { ...(payload ? { 'content-type': 'application/json' } : {}), ...answer?.headers });
    res.end(payload);
    this.#notify();
  }

  #route(method: string, path: string, body: unknown): Omit<Injection, 'path' | 'method'> {
    if (method === 'GET' && path === '/api/v10/gateway/bot') {
      return { status: 200, body: { url: `ws://127.0.0.1:${this.port}`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } } };
    }
    if (method === 'POST' && /^\/api\/v10\/interactions\/\d+\/[^/]+\/callback$/u.test(path)) return { status: 204 };
    const webhookMessage = /^\/api\/v10\/webhooks\/\d+\/[^/]+\/messages\/(%40original|@original|\d+)$/u;
    if (method === 'PATCH' && webhookMessage.test(path)) return { status: 200, body: this.#message(body) };
    if (method === 'DELETE' && webhookMessage.test(path)) return { status: 204 };
    if (method === 'POST' && /^\/api\/v10\/webhooks\/\d+\/[^/]+$/u.test(path)) return { status: 200, body: this.#message(body) };
    if (method === 'PUT' && /^\/api\/v10\/applications\/\d+(\/guilds\/\d+)?\/commands$/u.test(path) && Array.isArray(body)) {
      return { status: 200, body: body.map((command: object, i: number) => ({ ...command, id: String(5000 + i), application_id: APP_ID, version: '1' })) };
    }
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }

  #message(body: unknown): Record<string, unknown> {
    const sent = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    return {
      id: String(++this.#messageIds),
      channel_id: CHANNEL_ID,
      type: 20,
      content: sent.content ?? '',
      embeds: sent.embeds ?? [],
      components: sent.components ?? [],
      author: BOT_USER,
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      flags: sent.flags ?? 0,
      application_id: APP_ID,
      webhook_id: APP_ID,
    };
  }

  #onConnection(socket: WebSocket): void {
    this.#socket = socket;
    this.gatewayConnections++;
    socket.on('message', (data) => {
      let payload: GatewayPayload;
      try {
        payload = JSON.parse(String(data)) as GatewayPayload;
      } catch {
        return;
      }
      this.gatewayReceived.push(payload);
      if (payload.op === 2) {
        this.dispatch('READY', {
          v: 10,
          user: BOT_USER,
          guilds: [],
          session_id: SESSION_ID,
          resume_gateway_url: `ws://127.0.0.1:${this.port}/resume`,
          shard: [0, 1],
          application: { id: APP_ID, flags: 0 },
        });
      } else if (payload.op === 1) {
        if (this.ackHeartbeats) this.#send({ op: 11 });
      } else if (payload.op === 6) {
        this.dispatch('RESUMED', {});
      }
      this.#notify();
    });
    socket.on('close', () => {
      if (this.#socket === socket) this.#socket = null;
    });
    this.#send({ op: 10, d: { heartbeat_interval: this.#heartbeatIntervalMs } });
  }

  #send(payload: object): void {
    this.#socket?.send(JSON.stringify(payload));
  }
}

export { SESSION_ID };
