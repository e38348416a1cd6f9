import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { z } from 'zod';
import type { Answer, Locale } from '../src/answers/types.js';
import type { CorpusIndex } from '../src/corpus-index/corpus-index.js';

/** An autocomplete suggestion (Discord allows at most 25, names up to 100 characters). */
export interface Choice {
  readonly name: string;
  readonly value: string;
}

/** What a handler may read: the loaded index and the user's language for messages. */
export interface CommandContext {
  readonly index: CorpusIndex;
  readonly locale: Locale;
}

/**
 * One slash command: its Discord definition and a transport-neutral handler.
 * The CLI, the local console, the gateway bot and the HTTP endpoint all call `run`;
 * only rendering differs per transport.
 */
export interface CommandModule<Name extends string = string, Options = unknown> {
  readonly definition: RESTPostAPIChatInputApplicationCommandsJSONBody & { readonly name: Name };
  /** Validates the raw option map again on receipt (Discord, HTTP, console and CLI alike). */
  readonly options: z.ZodType<Options, z.ZodTypeDef, unknown>;
  /** The option that the CLI's and console's free words fill (`ask search kontainer`). */
  readonly positional?: string;
  run(options: Options, context: CommandContext): Answer;
  autocomplete?(option: string, value: string, context: CommandContext): Choice[];
}
