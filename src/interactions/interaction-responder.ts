import { randomBytes } from 'node:crypto';
import type { Choice } from '../../commands/command.js';
import { messageCommandNamed } from '../../commands/find-source.js';
import { type CommandName, commands, isCommandName } from '../../commands/index.js';
import { describeOptionErrors } from '../../commands/option-schemas.js';
import { mayReload, reloadCommand } from '../../commands/reload.js';
import { UserFacingError } from '../answers/errors.js';
import type { Locale, ReadAnswer } from '../answers/types.js';
import { describeReload } from '../app/describe-reload.js';
import { executeCommand } from '../app/execute-command.js';
import { type IndexSource, indexSourceOf } from '../app/index-source.js';
import type { ReloadReport } from '../app/live-index.js';
import type { CorpusIndex } from '../corpus-index/corpus-index.js';
import type { Logger } from '../logger.js';
import { type ContextSource, contextStart, type ReadingPosition, renderReadingPage } from '../render/discord-reading.js';
import { discordWords } from '../render/discord-words.js';
import { contextSourcesOf, pageSizeOf, renderDiscordPage, type ShownOption } from '../render/render-discord.js';
import { answerAutocomplete } from './autocomplete.js';
import { type ButtonState, type CarrierMessage, decodeButtonState } from './button-state.js';
import { type ContextOrigin, MessageButtons, pagingRows, readingRows } from './buttons.js';
import { Cooldown } from './cooldown.js';
import type { OptionMap } from './option-map.js';
import { noticeBody, type ReplyBody, replyBody } from './reply-body.js';
import { WorkGate } from './work-gate.js';

export interface CommandRequest {
  readonly name: string;
  readonly options: OptionMap;
  readonly userId: string;
  readonly locale: Locale;
  /** The member's permissions in the channel (`member.permissions`, a decimal bit set); absent outside a server. */
  readonly permissions?: string | null | undefined;
}

/** A message context-menu command ("Find source") on a message: the command's default name and the message's text. */
export interface MessageCommandRequest {
  readonly name: string;
  /** The message's text (its content; its embeds' text when it has none). */
  readonly text: string;
  readonly userId: string;
  readonly locale: Locale;
}

export interface ComponentRequest {
  readonly customId: string;
  readonly userId: string;
  readonly locale: Locale;
  /** The message the button is on, as Discord sent it with the interaction (null when unknown). */
  readonly message?: ComponentMessage | null | undefined;
}

/** The parts of a button's message that the responder reads: its flags, and its embeds (carried options). */
export interface ComponentMessage extends CarrierMessage {
  readonly flags?: number | undefined;
}

export interface AutocompleteRequest {
  readonly name: string;
  readonly option: string;
  readonly value: string;
  readonly locale: Locale;
}

/** A finished reply; `ephemeral` ones (errors, Context) are seen only by the user; an `error` is never an update. */
export interface Outcome {
  readonly body: ReplyBody;
  readonly ephemeral: boolean;
  readonly error: boolean;
}

/**
 * What to do with an interaction, decided at once (cheap checks only): `reject` with a message, or
 * run the work (`run` is synchronous and never throws) and then `release` the slot it holds.
 */
export type Plan<Kind extends 'answer' | 'page' | 'context' = 'answer' | 'page' | 'context'> =
  | { readonly kind: 'reject'; readonly body: ReplyBody }
  | { readonly kind: Kind; readonly command: CommandName; run(): Outcome; release(): void };

/** Every kind of plan `answerWithPlan` follows. */
export type FlowPlan = Plan | TaskPlan;

/**
 * Work that takes longer than an answer and is its own user's business (the admins' `/reload`):
 * acknowledged at once with a private "thinking…", then its outcome edited in. `work` never rejects.
 */
export interface TaskPlan {
  readonly kind: 'task';
  readonly command: string;
  work(): Promise<Outcome>;
  release(): void;
}

export interface InteractionResponder {
  prepareCommand(request: CommandRequest): Plan<'answer'>;
  /** A slash command as a user runs it: `prepareCommand`, or the admins' `/reload` (a task). */
  prepareChatCommand(request: CommandRequest): Plan<'answer'> | TaskPlan;
  /** A message command runs its slash command on the message's text ("Find source" → `/cite`), answered the same way. */
  prepareMessageCommand(request: MessageCommandRequest): Plan<'answer'>;
  /**
   * `page` outcomes replace the message the button is on (another page, reading on, another source
   * of a result); `context` ones are new ephemeral replies.
   */
  prepareComponent(request: ComponentRequest): Plan<'page' | 'context'>;
  autocomplete(request: AutocompleteRequest): Choice[];
  /** Admits nothing more and resolves when the work in progress has finished. */
  drain(): Promise<void>;
}

export interface ResponderOptions {
  /** The index, or where to read the current one (a live index): each interaction reads it once, when it starts. */
  readonly index: CorpusIndex | IndexSource;
  readonly logger: Logger;
  readonly now?: () => number;
  /** How long buttons work after a command ran (default 15 minutes, like the interaction token). */
  readonly buttonTtlMs?: number;
  /** Per user: at most `max` commands or button presses in `windowMs` (default 5 in 10 s). */
  readonly cooldown?: { readonly max: number; readonly windowMs: number };
  /** Interactions worked on at once, across all users (default 8). */
  readonly maxConcurrent?: number;
  /**
   * The secret of the buttons' HMAC (SUMBER_BUTTON_SECRET). Every replica answering the same
   * application must share it; without one, a random secret is made, and buttons work only on the
   * process that made them (and until it restarts).
   */
  readonly buttonSecret?: string | undefined;
  /** Updates the index from the corpus folder (`/reload`, for members with Manage Server); absent: `/reload` is refused. */
  readonly reload?: () => Promise<ReloadReport>;
}

const EPHEMERAL_FLAG = 1 << 6;

/** The option names as the user's client shows them (an Indonesian client: `kueri`, not `query`). */
function shownOptionNames(name: CommandName, locale: Locale): Record<string, string> {
  return Object.fromEntries((commands[name].definition.options ?? []).map((o) => [o.name, (locale === 'id' ? o.name_localizations?.id : undefined) ?? o.name]));
}

/**
 * What was asked, for the header of an answer, in the user's words: the main option's value alone
 * ("“kontainer”"), the others with their name as the client shows it ("pembicara “Kirby”"). `limit`
 * is left out: the header says which results are shown.
 */
function shownOptions(name: CommandName, options: OptionMap, locale: Locale): ShownOption[] {
  const names = shownOptionNames(name, locale);
  const main = commands[name].positional;
  return (commands[name].definition.options ?? []).flatMap((o) => {
    const value = options[o.name];
    if (value === undefined || o.name === 'limit' || (typeof value === 'string' && value.trim() === '')) return [];
    return [{ label: o.name === main ? null : (names[o.name] ?? o.name), value: String(value).trim() }];
  });
}

/** The transport-neutral handling of interactions, shared by the gateway bot and the HTTP endpoint. */
export function createInteractionResponder(options: ResponderOptions): InteractionResponder {
  const { logger } = options;
  const source = indexSourceOf(options.index);
  const now = options.now ?? Date.now;
  const ttl = options.buttonTtlMs ?? 15 * 60_000;
  const cooldown = new Cooldown(options.cooldown?.max ?? 5, options.cooldown?.windowMs ?? 10_000, 10_000, now);
  const gate = new WorkGate(options.maxConcurrent ?? 8);
  const secret = options.buttonSecret ?? randomBytes(32).toString('base64url');
  if (!options.buttonSecret) logger.warn('SUMBER_BUTTON_SECRET is not set: buttons work only on this process, until it restarts');
  const reject = (text: string) => ({ kind: 'reject' as const, body: noticeBody(text) });
  const buttonsFor = (owner: string) => new MessageButtons(secret, { owner, issuedAt: now() });

  /** Cooldown then a slot; a refusal message, or the slot's release function. */
  function admit(userId: string, locale: Locale): { refusal: string } | { release: () => void } {
    const words = discordWords[locale];
    if (gate.closed) return { refusal: words.stopping };
    const decision = cooldown.take(userId);
    if (!decision.ok) return { refusal: words.cooldown(Math.max(1, Math.ceil(decision.retryAfterMs / 1000))) };
    if (!gate.tryEnter()) return { refusal: words.busy };
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      gate.leave();
    };
    return { release };
  }

  /** Runs `work`, turning any error into an ephemeral message (a plain one for user errors). */
  function guarded(command: string, userId: string, locale: Locale, details: OptionMap, work: () => Outcome): Outcome {
    try {
      return work();
    } catch (error) {
      if (error instanceof UserFacingError) return { body: noticeBody(discordWords[locale].invalidOptions(error.message)), ephemeral: true, error: true };
      logger.error('command failed', { command, userId, options: details, error });
      return { body: noticeBody(discordWords[locale].failed), ephemeral: true, error: true };
    }
  }

  const readArticle = (index: CorpusIndex, article: string, locale: Locale) => executeCommand('read', { article }, { index, locale }) as ReadAnswer;

  /** A page of a command's answer (or the start of `/read`), public, with its buttons. */
  function answerPage(index: CorpusIndex, command: CommandName, opts: OptionMap, owner: string, locale: Locale, page: number): Outcome {
    const answer = executeCommand(command, opts, { index, locale });
    if (answer.command === 'read' && answer.article) {
      // The whole article, so that Earlier can go back from the paragraph asked for.
      const whole = answer.results[0]?.paragraph === 1 ? answer : readArticle(index, answer.article.article, locale);
      return reading(whole, { paragraph: answer.results[0]?.paragraph ?? 1, part: 0 }, null, null, owner, locale, false);
    }
    const rendered = renderDiscordPage(answer, locale, page, shownOptions(command, opts, locale));
    const buttons = buttonsFor(owner);
    const components = pagingRows(rendered, command, opts, locale, buttons);
    return {
      body: replyBody({ content: rendered.content, embeds: buttons.attach(rendered.embeds), components }, { ephemeral: false }),
      ephemeral: false,
      error: false,
    };
  }

  /** A page of an article: `/read`, reading on, or Context (the cited paragraph `focus` marked). */
  function reading(
    article: ReadAnswer,
    from: ReadingPosition,
    focus: number | null,
    context: (ContextOrigin & { all: readonly ContextSource[] }) | null,
    owner: string,
    locale: Locale,
    ephemeral: boolean,
  ): Outcome {
    const meta = article.article;
    if (!meta || article.results.length === 0) return { body: noticeBody(discordWords[locale].expired), ephemeral: true, error: true };
    // Context says how to read the whole article; /read is that already.
    const hint = focus !== null ? readHint(meta.article, focus, locale) : null;
    const page = renderReadingPage(
      { article: meta, paragraphs: article.results, from, focus, sources: context ? { all: context.all, current: context.source } : null, hint },
      locale,
    );
    const buttons = buttonsFor(owner);
    const components = readingRows(page, meta.article, focus, locale, buttons, context);
    return { body: replyBody({ content: page.content, embeds: buttons.attach(page.embeds), components }, { ephemeral }), ephemeral, error: false };
  }

  /** Context: source `sub` of result `item` on page `page` of a command's answer, read around its paragraph. */
  function answerContext(index: CorpusIndex, state: ButtonState & { command: CommandName }, presser: string, locale: Locale): Outcome {
    const answer = executeCommand(state.command, state.options, { index, locale });
    const sources = contextSourcesOf(answer, locale, state.page * pageSizeOf(answer.command) + state.item);
    const current = Math.min(Math.max(0, state.sub), sources.length - 1);
    const source = sources[current];
    if (!source) return { body: noticeBody(discordWords[locale].expired), ephemeral: true, error: true };
    const article = readArticle(index, source.citation.article, locale);
    const focus = source.citation.paragraph;
    const origin = {
      command: state.command,
      options: state.options,
      page: state.page,
      item: state.item,
      source: current,
      sources: sources.length,
      all: sources,
    };
    return reading(article, contextStart(article.results, focus), focus, origin, presser, locale, true);
  }

  /** Earlier / Later: the article from a paragraph (and part of it), the cited paragraph still marked. */
  function answerReading(index: CorpusIndex, state: ButtonState, locale: Locale, ephemeral: boolean): Outcome {
    const article = typeof state.options.article === 'string' ? state.options.article : '';
    return reading(
      readArticle(index, article, locale),
      { paragraph: state.page, part: state.sub },
      state.item > 0 ? state.item : null,
      null,
      state.owner,
      locale,
      ephemeral,
    );
  }

  /** "the whole article: /read article: x paragraph: 4", with the names the user's client shows. */
  function readHint(article: string, paragraph: number, locale: Locale): string {
    const definition = commands.read.definition;
    const shown = (name: string, localized?: Partial<Record<string, string | null>> | null) => (locale === 'id' ? (localized?.id ?? name) : name);
    const option = (key: string) => shown(key, (definition.options ?? []).find((o) => o.name === key)?.name_localizations);
    return discordWords[locale].readHint(
      `/${shown(definition.name, definition.name_localizations)} ${option('article')}: ${article} ${option('paragraph')}: ${paragraph}`,
    );
  }

  /** A command with its options, checked, then admitted: the first page of its answer. */
  function commandPlan(name: CommandName, opts: OptionMap, userId: string, locale: Locale): Plan<'answer'> {
    const parsed = commands[name].options.safeParse(opts);
    if (!parsed.success) return reject(discordWords[locale].invalidOptions(describeOptionErrors(parsed.error, locale, shownOptionNames(name, locale))));
    const admission = admit(userId, locale);
    if ('refusal' in admission) return reject(admission.refusal);
    return {
      kind: 'answer',
      command: name,
      // the index of the moment the command runs, for the whole of its answer
      run: () => guarded(name, userId, locale, opts, () => answerPage(source.current, name, opts, userId, locale, 0)),
      release: admission.release,
    };
  }

  /** `/reload`: checked against the member's permissions again (a server may have granted the command to others), then run once at a time. */
  function reloadPlan(userId: string, locale: Locale, permissions: string | null | undefined): Plan<'answer'> | TaskPlan {
    const reload = options.reload;
    if (!reload) return reject(locale === 'id' ? 'Pemuatan ulang tidak tersedia di proses ini.' : 'Reloading is not available on this process.');
    if (!mayReload(permissions))
      return reject(
        locale === 'id'
          ? 'Hanya anggota dengan izin Kelola Server yang dapat memuat ulang korpus.'
          : 'Only members with the Manage Server permission can reload the corpus.',
      );
    const admission = admit(userId, locale);
    if ('refusal' in admission) return reject(admission.refusal);
    return {
      kind: 'task',
      command: reloadCommand.definition.name,
      async work() {
        try {
          const report = await reload();
          return { body: noticeBody(describeReload(report, locale)), ephemeral: true, error: report.outcome === 'failed' };
        } catch (error) {
          logger.error('reload failed', { userId, error });
          return { body: noticeBody(discordWords[locale].failed), ephemeral: true, error: true };
        }
      },
      release: admission.release,
    };
  }

  return {
    prepareCommand({ name, options: opts, userId, locale }) {
      if (!isCommandName(name)) return reject(discordWords[locale].unknownCommand);
      return commandPlan(name, opts, userId, locale);
    },

    prepareChatCommand(request) {
      if (request.name === reloadCommand.definition.name) return reloadPlan(request.userId, request.locale, request.permissions);
      return this.prepareCommand(request);
    },

    prepareMessageCommand({ name, text, userId, locale }) {
      const command = messageCommandNamed(name);
      if (!command) return reject(discordWords[locale].unknownCommand);
      const run = command.options(text);
      if (!run) return reject(discordWords[locale].noMessageText);
      return commandPlan(run.command, run.options, userId, locale);
    },

    prepareComponent({ customId, userId, locale, message }) {
      const words = discordWords[locale];
      const decoded = decodeButtonState(customId, secret, now(), ttl, message);
      if (!decoded.ok) {
        if (decoded.reason === 'forged')
          logger.warn('a button whose custom id does not match its HMAC (another deployment, or another SUMBER_BUTTON_SECRET?)', { userId });
        return reject(words.expired);
      }
      const { state } = decoded;
      const command = state.command;
      if (!isCommandName(command) || state.action === 'indicator') return reject(words.unknownCommand);
      // Context is for anyone in the channel; pages, readings and sources only for whom they were made.
      if (state.action !== 'context' && state.owner !== userId) return reject(words.onlyOwner);
      const admission = admit(userId, locale);
      if ('refusal' in admission) return reject(admission.refusal);
      const plan = (kind: 'page' | 'context', work: (index: CorpusIndex) => Outcome) => ({
        kind,
        command,
        run: () => guarded(command, userId, locale, state.options, () => work(source.current)),
        release: admission.release,
      });
      // Reading on from Context stays private: the message the button is on is ephemeral.
      const onEphemeral = ((message?.flags ?? 0) & EPHEMERAL_FLAG) !== 0;
      switch (state.action) {
        case 'context':
          return plan('context', (index) => answerContext(index, { ...state, command }, userId, locale));
        case 'source':
          return plan('page', (index) => answerContext(index, { ...state, command }, userId, locale));
        case 'read':
          return plan('page', (index) => answerReading(index, state, locale, onEphemeral));
        default:
          return plan('page', (index) => answerPage(index, command, state.options, state.owner, locale, state.page));
      }
    },

    autocomplete({ name, option, value, locale }) {
      return answerAutocomplete(isCommandName(name) ? commands[name] : undefined, option, value, { index: source.current, locale }, logger);
    },

    drain: () => gate.close(),
  };
}
