// The registry of slash commands every adapter reads.
import type { Whosaid } from '../src/core.ts';
import type { Answer } from '../src/model.ts';
import { timelineCommand } from './timeline.ts';
import type { AnswerWindow, Command } from './types.ts';
import { inItsOwnTurn } from './turns.ts';
import { whoSaidCommand } from './who-said.ts';

export type { AnswerWindow, Command, CommandOption } from './types.ts';

export const COMMANDS: readonly Command[] = [whoSaidCommand as Command, timelineCommand as Command];

export function findCommand(name: string): Command | undefined {
  const wanted = name.replace(/^\//, '').toLowerCase();
  return COMMANDS.find((command) => command.name === wanted);
}

/** Validates raw options with the command's schema and runs it; invalid options become a usage answer. */
export function runCommand(core: Whosaid, command: Command, raw: Record<string, unknown>, window?: AnswerWindow): Answer {
  const parsed = command.schema.safeParse(raw);
  if (!parsed.success) {
    return { kind: 'usage', command: command.name, message: `Usage: ${command.usage}` };
  }
  return command.run(core, parsed.data, window);
}

/** runCommand for chat faces: worked out in a turn of its own, after pending acks (see turns.ts). */
export function answerInTurn(core: Whosaid, command: Command, raw: Record<string, unknown>, window?: AnswerWindow): Promise<Answer> {
  return inItsOwnTurn(() => runCommand(core, command, raw, window));
}

/** "/timeline Zelensky from:2023-02" → the command's answer, or null when the line is not a known command. */
export function runCommandLine(core: Whosaid, line: string, window?: AnswerWindow): Answer | null {
  const match = /^\/?([\w-]+)\s*([\s\S]*)$/.exec(line.trim());
  const command = match ? findCommand(match[1] ?? '') : undefined;
  if (!match || !command) return null;
  return runCommand(core, command, command.fromText(match[2] ?? ''), window);
}
