// `npm run register`: puts the commands of commands/ on Discord — on one guild when DISCORD_GUILD_ID is set
// (instant), globally otherwise (Discord may take up to an hour to show them).
import 'dotenv/config';
import { inviteUrl } from './adapters/discord/permissions.ts';
import { registerCommands } from './adapters/discord/register.ts';
import { ConfigError, loadConfig } from './config.ts';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (!config.discord) throw new ConfigError('whosaid: set DISCORD_TOKEN and DISCORD_APPLICATION_ID (in .env) to register the commands.');
  const names = await registerCommands(config.discord);
  const where = config.discord.guildId ? `guild ${config.discord.guildId}` : 'all guilds (global; may take up to an hour to appear)';
  process.stdout.write(`Registered ${names.map((name) => `/${name}`).join(', ')} for ${where}.\n`);
  process.stdout.write(`Invite the bot with: ${inviteUrl(config.discord.applicationId)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : `whosaid: registering failed: ${(error as Error).message}`}\n`);
  process.exit(1);
});
