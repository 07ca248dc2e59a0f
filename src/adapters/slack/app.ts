// The Slack face: a real Bolt app, HTTP (events at /slack/events) or Socket Mode. It parses a slash command or a
// "More" click into a command call and delivers the rendered answer; it never reaches into the index.
import type { Server, ServerResponse } from 'node:http';
import { App, HTTPReceiver, type types } from '@slack/bolt';
import { COMMANDS, answerInTurn, findCommand } from '../../../commands/index.ts';
import { type SlackConfig, StartupError } from '../../config.ts';
import type { Whosaid } from '../../core.ts';
import type { Logger } from '../../log.ts';
import { pageWindow } from '../../render/pages.ts';
import { slackNotice } from '../../render/slack.ts';
import { boltLogger } from './bolt-logger.ts';
import { APOLOGY, deliverAnswer, slackErrorCode } from './deliver.ts';
import { MORE_ACTION_ID, decodeMore } from './more-button.ts';
import { RequestGuard, guardRequests } from './request-guard.ts';
import { REPORT_ACTION_ID, REPORT_VIEW_ID, decodeReportButton, readSubmission, reportModal, thanksModal } from './report.ts';
import { REPORT_FAILED, REPORT_THANKS } from '../../render/wording.ts';

export interface SlackBot {
  app: App;
  /** Starts listening (HTTP) or connecting (Socket Mode); resolves with the HTTP port in HTTP mode. */
  start(): Promise<{ port: number | null }>;
  stop(): Promise<void>;
}

export function createSlackBot(core: Whosaid, config: SlackConfig, log: Logger): SlackBot {
  const clientOptions = {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl.endsWith('/') ? config.apiUrl : `${config.apiUrl}/` } : {}),
    // The default retries for up to 30 minutes; an answer that late is no answer.
    retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2_000 },
  };
  const logger = boltLogger(log);
  let app: App;
  if (config.mode === 'http') {
    // GET /healthz for load balancers and service managers: ready or catching up, and what is indexed.
    const healthz = {
      path: '/healthz',
      method: ['GET'],
      handler: (_request: unknown, response: ServerResponse) => {
        const { documents, statements } = core.stats;
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ status: core.isCaughtUp ? 'ready' : 'catching-up', articles: documents, statements }));
      },
    };
    const receiver = new HTTPReceiver({ signingSecret: config.signingSecret, logger, customRoutes: [healthz] });
    // Every request passes our checks first: timestamps within five minutes either way, no replays.
    receiver.requestListener = guardRequests(receiver.requestListener, new RequestGuard(config.signingSecret), log);
    app = new App({ token: config.botToken, receiver, clientOptions, logger, deferInitialization: true });
  } else {
    app = new App({ token: config.botToken, appToken: config.appToken, socketMode: true, clientOptions, logger, deferInitialization: true });
  }

  for (const command of COMMANDS) {
    app.command(`/${command.name}`, async ({ command: payload, ack, respond, client }) => {
      // Ack first, always: Slack gives 3 seconds, and the answer has its own ways back (chat.postMessage, response_url).
      await ack();
      const delivery = { client, respond, log, channel: payload.channel_id };
      try {
        const options = command.fromText(payload.text ?? '');
        log.info(`slack: /${command.name} in ${payload.channel_id} by ${payload.user_id}`);
        await deliverAnswer(delivery, await answerInTurn(core, command, options, pageWindow(0)), { c: command.name, o: options });
      } catch (error) {
        log.error(`slack: /${command.name} failed: ${(error as Error).stack ?? slackErrorCode(error)}`);
        await respond({ response_type: 'ephemeral', ...slackNotice(APOLOGY) }).catch(() => undefined);
      }
    });
  }

  app.action(MORE_ACTION_ID, async ({ ack, body, action, respond, client }) => {
    await ack();
    const request = decodeMore('value' in action ? action.value : undefined);
    const command = request ? findCommand(request.c) : undefined;
    if (!request || !command) {
      log.warn(`slack: ignored a "More" click with an unreadable value`);
      await respond({ response_type: 'ephemeral', replace_original: false, ...slackNotice('That button has expired; please ask again.') }).catch(() => undefined);
      return;
    }
    const message = 'message' in body ? body.message : undefined;
    const channel = body.channel?.id ?? '';
    const threadTs = typeof message?.thread_ts === 'string' ? message.thread_ts : message?.ts;
    const delivery = {
      client,
      respond,
      log,
      channel,
      ...(threadTs ? { threadTs } : {}),
      ...(request.r === 1 || !channel || !threadTs ? { viaRespond: true } : {}),
    };
    try {
      await deliverAnswer(delivery, await answerInTurn(core, command, request.o, pageWindow(request.p)), { c: request.c, o: request.o }, request.p);
      // The clicked button has done its job: drop it, so a second click does not post the same page twice.
      if (!delivery.viaRespond && message?.ts && Array.isArray(message.blocks)) {
        // The message's own blocks, as Slack sent them back in the click payload.
        const blocks = (message.blocks as types.KnownBlock[]).filter((block) => block.type !== 'actions');
        await client.chat.update({ channel, ts: message.ts, text: typeof message.text === 'string' ? message.text : '', blocks }).catch((error: unknown) => {
          log.warn(`slack: could not remove the used "More" button: ${slackErrorCode(error)}`);
        });
      }
    } catch (error) {
      log.error(`slack: "More" failed: ${(error as Error).stack ?? slackErrorCode(error)}`);
      await respond({ response_type: 'ephemeral', replace_original: false, ...slackNotice(APOLOGY) }).catch(() => undefined);
    }
  });

  // "Wrong?": the click opens the report modal (its trigger is valid for 3 seconds, so nothing slow comes first).
  app.action(REPORT_ACTION_ID, async ({ ack, body, action, client, respond }) => {
    await ack();
    const button = decodeReportButton('value' in action ? action.value : undefined);
    const triggerId = 'trigger_id' in body ? body.trigger_id : undefined;
    if (!button || !triggerId) {
      log.warn('slack: ignored a "Wrong?" click with an unreadable value');
      await respond({ response_type: 'ephemeral', replace_original: false, ...slackNotice('That button has expired; please ask again.') }).catch(() => undefined);
      return;
    }
    try {
      const statement = core.statement(button.s);
      const summary = statement ? `${statement.speaker.canonical}: “${statement.text}”` : 'This statement is no longer in the corpus.';
      await client.views.open({ trigger_id: triggerId, view: reportModal(button.s, summary) });
    } catch (error) {
      log.error(`slack: could not open the report form: ${slackErrorCode(error)}`);
      await respond({ response_type: 'ephemeral', replace_original: false, ...slackNotice(APOLOGY) }).catch(() => undefined);
    }
  });

  // The submitted form: stored before the ack, whose answer turns the form into a thank-you for the reporter alone.
  app.view(REPORT_VIEW_ID, async ({ ack, body, view }) => {
    const submission = readSubmission(view);
    if (!submission) {
      log.warn('slack: a report form came back unreadable');
      await ack({ response_action: 'errors', errors: { reason: 'Please pick what is wrong.' } });
      return;
    }
    try {
      const result = await core.reportWrong({ ...submission, user: body.user.id, platform: 'slack' });
      await ack({ response_action: 'update', view: thanksModal(result.ok ? REPORT_THANKS : result.message) });
    } catch (error) {
      log.error(`slack: storing a report failed: ${(error as Error).stack ?? String(error)}`);
      await ack({ response_action: 'update', view: thanksModal(REPORT_FAILED) });
    }
  });

  app.error(async (error) => {
    log.error(`slack: ${slackErrorCode(error)}`);
  });

  return {
    app,
    async start() {
      // The token is checked (auth.test) before anything listens: a wrong token is one clear error, not a bot that
      // says "listening" and then fails every answer.
      try {
        await app.init();
      } catch (error) {
        throw new StartupError(`Slack refused SLACK_BOT_TOKEN (${slackErrorCode(error)}); check the token in .env.`);
      }
      if (config.mode === 'socket') {
        await app.start();
        log.info('slack: connected in Socket Mode');
        return { port: null };
      }
      const server = (await app.start(config.port)) as Server;
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      log.info(`slack: listening for events on http://0.0.0.0:${port}/slack/events`);
      return { port };
    },
    async stop() {
      await app.stop();
    },
  };
}
