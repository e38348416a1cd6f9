import type { APIEmbed } from 'discord-api-types/v10';

/**
 * Discord's size limits, in one place. Lengths are counted in UTF-16 code units (`string.length`),
 * which is never less than Discord's own count, so a payload that passes here passes there.
 */
export const DISCORD_LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  /** Title, description, field names and values, footer text and author name of every embed together. */
  embedsTotal: 6000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooter: 2048,
  embedAuthor: 256,
  actionRows: 5,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
} as const;

/** The characters of one embed that count towards the 6,000-character total. */
export function embedTextLength(embed: APIEmbed): number {
  let length = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  length += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const field of embed.fields ?? []) length += field.name.length + field.value.length;
  return length;
}

/** The parts of a message body that Discord limits. */
export interface LimitedMessage {
  readonly content?: string | undefined;
  readonly embeds?: readonly APIEmbed[] | undefined;
  readonly components?: readonly { readonly components: readonly { readonly label?: string; readonly custom_id?: string }[] }[] | undefined;
}

/** Every way `message` breaks a Discord limit, in words; empty when it is sendable. */
export function findLimitViolations(message: LimitedMessage): string[] {
  const problems: string[] = [];
  const L = DISCORD_LIMITS;
  const over = (what: string, length: number, max: number) => length > max && problems.push(`${what} is ${length} > ${max}`);
  over('content', message.content?.length ?? 0, L.content);
  const embeds = message.embeds ?? [];
  over('embed count', embeds.length, L.embedsPerMessage);
  over(
    'embeds total',
    embeds.reduce((sum, e) => sum + embedTextLength(e), 0),
    L.embedsTotal,
  );
  embeds.forEach((e, i) => {
    over(`embed ${i} title`, e.title?.length ?? 0, L.embedTitle);
    over(`embed ${i} description`, e.description?.length ?? 0, L.embedDescription);
    over(`embed ${i} footer`, e.footer?.text.length ?? 0, L.embedFooter);
    over(`embed ${i} author`, e.author?.name.length ?? 0, L.embedAuthor);
    over(`embed ${i} field count`, e.fields?.length ?? 0, L.embedFields);
    e.fields?.forEach((f, j) => {
      over(`embed ${i} field ${j} name`, f.name.length, L.embedFieldName);
      over(`embed ${i} field ${j} value`, f.value.length, L.embedFieldValue);
    });
  });
  const rows = message.components ?? [];
  over('action rows', rows.length, L.actionRows);
  rows.forEach((row, i) => {
    over(`row ${i} buttons`, row.components.length, L.buttonsPerRow);
    row.components.forEach((b, j) => {
      over(`row ${i} button ${j} label`, b.label?.length ?? 0, L.buttonLabel);
      over(`row ${i} button ${j} custom_id`, b.custom_id?.length ?? 0, L.customId);
    });
  });
  return problems;
}
