// The operator log: JSON lines a collector can read, plain lines for a person, and no token or secret in either.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createServiceLogger } from '../src/log.ts';

const SLACK_TOKEN = 'xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOp';
const SIGNING_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const DISCORD_TOKEN = 'MTA4NzY1NDMyMTA5ODc2NTQzMg.GhIjKl.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';

function capture(format: 'json' | 'plain', secrets: string[]) {
  const lines: string[] = [];
  const log = createServiceLogger({ level: 'info', format, secrets, write: (line) => lines.push(line) });
  return { log, lines };
}

describe('GIVEN the service log as JSON', () => {
  it('THEN each message is one JSON line with time, level, component and msg, even when a file name holds a line break', () => {
    const { log, lines } = capture('json', []);
    log.info('slack: listening for events on http://0.0.0.0:3000/slack/events');
    log.warn('corpus: skipped two\nlines.md: not a regular file');
    log.debug('not shown at info');
    expect(lines).toHaveLength(2);
    const [first, second] = lines.map((line) => JSON.parse(line));
    expect(first).toMatchObject({ level: 'info', component: 'slack', service: 'whosaid', msg: 'slack: listening for events on http://0.0.0.0:3000/slack/events' });
    expect(new Date(first.time).getTime()).not.toBeNaN();
    expect(second).toMatchObject({ level: 'warn', component: 'corpus' });
    expect(lines.every((line) => !line.includes('\n'))).toBe(true);
  });
});

describe('GIVEN tokens and secrets in a message', () => {
  it.each(['json', 'plain'] as const)('THEN the %s log shows [redacted] instead, whether configured or only shaped like a token', (format) => {
    const config = loadConfig({ SLACK_BOT_TOKEN: SLACK_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, DISCORD_TOKEN, DISCORD_APPLICATION_ID: '123456789012345678' });
    const { log, lines } = capture(format, config.secrets);
    log.error(`slack: request to https://slack.test/api?token=${SLACK_TOKEN} failed; secret ${SIGNING_SECRET}`);
    log.error(`discord: login with ${DISCORD_TOKEN} refused`);
    log.warn('slack: another app token xapp-1-A0000-1111-abcdef was seen');
    const text = lines.join('\n');
    for (const secret of [SLACK_TOKEN, SIGNING_SECRET, DISCORD_TOKEN, 'xapp-1-A0000-1111-abcdef']) expect(text).not.toContain(secret);
    expect(text.match(/\[redacted\]/g)).toHaveLength(4);
    expect(text).toContain('refused');
  });
});
