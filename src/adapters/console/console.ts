// The local console chat: the bot with no Slack or Discord tokens at all. Reads lines, answers like the chat
// answers will read: speaker — date — “snippet” — outlet, title, link.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { COMMANDS, runCommandLine } from '../../../commands/index.ts';
import type { Whosaid } from '../../core.ts';
import type { Logger } from '../../log.ts';
import { answerToText } from '../../render/text.ts';

export interface ConsoleOptions {
  input: Readable;
  output: Writable;
  color: boolean;
  log: Logger;
}

export function helpText(): string {
  return ['Ask me:', ...COMMANDS.map((command) => `  ${command.usage}\n      ${command.description}`), '  /help, /quit'].join('\n');
}

/** Resolves when the user quits or the input ends. */
export function runConsole(core: Whosaid, options: ConsoleOptions): Promise<void> {
  const lines = createInterface({ input: options.input, output: options.output, terminal: options.color, prompt: 'whosaid> ' });
  const say = (text: string) => options.output.write(`${text}\n`);
  say(`whosaid — ${core.stats.statements} statements from ${core.stats.documents} articles. Type /help.`);
  lines.prompt();
  return new Promise((resolve) => {
    lines.on('line', (line) => {
      const text = line.trim();
      if (text === '/quit' || text === '/exit') {
        lines.close();
        return;
      }
      if (text === '/help' || text === 'help') say(helpText());
      else if (text) {
        try {
          const answer = runCommandLine(core, text.startsWith('/') ? text : `/who-said ${text}`);
          say(answer ? answerToText(answer, { color: options.color }) : `Unknown command. ${helpText()}`);
        } catch (error) {
          // One bad question must not end the session.
          options.log.error(`console: ${(error as Error).stack ?? String(error)}`);
          say('Sorry, something went wrong answering that. The error is in the log.');
        }
      }
      lines.prompt();
    });
    lines.on('close', () => resolve());
  });
}
