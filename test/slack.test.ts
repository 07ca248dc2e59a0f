// The Slack face end to end: a real Bolt app in HTTP mode receives signed slash commands and button clicks on
// 127.0.0.1, and talks to a local fake Slack Web API that records what it posts.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type SlackBot, createSlackBot } from '../src/adapters/slack/app.ts';
import { Whosaid } from '../src/core.ts';
import { createLogger } from '../src/log.ts';
import { FakeSlack, type RecordedCall } from './fakes/slack.ts';
import { ARTICLE, corpusFolder, openCorpus, openSeeds } from './helpers/corpus.ts';
import { SIGNING_SECRET, blockActionBody, buttonClickBody, postSigned, slashCommandBody } from './helpers/slack-requests.ts';

const INKL = 'https://www.inkl.com/news/china-urges-russia-to-ceasefire-in-ukraine-as-zelenksy-calls-2023-year-of-our-victory';

/** Every text in a message's blocks, joined: what a reader of the message sees. */
function blockText(call: RecordedCall | { args: Record<string, unknown> }): string {
  return JSON.stringify(call.args.blocks ?? []);
}

interface Harness {
  fake: FakeSlack;
  bot: SlackBot;
  port: number;
  logs: string[];
}

async function startHarness(core: Whosaid): Promise<Harness> {
  const fake = new FakeSlack();
  await fake.start();
  const logs: string[] = [];
  const log = createLogger('info', (line) => logs.push(line));
  const bot = createSlackBot(core, { mode: 'http', botToken: 'xoxb-test', signingSecret: SIGNING_SECRET, port: 0, apiUrl: fake.apiUrl }, log);
  const { port } = await bot.start();
  return { fake, bot, port: port ?? 0, logs };
}

async function stopHarness(h: Harness): Promise<void> {
  await h.bot.stop();
  await h.fake.stop();
}

describe('GIVEN the Slack app over the seed corpus', () => {
  let h: Harness;
  /** How many statements the seed corpus has about China: what the pages count through. */
  let chinaTotal = 0;
  beforeAll(async () => {
    const core = await openSeeds();
    const answer = core.timeline({ query: 'China' });
    chinaTotal = answer.kind === 'timeline' ? answer.entries.length : 0;
    h = await startHarness(core);
  });
  afterAll(async () => stopHarness(h));
  afterEach(() => {
    h.fake.calls.length = 0;
    h.fake.responses.length = 0;
    h.fake.failures.clear();
  });

  async function ask(command: string, text: string, channel = 'C0GENERAL'): Promise<Response> {
    return postSigned(h.port, slashCommandBody(command, text, h.fake.responseUrl(`${command}-${Date.now()}`), channel));
  }

  it('WHEN /who-said year of our victory THEN it acks 200, posts the answer, and the sources as a thread reply under it', async () => {
    const ack = await ask('/who-said', 'year of our victory');
    expect(ack.status).toBe(200);
    await h.fake.waitFor(() => h.fake.posted().length >= 2, 'answer and sources');
    const [answer, sources] = h.fake.posted() as [RecordedCall, RecordedCall];
    expect(answer.token).toBe('xoxb-test');
    expect(answer.args.channel).toBe('C0GENERAL');
    expect(answer.args.thread_ts).toBeUndefined();
    const text = blockText(answer);
    expect(text).toContain('Volodymyr Zelensky');
    expect(text).toContain('reported on 24 February 2023');
    expect(text).toContain('*year of our victory*');
    expect(text).toContain('Daily Mirror (via inkl)');
    const posted = h.fake.calls.find((c) => c.method === 'chat.postMessage');
    expect(posted).toBe(answer);
    expect(sources.args.thread_ts).toMatch(/^1700000000\.\d+$/);
    expect(sources.args.thread_ts).toBe('1700000000.000001');
    expect(blockText(sources)).toContain(`<${INKL}|`);
    expect(sources.args.unfurl_links).toBe('false');
    expect(h.fake.responses).toEqual([]);
  });

  it('WHEN nothing matches THEN the user alone is told, with a hint, and nothing is posted in the channel', async () => {
    await ask('/who-said', 'purple submarine orchestra');
    await h.fake.waitFor(() => h.fake.responses.length === 1, 'the ephemeral reply');
    const [reply] = h.fake.responses;
    expect(reply?.body.response_type).toBe('ephemeral');
    expect(reply?.body.text).toMatch(/No statement matches "purple submarine orchestra".*fewer or different words/);
    expect(h.fake.posted()).toEqual([]);
  });

  it('WHEN the input is empty or invalid THEN the usage comes back ephemeral', async () => {
    await ask('/who-said', '   ');
    await ask('/timeline', 'Zelensky from:last-year');
    await h.fake.waitFor(() => h.fake.responses.length === 2, 'two ephemeral replies');
    const texts = h.fake.responses.map((r) => String(r.body.text));
    expect(h.fake.responses.every((r) => r.body.response_type === 'ephemeral')).toBe(true);
    expect(texts.some((t) => t.includes('Please give a phrase to look for'))).toBe(true);
    expect(texts.some((t) => t.includes('"last-year" is not a date for from'))).toBe(true);
    expect(h.fake.posted()).toEqual([]);
  });

  it('WHEN the bot is not in the channel THEN the answer goes through response_url with its sources and an invite note', async () => {
    h.fake.failures.set('chat.postMessage C0PRIVATE', 'not_in_channel');
    await ask('/who-said', 'year of our victory', 'C0PRIVATE');
    await h.fake.waitFor(() => h.fake.responses.length === 1, 'the response_url answer');
    const [reply] = h.fake.responses;
    expect(reply?.body.response_type).toBe('in_channel');
    const text = JSON.stringify(reply?.body.blocks);
    expect(text).toContain('Volodymyr Zelensky');
    expect(text).toContain(`<${INKL}|`);
    expect(text).toContain('/invite @whosaid');
    expect(h.fake.posted()).toHaveLength(1);
    expect(h.logs.some((line) => line.includes('not_in_channel'))).toBe(true);
  });

  it('WHEN Slack refuses the answer for another reason THEN the user gets an apology, the operator the code, and the app keeps serving', async () => {
    h.fake.failures.set('chat.postMessage *', 'invalid_blocks');
    await ask('/who-said', 'year of our victory');
    await h.fake.waitFor(() => h.fake.responses.length === 1, 'the apology');
    expect(h.fake.responses[0]?.body).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('Sorry') });
    expect(h.logs.some((line) => line.includes('ERROR') && line.includes('invalid_blocks'))).toBe(true);
    h.fake.failures.clear();
    h.fake.calls.length = 0;
    expect((await ask('/who-said', 'fully supports')).status).toBe(200);
    await h.fake.waitFor(() => h.fake.posted().length === 2, 'the next answer');
    expect(blockText(h.fake.posted()[0] as RecordedCall)).toContain('Lukashenko');
  });

  it('WHEN the signature is wrong or the timestamp is over 5 minutes old THEN 401 and nothing is posted', async () => {
    const body = slashCommandBody('/who-said', 'year of our victory', h.fake.responseUrl('bad'));
    expect((await postSigned(h.port, body, { secret: 'not-the-secret' })).status).toBe(401);
    expect((await postSigned(h.port, body, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 })).status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(h.fake.posted()).toEqual([]);
    expect(h.fake.responses).toEqual([]);
  });

  it('WHEN a load balancer asks GET /healthz THEN it hears ready and what is indexed', async () => {
    const response = await fetch(`http://127.0.0.1:${h.port}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ready', articles: 5, statements: expect.any(Number) });
  });

  it('WHEN a signed request is 6 minutes in the future, or the same signed request comes twice THEN 401, answered once', async () => {
    const future = slashCommandBody('/who-said', 'year of our victory', h.fake.responseUrl('future'));
    expect((await postSigned(h.port, future, { timestamp: Math.floor(Date.now() / 1000) + 6 * 60 })).status).toBe(401);
    const body = slashCommandBody('/who-said', 'fully supports', h.fake.responseUrl('replay'));
    const timestamp = Math.floor(Date.now() / 1000);
    expect((await postSigned(h.port, body, { timestamp })).status).toBe(200);
    expect((await postSigned(h.port, body, { timestamp })).status).toBe(401);
    await h.fake.waitFor(() => h.fake.posted().length >= 2, 'one answer and its sources');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(h.fake.posted()).toHaveLength(2);
    expect(h.logs.some((line) => /refused a request: replayed/.test(line))).toBe(true);
  });

  it('WHEN a timeline is longer than a page THEN "More" posts the next page in the thread, and the used button goes', async () => {
    await ask('/timeline', 'China');
    await h.fake.waitFor(() => h.fake.posted().length === 2, 'page 1 and its sources');
    const first = h.fake.posted()[0] as RecordedCall;
    const blocks = first.args.blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>;
    const button = blocks.find((b) => b.type === 'actions')?.elements?.[0];
    expect(button?.action_id).toBe('whosaid_more');
    expect(blockText(first)).toContain(`Showing 1–5 of ${chinaTotal}`);
    const ts = '1700000000.000001';
    h.fake.calls.length = 0;

    const click = await postSigned(
      h.port,
      buttonClickBody({
        user: 'U0ASKER',
        triggerId: '1.2.4',
        message: { ts, text: first.args.text, blocks },
        responseUrl: h.fake.responseUrl('more'),
        action: { action_id: button?.action_id, block_id: 'b', value: button?.value },
      }),
    );
    expect(click.status).toBe(200);
    await h.fake.waitFor(() => h.fake.calls.some((c) => c.method === 'chat.update'), 'the used button removed');
    const [page2, sources2] = h.fake.posted() as [RecordedCall, RecordedCall];
    expect(page2.args.thread_ts).toBe(ts);
    expect(blockText(page2)).toContain(`page 2 of ${Math.ceil(chinaTotal / 5)}`);
    expect(blockText(page2)).toContain(`Showing 6–10 of ${chinaTotal}`);
    expect(blockText(page2)).toContain('*6.');
    expect(sources2.args.thread_ts).toBe(ts);
    expect(blockText(sources2)).toContain('Sources');
    const update = h.fake.calls.find((c) => c.method === 'chat.update') as RecordedCall;
    expect(update.args.ts).toBe(ts);
    expect(blockText(update)).not.toContain('whosaid_more');
  });
});

describe('GIVEN an article whose quote tries to ping the channel', () => {
  it('THEN the answer carries the text escaped and no mention can come out', async () => {
    const core = await openCorpus({
      'pings.md': ARTICLE(
        'title: <!here> Spam & eggs\noutlet: "<@U999> Gazette"\nurl: https://example.com/a?x=1&y=<2>\npublished: 2023-03-01\nlanguage: en',
        'The mayor said on Monday: "Everyone <!channel> and @everyone and <@U123> must hear the bells of the harbour."\n',
      ),
    });
    const h = await startHarness(core);
    try {
      await postSigned(h.port, slashCommandBody('/who-said', 'bells of the harbour <!everyone>', h.fake.responseUrl('x')));
      await h.fake.waitFor(() => h.fake.posted().length === 2, 'answer and sources');
      const everything = JSON.stringify(h.fake.posted().map((c) => c.args));
      expect(everything).toContain('&lt;!channel&gt;');
      expect(everything).toContain('&lt;@U123&gt;');
      expect(everything).not.toMatch(/<!(channel|here|everyone)>/);
      expect(everything).not.toMatch(/<@U/);
      expect(everything).toContain('https://example.com/a?x=1&y=%3C2%3E|');
    } finally {
      await stopHarness(h);
    }
  });
});

describe('GIVEN the Slack app in Socket Mode', () => {
  it('THEN it dials in with the app token, acknowledges a slash command envelope, and answers in the channel with sources in a thread', async () => {
    const fake = new FakeSlack();
    await fake.start();
    const bot = createSlackBot(await openSeeds(), { mode: 'socket', botToken: 'xoxb-test', appToken: 'xapp-test', apiUrl: fake.apiUrl }, createLogger('silent'));
    try {
      expect(await bot.start()).toEqual({ port: null });
      await fake.waitFor(() => fake.socketConnected, 'the socket');
      expect(fake.calls.find((c) => c.method === 'apps.connections.open')?.token).toBe('xapp-test');
      const payload = Object.fromEntries(new URLSearchParams(slashCommandBody('/who-said', 'year of our victory', fake.responseUrl('socket'))));
      fake.sendEnvelope('envelope-1', 'slash_commands', payload);
      await fake.waitFor(() => fake.posted().length === 2, 'answer and sources');
      expect(fake.acks.map((a) => a.envelope_id)).toEqual(['envelope-1']);
      const [answer, sources] = fake.posted() as [RecordedCall, RecordedCall];
      expect(blockText(answer)).toContain('Volodymyr Zelensky');
      expect(sources.args.thread_ts).toBe('1700000000.000001');
    } finally {
      await bot.stop();
      await fake.stop();
    }
  });
});

describe('GIVEN a Slack user who finds an answer entry wrong', () => {
  it('WHEN they click "Wrong?" and submit the form THEN the report is stored, they alone are thanked, and it survives a restart', async () => {
    const dir = await corpusFolder({ 'a.md': ARTICLE('title: Port\npublished: 2024-05-10\nlanguage: en\nurl: https://news.example/port', 'The harbour master said the port would reopen in June.') });
    const data = await mkdtemp(join(tmpdir(), 'whosaid-slack-report-'));
    const core = await Whosaid.open({ corpusDir: dir, dataDir: data });
    const h = await startHarness(core);
    try {
      await postSigned(h.port, slashCommandBody('/who-said', 'port would reopen', h.fake.responseUrl('ask')));
      await h.fake.waitFor(() => h.fake.posted().length >= 2, 'answer and sources');
      const [answer] = h.fake.posted() as [RecordedCall];
      const entry = (answer.args.blocks as Array<{ type: string; accessory?: { action_id: string; value: string; text: { text: string } } }>).find((b) => b.accessory);
      expect(entry?.accessory).toMatchObject({ action_id: 'whosaid_wrong', text: { text: 'Wrong?' } });

      const click = await postSigned(
        h.port,
        buttonClickBody({
          user: 'U0CHECKER',
          triggerId: '9.9.9',
          message: { ts: '1700000000.000001', text: answer.args.text, blocks: answer.args.blocks },
          responseUrl: h.fake.responseUrl('wrong'),
          action: { action_id: entry?.accessory?.action_id, block_id: 'e1', value: entry?.accessory?.value },
        }),
      );
      expect(click.status).toBe(200);
      await h.fake.waitFor(() => h.fake.calls.some((c) => c.method === 'views.open'), 'the report form');
      const opened = h.fake.calls.find((c) => c.method === 'views.open') as RecordedCall;
      expect(opened.args.trigger_id).toBe('9.9.9');
      const view = opened.args.view as { callback_id: string; private_metadata: string; blocks: unknown[] };
      expect(JSON.stringify(view.blocks)).toContain('harbour master: “the port would reopen in June”');
      expect(JSON.stringify(view.blocks)).toContain('Wrong speaker');

      const submitted = await postSigned(
        h.port,
        blockActionBody({
          type: 'view_submission',
          team: { id: 'T0FAKE' },
          user: { id: 'U0CHECKER' },
          api_app_id: 'A0WHOSAID',
          token: 'legacy',
          trigger_id: '9.9.10',
          view: {
            id: 'V1',
            type: 'modal',
            callback_id: view.callback_id,
            private_metadata: view.private_metadata,
            state: { values: { reason: { reason: { type: 'radio_buttons', selected_option: { value: 'speaker' } } }, note: { note: { type: 'plain_text_input', value: 'The port authority said it <!channel>' } } } },
          },
        }),
      );
      expect(submitted.status).toBe(200);
      const reply = (await submitted.json()) as { response_action: string; view: { blocks: unknown[] } };
      expect(reply.response_action).toBe('update');
      expect(JSON.stringify(reply.view.blocks)).toContain('your report is recorded');
      await h.bot.stop();

      const restarted = await Whosaid.open({ corpusDir: dir, dataDir: data });
      const { reports } = await restarted.listReports();
      expect(reports).toEqual([expect.objectContaining({ doc: 'a', reason: 'speaker', user: 'U0CHECKER', platform: 'slack', note: 'The port authority said it <!channel>', speaker: 'harbour master' })]);
    } finally {
      await h.fake.stop();
    }
  });
});

describe('GIVEN a wrong Slack bot token', () => {
  it('WHEN the bot starts THEN it fails at once with a clear message naming SLACK_BOT_TOKEN, listening on nothing', async () => {
    const fake = new FakeSlack();
    await fake.start();
    fake.failures.set('auth.test *', 'invalid_auth');
    try {
      const bot = createSlackBot(await openSeeds(), { mode: 'http', botToken: 'xoxb-wrong', signingSecret: SIGNING_SECRET, port: 0, apiUrl: fake.apiUrl }, createLogger('silent'));
      await expect(bot.start()).rejects.toThrow(/Slack refused SLACK_BOT_TOKEN \(invalid_auth\)/);
    } finally {
      await fake.stop();
    }
  });
});
