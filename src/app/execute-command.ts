import { ZodError } from 'zod';
import type { CommandContext } from '../../commands/command.js';
import { type CommandName, commands } from '../../commands/index.js';
import { describeOptionErrors, MAX_LIMIT } from '../../commands/option-schemas.js';
import { UserFacingError } from '../answers/errors.js';
import type { Answer } from '../answers/types.js';

/**
 * Validates raw options against a command's schema and runs it. Every transport calls this, so
 * options are checked the same way whether they came from Discord, HTTP, the console or the CLI.
 * Invalid options become a `UserFacingError` naming the option.
 */
export function executeCommand(name: CommandName, rawOptions: Readonly<Record<string, unknown>>, context: CommandContext): Answer {
  const command = commands[name];
  const displayNames = displayNamesOf(name);
  const parsed = command.options.safeParse(rawOptions);
  if (!parsed.success) throw new UserFacingError(describeOptionErrors(parsed.error, context.locale, displayNames));
  try {
    return command.run(parsed.data, context);
  } catch (error) {
    if (error instanceof ZodError) throw new UserFacingError(describeOptionErrors(error, context.locale, displayNames));
    throw error;
  }
}

/** Where one page sits among an answer's results. */
export interface PageInfo {
  /** 1-based page shown. */
  readonly page: number;
  /** How many pages the matches fill (at least 1). */
  readonly pages: number;
  /** 0-based position, among all the matches, of the page's first result. */
  readonly first: number;
  /** Results per page: the command's `limit`. */
  readonly size: number;
}

/**
 * Runs a command and keeps one page of its results, for the CLI (`--page N`) and the console
 * (`page:`, `/next`, `/prev`): `limit` is the page's size, and page N holds matches
 * (N-1)·limit+1 … N·limit of the same ranking as page 1 (the best N·limit are found, the last
 * `limit` kept), so paging never needs more than the engine's top-k. `page` is 1 when absent.
 */
export function executePage(
  name: CommandName,
  rawOptions: Readonly<Record<string, unknown>>,
  rawPage: unknown,
  context: CommandContext,
): PageInfo & { answer: Answer } {
  const id = context.locale === 'id';
  const page = pageNumber(rawPage, id);
  const parsed = commands[name].options.safeParse(rawOptions);
  if (!parsed.success) executeCommand(name, rawOptions, context); // throws the option errors
  const limit = parsed.success ? (parsed.data as { limit?: unknown }).limit : undefined;
  if (typeof limit !== 'number') {
    if (page > 1) throw new UserFacingError(id ? `/${name} hanya punya satu halaman.` : `/${name} has one page only.`);
    const answer = executeCommand(name, rawOptions, context);
    return { answer, page: 1, pages: 1, first: 0, size: Math.max(1, answer.results.length) };
  }
  const size = limit;
  if (size * page > MAX_LIMIT) {
    throw new UserFacingError(
      id
        ? `Halaman ${page} dengan batas ${size} melewati ${MAX_LIMIT} hasil pertama; persempit pencarian atau perbesar batas.`
        : `Page ${page} of ${size} results would go past the first ${MAX_LIMIT} results; narrow the request or raise the limit.`,
    );
  }
  const whole = executeCommand(name, page === 1 ? rawOptions : { ...rawOptions, limit: size * page }, context);
  const first = (page - 1) * size;
  const results = whole.results.slice(first, first + size);
  const reached = whole.results.length;
  const pages = Math.max(1, Math.ceil(Math.max(whole.total, reached) / size));
  if (page > 1 && results.length === 0) {
    throw new UserFacingError(
      id ? `Tidak ada halaman ${page}: hasilnya hanya ${pages} halaman.` : `There is no page ${page}: the results fill ${pages} page${pages === 1 ? '' : 's'}.`,
    );
  }
  return { answer: { ...whole, results } as Answer, page, pages, first, size };
}

function pageNumber(raw: unknown, id: boolean): number {
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return 1;
  const text = String(raw).trim();
  const n = /^\d{1,4}$/u.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_LIMIT)
    throw new UserFacingError(id ? `halaman: harus bilangan bulat 1 sampai ${MAX_LIMIT}` : `page: must be a whole number from 1 to ${MAX_LIMIT}`);
  return n;
}

function displayNamesOf(name: CommandName): Record<string, string> {
  return Object.fromEntries((commands[name].definition.options ?? []).map((o) => [o.name, o.name_localizations?.id ?? o.name]));
}

/** Names of the options a command accepts (for the CLI's and console's parsers). */
export function optionNames(name: CommandName): string[] {
  return (commands[name].definition.options ?? []).map((o) => o.name);
}
