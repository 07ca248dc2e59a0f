// The environment, read once and validated: everything else gets a typed Config.
import { z } from 'zod';

const optional = z.string().trim().min(1).optional();
const url = z.url({ protocol: /^https?$/ }).optional();

const EnvSchema = z.object({
  WHOSAID_CORPUS: z.string().trim().min(1).default('corpus'),
  WHOSAID_DATA: z.string().trim().min(1).default('.whosaid'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'plain']).optional(),
  WHOSAID_FILE_TIME_LIMIT: z.coerce.number().positive().max(3600).default(30),
  SLACK_BOT_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_API_URL: url,
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  DISCORD_TOKEN: optional,
  DISCORD_APPLICATION_ID: z.string().trim().regex(/^\d{5,25}$/, 'must be the numeric application id').optional(),
  DISCORD_GUILD_ID: z.string().trim().regex(/^\d{5,25}$/, 'must be a numeric guild (server) id').optional(),
  DISCORD_API_URL: url,
});

type Env = z.infer<typeof EnvSchema>;

/** HTTP mode: Slack posts to PORT/slack/events. Socket Mode: the app dials out, no public URL needed. */
export type SlackConfig =
  | { mode: 'http'; botToken: string; signingSecret: string; port: number; apiUrl?: string }
  | { mode: 'socket'; botToken: string; appToken: string; apiUrl?: string };

export interface DiscordConfig {
  token: string;
  applicationId: string;
  guildId?: string;
  apiUrl?: string;
}

export interface Config {
  corpusDir: string;
  dataDir: string;
  logLevel: Env['LOG_LEVEL'];
  /** JSON lines for a service, plain lines for a person; unset: plain when stderr is a terminal. */
  logFormat: Env['LOG_FORMAT'];
  /** Every token and secret configured: redacted from every log line. */
  secrets: string[];
  /** How long one article file may take to read before it is skipped with a warning. */
  fileTimeLimitMs: number;
  slack: SlackConfig | null;
  discord: DiscordConfig | null;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function slackConfig(env: Env): SlackConfig | null {
  const { SLACK_BOT_TOKEN: botToken, SLACK_SIGNING_SECRET: signingSecret, SLACK_APP_TOKEN: appToken } = env;
  if (!botToken && !signingSecret && !appToken) return null;
  if (!botToken) throw new ConfigError('whosaid: SLACK_BOT_TOKEN is missing (the xoxb-… token); Slack needs it in both modes. See .env.example.');
  const apiUrl = env.SLACK_API_URL ? { apiUrl: env.SLACK_API_URL } : {};
  if (appToken) {
    if (!appToken.startsWith('xapp-')) throw new ConfigError('whosaid: SLACK_APP_TOKEN must be an app-level token (xapp-…) with connections:write.');
    return { mode: 'socket', botToken, appToken, ...apiUrl };
  }
  if (signingSecret) return { mode: 'http', botToken, signingSecret, port: env.PORT, ...apiUrl };
  throw new ConfigError('whosaid: SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode) is missing. See .env.example.');
}

function discordConfig(env: Env): DiscordConfig | null {
  const { DISCORD_TOKEN: token, DISCORD_APPLICATION_ID: applicationId } = env;
  if (!token && !applicationId && !env.DISCORD_GUILD_ID) return null;
  if (!token) throw new ConfigError('whosaid: DISCORD_TOKEN is missing (the bot token). See .env.example.');
  if (!applicationId) throw new ConfigError('whosaid: DISCORD_APPLICATION_ID is missing (General Information → Application ID). See .env.example.');
  return {
    token,
    applicationId,
    ...(env.DISCORD_GUILD_ID ? { guildId: env.DISCORD_GUILD_ID } : {}),
    ...(env.DISCORD_API_URL ? { apiUrl: env.DISCORD_API_URL } : {}),
  };
}

/** Pure: the same environment always gives the same Config or the same error. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`whosaid: ${issue?.path.join('.') ?? 'environment'}: ${issue?.message ?? 'invalid'}. See .env.example.`);
  }
  const data = parsed.data;
  return {
    corpusDir: data.WHOSAID_CORPUS,
    dataDir: data.WHOSAID_DATA,
    logLevel: data.LOG_LEVEL,
    logFormat: data.LOG_FORMAT,
    secrets: [data.SLACK_BOT_TOKEN, data.SLACK_SIGNING_SECRET, data.SLACK_APP_TOKEN, data.DISCORD_TOKEN].filter((value): value is string => Boolean(value)),
    fileTimeLimitMs: data.WHOSAID_FILE_TIME_LIMIT * 1000,
    slack: slackConfig(data),
    discord: discordConfig(data),
  };
}

/** A platform refused to start (a wrong token): said plainly, exit code 1, no stack trace. */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}
