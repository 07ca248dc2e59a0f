// A local fake Discord on 127.0.0.1: the REST API the bot uses (gateway info, interaction callbacks, webhook
// edits and follow-ups, threads, channel messages, command registration) and a gateway WebSocket that speaks
// enough of the protocol for discord.js: HELLO, IDENTIFY → READY + GUILD_CREATE, heartbeat ACK, then whatever
// INTERACTION_CREATE a test dispatches. Every REST call is recorded.
import { type IncomingMessage, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody, waitUntil } from './http.ts';
import { type WebSocket, WebSocketServer } from 'ws';

export const APP_ID = '100000000000000001';
export const BOT_ID = '100000000000000002';
export const GUILD_ID = '100000000000000003';
export const TEXT_CHANNEL = '100000000000000004';
export const DM_CHANNEL = '100000000000000005';
export const ASKER = { id: '100000000000000006', username: 'asker', discriminator: '0', avatar: null, global_name: 'Asker' };
export const OTHER_USER = { id: '100000000000000007', username: 'other', discriminator: '0', avatar: null, global_name: 'Other' };

export interface RestCall {
  method: string;
  path: string;
  body: Record<string, unknown> | unknown[] | null;
}


let snowflake = 200_000_000_000_000_000n;
export function nextId(): string {
  snowflake += 1n;
  return String(snowflake);
}

/** A message the bot posted, as Discord sends it back inside a component interaction (its body as the bot sent it). */
export function botMessage(body: Record<string, unknown>, id: string): Record<string, unknown> {
  return { content: '', ...body, id, channel_id: TEXT_CHANNEL, type: 20, author: { id: '1', username: 'whosaid', discriminator: '0', avatar: null }, timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], pinned: false, embeds: [] };
}

export function apiMessage(channelId: string, body: Record<string, unknown>, id = nextId()): Record<string, unknown> {
  return {
    id,
    channel_id: channelId,
    type: 0,
    author: { id: BOT_ID, username: 'whosaid', discriminator: '0', avatar: null, bot: true, global_name: null },
    content: body.content ?? '',
    embeds: body.embeds ?? [],
    components: body.components ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: body.flags ?? 0,
    application_id: APP_ID,
    webhook_id: APP_ID,
  };
}

export class FakeDiscord {
  readonly calls: RestCall[] = [];
  /** `${METHOD} ${path}` prefixes that answer with a Discord error: [status, code, message]. */
  readonly failures = new Map<string, [number, number, string]>();
  /** The bot's original reply per interaction token (its message id). */
  private readonly originals = new Map<string, string>();
  private server: Server | null = null;
  private wss: WebSocketServer | null = null;
  private socket: WebSocket | null = null;
  private sequence = 0;
  identified: Record<string, unknown> | null = null;
  port = 0;

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async start(): Promise<void> {
    this.wss = new WebSocketServer({ noServer: true });
    this.server = createServer((request, response) => {
      void this.handle(request).then(
        ([status, json]) => {
          if (json === null) {
            response.writeHead(status);
            response.end();
            return;
          }
          response.writeHead(status, { 'content-type': 'application/json' });
          response.end(JSON.stringify(json));
        },
        (error: Error) => {
          response.writeHead(500, { 'content-type': 'application/json' });
          response.end(JSON.stringify({ message: error.message, code: 0 }));
        },
      );
    });
    this.server.on('upgrade', (request, socket, head) => {
      this.wss?.handleUpgrade(request, socket, head, (ws) => this.gateway(ws));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    for (const client of this.wss?.clients ?? []) client.terminate();
    this.wss?.close();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private send(payload: Record<string, unknown>): void {
    this.socket?.send(JSON.stringify(payload));
  }

  private dispatch(event: string, data: unknown): void {
    this.send({ op: 0, t: event, s: ++this.sequence, d: data });
  }

  private gateway(ws: WebSocket): void {
    this.socket = ws;
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null }));
    ws.on('message', (raw) => {
      const payload = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> };
      if (payload.op === 1) ws.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
      if (payload.op === 2) {
        this.identified = payload.d;
        this.dispatch('READY', {
          v: 10,
          user: { id: BOT_ID, username: 'whosaid', discriminator: '0', avatar: null, bot: true, global_name: null, flags: 0 },
          guilds: [{ id: GUILD_ID, unavailable: true }],
          session_id: 'fake-session',
          resume_gateway_url: `ws://127.0.0.1:${this.port}`,
          application: { id: APP_ID, flags: 0 },
          shard: [0, 1],
        });
        this.dispatch('GUILD_CREATE', {
          id: GUILD_ID,
          name: 'Newsroom',
          icon: null,
          owner_id: ASKER.id,
          afk_channel_id: null,
          afk_timeout: 300,
          verification_level: 0,
          default_message_notifications: 0,
          explicit_content_filter: 0,
          roles: [{ id: GUILD_ID, name: '@everyone', color: 0, hoist: false, position: 0, permissions: '1024', managed: false, mentionable: false, flags: 0 }],
          emojis: [],
          stickers: [],
          features: [],
          mfa_level: 0,
          system_channel_id: null,
          system_channel_flags: 0,
          rules_channel_id: null,
          vanity_url_code: null,
          description: null,
          banner: null,
          premium_tier: 0,
          preferred_locale: 'en-US',
          public_updates_channel_id: null,
          nsfw_level: 0,
          premium_progress_bar_enabled: false,
          joined_at: new Date().toISOString(),
          large: false,
          unavailable: false,
          member_count: 2,
          members: [],
          voice_states: [],
          presences: [],
          threads: [],
          stage_instances: [],
          guild_scheduled_events: [],
          channels: [{ id: TEXT_CHANNEL, type: 0, guild_id: GUILD_ID, name: 'newsdesk', position: 0, permission_overwrites: [], nsfw: false, parent_id: null, topic: null, last_message_id: null, rate_limit_per_user: 0 }],
        });
      }
    });
  }

  /** A slash command, autocomplete or button press, as Discord dispatches it to the bot. */
  interaction(data: Record<string, unknown>, options: { type: number; dm?: boolean; user?: typeof ASKER; message?: Record<string, unknown> }): { id: string; token: string } {
    const id = nextId();
    const token = `token-${id}`;
    const user = options.user ?? ASKER;
    const channel = options.dm
      ? { channel_id: DM_CHANNEL, channel: { id: DM_CHANNEL, type: 1, recipients: [user] }, user, context: 1 }
      : {
          channel_id: TEXT_CHANNEL,
          channel: { id: TEXT_CHANNEL, type: 0, guild_id: GUILD_ID, name: 'newsdesk' },
          guild_id: GUILD_ID,
          guild: { id: GUILD_ID, locale: 'en-US', features: [] },
          guild_locale: 'en-US',
          member: { user, roles: [], permissions: '2248473465835073', joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, nick: null, avatar: null, premium_since: null, pending: false },
          context: 0,
        };
    this.dispatch('INTERACTION_CREATE', {
      id,
      application_id: APP_ID,
      type: options.type,
      token,
      version: 1,
      locale: 'en-US',
      app_permissions: '2248473465835073',
      entitlements: [],
      authorizing_integration_owners: { 0: GUILD_ID },
      attachment_size_limit: 8_388_608,
      ...channel,
      ...(options.message ? { message: options.message } : {}),
      data,
    });
    return { id, token };
  }

  private async handle(request: IncomingMessage): Promise<[number, unknown]> {
    const raw = await readBody(request);
    const method = request.method ?? 'GET';
    const path = decodeURIComponent((request.url ?? '').split('?')[0] ?? '').replace(/^\/api\/v\d+/, '');
    const body = raw ? (JSON.parse(raw) as RestCall['body']) : null;
    this.calls.push({ method, path, body });
    for (const [prefix, [status, code, message]] of this.failures) {
      if (`${method} ${path}`.startsWith(prefix)) return [status, { code, message }];
    }
    const fields = (body ?? {}) as Record<string, unknown>;
    let match: RegExpExecArray | null;
    if (method === 'GET' && path === '/gateway/bot') {
      return [200, { url: `ws://127.0.0.1:${this.port}`, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } }];
    }
    if (method === 'POST' && (match = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path))) {
      if (fields.type === 4 || fields.type === 7) this.originals.set(match[2] as string, this.originals.get(match[2] as string) ?? nextId());
      return [204, null];
    }
    if ((match = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/.exec(path))) {
      const token = match[2] as string;
      if (method === 'DELETE') return [204, null];
      const id = this.originals.get(token) ?? nextId();
      this.originals.set(token, id);
      return [200, apiMessage(TEXT_CHANNEL, fields, id)];
    }
    if (method === 'POST' && /^\/webhooks\/(\d+)\/([^/]+)$/.test(path)) return [200, apiMessage(TEXT_CHANNEL, fields)];
    if (method === 'POST' && (match = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path))) {
      return [201, { id: nextId(), type: 11, guild_id: GUILD_ID, parent_id: match[1], name: fields.name, owner_id: BOT_ID, message_count: 0, member_count: 1, thread_metadata: { archived: false, auto_archive_duration: 1440, locked: false, archive_timestamp: new Date().toISOString() } }];
    }
    if (method === 'POST' && (match = /^\/channels\/(\d+)\/messages$/.exec(path))) return [200, apiMessage(match[1] as string, fields)];
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      return [200, (body as unknown[]).map((command) => ({ ...(command as object), id: nextId(), application_id: APP_ID, version: nextId() }))];
    }
    return [404, { code: 0, message: `fake Discord: no route ${method} ${path}` }];
  }

  /** Calls whose path matches. */
  find(method: string, path: RegExp): RestCall[] {
    return this.calls.filter((call) => call.method === method && path.test(call.path));
  }

  async waitFor(predicate: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
    await waitUntil(predicate, what, timeoutMs);
  }
}
