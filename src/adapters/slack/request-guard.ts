// Slack's request signature, checked before Bolt sees the request, with two rules Bolt lacks: the timestamp must
// be within five minutes *either way* (Bolt refuses only old ones), and a signed request is answered once — a copy
// replayed within its window is refused. Bolt then reads the same buffered body and checks the signature again.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Logger } from '../../log.ts';

/** Slack's window: a request signed more than five minutes from now, either way, is refused. */
const WINDOW_SEC = 5 * 60;
/** Slack's own limit on a request body is far below this; anything larger is not Slack. */
const MAX_BODY_BYTES = 1024 * 1024;

export type Verdict = { ok: true } | { ok: false; reason: string };

export class RequestGuard {
  /** Signatures already answered, with the time they leave the window (ms). */
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly signingSecret: string,
    private readonly now: () => number = Date.now,
  ) {}

  check(timestampHeader: string | undefined, signatureHeader: string | undefined, body: Buffer): Verdict {
    const timestamp = Number(timestampHeader);
    if (!timestampHeader || !Number.isInteger(timestamp)) return { ok: false, reason: 'no request timestamp' };
    const nowSec = Math.floor(this.now() / 1000);
    if (Math.abs(nowSec - timestamp) > WINDOW_SEC) return { ok: false, reason: `timestamp ${timestamp - nowSec} s from now` };
    if (!signatureHeader) return { ok: false, reason: 'no signature' };
    const expected = `v0=${createHmac('sha256', this.signingSecret).update(`v0:${timestamp}:`).update(body).digest('hex')}`;
    const given = Buffer.from(signatureHeader);
    if (given.length !== expected.length || !timingSafeEqual(given, Buffer.from(expected))) return { ok: false, reason: 'signature does not match' };
    this.forgetExpired();
    if (this.seen.has(signatureHeader)) return { ok: false, reason: 'replayed request' };
    this.seen.set(signatureHeader, (timestamp + WINDOW_SEC) * 1000);
    return { ok: true };
  }

  private forgetExpired(): void {
    const now = this.now();
    for (const [signature, expires] of this.seen) if (expires < now) this.seen.delete(signature);
  }
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? undefined : value;
}

/** Wraps Bolt's request listener: POST bodies are buffered, checked, and handed on as `rawBody` (which Bolt reads). */
export function guardRequests(listener: RequestListener, guard: RequestGuard, log: Logger): RequestListener {
  return (request: IncomingMessage, response: ServerResponse) => {
    if (request.method !== 'POST') {
      listener(request, response);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES && !refused) {
        refused = true;
        response.writeHead(413).end();
        request.destroy();
        log.warn(`slack: refused a request of over ${MAX_BODY_BYTES} bytes`);
      } else if (!refused) chunks.push(chunk);
    });
    request.on('end', () => {
      if (refused) return;
      const body = Buffer.concat(chunks);
      const verdict = guard.check(header(request, 'x-slack-request-timestamp'), header(request, 'x-slack-signature'), body);
      if (!verdict.ok) {
        log.warn(`slack: refused a request: ${verdict.reason}`);
        response.writeHead(401).end();
        return;
      }
      (request as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
      listener(request, response);
    });
    request.on('error', (error) => log.warn(`slack: reading a request failed: ${error.message}`));
  };
}
