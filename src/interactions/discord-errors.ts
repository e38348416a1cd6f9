import { DiscordAPIError, HTTPError, RESTJSONErrorCodes } from 'discord.js';
import { redactSecrets } from '../logger.js';

// The interaction expired (3 s or 15 min passed) or was answered already, e.g. by another process
// after a reconnect: nothing can be sent for it any more, so the right thing is to log and drop.
const DROPPABLE = new Set<number | string>([RESTJSONErrorCodes.UnknownInteraction, RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged]);
const DETAILS_MAX = 1000;

/** True for Discord errors that mean "this interaction can no longer be answered". */
export function isDroppableInteractionError(error: unknown): boolean {
  return error instanceof DiscordAPIError && DROPPABLE.has(error.code);
}

/**
 * A loggable description of an error from Discord's API. URLs of interaction callbacks and webhooks
 * carry the interaction token, so they are redacted, like anything else shaped like a token.
 */
export function describeDiscordError(error: unknown): Record<string, unknown> {
  if (error instanceof DiscordAPIError) {
    const raw = error.rawError as { errors?: unknown };
    return {
      name: 'DiscordAPIError',
      code: error.code,
      status: error.status,
      method: error.method,
      url: redactSecrets(error.url),
      message: redactSecrets(error.message),
      ...(raw.errors ? { details: redactSecrets(JSON.stringify(raw.errors)).slice(0, DETAILS_MAX) } : {}),
    };
  }
  if (error instanceof HTTPError) {
    return { name: 'HTTPError', status: error.status, method: error.method, url: redactSecrets(error.url), message: redactSecrets(error.message) };
  }
  if (error instanceof Error) return { name: error.name, message: redactSecrets(error.message) };
  return { name: typeof error, message: redactSecrets(String(error)) };
}
