// A local fake of the Slack Web API and of response_url, on 127.0.0.1: it records every call and answers like
// Slack does, including `ok: false` errors a test arranges per method and channel.
import { type IncomingMessage, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { readBody, waitUntil } from './http.ts';

export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  token: string | null;
}

export interface RecordedResponse {
  path: string;
  body: Record<string, unknown>;
}


/** The WebClient sends form-encoded arguments with objects (blocks) as JSON strings; JSON bodies are accepted too. */
function parseArgs(body: string, contentType: string | undefined): Record<string, unknown> {
  if (contentType?.includes('application/json')) return body ? (JSON.parse(body) as Record<string, unknown>) : {};
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return args;
}

export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  readonly responses: RecordedResponse[] = [];
  /** `${method} ${channel}` (or `${method} *`) → the error Slack answers with. */
  readonly failures = new Map<string, string>();
  private server: Server | null = null;
  /** Socket Mode: the app's WebSocket, once it has dialled in through apps.connections.open. */
  private readonly wss = new WebSocketServer({ noServer: true });
  private socket: WebSocket | null = null;
  /** Envelope acknowledgements the app sent back over the socket. */
  readonly acks: Array<{ envelope_id: string; payload?: unknown }> = [];
  private posts = 0;
  port = 0;

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/respond/${id}`;
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      void this.handle(request).then(
        (json) => {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify(json));
        },
        (error: Error) => {
          response.writeHead(500);
          response.end(error.message);
        },
      );
    });
    this.server.on('upgrade', (request, socket, head) => {
      this.wss.handleUpgrade(request, socket, head, (ws) => {
        this.socket = ws;
        ws.on('message', (raw) => this.acks.push(JSON.parse(String(raw)) as { envelope_id: string }));
        ws.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake', approximate_connection_time: 18_060 }, connection_info: { app_id: 'A0WHOSAID' } }));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** Whether a Socket Mode app is connected. */
  get socketConnected(): boolean {
    return this.socket !== null;
  }

  /** Sends a Socket Mode envelope (a slash command, a button click) as Slack does. */
  sendEnvelope(envelopeId: string, type: 'slash_commands' | 'interactive', payload: Record<string, unknown>): void {
    this.socket?.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: true }));
  }

  async stop(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private async handle(request: IncomingMessage): Promise<unknown> {
    const body = await readBody(request);
    const url = request.url ?? '';
    if (url.startsWith('/respond/')) {
      this.responses.push({ path: url, body: JSON.parse(body) as Record<string, unknown> });
      return { ok: true };
    }
    const method = url.replace(/^\/api\//, '').split('?')[0] ?? '';
    const args = parseArgs(body, request.headers['content-type']);
    const auth = request.headers.authorization;
    this.calls.push({ method, args, token: auth ? auth.replace(/^Bearer /, '') : null });
    const error = this.failures.get(`${method} ${String(args.channel)}`) ?? this.failures.get(`${method} *`);
    if (error) return { ok: false, error };
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://fake.slack.test/', team: 'Fake', user: 'whosaid', team_id: 'T0FAKE', user_id: 'U0BOT', bot_id: 'B0BOT' };
      case 'chat.postMessage': {
        const ts = `1700000000.${String(++this.posts).padStart(6, '0')}`;
        return { ok: true, channel: args.channel, ts, message: { type: 'message', text: args.text, ts, bot_id: 'B0BOT', blocks: args.blocks } };
      }
      case 'apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${this.port}/link` };
      case 'views.open':
        return { ok: true, view: { id: `V${this.calls.length}`, ...(args.view as object) } };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: '1700000001.000001' };
      case 'chat.update':
        return { ok: true, channel: args.channel, ts: args.ts };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  posted(): RecordedCall[] {
    return this.calls.filter((call) => call.method === 'chat.postMessage');
  }

  /** Resolves once `predicate` holds (the bot answers after its ack, so tests wait for the calls). */
  async waitFor(predicate: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
    await waitUntil(predicate, what, timeoutMs);
  }
}
