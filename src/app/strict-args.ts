import { type ParseArgsConfig, parseArgs } from 'node:util';

/** A usage error: printed with the usage text, exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

type OptionSpecs = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | undefined>;

// A boolean flag written with a value: these words mean yes or no; anything else is refused.
const YES = new Set(['true', 'yes', '1']);
const NO = new Set(['false', 'no', '0']);

/**
 * `node:util` `parseArgs` in strict mode, with messages a user can act on (`who` names the program
 * or command in them): an unknown flag, a flag given twice, a value missing or starting with "-"
 * (write `--limit=-3` for that), are `UsageError`s. A boolean flag also takes `=true`/`=false`
 * (`--json=true`, as scripts often write it); any other value is refused.
 */
export function strictArgs(args: readonly string[], options: OptionSpecs, who: string): { values: Values; positionals: string[] } {
  const booleans = new Set(
    Object.entries(options)
      .filter(([, o]) => o.type === 'boolean')
      .map(([name]) => name),
  );
  const rewritten: string[] = [];
  let afterDashes = false;
  for (const arg of args) {
    if (afterDashes || arg === '--') {
      afterDashes = true;
      rewritten.push(arg);
      continue;
    }
    const m = /^--([^=]+)=(.*)$/su.exec(arg);
    if (m && booleans.has(m[1]!)) {
      const value = m[2]!.toLowerCase();
      if (YES.has(value)) rewritten.push(`--${m[1]}`);
      else if (!NO.has(value)) throw new UsageError(`--${m[1]} takes no value, or true/false (got "${m[2]!.slice(0, 40)}")`);
      continue;
    }
    rewritten.push(arg);
  }
  const multiple = Object.fromEntries(Object.entries(options).map(([name, o]) => [name, { ...o, multiple: true }]));
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rewritten, options: multiple, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(describeParseError(error as NodeJS.ErrnoException, who));
  }
  const values: Values = {};
  for (const [name, given] of Object.entries(parsed.values)) {
    const list = given as (string | boolean)[];
    if (list.length > 1 && !booleans.has(name)) throw new UsageError(`--${name} was given ${list.length} times; give it once`);
    values[name] = list[list.length - 1];
  }
  return { values, positionals: parsed.positionals };
}

function describeParseError(error: NodeJS.ErrnoException, who: string): string {
  const flag = (/'(-[^' ]+)/u.exec(error.message)?.[1] ?? 'a flag').slice(0, 60);
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown flag ${flag} for ${who}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/does not take an argument/u.test(error.message)) return `${flag} takes no value`;
      if (/ambiguous/u.test(error.message)) return `${flag} needs a value (for a value starting with "-", write ${flag}=VALUE)`;
      return `${flag} needs a value`;
    default:
      return error.message.split('\n')[0] ?? 'bad arguments';
  }
}
