import type { Choice } from '../../commands/command.js';
import { commands, isCommandName, type CommandName } from '../../commands/index.js';
import { UserFacingError } from '../answers/errors.js';
import { describeOptionErrors } from '../answers/option-schemas.js';
import { executeCommand } from '../app/execute-command.js';
import type { Logger } from '../logger.js';
import type { Locale } from '../render/describe-citation.js';
import { discordWords } from '../render/discord-words.js';
import { contextCitationsOf, pageSizeOf, renderDiscordContext, renderDiscordPage } from '../render/render-discord.js';
import type { CorpusIndex } from '../search/corpus-index.js';
import { answerAutocomplete } from './autocomplete.js';
import { decodeButtonState, type ButtonState } from './button-state.js';
import { Cooldown } from './cooldown.js';
import { OptionsStore, type OptionMap } from './options-store.js';
import { pagingButtons } from './paging-buttons.js';
import { noticeBody, replyBody, type ReplyBody } from './reply-body.js';
import { WorkGate } from './work-gate.js';

export interface CommandRequest {
  readonly name: string;
  readonly options: OptionMap;
  readonly userId: string;
  readonly locale: Locale;
}

export interface ComponentRequest {
  readonly customId: string;
  readonly userId: string;
  readonly locale: Locale;
  /** The message the button is on, as Discord sent it with the interaction (null when unknown). */
  readonly message?: ComponentMessage | null;
}

/** The parts of a button's message that the responder reads. */
export interface ComponentMessage {
  readonly embeds?: readonly { readonly url?: string | undefined }[] | undefined;
}

export interface AutocompleteRequest {
  readonly name: string;
  readonly option: string;
  readonly value: string;
  readonly locale: Locale;
}

/** A finished reply; `ephemeral` ones are errors or Context paragraphs, seen only by the user. */
export interface Outcome {
  readonly body: ReplyBody;
  readonly ephemeral: boolean;
}

/**
 * What to do with an interaction, decided at once (cheap checks only) so a transport can refuse
 * ephemerally before deferring: `reject` with a message, or run the work (`run` is synchronous and
 * never throws) and then `release` the slot it holds.
 */
export type Plan<Kind extends 'answer' | 'page' | 'context' = 'answer' | 'page' | 'context'> =
  | { readonly kind: 'reject'; readonly body: ReplyBody }
  | { readonly kind: Kind; readonly command: CommandName; run(): Outcome; release(): void };

export interface InteractionResponder {
  prepareCommand(request: CommandRequest): Plan<'answer'>;
  /** `page` outcomes update the message the button is on; `context` ones are new ephemeral replies. */
  prepareComponent(request: ComponentRequest): Plan<'page' | 'context'>;
  autocomplete(request: AutocompleteRequest): Choice[];
  /** Admits nothing more and resolves when the work in progress has finished. */
  drain(): Promise<void>;
}

export interface ResponderOptions {
  readonly index: CorpusIndex;
  readonly logger: Logger;
  readonly now?: () => number;
  /** How long buttons work after a command ran (default 15 minutes, like the interaction token). */
  readonly buttonTtlMs?: number;
  /** Per user: at most `max` commands or button presses in `windowMs` (default 5 in 10 s). */
  readonly cooldown?: { readonly max: number; readonly windowMs: number };
  /** Interactions worked on at once, across all users (default 8). */
  readonly maxConcurrent?: number;
}

/** The option names as the user's client shows them (an Indonesian client: `kueri`, not `query`). */
function shownOptionNames(name: CommandName, locale: Locale): Record<string, string> {
  return Object.fromEntries((commands[name].definition.options ?? []).map((o) => [o.name, (locale === 'id' ? o.name_localizations?.id : undefined) ?? o.name]));
}

/** The transport-neutral handling of interactions, shared by the gateway bot and the HTTP endpoint. */
export function createInteractionResponder(options: ResponderOptions): InteractionResponder {
  const { index, logger } = options;
  const now = options.now ?? Date.now;
  const ttl = options.buttonTtlMs ?? 15 * 60_000;
  const cooldown = new Cooldown(options.cooldown?.max ?? 5, options.cooldown?.windowMs ?? 10_000, 10_000, now);
  const gate = new WorkGate(options.maxConcurrent ?? 8);
  const store = new OptionsStore(5_000, ttl, now);
  const reject = (text: string) => ({ kind: 'reject' as const, body: noticeBody(text) });

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
      if (error instanceof UserFacingError) return { body: noticeBody(discordWords[locale].invalidOptions(error.message)), ephemeral: true };
      logger.error('command failed', { command, userId, options: details, error });
      return { body: noticeBody(discordWords[locale].failed), ephemeral: true };
    }
  }

  function answerPage(command: CommandName, opts: OptionMap, owner: string, locale: Locale, page: number): Outcome {
    const answer = executeCommand(command, opts, { index, locale });
    const rendered = renderDiscordPage(answer, locale, page);
    const components = pagingButtons(rendered, { command, options: opts, owner, issuedAt: now() }, locale, store);
    return { body: replyBody({ content: rendered.content, embeds: rendered.embeds, components }, { ephemeral: false }), ephemeral: false };
  }

  function answerContext(state: ButtonState & { command: CommandName }, locale: Locale): Outcome {
    const answer = executeCommand(state.command, state.options, { index, locale });
    const citations = contextCitationsOf(answer, locale, state.page * pageSizeOf(answer.command) + state.item);
    const paragraphs = citations.flatMap((citation) => {
      const paragraph = index.paragraph(citation.article, citation.paragraph);
      return paragraph ? [{ citation, text: paragraph.text }] : [];
    });
    return { body: replyBody(renderDiscordContext(paragraphs, locale), { ephemeral: true }), ephemeral: true };
  }

  return {
    prepareCommand({ name, options: opts, userId, locale }) {
      const words = discordWords[locale];
      if (!isCommandName(name)) return reject(words.unknownCommand);
      const parsed = commands[name].options.safeParse(opts);
      if (!parsed.success) return reject(words.invalidOptions(describeOptionErrors(parsed.error, locale, shownOptionNames(name, locale))));
      const admission = admit(userId, locale);
      if ('refusal' in admission) return reject(admission.refusal);
      return {
        kind: 'answer',
        command: name,
        run: () => guarded(name, userId, locale, opts, () => answerPage(name, opts, userId, locale, 0)),
        release: admission.release,
      };
    },

    prepareComponent({ customId, userId, locale }) {
      const words = discordWords[locale];
      const decoded = decodeButtonState(customId, store, now(), ttl);
      if (!decoded.ok) return reject(words.expired);
      const { state } = decoded;
      const command = state.command;
      if (!isCommandName(command)) return reject(words.unknownCommand);
      if (state.action !== 'context' && state.owner !== userId) return reject(words.onlyOwner);
      const admission = admit(userId, locale);
      if ('refusal' in admission) return reject(admission.refusal);
      if (state.action === 'context') {
        return { kind: 'context', command, run: () => guarded(command, userId, locale, state.options, () => answerContext({ ...state, command }, locale)), release: admission.release };
      }
      return { kind: 'page', command, run: () => guarded(command, userId, locale, state.options, () => answerPage(command, state.options, state.owner, locale, state.page)), release: admission.release };
    },

    autocomplete({ name, option, value, locale }) {
      return answerAutocomplete(isCommandName(name) ? commands[name] : undefined, option, value, { index, locale }, logger);
    },

    drain: () => gate.close(),
  };
}
