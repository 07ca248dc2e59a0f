// The console chat driven by typed lines: what it printed, once it has read them all.
import { PassThrough } from 'node:stream';
import { runConsole } from '../../src/adapters/console/console.ts';
import type { Whosaid } from '../../src/core.ts';
import { createLogger } from '../../src/log.ts';

export async function consoleSession(core: Whosaid, typed: readonly string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let said = '';
  output.on('data', (chunk) => {
    said += String(chunk);
  });
  const done = runConsole(core, { input, output, color: false, log: createLogger('error') });
  input.end(`${typed.join('\n')}\n`);
  await done;
  return said;
}
