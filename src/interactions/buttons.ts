import { type APIButtonComponentWithCustomId, type APIEmbed, ButtonStyle, ComponentType } from 'discord-api-types/v10';
import type { Locale } from '../answers/types.js';
import { DISCORD_LIMITS } from '../render/discord-limits.js';
import type { ReadingPage } from '../render/discord-reading.js';
import { fitPlain } from '../render/discord-text.js';
import { discordWords } from '../render/discord-words.js';
import type { DiscordPage } from '../render/render-discord.js';
import { type ButtonState, CARRIER_SLOTS, encodeButtonState, optionsCarrier } from './button-state.js';
import type { OptionMap } from './option-map.js';
import type { ButtonRow } from './reply-body.js';

/** What every button of one message shares: for whom, since when. */
export interface ButtonOrigin {
  readonly owner: string;
  readonly issuedAt: number;
}

/**
 * The buttons of one message. Each custom id carries its state under the deployment's HMAC; options
 * too long for a custom id are put in the message's first embed (`attach`), where Discord sends them
 * back with the press, so that any replica can answer any button.
 */
export class MessageButtons {
  readonly #carried: string[] = [];

  constructor(
    private readonly secret: string,
    private readonly origin: ButtonOrigin,
  ) {}

  /** A grey button with the given state (owner and time from the message's origin). */
  button(state: Omit<ButtonState, 'owner' | 'issuedAt'>, label: string, disabled = false): APIButtonComponentWithCustomId {
    const customId = encodeButtonState({ ...state, ...this.origin }, this.secret, (options) => {
      const existing = this.#carried.indexOf(options);
      if (existing >= 0) return existing;
      if (this.#carried.length >= CARRIER_SLOTS) return -1;
      this.#carried.push(options);
      return this.#carried.length - 1;
    });
    return { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: customId, label: fitPlain(label, DISCORD_LIMITS.buttonLabel), disabled };
  }

  /** The embeds with the carried options in the first one's url (unchanged when nothing is carried). */
  attach(embeds: APIEmbed[]): APIEmbed[] {
    if (this.#carried.length === 0) return embeds;
    const [first, ...rest] = embeds;
    if (!first) throw new RangeError('buttons: buttons carry options but the message has no embed to carry them');
    return [{ ...first, url: optionsCarrier(this.#carried) }, ...rest];
  }
}

/**
 * The buttons under a page of an answer: Previous / page indicator / Next when there is more than
 * one page, then one Context button per result that cites a paragraph.
 */
export function pagingRows(page: DiscordPage, command: string, options: OptionMap, locale: Locale, buttons: MessageButtons): ButtonRow[] {
  const words = discordWords[locale];
  const at = (action: ButtonState['action'], target: number, item = 0) => ({ action, command, options, page: target, item, sub: 0 });
  const rows: ButtonRow[] = [];
  if (page.pages > 1) {
    rows.push({
      type: ComponentType.ActionRow,
      components: [
        buttons.button(at('page', Math.max(0, page.page - 1)), `◀ ${words.previous}`, page.page === 0),
        buttons.button(at('indicator', page.page), words.pageOf(page.page + 1, page.pages), true),
        buttons.button(at('page', Math.min(page.pages - 1, page.page + 1)), `${words.next} ▶`, page.page === page.pages - 1),
      ],
    });
  }
  const contexts = Math.min(page.withContext, DISCORD_LIMITS.buttonsPerRow);
  if (contexts > 0) {
    rows.push({
      type: ComponentType.ActionRow,
      components: Array.from({ length: contexts }, (_, i) => buttons.button(at('context', page.page, i), words.context(page.first + i + 1))),
    });
  }
  return rows;
}

/** Where a Context message came from: the answer's command and options, and which result it shows. */
export interface ContextOrigin {
  readonly command: string;
  readonly options: OptionMap;
  readonly page: number;
  readonly item: number;
  readonly source: number;
  readonly sources: number;
}

/**
 * The buttons under a page of reading: Earlier / range / Later; under Context, also the previous and
 * next source of the result when it has more than one.
 */
export function readingRows(
  reading: ReadingPage,
  article: string,
  focus: number | null,
  locale: Locale,
  buttons: MessageButtons,
  context: ContextOrigin | null,
): ButtonRow[] {
  const words = discordWords[locale];
  const rows: ButtonRow[] = [];
  const read = (to: { paragraph: number; part: number } | null) => ({
    action: 'read' as const,
    command: 'read',
    options: { article },
    page: to?.paragraph ?? reading.firstParagraph,
    item: focus ?? 0,
    sub: to?.part ?? 0,
  });
  if (reading.earlier || reading.later) {
    const range =
      reading.firstParagraph === reading.lastParagraph
        ? `¶ ${reading.firstParagraph} / ${reading.paragraphs}`
        : `¶ ${reading.firstParagraph}–${reading.lastParagraph} / ${reading.paragraphs}`;
    rows.push({
      type: ComponentType.ActionRow,
      components: [
        buttons.button(read(reading.earlier), `◀ ${words.earlier}`, reading.earlier === null),
        buttons.button({ ...read(null), action: 'indicator', sub: reading.firstParagraph }, range, true),
        buttons.button(read(reading.later), `${words.later} ▶`, reading.later === null),
      ],
    });
  }
  if (context && context.sources > 1) {
    const source = (to: number) => ({
      action: 'source' as const,
      command: context.command,
      options: context.options,
      page: context.page,
      item: context.item,
      sub: to,
    });
    rows.push({
      type: ComponentType.ActionRow,
      components: [
        buttons.button(source(Math.max(0, context.source - 1)), `◀ ${words.previousSource}`, context.source === 0),
        buttons.button({ ...source(context.source), action: 'indicator' }, `${context.source + 1} / ${context.sources}`, true),
        buttons.button(source(Math.min(context.sources - 1, context.source + 1)), `${words.nextSource} ▶`, context.source === context.sources - 1),
      ],
    });
  }
  return rows;
}
