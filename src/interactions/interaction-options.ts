import type { OptionMap, OptionValue } from './option-map.js';

/** An option as both discord.js (`interaction.options.data`) and the raw API carry it. */
export interface ReceivedOption {
  readonly name: string;
  readonly value?: unknown;
  readonly focused?: boolean | undefined;
  readonly options?: readonly unknown[] | undefined;
}

const isOptionValue = (value: unknown): value is OptionValue => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/**
 * The options of a chat-input command as a flat name → value map, the shape `executeCommand`
 * validates. Sub-commands are not used by Sumber, so nested options are ignored.
 */
export function optionMap(options: readonly ReceivedOption[] | undefined): OptionMap {
  // fromEntries defines own properties: an option named "__proto__" stays a key, not the prototype.
  return Object.fromEntries((options ?? []).flatMap((option) => (isOptionValue(option.value) ? [[option.name, option.value] as const] : [])));
}

/** The option being typed in an autocomplete interaction, or null. */
export function focusedOption(options: readonly ReceivedOption[] | undefined): { name: string; value: string } | null {
  const focused = (options ?? []).find((o) => o.focused === true);
  if (!focused || !isOptionValue(focused.value)) return null;
  return { name: focused.name, value: String(focused.value) };
}
