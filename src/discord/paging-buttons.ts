import { ButtonStyle, ComponentType, type APIButtonComponentWithCustomId } from 'discord-api-types/v10';
import type { Locale } from '../render/describe-citation.js';
import { DISCORD_LIMITS } from '../render/discord-limits.js';
import { fitPlain } from '../render/discord-text.js';
import { discordWords } from '../render/discord-words.js';
import type { DiscordPage } from '../render/render-discord.js';
import { encodeButtonState, type ButtonState } from './button-state.js';
import type { OptionsStore } from './options-store.js';
import type { ButtonRow } from './reply-body.js';

/** What every button of one reply shares: which command, with which options, for whom, since when. */
export type ButtonOrigin = Pick<ButtonState, 'command' | 'options' | 'owner' | 'issuedAt'>;

/**
 * The buttons under a page: Previous / page indicator / Next when there is more than one page,
 * then one Context button per result that cites a paragraph.
 */
export function pagingButtons(page: DiscordPage, origin: ButtonOrigin, locale: Locale, store: OptionsStore): ButtonRow[] {
  const words = discordWords[locale];
  const id = (action: ButtonState['action'], target: number, item = 0) => encodeButtonState({ ...origin, action, page: target, item }, store);
  const button = (customId: string, label: string, disabled: boolean): APIButtonComponentWithCustomId => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    custom_id: customId,
    label: fitPlain(label, DISCORD_LIMITS.buttonLabel),
    disabled,
  });
  const rows: ButtonRow[] = [];
  if (page.pages > 1) {
    rows.push({
      type: ComponentType.ActionRow,
      components: [
        button(id('page', Math.max(0, page.page - 1)), `◀ ${words.previous}`, page.page === 0),
        button(id('indicator', page.page), words.pageOf(page.page + 1, page.pages), true),
        button(id('page', Math.min(page.pages - 1, page.page + 1)), `${words.next} ▶`, page.page === page.pages - 1),
      ],
    });
  }
  const contexts = Math.min(page.withContext, DISCORD_LIMITS.buttonsPerRow);
  if (contexts > 0) {
    rows.push({
      type: ComponentType.ActionRow,
      components: Array.from({ length: contexts }, (_, i) => button(id('context', page.page, i), words.context(page.first + i + 1), false)),
    });
  }
  return rows;
}
