// Wires config → core → the faces that are configured: Slack and/or Discord when their tokens are set, else the
// local console chat.
import 'dotenv/config';
import { runConsole } from './adapters/console/console.ts';
import { ConfigError, StartupError, loadConfig } from './config.ts';
import { watchCorpus } from './corpus-watcher.ts';
import { Whosaid } from './core.ts';
import { ArticleReaderPool } from './ingest/pool.ts';
import { createServiceLogger, redactor } from './log.ts';

interface Running {
  name: string;
  stop(): Promise<void>;
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const log = createServiceLogger({ level: config.logLevel, format: config.logFormat ?? (process.stderr.isTTY ? 'plain' : 'json'), secrets: config.secrets });
  const readers = new ArticleReaderPool({ budgetMs: config.fileTimeLimitMs });
  const core = await Whosaid.open({ corpusDir: config.corpusDir, dataDir: config.dataDir, log, reconcile: 'background', readers, readyForUpdates: true });
  const watcher = watchCorpus(core, config.corpusDir, log);

  if (!config.slack && !config.discord) {
    log.info('console: no Slack or Discord tokens configured; starting the local console chat');
    // A service manager's SIGTERM (or Ctrl-C outside the prompt) ends the chat like /quit: the snapshot is saved.
    const input = process.stdin;
    const stop = (signal: string) => {
      log.info(`${signal}: closing the console`);
      input.push(null);
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
    await runConsole(core, { input, output: process.stdout, color: process.stdout.isTTY === true, log });
    // /quit or end of input: nothing else is running, but an open stdin would keep the process alive.
    process.stdin.destroy();
    await watcher.close();
    return;
  }

  // A failure inside one answer must never take the bot down for everyone else.
  process.on('unhandledRejection', (reason) => log.error(`unhandled rejection: ${(reason as Error)?.stack ?? String(reason)}`));
  const running: Running[] = [];
  // Each platform's library is loaded only when it is configured (discord.js and Bolt take about half a second each).
  if (config.slack) {
    const { createSlackBot } = await import('./adapters/slack/app.ts');
    const slack = createSlackBot(core, config.slack, log);
    await slack.start();
    running.push({ name: 'slack', stop: () => slack.stop() });
  }
  if (config.discord) {
    const { createDiscordBot } = await import('./adapters/discord/bot.ts');
    const discord = createDiscordBot(core, config.discord, log);
    await discord.start();
    running.push({ name: 'discord', stop: () => discord.stop() });
  }
  const shutdown = async (signal: string) => {
    log.info(`${signal}: stopping ${running.map((r) => r.name).join(' and ')}`);
    await Promise.allSettled([...running.map((r) => r.stop()), watcher.close()]);
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  const plain = error instanceof ConfigError || error instanceof StartupError;
  // The configuration may be what failed: redact whatever tokens the environment holds.
  const redact = redactor(['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'DISCORD_TOKEN'].map((name) => process.env[name] ?? ''));
  process.stderr.write(`${redact(plain ? error.message : `whosaid: ${(error as Error).stack ?? String(error)}`)}\n`);
  process.exit(1);
});
