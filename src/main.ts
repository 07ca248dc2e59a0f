// Wires config → core → the faces that are configured. With no chat platform tokens: the console chat.
import 'dotenv/config';
import { runConsole } from './adapters/console/console.ts';
import { ConfigError, loadConfig } from './config.ts';
import { Whosaid } from './core.ts';
import { createLogger } from './log.ts';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const log = createLogger(config.logLevel);
  const core = await Whosaid.open({ corpusDir: config.corpusDir, dataDir: config.dataDir, log });
  log.info('console: no Slack or Discord tokens configured; starting the local console chat');
  await runConsole(core, { input: process.stdin, output: process.stdout, color: process.stdout.isTTY === true, log });
  // /quit or end of input: nothing else is running, but an open stdin would keep the process alive.
  process.stdin.destroy();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : `whosaid: ${(error as Error).stack ?? String(error)}`}\n`);
  process.exit(1);
});
