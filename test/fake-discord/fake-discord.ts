import { generateKeyPairSync, sign } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { type BodyUse, choicesBreaches, FLAG, invalidFormBody, messageBodyBreaches } from './discord-rules.js';
import {
  APP_ID,
  autocompleteInteraction,
  BOT_USER,
  buttonInteraction,
  CHANNEL_ID,
  channelMessage,
  commandInteraction,
  messageCommandInteraction,
  nextIds,
  OWNER_ID,
  option,
} from './interactions.js';
import { type SeenFailure, type SeenMessage, type StoredMessage, seenBy, whoIsPinged } from './seen.js';

type Json = Record<string, unknown>;

/** A request the bot made to the fake REST API, body parsed from JSON. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly body: unknown;
  readonly status: number;
  /** What the fake answered (parsed JSON), e.g. a 50035's errors. */
  readonly answer?: unknown;
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

/** How interactions reach the app: over the gateway (INTERACTION_CREATE) or POSTed to its HTTP endpoint. */
export type Delivery = { readonly kind: 'gateway' } | { readonly kind: 'http'; readonly url: string };

/** What the fake knows of one interaction it created. */
export interface FakeInteraction {
  readonly id: string;
  readonly token: string;
  /** interactions/receiving-and-responding#interaction-object-interaction-type: 2 command, 3 component, 4 autocomplete. */
  readonly type: number;
  readonly userId: string;
  readonly createdAt: number;
  readonly payload: Json;
  /** The message whose button was pressed (component interactions). */
  readonly sourceMessageId: string | null;
  /** The initial response's type once one was accepted (interactions/...#interaction-callback-type). */
  initialType: number | null;
  /** What `@original` stands for: the response's message, or the message a type 6 / 7 updates. */
  originalId: string | null;
  readonly followUpIds: string[];
  /** Autocomplete choices shown to the user. */
  choices: Json[] | null;
  /** Initial responses the fake refused (a body breaking a rule, a type not allowed), for assertions. */
  readonly refused: Json[];
}

const SESSION_ID = 'fake-session-1';
// interactions/receiving-and-responding#responding-to-an-interaction: "Interaction tokens are valid
// for 15 minutes"; the initial response must be sent within 3 seconds of receiving the interaction.
export const INITIAL_RESPONSE_MS = 3_000;
export const TOKEN_LIFETIME_MS = 15 * 60_000;

// interactions/receiving-and-responding#interaction-response-object-interaction-callback-type: which
// responses each interaction type may get. PONG only for PING; CHANNEL_MESSAGE_WITH_SOURCE (4) and
// DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE (5) for commands and components; DEFERRED_UPDATE_MESSAGE (6)
// and UPDATE_MESSAGE (7) "only valid for component-based interactions"; APPLICATION_COMMAND_
// AUTOCOMPLETE_RESULT (8) only for autocomplete; MODAL (9) not for autocomplete (Sumber sends none).
const ALLOWED_RESPONSES: Readonly<Record<number, readonly number[]>> = { 2: [4, 5, 9], 3: [4, 5, 6, 7, 9], 4: [8], 5: [4, 5, 6, 7] };

const discordError = (status: number, code: number, message: string, extra: Json = {}) => ({ status, body: { message, code, ...extra } });
const UNKNOWN_INTERACTION = discordError(404, 10062, 'Unknown interaction');
const ALREADY_ACKNOWLEDGED = discordError(400, 40060, 'Interaction has already been acknowledged.');
const UNKNOWN_WEBHOOK = discordError(404, 10015, 'Unknown Webhook');
const INVALID_WEBHOOK_TOKEN = discordError(401, 50027, 'Invalid Webhook Token');
const UNKNOWN_MESSAGE = discordError(404, 10008, 'Unknown Message');
const EMPTY_MESSAGE = discordError(400, 50006, 'Cannot send an empty message');

type Answer = { status: number; body?: unknown; headers?: Record<string, string> };

/** How the fake gateway behaves (for the reconnection tests). */
export interface GatewayOptions {
  /** The heartbeat interval sent in HELLO (Discord's is about 41 s). */
  readonly heartbeatIntervalMs?: number;
}

/**
 * A loopback stand-in for Discord, HTTP and WebSocket on 127.0.0.1, that models what Discord does
 * with what an app sends, as its documentation describes it:
 *
 * - interaction state: the response types each interaction may get, one initial response (a second
 *   is 40060), 10062 when it comes after 3 seconds, webhook tokens that die after 15 minutes, and
 *   `@original`'s meaning after each response type; the first follow-up after a type 5 deferral
 *   edits the "thinking…" message and keeps its visibility (the ephemeral flag is ignored);
 * - every body checked against Discord's limits and rules by its own code (`discord-rules.ts`);
 * - a message store of the channel, from which `seen(user)` derives what each user sees: no embeds
 *   on a message with SUPPRESS_EMBEDS, ephemeral messages only for their user, link previews for
 *   links in content, who was notified, and the client's "did not respond" line.
 *
 * Interactions reach the app over the gateway (the real discord.js client logs in: HELLO, IDENTIFY →
 * READY, HEARTBEAT → ACK, RESUME → RESUMED) or, with `deliverTo`, as Ed25519-signed POSTs to an HTTP
 * endpoint, whose answer is taken as the initial response. Every REST request is recorded.
 * The gateway can also be told to misbehave: `sendGateway` (op 7 reconnect, op 9 invalid session),
 * `closeGateway` (close codes), `ackHeartbeats = false` (a zombie connection).
 */
export class FakeDiscord {
  readonly requests: RecordedRequest[] = [];
  readonly gatewayReceived: GatewayPayload[] = [];
  readonly interactions = new Map<string, FakeInteraction>();
  readonly messages = new Map<string, StoredMessage>();
  /** Application commands as last registered (PUT), per scope ("global" or a guild id). */
  readonly registered = new Map<string, Json[]>();
  readonly #injections: Injection[] = [];
  readonly #waiters = new Set<() => void>();
  readonly #keys = generateKeyPairSync('ed25519');
  #socket: WebSocket | null = null;
  #sequence = 0;
  #snowflake = 1000n;
  #clockOffset = 0;
  #delivery: Delivery = { kind: 'gateway' };
  #heartbeatIntervalMs = 45_000;
  /** Gateway connections opened so far (a reconnect opens another). */
  gatewayConnections = 0;
  /** False: heartbeats go unanswered, as on a zombie connection. */
  ackHeartbeats = true;

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

  /** The application's public key (hex), which an HTTP endpoint verifies the fake's signatures with. */
  get publicKeyHex(): string {
    return Buffer.from(this.#keys.publicKey.export({ format: 'jwk' }).x ?? '', 'base64url').toString('hex');
  }

  /** The fake's clock: real time plus whatever `advance` added. */
  now(): number {
    return Date.now() + this.#clockOffset;
  }

  /** Moves the fake's clock forward (to pass the 3-second or 15-minute marks without waiting). */
  advance(ms: number): void {
    this.#clockOffset += ms;
    this.#notify();
  }

  /** Where interactions go from now on. */
  deliverTo(delivery: Delivery): void {
    this.#delivery = delivery;
  }

  inject(injection: Injection): void {
    this.#injections.push(injection);
  }

  // ---- interactions, as a user makes them ------------------------------------------------------

  /** A user runs a slash command. */
  command(
    name: string,
    options: Record<string, string | number | boolean> = {},
    who: { userId?: string; locale?: string; permissions?: string } = {},
  ): Promise<FakeInteraction> {
    const ids = nextIds();
    return this.#deliver(
      commandInteraction(
        ids,
        name,
        Object.entries(options).map(([k, v]) => option(k, v)),
        who,
      ) as Json,
    );
  }

  /** A user runs a message command (right-click → Apps) on a message of the channel with this content (and these fields). */
  messageCommand(name: string, content: string, who: { userId?: string; locale?: string } = {}, extra: Record<string, unknown> = {}): Promise<FakeInteraction> {
    const message = channelMessage(this.#nextId(), content, extra);
    return this.#deliver(messageCommandInteraction(nextIds(), name, message, who) as Json);
  }

  /** A user types into an option with autocomplete. */
  autocomplete(name: string, focused: string, value: string, who: { userId?: string; locale?: string } = {}): Promise<FakeInteraction> {
    return this.#deliver(autocompleteInteraction(nextIds(), name, [option(focused, value, true)], who) as Json);
  }

  /**
   * A user presses a button of a message they can see. As in Discord's client, a button that is not
   * on the message (as it is now), a disabled one, or a message the user cannot see cannot be pressed.
   */
  press(messageId: string, label: string | RegExp, who: { userId?: string; locale?: string } = {}): Promise<FakeInteraction> {
    const userId = who.userId ?? OWNER_ID;
    const message = this.messages.get(messageId);
    const seen = message ? seenBy(message, userId) : null;
    if (!message || !seen) throw new Error(`fake Discord: user ${userId} cannot see message ${messageId}`);
    const button = seen.buttons.flat().find((b) => (typeof label === 'string' ? b.label === label : label.test(b.label)));
    if (!button)
      throw new Error(
        `fake Discord: no button ${String(label)} on message ${messageId} (has ${seen.buttons
          .flat()
          .map((b) => b.label)
          .join(', ')})`,
      );
    if (button.disabled || !button.customId) throw new Error(`fake Discord: button ${button.label} cannot be pressed`);
    return this.#deliver(buttonInteraction(nextIds(), button.customId, this.#serialize(message), who) as Json, messageId);
  }

  /** Records an interaction as made by a user without delivering it (to test the fake's own rules with plain REST calls). */
  registerOnly(payload: Json, sourceMessageId: string | null = null): FakeInteraction {
    return this.#register(payload, sourceMessageId);
  }

  /** Sends a raw interaction payload (already built) the current way. */
  deliverPayload(payload: Json, sourceMessageId: string | null = null): Promise<FakeInteraction> {
    return this.#deliver(payload, sourceMessageId);
  }

  /** Resolves when `check` holds (checked after every request and clock change), or fails after `timeoutMs`. */
  until<T>(check: () => T | undefined | null | false, timeoutMs = 5_000, what = 'condition'): Promise<T> {
    return this.#waitFor(() => check() || undefined, timeoutMs, what);
  }

  /** Waits until an interaction's answer is complete: acknowledged, and no "thinking…" left. */
  answered(interaction: FakeInteraction, timeoutMs = 5_000): Promise<FakeInteraction> {
    return this.until(
      () => {
        const current = this.interactions.get(interaction.id);
        if (!current || current.initialType === null) return undefined;
        const original = current.originalId ? this.messages.get(current.originalId) : undefined;
        return original?.loading ? undefined : current;
      },
      timeoutMs,
      `answer to interaction ${interaction.id}`,
    );
  }

  /** The message `@original` stands for, as the user who made the interaction sees it. */
  original(interaction: FakeInteraction): SeenMessage | null {
    const current = this.interactions.get(interaction.id);
    const stored = current?.originalId ? this.messages.get(current.originalId) : undefined;
    return stored ? seenBy(stored, interaction.userId) : null;
  }

  /** Every message that answers an interaction (its response and follow-ups), as `viewer` sees them. */
  answersTo(interaction: FakeInteraction, viewer = interaction.userId): SeenMessage[] {
    const current = this.interactions.get(interaction.id);
    if (!current) return [];
    const ids = [...new Set([current.originalId, ...current.followUpIds].filter((id): id is string => id !== null))];
    return ids.flatMap((id) => {
      const stored = this.messages.get(id);
      const seen = stored ? seenBy(stored, viewer) : null;
      return seen ? [seen] : [];
    });
  }

  /**
   * Every message of an interaction that `viewer` saw at some time, deleted ones included (a public
   * "thinking…" message deleted a moment later was still seen by everyone in the channel).
   */
  everShownTo(interaction: FakeInteraction, viewer: string): StoredMessage[] {
    const current = this.interactions.get(interaction.id);
    if (!current) return [];
    return [...this.messages.values()].filter((m) => m.interactionId === current.id && (m.visibleTo === null || m.visibleTo === viewer));
  }

  /**
   * The channel as `viewer` sees it, oldest first: every message they may see, and the client's line
   * for each of their interactions that got no valid initial response within 3 seconds ("The
   * application did not respond" for a command, "This interaction failed" for a button).
   */
  seen(viewer: string): (SeenMessage | SeenFailure)[] {
    const items: { at: number; item: SeenMessage | SeenFailure }[] = [];
    for (const message of this.messages.values()) {
      const seen = seenBy(message, viewer);
      if (seen) items.push({ at: message.createdAt, item: seen });
    }
    for (const interaction of this.interactions.values()) {
      if (interaction.userId !== viewer || interaction.type === 4) continue;
      const late = interaction.initialType === null && this.now() - interaction.createdAt > INITIAL_RESPONSE_MS;
      const stuck =
        interaction.originalId !== null &&
        this.messages.get(interaction.originalId)?.loading === true &&
        this.now() - interaction.createdAt > TOKEN_LIFETIME_MS;
      if (late || stuck)
        items.push({
          at: interaction.createdAt + INITIAL_RESPONSE_MS,
          item: { interactionId: interaction.id, failure: interaction.type === 3 ? 'This interaction failed' : 'The application did not respond' },
        });
    }
    return items.sort((a, b) => a.at - b.at).map((i) => i.item);
  }

  // ---- gateway -----------------------------------------------------------------------------------

  /** Sends a dispatch (op 0) with the next sequence number on the open gateway connection. */
  dispatch(type: string, data: unknown): void {
    if (!this.#socket) throw new Error('fake Discord: no gateway connection');
    if (type === 'INTERACTION_CREATE') this.#register(data as Json, null);
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

  /** Requests made with an interaction's token (its callback and its webhooks), in order. */
  requestsOf(interaction: FakeInteraction): RecordedRequest[] {
    return this.requests.filter((r) => r.path.includes(`/${interaction.token}`));
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- internals ---------------------------------------------------------------------------------

  #waitFor<T>(find: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const found = find();
    if (found !== undefined) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      // Checked after every request and clock change, and every 20 ms for what the app does alone (logging).
      const check = () => {
        const value = find();
        if (value === undefined) return;
        clearTimeout(timer);
        clearInterval(poll);
        this.#waiters.delete(check);
        resolve(value);
      };
      const poll = setInterval(check, 20);
      const timer = setTimeout(() => {
        clearInterval(poll);
        this.#waiters.delete(check);
        reject(new Error(`fake Discord: no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#waiters.add(check);
    });
  }

  #notify(): void {
    for (const check of [...this.#waiters]) check();
  }

  #nextId(): string {
    return String(++this.#snowflake);
  }

  #register(payload: Json, sourceMessageId: string | null): FakeInteraction {
    const member = payload.member as { user?: { id?: string } } | undefined;
    const user = payload.user as { id?: string } | undefined;
    const interaction: FakeInteraction = {
      id: String(payload.id),
      token: String(payload.token),
      type: Number(payload.type),
      userId: member?.user?.id ?? user?.id ?? '',
      createdAt: this.now(),
      payload,
      sourceMessageId: sourceMessageId ?? ((payload.message as Json | undefined)?.id as string | undefined) ?? null,
      initialType: null,
      originalId: null,
      followUpIds: [],
      choices: null,
      refused: [],
    };
    this.interactions.set(interaction.id, interaction);
    return interaction;
  }

  async #deliver(payload: Json, sourceMessageId: string | null = null): Promise<FakeInteraction> {
    if (this.#delivery.kind === 'gateway') {
      if (!this.#socket) throw new Error('fake Discord: no gateway connection');
      const interaction = this.#register(payload, sourceMessageId);
      this.#send({ op: 0, t: 'INTERACTION_CREATE', s: ++this.#sequence, d: payload });
      return interaction;
    }
    // interactions/receiving-and-responding#receiving-an-interaction: Discord POSTs the interaction
    // to the endpoint, signed with Ed25519 over timestamp + body; the HTTP response is the initial
    // response, and it must come within 3 seconds.
    const interaction = this.#register(payload, sourceMessageId);
    const body = JSON.stringify(payload);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = sign(null, Buffer.from(timestamp + body), this.#keys.privateKey).toString('hex');
    const started = Date.now();
    const response = await fetch(this.#delivery.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-signature-ed25519': signature, 'x-signature-timestamp': timestamp },
      body,
    });
    const text = await response.text();
    const late = Date.now() - started > INITIAL_RESPONSE_MS;
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      json = null;
    }
    if (response.status !== 200 || late || typeof json !== 'object' || json === null)
      interaction.refused.push({ status: response.status, late, body: text.slice(0, 500) });
    else {
      const answer = this.#respond(interaction, json as Json);
      if (answer.status >= 300) interaction.refused.push(answer.body as Json);
    }
    this.#notify();
    return interaction;
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
    const answer: Answer = injected >= 0 ? (this.#injections.splice(injected, 1)[0] as Injection) : this.#route(method, path, body);
    this.requests.push({ method, path, query, body, status: answer.status, answer: answer.body });
    const payload = answer.body === undefined ? '' : JSON.stringify(answer.body);
    res.writeHead(answer.status, { ...(payload ? { 'content-type': 'application/json' } : {}), ...answer.headers });
    res.end(payload);
    this.#notify();
  }

  #route(method: string, path: string, body: unknown): Answer {
    if (method === 'GET' && path === '/api/v10/gateway/bot') {
      return {
        status: 200,
        body: { url: `ws://127.0.0.1:${this.port}`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } },
      };
    }
    const callback = /^\/api\/v10\/interactions\/(\d+)\/([^/]+)\/callback$/u.exec(path);
    if (method === 'POST' && callback) {
      const interaction = this.interactions.get(callback[1] ?? '');
      if (!interaction || interaction.token !== decodeURIComponent(callback[2] ?? '')) return UNKNOWN_INTERACTION;
      return this.#respond(interaction, body);
    }
    const webhook = /^\/api\/v10\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(%40original|@original|\d+))?$/u.exec(path);
    if (webhook) return this.#webhook(method, decodeURIComponent(webhook[2] ?? ''), webhook[3] ? decodeURIComponent(webhook[3]) : null, body);
    const commands = /^\/api\/v10\/applications\/\d+(?:\/guilds\/(\d+))?\/commands$/u.exec(path);
    if (method === 'PUT' && commands && Array.isArray(body)) {
      this.registered.set(commands[1] ?? 'global', body as Json[]);
      return { status: 200, body: body.map((command: object, i: number) => ({ ...command, id: String(5000 + i), application_id: APP_ID, version: '1' })) };
    }
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }

  /** An initial response (REST callback, or the body of the HTTP endpoint's answer). */
  #respond(interaction: FakeInteraction, response: unknown): Answer {
    if (this.now() - interaction.createdAt > INITIAL_RESPONSE_MS && interaction.initialType === null) return UNKNOWN_INTERACTION;
    if (interaction.initialType !== null) return ALREADY_ACKNOWLEDGED;
    const r = (typeof response === 'object' && response !== null ? response : {}) as Json;
    const type = Number(r.type);
    const data = (r.data ?? undefined) as Json | undefined;
    const refuse = (answer: Answer) => {
      interaction.refused.push({ type, ...(answer.body as Json) });
      return answer;
    };
    if (!(ALLOWED_RESPONSES[interaction.type] ?? []).includes(type)) {
      return refuse({
        status: 400,
        body: invalidFormBody([
          {
            path: 'type',
            code: 'INTERACTION_RESPONSE_TYPE_INVALID',
            message: `Response type ${type} is not allowed for an interaction of type ${interaction.type}.`,
          },
        ]),
      });
    }
    switch (type) {
      case 4: {
        const problem = this.#checkBody(data, 'create');
        if (problem) return refuse(problem);
        interaction.initialType = 4;
        interaction.originalId = this.#create(interaction, data as Json, { ephemeral: ((Number(data?.flags) || 0) & FLAG.EPHEMERAL) !== 0 }).id;
        break;
      }
      case 5: {
        // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE: "the user sees a loading state"; its data may carry
        // only flags, and the EPHEMERAL flag there decides who sees the eventual message.
        const flags = Number(data?.flags) || 0;
        if ((flags & ~(FLAG.EPHEMERAL | FLAG.SUPPRESS_EMBEDS)) !== 0)
          return refuse({
            status: 400,
            body: invalidFormBody([{ path: 'data.flags', code: 'MESSAGE_FLAGS_INVALID', message: 'Only EPHEMERAL can be set on a deferral.' }]),
          });
        interaction.initialType = 5;
        const placeholder = this.#create(interaction, { content: '' }, { ephemeral: (flags & FLAG.EPHEMERAL) !== 0 });
        placeholder.loading = true;
        placeholder.flags |= FLAG.LOADING;
        interaction.originalId = placeholder.id;
        break;
      }
      case 6:
        // DEFERRED_UPDATE_MESSAGE: nothing changes yet; `@original` is now the message the button is on.
        interaction.initialType = 6;
        interaction.originalId = interaction.sourceMessageId;
        break;
      case 7: {
        const problem = this.#checkBody(data, 'edit');
        if (problem) return refuse(problem);
        const source = interaction.sourceMessageId ? this.messages.get(interaction.sourceMessageId) : undefined;
        if (!source || source.deleted) return refuse(UNKNOWN_MESSAGE);
        interaction.initialType = 7;
        interaction.originalId = source.id;
        this.#edit(source, data ?? {});
        break;
      }
      case 8: {
        const breaches = choicesBreaches(data);
        if (breaches.length) return refuse({ status: 400, body: invalidFormBody(breaches.map((b) => ({ ...b, path: `data.${b.path}` }))) });
        interaction.initialType = 8;
        interaction.choices = (data?.choices as Json[]) ?? [];
        break;
      }
      default:
        return refuse({
          status: 400,
          body: invalidFormBody([{ path: 'type', code: 'NOT_MODELLED', message: `Response type ${type} is not modelled by the fake.` }]),
        });
    }
    return { status: 204 };
  }

  /** Webhook routes, authorised by the interaction token in the URL. */
  #webhook(method: string, token: string, target: string | null, body: unknown): Answer {
    const interaction = [...this.interactions.values()].find((i) => i.token === token);
    // Before an initial response there is no webhook for the token yet.
    if (!interaction || interaction.initialType === null || interaction.initialType === 8) return UNKNOWN_WEBHOOK;
    if (this.now() - interaction.createdAt > TOKEN_LIFETIME_MS) return INVALID_WEBHOOK_TOKEN;

    if (target === null) {
      if (method !== 'POST') return { status: 405, body: { message: '405: Method Not Allowed', code: 0 } };
      const problem = this.#checkBody(body, 'create');
      if (problem) return problem;
      const sent = body as Json;
      // interactions/receiving-and-responding#create-followup-message: after a type 5 deferral, the
      // first follow-up edits the "thinking…" message rather than making a new one, so it keeps the
      // deferral's visibility: its own EPHEMERAL flag is ignored.
      const original = interaction.originalId ? this.messages.get(interaction.originalId) : undefined;
      if (interaction.initialType === 5 && original && original.loading && !original.deleted) {
        this.#edit(original, { ...sent, flags: (Number(sent.flags) || 0) & ~FLAG.EPHEMERAL });
        return { status: 200, body: this.#serialize(original) };
      }
      const message = this.#create(interaction, sent, { ephemeral: ((Number(sent.flags) || 0) & FLAG.EPHEMERAL) !== 0 });
      interaction.followUpIds.push(message.id);
      return { status: 200, body: this.#serialize(message) };
    }

    const id = target === '@original' ? interaction.originalId : target;
    const message = id ? this.messages.get(id) : undefined;
    const ours = message && (message.id === interaction.originalId || interaction.followUpIds.includes(message.id));
    if (!message || message.deleted || !ours) return UNKNOWN_MESSAGE;
    if (method === 'GET') return { status: 200, body: this.#serialize(message) };
    if (method === 'DELETE') {
      message.deleted = true;
      return { status: 204 };
    }
    if (method === 'PATCH') {
      const problem = this.#checkBody(body, 'edit', message);
      if (problem) return problem;
      this.#edit(message, body as Json);
      return { status: 200, body: this.#serialize(message) };
    }
    return { status: 405, body: { message: '405: Method Not Allowed', code: 0 } };
  }

  /** A 400 answer when `body` breaks a rule for its use, or null when Discord would take it. */
  #checkBody(body: unknown, use: BodyUse, editing?: StoredMessage): Answer | null {
    const breaches = messageBodyBreaches(body, use);
    if (breaches.length) return { status: 400, body: invalidFormBody(breaches) };
    const b = (body ?? {}) as Json;
    const has = (key: string, current: unknown[] | string | undefined) => {
      const value = b[key] !== undefined ? b[key] : current;
      return Array.isArray(value) ? value.length > 0 : typeof value === 'string' && value.length > 0;
    };
    // resources/message#create-message: a message needs content, embeds, components or a file.
    const empty =
      !has('content', editing?.content) &&
      !has('embeds', editing?.embeds) &&
      !has('components', editing?.components) &&
      !has('attachments', editing?.attachments);
    return empty ? EMPTY_MESSAGE : null;
  }

  #create(interaction: FakeInteraction, body: Json, { ephemeral }: { ephemeral: boolean }): StoredMessage {
    const content = typeof body.content === 'string' ? body.content : '';
    const message: StoredMessage = {
      id: this.#nextId(),
      channelId: CHANNEL_ID,
      interactionId: interaction.id,
      visibleTo: ephemeral ? interaction.userId : null,
      createdAt: this.now(),
      type: interaction.type === 2 && interaction.originalId === null ? 20 : 0,
      flags: (Number(body.flags) || 0) & ~FLAG.LOADING,
      content,
      embeds: Array.isArray(body.embeds) ? (body.embeds as Json[]) : [],
      components: Array.isArray(body.components) ? (body.components as Json[]) : [],
      attachments: [],
      loading: false,
      deleted: false,
      editedAt: null,
      pinged: whoIsPinged(content, body.allowed_mentions),
    };
    this.messages.set(message.id, message);
    return message;
  }

  /** Applies an edit: fields present replace the message's; the EPHEMERAL bit never changes. */
  #edit(message: StoredMessage, body: Json): void {
    const wasLoading = message.loading;
    if (typeof body.content === 'string' || body.content === null) message.content = (body.content as string | null) ?? '';
    if (Array.isArray(body.embeds) || body.embeds === null) message.embeds = (body.embeds as Json[] | null) ?? [];
    if (Array.isArray(body.components) || body.components === null) message.components = (body.components as Json[] | null) ?? [];
    if (Array.isArray(body.attachments)) message.attachments = message.attachments.filter((a) => (body.attachments as Json[]).some((k) => k.id === a.id));
    if (body.flags !== undefined && body.flags !== null) message.flags = (message.flags & ~FLAG.SUPPRESS_EMBEDS) | (Number(body.flags) & FLAG.SUPPRESS_EMBEDS);
    message.flags &= ~FLAG.LOADING;
    message.loading = false;
    // Editing the "thinking…" placeholder sends the message for the first time: that is when it notifies.
    if (wasLoading) message.pinged = whoIsPinged(message.content, body.allowed_mentions);
    else message.editedAt = this.now();
  }

  /** A message as Discord's API returns it (and puts in a component interaction's `message`). */
  #serialize(message: StoredMessage): Json {
    const interaction = message.interactionId ? this.interactions.get(message.interactionId) : undefined;
    return {
      id: message.id,
      channel_id: message.channelId,
      type: message.type,
      content: message.content,
      // "Do not include any embeds when serializing this message" (SUPPRESS_EMBEDS).
      embeds: message.flags & FLAG.SUPPRESS_EMBEDS ? [] : message.embeds,
      components: message.components,
      author: BOT_USER,
      attachments: message.attachments,
      mentions: [],
      mention_roles: [],
      mention_everyone: message.pinged.includes('everyone'),
      pinned: false,
      tts: false,
      timestamp: new Date(message.createdAt).toISOString(),
      edited_timestamp: message.editedAt === null ? null : new Date(message.editedAt).toISOString(),
      flags: message.flags,
      application_id: APP_ID,
      webhook_id: APP_ID,
      ...(interaction
        ? { interaction_metadata: { id: interaction.id, type: interaction.type, user: { id: interaction.userId }, authorizing_integration_owners: {} } }
        : {}),
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
      this.#onGatewayPayload(payload);
      this.#notify();
    });
    socket.on('close', () => {
      if (this.#socket === socket) this.#socket = null;
    });
    this.#send({ op: 10, d: { heartbeat_interval: this.#heartbeatIntervalMs } });
  }

  /** The gateway's answers to the bot's opcodes (topics/gateway-events#send-events). */
  #onGatewayPayload(payload: GatewayPayload): void {
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
  }

  #send(payload: object): void {
    this.#socket?.send(JSON.stringify(payload));
  }
}

export { SESSION_ID };
