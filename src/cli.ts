// The command-line face (stable contract, see DESIGN.md):
//   cli who-said "<phrase>" [--json]
//   cli timeline "<person or topic>" [--from YYYY[-MM[-DD]]] [--to YYYY[-MM[-DD]]] [--json]
//   cli statements [--doc ID] --json
//   cli reports [--open] [--json]             "Wrong?" reports from chat users, to settle in corrections.yaml
// Every command takes --corpus DIR (default WHOSAID_CORPUS or corpus/) and --data DIR.
import { parseArgs } from 'node:util';
import 'dotenv/config';
import { ConfigError, loadConfig } from './config.ts';
import { Whosaid } from './core.ts';
import { createLogger } from './log.ts';
import type { Answer } from './model.ts';
import { reportsToText } from './render/reports.ts';
import { answerToText } from './render/text.ts';

const USAGE = `usage:
  npm run -s cli -- who-said "<phrase>" [--json]
  npm run -s cli -- timeline "<person or topic>" [--from YYYY[-MM[-DD]]] [--to YYYY[-MM[-DD]]] [--json]
  npm run -s cli -- statements [--doc ID] --json
  npm run -s cli -- reports [--open] [--json]
options: --corpus DIR, --data DIR`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

const OPTIONS = {
  json: { type: 'boolean' },
  corpus: { type: 'string' },
  data: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  doc: { type: 'string' },
  open: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

function readArguments() {
  try {
    return parseArgs({ allowPositionals: true, options: OPTIONS });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
}

async function main(): Promise<void> {
  const { values, positionals } = readArguments();
  const [command, ...rest] = positionals;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!command) fail(USAGE);

  const config = loadConfig(process.env);
  const json = values.json === true;
  // A one-shot command prints its answer; the "loaded N articles" info lines are noise here. Logs go to stderr,
  // so stdout stays one JSON document with --json.
  const log = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, undefined, config.secrets);
  const core = await Whosaid.open({ corpusDir: values.corpus ?? config.corpusDir, dataDir: values.data ?? config.dataDir, log });

  const print = (answer: Answer, data: unknown) => {
    if (answer.kind === 'usage') fail(answer.message);
    process.stdout.write(json ? `${JSON.stringify(data, null, 2)}\n` : `${answerToText(answer, { color: process.stdout.isTTY === true })}\n`);
  };
  const text = rest.join(' ');
  switch (command) {
    case 'who-said': {
      const answer = core.whoSaid(text);
      print(answer, answer.kind === 'who-said' ? { query: answer.query, results: answer.results, notes: answer.notes } : null);
      return;
    }
    case 'timeline': {
      const answer = core.timeline({ query: text, from: values.from, to: values.to });
      print(answer, answer.kind === 'timeline' ? { query: answer.query, speaker: answer.speaker, from: answer.from, to: answer.to, entries: answer.entries, notes: answer.notes } : null);
      return;
    }
    case 'statements': {
      const statements = core.statements(values.doc);
      if (json) process.stdout.write(`${JSON.stringify(statements, null, 2)}\n`);
      else for (const s of statements) process.stdout.write(`${s.id}\t${s.speaker.canonical}\t${s.saidOn?.date ?? ''}\t${s.kind}\t${s.text}\n`);
      return;
    }
    case 'reports': {
      const { reports, unreadable, path } = await core.listReports();
      const shown = values.open ? reports.filter((report) => !report.settled) : reports;
      if (json) process.stdout.write(`${JSON.stringify({ path, reports: shown, unreadable }, null, 2)}\n`);
      else process.stdout.write(`${reportsToText(shown, { path, unreadable, total: reports.length })}\n`);
      return;
    }
    default:
      fail(`unknown command "${command}"\n${USAGE}`);
  }
}

// `cli … | head` closes the pipe early: that is the reader's choice, not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main().catch((error: unknown) => {
  if (error instanceof ConfigError) fail(error.message);
  process.stderr.write(`whosaid: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
