// The permissions the bot uses, and no more: what the README's invite URL asks for.
import { PermissionFlagsBits } from 'discord.js';

export const BOT_PERMISSIONS =
  PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks | PermissionFlagsBits.CreatePublicThreads | PermissionFlagsBits.SendMessagesInThreads;

export function inviteUrl(applicationId: string): string {
  return `https://discord.com/oauth2/authorize?client_id=${applicationId}&scope=bot%20applications.commands&permissions=${BOT_PERMISSIONS}`;
}
