// Requests as Slack sends them to an HTTP-mode app: form-encoded, signed with the signing secret
// (`v0=` HMAC-SHA256 over `v0:{timestamp}:{body}`).
import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret';

export interface SignOptions {
  secret?: string;
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
}

export async function postSigned(port: number, body: string, options: SignOptions = {}): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac('sha256', options.secret ?? SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return fetch(`http://127.0.0.1:${port}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature },
    body,
  });
}

export function slashCommandBody(command: string, text: string, responseUrl: string, channel = 'C0GENERAL'): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: 'T0FAKE',
    team_domain: 'fake',
    channel_id: channel,
    channel_name: 'general',
    user_id: 'U0ASKER',
    user_name: 'asker',
    command,
    text,
    api_app_id: 'A0WHOSAID',
    response_url: responseUrl,
    trigger_id: '1.2.3',
  }).toString();
}

export function blockActionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export interface ButtonClick {
  user: string;
  triggerId: string;
  /** The message the button is on, as Slack sends it back. */
  message: { ts: string; text: unknown; blocks: unknown };
  responseUrl: string;
  action: { action_id: string | undefined; value: string | undefined; block_id: string };
}

/** A click on a button of a bot message in #general, as Slack posts it to the app. */
export function buttonClickBody(click: ButtonClick): string {
  return blockActionBody({
    type: 'block_actions',
    user: { id: click.user },
    team: { id: 'T0FAKE' },
    api_app_id: 'A0WHOSAID',
    token: 'legacy',
    trigger_id: click.triggerId,
    channel: { id: 'C0GENERAL', name: 'general' },
    container: { type: 'message', message_ts: click.message.ts, channel_id: 'C0GENERAL', is_ephemeral: false },
    message: { type: 'message', ...click.message },
    response_url: click.responseUrl,
    actions: [{ type: 'button', ...click.action, action_ts: '1' }],
  });
}
