import { REST, Routes } from 'discord.js';
import type { ReplyBody } from '../../interactions/reply-body.js';

/**
 * The follow-up side of an HTTP interaction, after a deferred response: edit the original
 * response, or send a follow-up. These webhook routes are authorised by the interaction token in
 * the URL, so no bot token is needed. discord.js's REST client handles 429s and retries 5xx.
 */
export class InteractionWebhooks {
  constructor(private readonly rest: REST = new REST({ version: '10' })) {}

  async editOriginal(applicationId: string, token: string, body: ReplyBody): Promise<void> {
    await this.rest.patch(Routes.webhookMessage(applicationId, token, '@original'), { body, auth: false });
  }

  async followUp(applicationId: string, token: string, body: ReplyBody): Promise<void> {
    await this.rest.post(Routes.webhook(applicationId, token), { body, auth: false });
  }
}
