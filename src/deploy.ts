import { REST } from 'discord.js';
import { readConfig } from './app/start-up.js';
import { strictArgs, UsageError, type Values } from './app/strict-args.js';
import { commandRegistrationBody, registerCommands } from './interactions/command-registration.js';
import { describeDiscordError } from './interactions/discord-errors.js';

/**
 * `npm run deploy`: registers the slash commands, in DISCORD_GUILD_ID when set (instant) or
 * globally. `npm run deploy -- --dry-run` prints the JSON body it would send, and nothing else.
 */
const USAGE = `usage: npm run deploy [-- --dry-run]
  registers the slash commands (needs DISCORD_TOKEN and DISCORD_CLIENT_ID; DISCORD_GUILD_ID for one server)
  --dry-run    print the JSON body it would send, and nothing else
  -h, --help   this text`;

async function deploy(argv: readonly string[]): Promise<number> {
  // Strict: a mistyped flag ("--dryrun") must stop here, never fall through to a real deploy.
  let values: Values;
  try {
    const parsed = strictArgs(argv, { 'dry-run': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, 'npm run deploy');
    if (parsed.positionals.length > 0) throw new UsageError(`npm run deploy takes no words (got "${parsed.positionals.join(' ')}")`);
    values = parsed.values;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`sumber deploy: ${error.message}; nothing was deployed\n${USAGE}\n`);
    return 2;
  }
  if (values.help === true) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const body = commandRegistrationBody();
  if (values['dry-run'] === true) {
    process.stdout.write(`${JSON.stringify(body, null, 2)}\n`);
    return 0;
  }
  // deploy reads no corpus
  const config = readConfig('sumber deploy', { corpus: false });
  if (!config) return 1;
  const missing = (['DISCORD_TOKEN', 'DISCORD_CLIENT_ID'] as const).filter((key) => !config[key]);
  if (missing.length > 0 || !config.DISCORD_TOKEN || !config.DISCORD_CLIENT_ID) {
    process.stderr.write(`sumber deploy: set ${missing.join(' and ')} (in the environment or .env; see .env.example), or use --dry-run.\n`);
    return 1;
  }
  const rest = new REST({ version: '10' }).setToken(config.DISCORD_TOKEN);
  const where = config.DISCORD_GUILD_ID ? `in guild ${config.DISCORD_GUILD_ID} (available at once)` : 'globally (may take up to an hour to appear)';
  try {
    const count = await registerCommands(rest, { clientId: config.DISCORD_CLIENT_ID, guildId: config.DISCORD_GUILD_ID }, body);
    process.stderr.write(
      `sumber deploy: registered ${count} commands ${where}: ${body.map((c) => (c.type === undefined || c.type === 1 ? `/${c.name}` : `“${c.name}”`)).join(', ')}\n`,
    );
    return 0;
  } catch (error) {
    const described = describeDiscordError(error);
    process.stderr.write(
      `sumber deploy: Discord refused the commands: ${String(described.message)}${described.details ? ` ${String(described.details)}` : ''}\n`,
    );
    return 1;
  }
}

// Exit explicitly: the REST client's keep-alive connections would otherwise hold the process open.
process.exit(await deploy(process.argv.slice(2)));
