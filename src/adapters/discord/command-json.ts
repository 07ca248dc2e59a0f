// The commands of commands/ as Discord application commands: the same names, descriptions and options.
import { ApplicationCommandOptionType, ApplicationCommandType, type RESTPutAPIApplicationCommandsJSONBody } from 'discord.js';
import type { Command } from '../../../commands/index.ts';

/** Dates are typed as YYYY, YYYY-MM or YYYY-MM-DD; Discord enforces the length, the command's schema the rest. */
const DATE_OPTIONS = new Set(['from', 'to']);

export function toDiscordCommands(commands: readonly Command[]): RESTPutAPIApplicationCommandsJSONBody {
  return commands.map((command) => ({
    type: ApplicationCommandType.ChatInput,
    name: command.name,
    description: command.description.slice(0, 100),
    options: command.options.map((option) => ({
      type: ApplicationCommandOptionType.String as const,
      name: option.name,
      description: option.description.slice(0, 100),
      required: option.required,
      ...(option.autocomplete ? { autocomplete: true } : {}),
      ...(DATE_OPTIONS.has(option.name) ? { min_length: 4, max_length: 10 } : { max_length: 300 }),
    })),
  }));
}
