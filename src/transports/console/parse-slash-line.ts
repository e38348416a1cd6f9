import { type CommandName, commands, isCommandName } from '../../../commands/index.js';
import { UserFacingError } from '../../answers/errors.js';

/** A console line read as Discord would receive it: a command and its options. */
export interface SlashLine {
  readonly command: CommandName;
  readonly options: Record<string, string>;
}

/**
 * Reads "/search query: kontainer limit: 3" the way Discord's client shows options: `name: value`
 * pairs, each value running to the next option name. Words before any option name fill the
 * command's main option ("/search kontainer").
 */
export function parseSlashLine(line: string): SlashLine {
  const match = /^\/?([\p{L}\p{N}_-]+)\s*(.*)$/su.exec(line.trim());
  if (!match) throw new UserFacingError('Type a command such as /search query: kontainer, or /help.');
  const name = match[1]!.toLowerCase();
  if (!isCommandName(name)) throw new UserFacingError(`Unknown command /${name}. Try /help.`);
  const module = commands[name];
  // `page:` is the console's own option (Discord pages with buttons): every command that has a limit takes it.
  const names = (module.definition.options ?? []).map((o) => o.name);
  if (names.includes('limit')) names.push('page');
  const rest = match[2]!;
  const options: Record<string, string> = {};
  if (names.length === 0 || rest.trim() === '') return { command: name, options };
  const marker = new RegExp(`(?:^|\\s)(${names.map(escapeRegExp).join('|')}):\\s*`, 'gu');
  const found = [...rest.matchAll(marker)];
  const leading = (found[0] ? rest.slice(0, found[0].index) : rest).trim();
  if (leading) {
    if (!module.positional) throw new UserFacingError(`/${name} takes no free words; options are ${names.map((n) => `${n}:`).join(', ')}.`);
    options[module.positional] = leading;
  }
  found.forEach((m, i) => {
    const end = found[i + 1]?.index ?? rest.length;
    options[m[1]!] = rest.slice(m.index + m[0].length, end).trim();
  });
  return { command: name, options };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
