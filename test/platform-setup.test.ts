// What a new user installs from: the Slack manifest and the environment the bot is configured by.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMANDS } from '../commands/index.ts';
import { loadConfig } from '../src/config.ts';

const ROOT = join(import.meta.dirname, '..');

describe('GIVEN slack/manifest.yaml', () => {
  const manifest = parse(readFileSync(join(ROOT, 'slack', 'manifest.yaml'), 'utf8'));

  it('THEN it declares exactly the commands of commands/, with their descriptions and usage', () => {
    const declared = manifest.features.slash_commands as Array<{ command: string; description: string; usage_hint: string }>;
    expect(declared.map((c) => c.command)).toEqual(COMMANDS.map((c) => `/${c.name}`));
    for (const [i, command] of COMMANDS.entries()) {
      expect(declared[i]?.description).toBe(command.description);
      expect(command.usage.startsWith(`/${command.name} ${declared[i]?.usage_hint}`)).toBe(true);
    }
  });

  it('THEN it asks for the scopes the code uses and no more, with Socket Mode and interactivity on', () => {
    expect(manifest.oauth_config.scopes.bot).toEqual(['commands', 'chat:write']);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
  });
});

describe('GIVEN the environment', () => {
  it('WHEN no platform variable is set THEN neither Slack nor Discord runs (the console does)', () => {
    expect(loadConfig({})).toMatchObject({ slack: null, discord: null, corpusDir: 'corpus' });
  });

  it('WHEN Slack is fully set THEN HTTP mode with a signing secret, Socket Mode with an app token', () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', PORT: '8080' }).slack).toEqual({ mode: 'http', botToken: 'xoxb-1', signingSecret: 's', port: 8080 });
    expect(loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: 'http://127.0.0.1:9/api/' }).slack).toEqual({
      mode: 'socket',
      botToken: 'xoxb-1',
      appToken: 'xapp-1',
      apiUrl: 'http://127.0.0.1:9/api/',
    });
  });

  it('WHEN Slack or Discord is half set THEN the error names the missing variable', () => {
    expect(() => loadConfig({ SLACK_SIGNING_SECRET: 's' })).toThrow(/SLACK_BOT_TOKEN is missing/);
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/SLACK_APP_TOKEN .* or SLACK_SIGNING_SECRET .* is missing/);
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-wrong' })).toThrow(/SLACK_APP_TOKEN must be an app-level token/);
    expect(() => loadConfig({ DISCORD_TOKEN: 't' })).toThrow(/DISCORD_APPLICATION_ID is missing/);
    expect(() => loadConfig({ DISCORD_APPLICATION_ID: '123456789012345678' })).toThrow(/DISCORD_TOKEN is missing/);
    expect(() => loadConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: 'my-app' })).toThrow(/DISCORD_APPLICATION_ID: must be the numeric application id/);
    expect(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: 'ftp://x' })).toThrow(/SLACK_API_URL/);
  });

  it('WHEN Discord is fully set THEN the guild and API override are optional', () => {
    expect(loadConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '123456789012345678' }).discord).toEqual({ token: 't', applicationId: '123456789012345678' });
    expect(loadConfig({ DISCORD_TOKEN: 't', DISCORD_APPLICATION_ID: '123456789012345678', DISCORD_GUILD_ID: '223456789012345678', DISCORD_API_URL: 'http://127.0.0.1:1/api' }).discord).toMatchObject({
      guildId: '223456789012345678',
      apiUrl: 'http://127.0.0.1:1/api',
    });
  });
});

describe('GIVEN the README', () => {
  it('THEN its Discord invite URL asks for exactly the permissions the bot uses', async () => {
    const { inviteUrl } = await import('../src/adapters/discord/permissions.ts');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(inviteUrl('<APPLICATION_ID>'));
    expect(readme).toContain('(permissions integer `309237663744`)');
  });
});
