import { type CommandName, commandNames, commands, isCommandName } from '../../../commands/index.js';
import { strictArgs, UsageError } from '../../app/strict-args.js';

export { UsageError } from '../../app/strict-args.js';

/** What `npm run ask -- <command> [words…] [--flag value…]` asked for. */
export type AskRequest =
  | {
      readonly help: false;
      readonly command: CommandName;
      readonly options: Record<string, unknown>;
      readonly json: boolean;
      /** `--data DIR` as given, or null for the configured corpus folder. */
      readonly dataDir: string | null;
      /** 1-based page of `--limit` results (`--page N`), 1 when not given. */
      readonly page: string | undefined;
    }
  | { readonly help: true; readonly command: CommandName | null };

export const ASK_USAGE = `usage: npm run --silent ask -- <command> [words...] [--limit N] [--page N] [--json] [--data DIR]
commands: ${commandNames.join(', ')}
  search <query words> [--outlet NAME] [--from DATE] [--to DATE]   paragraphs matching the words, best first
  sources [filter words] [--outlet NAME] [--year YYYY]   the articles, with outlet, date, title and link
  who-said [topic] [--speaker NAME]   quotes and statements with their speakers
  timeline [topic] [--from DATE] [--to DATE]   dated events in order
  denials [topic] [--party NAME]   who denied, dismissed or would not comment
  cite <claim words>   where a pasted quote or claim comes from: verbatim, altered, translated or related (--limit up to 50)
  read <article file or title words> [--paragraph N]   a whole article, from a paragraph
  help   every command, with an example
DATE is YYYY-MM-DD, YYYY-MM or YYYY (a month or year: --from is its first day, --to its last).
flags: --limit N (results per page, 1-1000), --page N (which page, from 1),
       --json (one JSON object on stdout), --data DIR (another corpus folder; default
       SUMBER_DATA_DIR, else index-data/), -h/--help (this text)
The free words and the main option's flag (--query, --topic, --filter) are the same option: give one.
exit status: 0 answered, 2 bad input (usage or option errors), 1 unexpected failure`;

/**
 * Reads the CLI's arguments with `node:util` `parseArgs` (strict): free words fill the command's
 * main option, `--name value` (or `--name=value`) any option the command has. An unknown flag, a
 * flag given twice, a flag without its value, or the main option given both as words and as a flag
 * is a `UsageError`; nothing is silently dropped.
 */
export function parseAskArgs(argv: readonly string[]): AskRequest {
  const [command, ...rest] = argv;
  if (command === '-h' || command === '--help') return { help: true, command: null };
  if (!command) throw new UsageError('no command given');
  if (!isCommandName(command)) throw new UsageError(`unknown command "${command}"`);
  const module = commands[command];
  const optionNames = (module.definition.options ?? []).map((o) => o.name);
  const { values, positionals } = strictArgs(
    rest,
    {
      ...Object.fromEntries(optionNames.map((name) => [name, { type: 'string' as const }])),
      page: { type: 'string' },
      json: { type: 'boolean' },
      data: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    command,
  );
  if (values.help === true) return { help: true, command };
  const options: Record<string, unknown> = {};
  for (const name of optionNames) if (values[name] !== undefined) options[name] = values[name];
  if (positionals.length > 0) {
    const given = positionals.join(' ').slice(0, 100);
    if (!module.positional) throw new UsageError(`${command} takes no words (got "${given}")`);
    if (options[module.positional] !== undefined) {
      throw new UsageError(
        `${command}: give the ${module.positional} either as words or as --${module.positional}, not both (got "${given}" and --${module.positional} "${String(options[module.positional]).slice(0, 100)}")`,
      );
    }
    options[module.positional] = positionals.join(' ');
  }
  return {
    help: false,
    command,
    options,
    json: values.json === true,
    dataDir: typeof values.data === 'string' ? values.data : null,
    page: typeof values.page === 'string' ? values.page : undefined,
  };
}
