// Slack under load while a large ingest runs: `npm start` (src/main.ts, HTTP mode) in its own process, restarted
// over a corpus where N articles arrived since its snapshot, so it catches up in the background; meanwhile C
// signed slash commands arrive evenly over S seconds on loopback. Measures each ack (HTTP response) and whether
// every command was answered (a chat.postMessage or a response_url post reaching the fake Slack).
// Usage: npm run bench:slack [-- --articles 10000 --commands 500 --seconds 10]   (JSON on stdout)
import { execFile, spawn } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { FakeSlack } from '../test/fakes/slack.ts';
import { SIGNING_SECRET, postSigned, slashCommandBody } from '../test/helpers/slack-requests.ts';
import { makeCorpus, writeCorpus } from './corpus.ts';
import { seeded } from './random.ts';
import { percentiles, round } from './stats.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '10000' }, commands: { type: 'string', default: '500' }, seconds: { type: 'string', default: '10' } } });
const articles = Number(values.articles);
const commands = Number(values.commands);
const seconds = Number(values.seconds);
const ROOT = join(import.meta.dirname, '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const progress = (what: string) => process.stderr.write(`slack-load: ${what}\n`);

/** Phrases the seed articles attribute, and people they quote: questions with real answers. */
const WHO_SAID = ['year of our victory', 'fully supports', 'peace plan', 'territorial integrity', 'ceasefire', 'sovereignty of all countries', 'not a peace plan', 'dialogue and negotiation'];
const TIMELINE = ['Zelensky', 'Wang Yi', 'Lukashenko', 'Blinken'];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const work = await mkdtemp(join(tmpdir(), 'whosaid-slack-load-'));
const corpusDir = join(work, 'corpus');
const dataDir = join(work, 'data');
const fake = new FakeSlack();
let bot: ReturnType<typeof spawn> | null = null;
try {
  await cp(join(ROOT, 'corpus'), corpusDir, { recursive: true });
  // The snapshot of the seed corpus: the state of a bot that was running before the articles arrived.
  await promisify(execFile)(TSX, [join(ROOT, 'src', 'cli.ts'), 'statements', '--corpus', corpusDir, '--data', dataDir], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, LOG_LEVEL: 'error' } });
  const corpus = await makeCorpus(articles, seeded(1));
  await writeCorpus(corpusDir, corpus.articles);
  progress(`${articles} articles (${corpus.source}) added since the snapshot`);

  await fake.start();
  const port = await freePort();
  const env = { ...process.env, WHOSAID_CORPUS: corpusDir, WHOSAID_DATA: dataDir, LOG_LEVEL: 'warn', SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl, PORT: String(port) };
  const started = performance.now();
  bot = spawn(TSX, [join(ROOT, 'src', 'main.ts')], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const health = async () => (await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as { status: string; articles: number; statements: number };
  let before: Awaited<ReturnType<typeof health>> | null = null;
  while (!before) {
    before = await health().catch(() => null);
    if (!before) await new Promise((resolve) => setTimeout(resolve, 50));
    if (performance.now() - started > 60_000) throw new Error('the bot did not start within 60 s');
  }
  progress(`bot listening after ${Math.round(performance.now() - started)} ms: ${before.status}, ${before.articles} articles`);

  // C commands, evenly spaced, each to its own channel and response_url so its answer can be found.
  const acks: number[] = [];
  const statuses: number[] = [];
  const sentAt: number[] = [];
  const sends: Array<Promise<void>> = [];
  const windowStart = performance.now();
  for (let i = 0; i < commands; i++) {
    const due = windowStart + (i * seconds * 1000) / commands;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const timeline = i % 5 === 4;
    const body = slashCommandBody(timeline ? '/timeline' : '/who-said', timeline ? (TIMELINE[i % TIMELINE.length] as string) : (WHO_SAID[i % WHO_SAID.length] as string), fake.responseUrl(`r${i}`), `C${i}`);
    sentAt[i] = performance.now();
    sends.push(
      postSigned(port, body).then(
        async (response) => {
          acks[i] = performance.now() - (sentAt[i] as number);
          statuses[i] = response.status;
          await response.text();
        },
        () => {
          statuses[i] = 0;
        },
      ),
    );
  }
  await Promise.all(sends);
  const during = await health();
  progress(`${commands} commands sent over ${seconds} s; the bot meanwhile went from ${before.articles} to ${during.articles} articles (${during.status})`);

  // Every command answered: a post to its channel or to its response_url.
  const answered = () => {
    const channels = new Set(fake.posted().map((call) => String(call.args.channel)));
    const responded = new Set(fake.responses.map((r) => r.path.replace('/respond/', '')));
    return Array.from({ length: commands }, (_, i) => channels.has(`C${i}`) || responded.has(`r${i}`)).filter(Boolean).length;
  };
  const until = performance.now() + 60_000;
  while (answered() < commands && performance.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));

  const result = {
    articlesAdded: articles,
    source: corpus.source,
    commands,
    seconds,
    ackMs: percentiles(acks.filter((ms) => ms !== undefined)),
    acked: statuses.filter((status) => status === 200).length,
    answered: answered(),
    lost: commands - answered(),
    ingestDuringWindow: { articlesBefore: before.articles, articlesAfter: during.articles, statusAfter: during.status },
    target: { ackP99MaxMs: 300, met: false },
  };
  result.target.met = result.ackMs.p99 <= 300 && result.lost === 0 && result.acked === commands;
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  progress(`${result.target.met ? 'ok  ' : 'MISS'} ack p99 ${round(result.ackMs.p99, 0)} ms (≤ 300), ${result.acked}/${commands} acked, ${result.answered}/${commands} answered`);
} finally {
  // The bot saves its snapshot on SIGTERM: let it finish before its folder goes.
  if (bot && bot.exitCode === null) {
    const exited = new Promise((resolve) => bot?.once('exit', resolve));
    bot.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  }
  await fake.stop().catch(() => undefined);
  await rm(work, { recursive: true, force: true }).catch(() => undefined);
}
