// Puts the commands of commands/ on Discord: on one guild when a guild id is configured, else globally.
import { REST, Routes } from 'discord.js';
import { COMMANDS } from '../../../commands/index.ts';
import type { DiscordConfig } from '../../config.ts';
import { toDiscordCommands } from './command-json.ts';

export async function registerCommands(config: DiscordConfig): Promise<string[]> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const route = config.guildId ? Routes.applicationGuildCommands(config.applicationId, config.guildId) : Routes.applicationCommands(config.applicationId);
  const registered = (await rest.put(route, { body: toDiscordCommands(COMMANDS) })) as Array<{ name: string }>;
  return registered.map((command) => command.name);
}
