/** An option value as Discord sends it. */
export type OptionValue = string | number | boolean;
export type OptionMap = Readonly<Record<string, OptionValue>>;

/** The options of a command in a canonical form (keys sorted), so equal options give equal text. */
export function canonicalOptions(options: OptionMap): string {
  return JSON.stringify(Object.fromEntries(Object.entries(options).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
}
