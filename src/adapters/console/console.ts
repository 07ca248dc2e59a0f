// The local console chat: the bot with no Slack or Discord tokens at all. Reads lines, answers like the chat
// answers will read: speaker — date — “snippet” — outlet, title, link.
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { COMMANDS, runCommandLine } from '../../../commands/index.ts';
import type { Whosaid } from '../../core.ts';
import type { Logger } from '../../log.ts';
import { answerToText } from '../../render/text.ts';
import { REPORT_REASONS, type ReportReason } from '../../feedback/reports.ts';
import type { StatementHit } from '../../model.ts';
import { hitsOf, totalOf } from '../../render/pages.ts';
import { REPORT_FAILED, REPORT_THANKS } from '../../render/wording.ts';
import { userInfo } from 'node:os';

export interface ConsoleOptions {
  input: Readable;
  output: Writable;
  color: boolean;
  log: Logger;
}

const WRONG_USAGE = `/wrong <entry number> <${REPORT_REASONS.join('|')}> [note]`;
/** Timeline entries printed at once: a much-quoted speaker's whole timeline would scroll for minutes. */
const CONSOLE_PAGE = 20;

export function helpText(): string {
  return [
    'Ask me:',
    ...COMMANDS.map((command) => `  ${command.usage}\n      ${command.description}`),
    `  /more\n      The next ${CONSOLE_PAGE} entries of the last timeline`,
    `  ${WRONG_USAGE}\n      Report an entry of the last answer as wrong, for the corpus keeper`,
    '  /help, /quit',
  ].join('\n');
}

/** "/wrong 2 speaker it was the deputy" → the entry, reason and note; a usage message when it does not parse. */
function parseWrong(text: string): { entry: number; reason: ReportReason; note: string | null } | string {
  const match = /^\/wrong\s+(\d+)\s+(\S+)\s*([\s\S]*)$/.exec(text);
  const reason = REPORT_REASONS.find((known) => known === match?.[2]);
  if (!match || !reason) return `Usage: ${WRONG_USAGE}`;
  return { entry: Number(match[1]), reason, note: match[3]?.trim() || null };
}

/** Resolves when the user quits or the input ends. */
export function runConsole(core: Whosaid, options: ConsoleOptions): Promise<void> {
  const lines = createInterface({ input: options.input, output: options.output, terminal: options.color, prompt: 'whosaid> ' });
  const say = (text: string) => options.output.write(`${text}\n`);
  say(`whosaid — ${core.stats.statements} statements from ${core.stats.documents} articles. Type /help.`);
  lines.prompt();
  /** The last answer's question and entries shown, for /more and /wrong (which count from its first entry). */
  let last: { line: string; offset: number; hits: StatementHit[]; total: number } | null = null;
  // Lines are answered one at a time, in order: a report is written before the next question is read.
  let queue: Promise<void> = Promise.resolve();
  const report = async (text: string): Promise<void> => {
    const parsed = parseWrong(text);
    const hit = typeof parsed === 'string' || !last ? undefined : last.hits[parsed.entry - 1 - last.offset];
    if (typeof parsed === 'string' || !hit) {
      say(
        typeof parsed === 'string'
          ? parsed
          : !last || last.hits.length === 0
            ? 'Ask something first; /wrong reports an entry of the last answer.'
            : `The last answer has entries ${last.offset + 1}–${last.offset + last.hits.length}.`,
      );
      return;
    }
    const result = await core.reportWrong({ statement: hit.id, reason: parsed.reason, note: parsed.note, user: userInfo().username, platform: 'console' });
    say(result.ok ? REPORT_THANKS : result.message);
  };
  return new Promise((resolve) => {
    lines.on('line', (line) => {
      queue = queue.then(() => answerLine(line));
    });
    const answerLine = async (line: string) => {
      const text = line.trim();
      if (text === '/quit' || text === '/exit') {
        lines.close();
        return;
      }
      if (text === '/help' || text === 'help') say(helpText());
      else if (text.startsWith('/wrong')) {
        await report(text).catch((error: unknown) => {
          options.log.error(`console: storing a report failed: ${(error as Error).stack ?? String(error)}`);
          say(REPORT_FAILED);
        });
      } else if (text) {
        try {
          const more = text === '/more';
          if (more && !(last && last.offset + last.hits.length < last.total)) {
            say(last ? 'That was the whole answer.' : 'Ask something first; /more shows the next entries of a timeline.');
            lines.prompt();
            return;
          }
          const line = more && last ? last.line : text.startsWith('/') ? text : `/who-said ${text}`;
          const offset = more && last ? last.offset + CONSOLE_PAGE : 0;
          const answer = runCommandLine(core, line, { offset, limit: CONSOLE_PAGE });
          say(answer ? answerToText(answer, { color: options.color }) : `Unknown command. ${helpText()}`);
          if (answer && answer.kind !== 'usage') {
            const hits = hitsOf(answer);
            const shown = answer.kind === 'timeline' ? answer.offset : 0;
            last = { line, offset: shown, hits, total: totalOf(answer) };
            if (shown + hits.length < last.total) say(`Entries ${shown + 1}–${shown + hits.length} of ${last.total}; /more shows the next ${Math.min(CONSOLE_PAGE, last.total - shown - hits.length)}.`);
          }
        } catch (error) {
          // One bad question must not end the session.
          options.log.error(`console: ${(error as Error).stack ?? String(error)}`);
          say('Sorry, something went wrong answering that. The error is in the log.');
        }
      }
      lines.prompt();
    };
    lines.on('close', () => void queue.then(() => resolve()));
  });
}
