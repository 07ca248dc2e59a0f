// Posting an answer: the page in the channel, its sources as a thread reply under it. When the bot cannot post
// in the channel (not invited, a DM, a private channel) the answer goes through response_url instead, sources
// included, with a note on inviting the bot. Any other failure: an ephemeral apology and a log line.
import type { RespondArguments, RespondFn, webApi } from '@slack/bolt';
import type { Logger } from '../../log.ts';
import type { Answer } from '../../model.ts';
import { type AnswerPage, answerPage, hasMore, hitsOf } from '../../render/pages.ts';
import { type SlackMessage, joinSlackMessages, slackAnswerPage, slackNotice, slackSources } from '../../render/slack.ts';
import { MORE_ACTION_ID, type MoreRequest, encodeMore } from './more-button.ts';
import { reportButton } from './report.ts';

/** Slack's answers meaning "the bot may not post here"; anything else is a real failure. */
const CANNOT_POST_HERE = new Set(['not_in_channel', 'channel_not_found', 'is_archived', 'restricted_action', 'cannot_dm_bot', 'ekm_access_denied', 'missing_scope']);

export const INVITE_NOTE = 'I can’t post in this conversation, so only this reply carries the answer. Invite me (/invite @whosaid) to get answers in the channel with sources in a thread.';
export const APOLOGY = 'Sorry — Slack refused my answer. The error is in the bot’s log; please try again in a moment.';

/** The Slack error code of a Web API failure ("not_in_channel"), or the error's own code/message. */
export function slackErrorCode(error: unknown): string {
  const data = (error as { data?: { error?: unknown } }).data;
  if (data && typeof data.error === 'string') return data.error;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}

export interface Delivery {
  client: webApi.WebClient;
  respond: RespondFn;
  log: Logger;
  /** Where the command was typed. */
  channel: string;
  /** Set when this page continues an answer: post it in the answer's thread. */
  threadTs?: string;
  /** Came through response_url before: keep answering there. */
  viaRespond?: boolean;
}

function ephemeral(message: SlackMessage): RespondArguments {
  return { response_type: 'ephemeral', text: message.text, blocks: message.blocks };
}

async function safeRespond(delivery: Delivery, message: RespondArguments): Promise<void> {
  try {
    await delivery.respond(message);
  } catch (error) {
    delivery.log.error(`slack: response_url failed: ${slackErrorCode(error)}`);
  }
}

/** A page with its "More" button (carrying the next page's request). */
function renderPage(page: AnswerPage, request: Omit<MoreRequest, 'p' | 'r'>, viaRespond: boolean): SlackMessage {
  const value = hasMore(page) ? encodeMore({ ...request, p: page.page + 1, ...(viaRespond ? { r: 1 as const } : {}) }) : null;
  return slackAnswerPage(page, value ? { actionId: MORE_ACTION_ID, value } : null, reportButton);
}

/**
 * Sends page `pageNumber` of `answer`. Usage answers and answers with nothing in them are ephemeral, never a
 * public message. `request` is what re-asks the same question for the next page.
 */
export async function deliverAnswer(delivery: Delivery, answer: Answer, request: Omit<MoreRequest, 'p' | 'r'>, pageNumber = 0): Promise<void> {
  if (answer.kind === 'usage') return safeRespond(delivery, ephemeral(slackNotice(answer.message)));
  if (hitsOf(answer).length === 0) return safeRespond(delivery, ephemeral(slackNotice(answer.notes.join(' '))));

  const page = answerPage(answer, pageNumber);
  const sources = slackSources(page);
  if (delivery.viaRespond) {
    const message = joinSlackMessages(renderPage(page, request, true), sources);
    return safeRespond(delivery, { response_type: 'in_channel', replace_original: false, ...message });
  }

  const message = renderPage(page, request, false);
  let ts: string;
  try {
    const posted = await delivery.client.chat.postMessage({
      channel: delivery.channel,
      ...(delivery.threadTs ? { thread_ts: delivery.threadTs } : {}),
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
    if (!posted.ts) throw new Error('chat.postMessage returned no ts');
    ts = posted.ts;
  } catch (error) {
    const code = slackErrorCode(error);
    if (CANNOT_POST_HERE.has(code)) {
      delivery.log.info(`slack: cannot post in ${delivery.channel} (${code}); answering through response_url`);
      const fallback = joinSlackMessages(renderPage(page, request, true), sources, slackNotice(INVITE_NOTE));
      return safeRespond(delivery, { response_type: 'in_channel', ...fallback });
    }
    delivery.log.error(`slack: chat.postMessage failed in ${delivery.channel}: ${code}`);
    return safeRespond(delivery, ephemeral(slackNotice(APOLOGY)));
  }

  try {
    await delivery.client.chat.postMessage({
      channel: delivery.channel,
      thread_ts: delivery.threadTs ?? ts,
      text: sources.text,
      blocks: sources.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
  } catch (error) {
    delivery.log.error(`slack: sources reply failed in ${delivery.channel}: ${slackErrorCode(error)}`);
    await safeRespond(delivery, ephemeral(joinSlackMessages(slackNotice('I could not post the sources under my answer; here they are.'), sources)));
  }
}
