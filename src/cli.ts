// The command-line face (stable contract, see DESIGN.md):
//   cli who-said "<phrase>" [--json]
//   cli timeline "<person or topic>" [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]
//   cli statements [--doc ID] --json
// Every command takes --corpus DIR (default WHOSAID_CORPUS or corpus/) and --data DIR.
import { parseArgs } from 'node:util';
import 'dotenv/config';
import { ConfigError, loadConfig } from './config.ts';
import { Whosaid } from './core.ts';
import { createLogger } from './log.ts';
import type { Answer } from './model.ts';
import { answerToText } from './render/text.ts';

const USAGE = `usage:
  npm run -s cli -- who-said "<phrase>" [--json]
  npm run -s cli -- timeline "<person or topic>" [--from YYYY-MM[-DD]] [--to YYYY-MM[-DD]] [--json]
  npm run -s cli -- statements [--doc ID] --json
options: --corpus DIR, --data DIR`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

async function main(): Promise<void> {
  let parsed: ReturnType<typeof parseArgs<{ allowPositionals: true; options: Record<string, { type: 'string' | 'boolean' }> }>>;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        corpus: { type: 'string' },
        data: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        doc: { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) fail(USAGE);

  const config = loadConfig(process.env);
  const json = values.json === true;
  // With --json, stdout carries one JSON document; warnings still reach the operator on stderr.
  const log = createLogger(json ? 'warn' : config.logLevel === 'info' ? 'warn' : config.logLevel);
  const core = await Whosaid.open({
    corpusDir: typeof values.corpus === 'string' ? values.corpus : config.corpusDir,
    dataDir: typeof values.data === 'string' ? values.data : config.dataDir,
    log,
  });

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
      const answer = core.timeline({ query: text, from: values.from as string | undefined, to: values.to as string | undefined });
      print(answer, answer.kind === 'timeline' ? { query: answer.query, speaker: answer.speaker, from: answer.from, to: answer.to, entries: answer.entries, notes: answer.notes } : null);
      return;
    }
    case 'statements': {
      const statements = core.statements(typeof values.doc === 'string' ? values.doc : undefined);
      if (json) process.stdout.write(`${JSON.stringify(statements, null, 2)}\n`);
      else for (const s of statements) process.stdout.write(`${s.id}\t${s.speaker.canonical}\t${s.saidOn?.date ?? ''}\t${s.kind}\t${s.text}\n`);
      return;
    }
    default:
      fail(`unknown command "${command}"\n${USAGE}`);
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) fail(error.message);
  process.stderr.write(`whosaid: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
