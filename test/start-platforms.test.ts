// `npm start` with platform variables set: Slack and Discord both come up from the environment alone (no console),
// answer, and a half-set configuration stops at once with the missing variable named.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ID, FakeDiscord } from './fakes/discord.ts';
import { FakeSlack } from './fakes/slack.ts';
import { SEED_CORPUS } from './helpers/corpus.ts';
import { SIGNING_SECRET, postSigned, slashCommandBody } from './helpers/slack-requests.ts';

const ROOT = join(import.meta.dirname, '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function start(env: Record<string, string>): { child: ChildProcessWithoutNullStreams; stderr: () => string } {
  const child = spawn(TSX, [join(ROOT, 'src', 'main.ts')], { cwd: ROOT, env: { ...process.env, WHOSAID_CORPUS: SEED_CORPUS, LOG_LEVEL: 'info', ...env } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return { child, stderr: () => stderr };
}

async function until<T>(probe: () => T | undefined | null | false, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('GIVEN npm start with Slack and Discord variables', () => {
  it('THEN both platforms come up, the console does not, and Slack answers', async () => {
    const slack = new FakeSlack();
    const discord = new FakeDiscord();
    await Promise.all([slack.start(), discord.start()]);
    const data = await mkdtemp(join(tmpdir(), 'whosaid-start-'));
    const { child, stderr } = start({
      WHOSAID_DATA: data,
      SLACK_BOT_TOKEN: 'xoxb-start',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      PORT: '0',
      DISCORD_TOKEN: 'fake-bot-token',
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: discord.apiUrl,
    });
    try {
      const port = Number(await until(() => /slack: listening for events on http:\/\/0\.0\.0\.0:(\d+)\/slack\/events/.exec(stderr())?.[1], 'Slack to listen'));
      await until(() => stderr().includes('discord: logged in as whosaid'), 'Discord to log in');
      expect(stderr()).not.toContain('console');
      await postSigned(port, slashCommandBody('/who-said', 'fully supports', slack.responseUrl('start')));
      await slack.waitFor(() => slack.posted().length === 2, 'the answer and its sources', 10_000);
      expect(JSON.stringify(slack.posted()[0]?.args.blocks)).toContain('Lukashenko');
      // Not a terminal: the service logs JSON lines, one per message.
      const lines = stderr().split('\n').filter(Boolean);
      expect(lines.length).toBeGreaterThan(3);
      for (const line of lines) expect(JSON.parse(line)).toMatchObject({ level: expect.any(String), msg: expect.any(String), time: expect.any(String) });

      // SIGTERM: both platforms stop, the HTTP port closes, the snapshot is saved, exit code 0.
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
      expect((await readdir(data)).some((name) => name.endsWith('.bin'))).toBe(true);
      expect(stderr()).toContain('SIGTERM: stopping slack and discord');
    } finally {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
      await Promise.all([slack.stop(), discord.stop()]);
    }
  });

  it('WHEN Discord refuses the token THEN it exits 1 with one clear line and no stack trace', async () => {
    const discord = new FakeDiscord();
    await discord.start();
    // What Discord answers a wrong bot token.
    discord.failures.set('GET /gateway/bot', [401, 0, '401: Unauthorized']);
    const { child, stderr } = start({ WHOSAID_DATA: await mkdtemp(join(tmpdir(), 'whosaid-start-')), DISCORD_TOKEN: 'wrong-token', DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: discord.apiUrl });
    try {
      const code = await new Promise((resolve) => child.once('exit', resolve));
      expect(code).toBe(1);
      expect(stderr()).toMatch(/Discord refused DISCORD_TOKEN \(.*\); check the bot token in \.env\./);
      expect(stderr()).not.toMatch(/^\s+at /m);
      expect(stderr()).not.toContain('logged in');
    } finally {
      await discord.stop();
    }
  });

  it('WHEN Slack is half set THEN it exits 1 naming the missing variable', async () => {
    const { child, stderr } = start({ SLACK_SIGNING_SECRET: 'only-this', SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '' });
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr()).toContain('SLACK_BOT_TOKEN is missing');
  });
});
