// The Discord face end to end: a real discord.js Client logs in to a local fake Discord (REST + gateway) on
// 127.0.0.1, receives INTERACTION_CREATE events, and the test reads the REST calls it makes.
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../commands/index.ts';
import { type DiscordBot, createDiscordBot } from '../src/adapters/discord/bot.ts';
import { Whosaid } from '../src/core.ts';
import { createLogger } from '../src/log.ts';
import { APP_ID, ASKER, FakeDiscord, GUILD_ID, OTHER_USER, type RestCall, TEXT_CHANNEL, botMessage } from './fakes/discord.ts';
import { ARTICLE, corpusFolder, openCorpus, openSeeds } from './helpers/corpus.ts';

const INKL = 'https://www.inkl.com/news/china-urges-russia-to-ceasefire-in-ukraine-as-zelenksy-calls-2023-year-of-our-victory';
const ROOT = join(import.meta.dirname, '..');

interface Harness {
  fake: FakeDiscord;
  bot: DiscordBot;
  logs: string[];
}

async function startHarness(core: Whosaid): Promise<Harness> {
  const fake = new FakeDiscord();
  await fake.start();
  const logs: string[] = [];
  const bot = createDiscordBot(core, { token: 'fake-bot-token', applicationId: APP_ID, apiUrl: fake.apiUrl }, createLogger('info', (line) => logs.push(line)));
  await bot.start();
  return { fake, bot, logs };
}

async function stopHarness(h: Harness): Promise<void> {
  await h.bot.stop();
  await h.fake.stop();
}

function command(name: string, options: Record<string, string>) {
  return { id: '300000000000000001', name, type: 1, options: Object.entries(options).map(([option, value]) => ({ name: option, type: 3, value })) };
}

/** Every REST body that carries a message (content or embeds). */
function messageBodies(calls: RestCall[]): Array<Record<string, unknown>> {
  return calls
    .map((call) => call.body as Record<string, unknown> | null)
    .map((body) => (body && 'data' in body ? (body.data as Record<string, unknown>) : body))
    .filter((body): body is Record<string, unknown> => !!body && ('content' in body || 'embeds' in body));
}

describe('GIVEN the Discord bot over the seed corpus', () => {
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
    h.fake.failures.clear();
  });

  it('THEN it logged in on the gateway with the Guilds intent only', () => {
    expect(h.fake.identified).toMatchObject({ token: 'fake-bot-token', intents: 1 });
  });

  it('WHEN /who-said phrase: year of our victory THEN it defers, edits in the answer, and starts a sources thread on it', async () => {
    const { token } = h.fake.interaction(command('who-said', { phrase: 'year of our victory' }), { type: 2 });
    await h.fake.waitFor(() => h.fake.find('POST', /^\/channels\/\d+\/messages$/).length === 1, 'the sources in the thread');
    const paths = h.fake.calls.map((c) => `${c.method} ${c.path}`);
    const defer = paths.findIndex((p) => p.endsWith(`/${token}/callback`));
    const edit = paths.findIndex((p) => p === `PATCH /webhooks/${APP_ID}/${token}/messages/@original`);
    expect(defer).toBeGreaterThanOrEqual(0);
    expect((h.fake.calls[defer]?.body as { type: number }).type).toBe(5);
    expect(edit).toBeGreaterThan(defer);

    const reply = h.fake.calls[edit]?.body as { embeds: Array<{ author: { name: string }; description: string; footer: { text: string } }> };
    const [first] = reply.embeds;
    expect(first?.author.name).toBe('1. Volodymyr Zelensky (Ukrainian President)');
    expect(first?.description).toContain('reported on 24 February 2023');
    expect(first?.description).toContain('**year of our victory**');
    expect(first?.footer.text).toContain('Daily Mirror (via inkl)');

    const [thread] = h.fake.find('POST', /\/threads$/);
    expect(thread?.path).toMatch(new RegExp(`^/channels/${TEXT_CHANNEL}/messages/\\d+/threads$`));
    expect((thread?.body as { name: string }).name).toMatch(/^Sources: Who said/);
    const [sources] = h.fake.find('POST', /^\/channels\/\d+\/messages$/);
    expect(sources?.path).not.toContain(TEXT_CHANNEL);
    expect((sources?.body as { content: string }).content).toContain(`(<${INKL}>)`);
    for (const body of messageBodies(h.fake.calls)) expect(body.allowed_mentions).toEqual({ parse: [] });
  });

  it('WHEN asked in a DM THEN the sources come as a follow-up, and the operator log says why', async () => {
    const { token } = h.fake.interaction(command('who-said', { phrase: 'year of our victory' }), { type: 2, dm: true });
    await h.fake.waitFor(() => h.fake.find('POST', new RegExp(`^/webhooks/${APP_ID}/${token}$`)).length === 1, 'the follow-up');
    expect(h.fake.find('POST', /\/threads$/)).toEqual([]);
    const [followUp] = h.fake.find('POST', new RegExp(`^/webhooks/${APP_ID}/${token}$`));
    expect((followUp?.body as { content: string }).content).toContain(INKL);
    expect(h.logs.some((line) => line.includes('a DM') && line.includes('follow-up'))).toBe(true);
  });

  it('WHEN the bot may not make threads THEN the sources come as a follow-up, and the log has the code', async () => {
    h.fake.failures.set('POST /channels/', [403, 50013, 'Missing Permissions']);
    const { token } = h.fake.interaction(command('who-said', { phrase: 'fully supports' }), { type: 2 });
    await h.fake.waitFor(() => h.fake.find('POST', new RegExp(`^/webhooks/${APP_ID}/${token}$`)).length === 1, 'the follow-up');
    expect((h.fake.find('POST', new RegExp(`^/webhooks/${APP_ID}/${token}$`))[0]?.body as { content: string }).content).toContain('Sources');
    expect(h.logs.some((line) => line.includes('50013'))).toBe(true);
  });

  it('WHEN a user types in topic: THEN autocomplete offers matching speaker names, at most 25', async () => {
    const data = { id: '300000000000000002', name: 'timeline', type: 1, options: [{ name: 'topic', type: 3, value: 'zel', focused: true }] };
    const { token } = h.fake.interaction(data, { type: 4 });
    await h.fake.waitFor(() => h.fake.find('POST', new RegExp(`/${token}/callback$`)).length === 1, 'the choices');
    const body = h.fake.find('POST', new RegExp(`/${token}/callback$`))[0]?.body as { type: number; data: { choices: Array<{ name: string; value: string }> } };
    expect(body.type).toBe(8);
    expect(body.data.choices[0]).toEqual({ name: 'Volodymyr Zelensky (Ukrainian President)', value: 'Volodymyr Zelensky' });
    expect(body.data.choices.length).toBeLessThanOrEqual(25);
  });

  it('WHEN nothing matches or the input is invalid THEN only the asker sees why, and the placeholder goes', async () => {
    const none = h.fake.interaction(command('who-said', { phrase: 'purple submarine orchestra' }), { type: 2 });
    const bad = h.fake.interaction(command('timeline', { topic: 'Zelensky', from: '2023-13' }), { type: 2 });
    await h.fake.waitFor(() => h.fake.find('DELETE', /@original$/).length === 2, 'both placeholders removed');
    for (const [token, text] of [
      [none.token, 'No statement matches "purple submarine orchestra"'],
      [bad.token, '"2023-13" is not a date for from'],
    ] as const) {
      const [followUp] = h.fake.find('POST', new RegExp(`^/webhooks/${APP_ID}/${token}$`));
      expect(followUp?.body).toMatchObject({ flags: 64, content: expect.stringContaining(text) });
    }
    expect(h.fake.find('PATCH', /@original$/)).toEqual([]);
    expect(h.fake.find('POST', /\/threads$/)).toEqual([]);
  });

  it('WHEN a timeline is long THEN it pages with buttons, only for the asker, and each page posts its sources in the thread', async () => {
    const { token } = h.fake.interaction(command('timeline', { topic: 'China' }), { type: 2 });
    await h.fake.waitFor(() => h.fake.find('POST', /^\/channels\/\d+\/messages$/).length === 1, 'page 1 sources');
    const edit = h.fake.find('PATCH', new RegExp(`/${token}/messages/@original$`))[0]?.body as Record<string, unknown> & {
      content: string;
      components: Array<{ components: Array<{ custom_id: string; disabled: boolean; label: string }> }>;
    };
    expect(edit.content).toContain(`1–5 of ${chinaTotal}`);
    const [previous, more] = edit.components[0]?.components ?? [];
    expect(previous?.disabled).toBe(true);
    expect(more?.disabled).toBe(false);
    const message = botMessage(edit, '400000000000000001');
    const click = { custom_id: more?.custom_id, component_type: 2 };

    const stranger = h.fake.interaction(click, { type: 3, user: OTHER_USER, message });
    await h.fake.waitFor(() => h.fake.find('POST', new RegExp(`/${stranger.token}/callback$`)).length === 1, 'the note to the stranger');
    expect(h.fake.find('POST', new RegExp(`/${stranger.token}/callback$`))[0]?.body).toMatchObject({ type: 4, data: { flags: 64, content: expect.stringContaining('Only the person who asked') } });

    const asker = h.fake.interaction(click, { type: 3, user: ASKER, message });
    await h.fake.waitFor(() => h.fake.find('POST', /^\/channels\/\d+\/messages$/).length === 2, 'page 2 sources');
    const update = h.fake.find('POST', new RegExp(`/${asker.token}/callback$`))[0]?.body as { type: number; data: { content: string; embeds: Array<{ author: { name: string } }> } };
    expect(update.type).toBe(7);
    expect(update.data.content).toContain(`6–10 of ${chinaTotal}`);
    expect(update.data.embeds[0]?.author.name).toMatch(/^6\. /);
    const [page1Sources, page2Sources] = h.fake.find('POST', /^\/channels\/\d+\/messages$/);
    expect(page2Sources?.path).toBe(page1Sources?.path);
    expect(h.fake.find('POST', /\/threads$/)).toHaveLength(1);
    for (const body of messageBodies(h.fake.calls)) expect(body.allowed_mentions).toEqual({ parse: [] });
  });

  it('WHEN Discord refuses the edit THEN the asker gets an ephemeral apology, the log the code, and the bot keeps serving', async () => {
    h.fake.failures.set('PATCH /webhooks/', [400, 50035, 'Invalid Form Body']);
    const { token } = h.fake.interaction(command('who-said', { phrase: 'year of our victory' }), { type: 2 });
    await h.fake.waitFor(() => h.fake.find('POST', new RegExp(`^/webhooks/${APP_ID}/${token}$`)).length === 1, 'the apology');
    expect(h.fake.find('POST', new RegExp(`^/webhooks/${APP_ID}/${token}$`))[0]?.body).toMatchObject({ flags: 64, content: expect.stringContaining('Sorry') });
    expect(h.logs.some((line) => line.includes('ERROR') && line.includes('50035'))).toBe(true);
    h.fake.failures.clear();
    h.fake.interaction(command('who-said', { phrase: 'fully supports' }), { type: 2 });
    await h.fake.waitFor(() => h.fake.find('POST', /\/threads$/).length === 1, 'the next answer');
  });
});

describe('GIVEN an article that tries to ping everyone', () => {
  it('THEN the answer is escaped and sent with allowed_mentions.parse = []', async () => {
    const core = await openCorpus({
      'pings.md': ARTICLE(
        'title: "@everyone read this"\noutlet: "<@123456789012345678> Gazette"\nurl: https://example.com/a\npublished: 2023-03-01\nlanguage: en',
        'The mayor said on Monday: "Hey @everyone and @here and <@123456789012345678>, the bells of the harbour ring for **all**."\n',
      ),
    });
    const h = await startHarness(core);
    try {
      h.fake.interaction(command('who-said', { phrase: 'bells of the harbour @everyone' }), { type: 2 });
      await h.fake.waitFor(() => h.fake.find('POST', /^\/channels\/\d+\/messages$/).length === 1, 'answer and sources');
      const bodies = messageBodies(h.fake.calls);
      expect(bodies.length).toBeGreaterThanOrEqual(2);
      for (const body of bodies) expect(body.allowed_mentions).toEqual({ parse: [] });
      const everything = JSON.stringify(bodies);
      expect(everything).not.toMatch(/@(everyone|here)/);
      expect(everything).not.toMatch(/<@\d+>/);
      expect(everything).toContain('@\u200beveryone');
      expect(everything).toContain('\\\\*\\\\*all\\\\*\\\\*');
    } finally {
      await stopHarness(h);
    }
  });
});

describe('GIVEN npm run register against the fake Discord', () => {
  it('THEN it PUTs exactly the commands of commands/, to the guild when one is set', async () => {
    const fake = new FakeDiscord();
    await fake.start();
    try {
      const { stdout } = await promisify(execFile)(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'src', 'register.ts')], {
        cwd: ROOT,
        env: { ...process.env, DISCORD_TOKEN: 'fake-bot-token', DISCORD_APPLICATION_ID: APP_ID, DISCORD_GUILD_ID: GUILD_ID, DISCORD_API_URL: fake.apiUrl, SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: '' },
      });
      expect(stdout).toContain('Registered /who-said, /timeline');
      const puts = fake.find('PUT', /commands$/);
      expect(puts.map((p) => p.path)).toEqual([`/applications/${APP_ID}/guilds/${GUILD_ID}/commands`]);
      const body = puts[0]?.body as Array<{ name: string; description: string; options: Array<{ name: string; required: boolean; autocomplete?: boolean; type: number }> }>;
      expect(body.map((c) => c.name)).toEqual(COMMANDS.map((c) => c.name));
      for (const [i, registered] of body.entries()) {
        const defined = COMMANDS[i];
        expect(registered.description).toBe(defined?.description);
        expect(registered.options.map((o) => [o.name, o.required, o.autocomplete ?? false, o.type])).toEqual(defined?.options.map((o) => [o.name, o.required, o.autocomplete ?? false, 3]));
      }
    } finally {
      await fake.stop();
    }
  });
});

describe('GIVEN a Discord user who finds an answer entry wrong', () => {
  it('WHEN they press "Wrong? n" and pick a reason THEN only they see the menu and the thanks, and the report is stored across a restart', async () => {
    const dir = await corpusFolder({ 'a.md': ARTICLE('title: Port\npublished: 2024-05-10\nlanguage: en\nurl: https://news.example/port', 'The harbour master said the port would reopen in June.') });
    const data = await mkdtemp(join(tmpdir(), 'whosaid-discord-report-'));
    const h = await startHarness(await Whosaid.open({ corpusDir: dir, dataDir: data }));
    try {
      const { token } = h.fake.interaction(command('who-said', { phrase: 'port would reopen' }), { type: 2 });
      await h.fake.waitFor(() => h.fake.find('POST', /\/threads$/).length === 1, 'the answer');
      const edit = h.fake.find('PATCH', new RegExp(`/${token}/messages/@original$`))[0]?.body as { components: Array<{ components: Array<{ custom_id: string; label: string }> }> };
      const wrong = edit.components.flatMap((row) => row.components).find((button) => button.label === 'Wrong? 1');
      expect(wrong).toBeDefined();
      const message = botMessage(edit, '400000000000000009');

      const press = h.fake.interaction({ custom_id: wrong?.custom_id, component_type: 2 }, { type: 3, user: OTHER_USER, message });
      await h.fake.waitFor(() => h.fake.find('POST', new RegExp(`/${press.token}/callback$`)).length === 1, 'the menu');
      const menu = h.fake.find('POST', new RegExp(`/${press.token}/callback$`))[0]?.body as { type: number; data: { flags: number; content: string; components: Array<{ components: Array<{ type: number; custom_id: string; options: Array<{ value: string }> }> }> } };
      expect(menu).toMatchObject({ type: 4, data: { flags: 64, content: expect.stringContaining('harbour master: “the port would reopen in June”') } });
      const select = menu.data.components[0]?.components[0];
      expect(select?.type).toBe(3);
      expect(select?.options.map((o) => o.value)).toEqual(['speaker', 'date', 'opposite', 'not-a-statement']);

      const ephemeral = { ...message, id: '400000000000000010', flags: 64, content: menu.data.content, components: menu.data.components };
      const pick = h.fake.interaction({ custom_id: select?.custom_id, component_type: 3, values: ['date'] }, { type: 3, user: OTHER_USER, message: ephemeral });
      await h.fake.waitFor(() => h.fake.find('POST', new RegExp(`/${pick.token}/callback$`)).length === 1, 'the thanks');
      expect(h.fake.find('POST', new RegExp(`/${pick.token}/callback$`))[0]?.body).toMatchObject({ type: 7, data: { content: expect.stringContaining('your report is recorded'), components: [] } });
    } finally {
      await stopHarness(h);
    }
    const { reports } = await (await Whosaid.open({ corpusDir: dir, dataDir: data })).listReports();
    expect(reports).toEqual([expect.objectContaining({ doc: 'a', reason: 'date', user: OTHER_USER.id, platform: 'discord' })]);
  });
});
