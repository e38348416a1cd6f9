import { commandNames, type CommandName, isCommandName } from '../../commands/index.js';
import { commands } from '../../commands/index.js';

/** What `npm run ask -- <command> [words…] [--flag value…]` asked for. */
export interface AskRequest {
  readonly command: CommandName;
  readonly options: Record<string, unknown>;
  readonly json: boolean;
  readonly dataDir: string | null;
}

/** A usage error: printed with the usage text, exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const ASK_USAGE = `usage: npm run --silent ask -- <command> [words...] [--limit N] [--json] [--data DIR]
commands: ${commandNames.join(', ')}
  search <query words>             paragraphs matching the words, best first
  sources [filter words]           the articles, with outlet, date, title and link
  who-said [topic] [--speaker NAME] quotes and statements with their speakers
  timeline [topic] [--from YYYY-MM-DD] [--to YYYY-MM-DD]   dated events in order
  denials [topic] [--party NAME]   who denied, dismissed or would not comment
flags: --limit N (1-1000), --json (one JSON object on stdout), --data DIR (another corpus folder)`;

/** Reads the CLI's arguments; free words fill the command's main option, `--name value` any other option. */
export function parseAskArgs(argv: readonly string[]): AskRequest {
  const [command, ...rest] = argv;
  if (!command) throw new UsageError('no command given');
  if (!isCommandName(command)) throw new UsageError(`unknown command "${command}"`);
  const module = commands[command];
  const known = new Set((module.definition.options ?? []).map((o) => o.name));
  const options: Record<string, unknown> = {};
  const words: string[] = [];
  let json = false;
  let dataDir: string | null = null;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--data' || arg.startsWith('--')) {
      const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
      const name = flag.slice(2);
      const value = inline ?? rest[++i];
      if (name !== 'data' && !known.has(name)) throw new UsageError(`unknown flag ${flag} for ${command}`);
      if (value === undefined) throw new UsageError(`${flag} needs a value`);
      if (name === 'data') dataDir = value;
      else options[name] = value;
    } else words.push(arg);
  }
  if (words.length > 0) {
    if (!module.positional) throw new UsageError(`${command} takes no words (got "${words.join(' ')}")`);
    options[module.positional] = words.join(' ');
  }
  return { command, options, json, dataDir };
}
