import { DiscordAPIError } from 'discord.js';
import type { Logger } from '../logger.js';
import type { DiscordWords } from '../render/discord-words.js';
import type { DeferPolicy } from './defer-policy.js';
import { describeDiscordError, isDroppableInteractionError } from './discord-errors.js';
import type { FlowPlan, Outcome } from './interaction-responder.js';
import { editBody, noticeBody, type ReplyBody } from './reply-body.js';

/**
 * The ways to answer one interaction, whatever the transport (the gateway's REST callbacks through
 * discord.js, or the HTTP endpoint's response body and then webhooks). Each method is one request
 * to Discord; it rejects when Discord refuses it.
 */
export interface InteractionReplies {
  /** Initial response type 4: a new message. */
  reply(body: ReplyBody): Promise<void>;
  /** Initial response type 7 (components only): the message the button is on is replaced. */
  update(body: ReplyBody): Promise<void>;
  /** Initial response type 5: a "thinking…" message, ephemeral or not, to be edited later. */
  defer(options: { readonly ephemeral: boolean }): Promise<void>;
  /** Initial response type 6 (components only): nothing visible yet; the button's message is edited later. */
  deferUpdate(): Promise<void>;
  /** PATCH `@original`. */
  editOriginal(body: ReplyBody): Promise<void>;
  /** POST a follow-up message. */
  followUp(body: ReplyBody): Promise<void>;
}

export interface FlowOptions {
  readonly policy: DeferPolicy;
  readonly logger: Logger;
  readonly words: DiscordWords;
  /** Fields that identify the interaction in log lines (never its token). */
  readonly where: Readonly<Record<string, unknown>>;
}

// Where the conversation is, so that a failure is reported where only the user sees it.
type Stage =
  | 'none' // nothing acknowledged: a type 4 ephemeral notice is still possible
  | 'answered' // a message or update was accepted: nothing is left to do
  | 'deferred-private' // an ephemeral "thinking…" message, or its edit: edits of it stay private
  | 'deferred-update'; // a type 6: no message of ours yet; a follow-up is a new message

/**
 * Answers an interaction from a plan, the same way on every transport.
 *
 * The answer is computed *before* anything is acknowledged (answers are synchronous and take
 * milliseconds), so whether it is an error is known when the response type is chosen: an error is
 * a type 4 ephemeral message, never an edit of a public "thinking…" message. Discord documents that
 * the first follow-up after a type 5 deferral edits the loading message and so keeps the deferral's
 * visibility (interactions/receiving-and-responding#create-followup-message): an ephemeral follow-up
 * cannot hide an error behind a public deferral.
 *
 * A command the policy predicts to be slow (its recent answers took longer than Discord's 3 seconds
 * allow for comfort) is deferred first, *ephemerally*, because its answer may still be an error;
 * a good answer is then posted as a public follow-up (a new message, since the private one was
 * edited first) and the private message says so. A page turn is deferred with type 6 and its page
 * edited in; Context is ephemeral anyway.
 *
 * Any failure is logged and, where the conversation allows, the user is told privately: a type 4
 * ephemeral notice when nothing was acknowledged, an edit of the private message after a private
 * deferral, an ephemeral follow-up after a type 6. Expired or already-answered interactions (10062,
 * 40060) are dropped. After a webhook 404 other than 10062 (the message or webhook is gone) or a
 * 401 (the 15-minute token has expired), the token is not used again: Discord counts such invalid
 * requests against the app (topics/rate-limits#invalid-request-limit-aka-cloudflare-bans).
 */
export async function answerWithPlan(plan: FlowPlan, replies: InteractionReplies, options: FlowOptions): Promise<void> {
  let stage: Stage = 'none';
  try {
    if (plan.kind === 'reject') {
      await replies.reply(plan.body);
      stage = 'answered';
      return;
    }
    if (plan.kind === 'task') {
      // a private "thinking…" at once (the work may take longer than Discord's 3 seconds), then its outcome
      try {
        await replies.defer({ ephemeral: true });
        stage = 'deferred-private';
        const outcome = await plan.work();
        await replies.editOriginal(editBody(outcome.body));
        stage = 'answered';
      } finally {
        plan.release();
      }
      return;
    }
    const run = (): Outcome => {
      const started = performance.now();
      try {
        return plan.run();
      } finally {
        options.policy.record(plan.command, performance.now() - started);
      }
    };
    try {
      if (!options.policy.shouldDefer(plan.command)) {
        const outcome = run();
        if (plan.kind === 'page' && !outcome.error) await replies.update(editBody(outcome.body));
        else await replies.reply(outcome.body);
        stage = 'answered';
        return;
      }
      if (plan.kind === 'page') {
        await replies.deferUpdate();
        stage = 'deferred-update';
        const outcome = run();
        if (outcome.error) await replies.followUp(outcome.body);
        else await replies.editOriginal(editBody(outcome.body));
        stage = 'answered';
        return;
      }
      await replies.defer({ ephemeral: true });
      stage = 'deferred-private';
      const outcome = run();
      if (outcome.error || plan.kind === 'context') {
        await replies.editOriginal(editBody(outcome.body));
      } else {
        await replies.editOriginal(editBody(noticeBody(options.words.answeredBelow)));
        await replies.followUp(outcome.body);
      }
      stage = 'answered';
    } finally {
      plan.release();
    }
  } catch (error) {
    await reportFailure(error, stage, replies, options);
  }
}

async function reportFailure(error: unknown, stage: Stage, replies: InteractionReplies, { logger, words, where }: FlowOptions): Promise<void> {
  if (isDroppableInteractionError(error)) {
    logger.warn('interaction expired or already answered; dropped', { ...where, error: describeDiscordError(error) });
    return;
  }
  if (isDeadTokenError(error)) {
    logger.warn('interaction webhook gone or expired; its token is not used again', { ...where, error: describeDiscordError(error) });
    return;
  }
  logger.error('interaction failed', { ...where, error: describeDiscordError(error) });
  const notice = noticeBody(words.failed);
  try {
    if (stage === 'none') await replies.reply(notice);
    else if (stage === 'deferred-private') await replies.editOriginal(editBody(notice));
    else if (stage === 'deferred-update') await replies.followUp(notice);
  } catch (second) {
    logger.warn('could not tell the user about the failure', { ...where, error: describeDiscordError(second) });
  }
}

/**
 * True for a webhook request refused because its message or webhook is gone (404 other than 10062)
 * or its token has expired (401): the interaction's token must not be used again.
 */
export function isDeadTokenError(error: unknown): boolean {
  if (!(error instanceof DiscordAPIError) || !error.url.includes('/webhooks/')) return false;
  return (error.status === 404 && error.code !== 10062) || error.status === 401;
}
