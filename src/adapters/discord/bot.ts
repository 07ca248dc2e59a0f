// The Discord face: a discord.js client on the gateway with the Guilds intent only. A slash command is deferred at
// once, answered by editing the deferred reply, and its sources go in a thread on that reply (or a follow-up where
// no thread can be made). It parses interactions into command calls; it never reaches into the index.
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  ChannelType,
  Client,
  Events,
  GatewayIntentBits,
  type Interaction,
  MessageFlags,
  type RESTPostAPIChannelThreadsResult,
  Routes,
  type StringSelectMenuInteraction,
} from 'discord.js';
import { answerInTurn, findCommand } from '../../../commands/index.ts';
import { type DiscordConfig, StartupError } from '../../config.ts';
import type { Whosaid } from '../../core.ts';
import type { Logger } from '../../log.ts';
import { DISCORD_LIMITS, discordAnswerPage, discordSources, escapeDiscord, threadName } from '../../render/discord.ts';
import { type AnswerPage, answerPage, hasMore, hitsOf, pageWindow } from '../../render/pages.ts';
import { capText } from '../../render/snippet.ts';
import { PageStore, pageButtonId, parsePageButtonId } from './pages.ts';
import { parseReasonMenu, parseWrongButton, reasonMenu, wrongButtons } from './report.ts';
import { REPORT_FAILED, REPORT_THANKS } from '../../render/wording.ts';

const NO_PINGS = { parse: [] as [] };
const APOLOGY = 'Sorry — something went wrong answering that. The error is in the bot’s log; please try again.';
/** Channels where a thread can hang under a message. */
const THREADABLE = new Set<ChannelType>([ChannelType.GuildText, ChannelType.GuildAnnouncement]);

export interface DiscordBot {
  client: Client;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** The Discord error code ("50013") or the error's message, for the operator log. */
function discordErrorCode(error: unknown): string {
  const { code, status } = error as { code?: unknown; status?: unknown };
  if (code !== undefined) return `${String(code)}${status ? ` (HTTP ${String(status)})` : ''}: ${(error as Error).message}`;
  return error instanceof Error ? error.message : String(error);
}

function pageButtons(key: string | null, page: AnswerPage): Array<APIActionRowComponent<APIButtonComponent>> {
  if (!key || page.pages < 2) return [];
  const button = (label: string, which: 'prev' | 'next', target: number, disabled: boolean): APIButtonComponent => ({
    type: 2,
    style: 2,
    label,
    custom_id: pageButtonId(key, Math.max(0, target), which),
    disabled,
  });
  return [
    {
      type: 1,
      components: [button('◀ Previous', 'prev', page.page - 1, page.page === 0), button(hasMore(page) ? `More (${page.page + 2}/${page.pages}) ▶` : 'More ▶', 'next', page.page + 1, !hasMore(page))],
    },
  ];
}

/** How long the gateway may take to say ready after the token is accepted. */
const LOGIN_TIMEOUT_MS = 30_000;

export function createDiscordBot(core: Whosaid, config: DiscordConfig, log: Logger): DiscordBot {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_PINGS,
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
  });
  const store = new PageStore();

  /** Sources in a thread on the answer; a follow-up where that cannot be. Returns the thread's id, if any. */
  async function postSources(interaction: ChatInputCommandInteraction | ButtonInteraction, messageId: string, page: AnswerPage, threadId: string | null): Promise<string | null> {
    const content = discordSources(page);
    const channelType = interaction.channel?.type;
    const canThread = interaction.inGuild() && (channelType === undefined || THREADABLE.has(channelType));
    if (canThread || threadId) {
      try {
        let id = threadId;
        if (!id) {
          const thread = (await client.rest.post(Routes.threads(interaction.channelId ?? '', messageId), {
            body: { name: threadName(page), auto_archive_duration: 1440 },
          })) as RESTPostAPIChannelThreadsResult;
          id = thread.id;
        }
        await client.rest.post(Routes.channelMessages(id), { body: { content, allowed_mentions: NO_PINGS, flags: MessageFlags.SuppressEmbeds } });
        return id;
      } catch (error) {
        log.warn(`discord: no thread for sources in channel ${interaction.channelId ?? '?'} (${discordErrorCode(error)}); sending them as a follow-up`);
      }
    } else {
      log.info(`discord: channel ${interaction.channelId ?? '?'} cannot hold threads (${interaction.inGuild() ? `type ${String(channelType)}` : 'a DM'}); sources as a follow-up`);
    }
    await interaction.followUp({ content, allowedMentions: NO_PINGS, flags: MessageFlags.SuppressEmbeds });
    return null;
  }

  async function answerCommand(interaction: ChatInputCommandInteraction): Promise<void> {
    const command = findCommand(interaction.commandName);
    if (!command) {
      await interaction.reply({ content: 'I don’t know that command; try /who-said or /timeline.', flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
      return;
    }
    // Discord allows 3 seconds for the first response; the deferral buys 15 minutes.
    await interaction.deferReply();
    const options = Object.fromEntries(interaction.options.data.map((option) => [option.name, String(option.value ?? '')]));
    log.info(`discord: /${command.name} in ${interaction.channelId ?? 'DM'} by ${interaction.user.id}`);
    const answer = await answerInTurn(core, command, options, pageWindow(0));
    if (answer.kind === 'usage' || hitsOf(answer).length === 0) {
      // A deferred public reply cannot become ephemeral: tell the asker privately, then remove the placeholder.
      const message = answer.kind === 'usage' ? answer.message : answer.notes.join(' ');
      await interaction.followUp({ content: capText(escapeDiscord(message), DISCORD_LIMITS.content), flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
      await interaction.deleteReply();
      return;
    }
    const page = answerPage(answer, 0);
    const key = page.pages > 1 ? store.remember({ userId: interaction.user.id, command: command.name, options, threadId: null }) : null;
    const reply = await interaction.editReply({ ...discordAnswerPage(page), components: [...pageButtons(key, page), ...wrongButtons(page)], allowedMentions: NO_PINGS });
    const threadId = await postSources(interaction, reply.id, page, null);
    const remembered = key ? store.recall(key) : undefined;
    if (remembered) remembered.threadId = threadId;
  }

  async function turnPage(interaction: ButtonInteraction): Promise<void> {
    const parsed = parsePageButtonId(interaction.customId);
    if (!parsed) return;
    const question = store.recall(parsed.key);
    const command = question ? findCommand(question.command) : undefined;
    if (!question || !command) {
      await interaction.reply({ content: 'This answer has expired; please ask again.', flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
      return;
    }
    if (question.userId !== interaction.user.id) {
      await interaction.reply({ content: 'Only the person who asked can page through this answer. Ask your own with /timeline or /who-said.', flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
      return;
    }
    const answer = await answerInTurn(core, command, question.options, pageWindow(parsed.page));
    if (answer.kind === 'usage') return;
    const page = answerPage(answer, parsed.page);
    await interaction.update({ ...discordAnswerPage(page), components: [...pageButtons(parsed.key, page), ...wrongButtons(page)], allowedMentions: NO_PINGS });
    question.threadId = await postSources(interaction, interaction.message.id, page, question.threadId);
  }

  /** "Wrong? n": a menu of what can be wrong, shown to the clicker alone. */
  async function askWhatIsWrong(interaction: ButtonInteraction, statementId: string): Promise<void> {
    const statement = core.statement(statementId);
    if (!statement) {
      await interaction.reply({ content: 'That statement is no longer in the corpus; please ask again.', flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
      return;
    }
    const summary = capText(`${statement.speaker.canonical}: “${statement.text}”`, 300);
    await interaction.reply({ content: `What is wrong with this entry?\n> ${escapeDiscord(summary)}`, components: reasonMenu(statementId), flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS });
  }

  async function storeReport(interaction: StringSelectMenuInteraction): Promise<void> {
    const chosen = parseReasonMenu(interaction.customId, interaction.values);
    if (!chosen) return;
    const result = await core.reportWrong({ ...chosen, user: interaction.user.id, platform: 'discord' }).catch((error: unknown) => {
      log.error(`discord: storing a report failed: ${(error as Error).stack ?? String(error)}`);
      return { ok: false as const, message: REPORT_FAILED };
    });
    await interaction.update({ content: result.ok ? REPORT_THANKS : result.message, components: [], allowedMentions: NO_PINGS });
  }

  async function suggest(interaction: AutocompleteInteraction): Promise<void> {
    const focused = interaction.options.getFocused(true);
    const choices =
      focused.name === 'topic'
        ? core.suggestSpeakers(String(focused.value), DISCORD_LIMITS.choices).map((speaker) => ({
            name: capText(speaker.role ? `${speaker.name} (${speaker.role})` : speaker.name, DISCORD_LIMITS.choiceText),
            value: speaker.name.slice(0, DISCORD_LIMITS.choiceText),
          }))
        : [];
    await interaction.respond(choices);
  }

  async function handle(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isAutocomplete()) await suggest(interaction);
      else if (interaction.isChatInputCommand()) await answerCommand(interaction);
      else if (interaction.isButton()) {
        const wrong = parseWrongButton(interaction.customId);
        await (wrong ? askWhatIsWrong(interaction, wrong) : turnPage(interaction));
      } else if (interaction.isStringSelectMenu()) await storeReport(interaction);
    } catch (error) {
      log.error(`discord: interaction ${interaction.id} failed: ${discordErrorCode(error)}`);
      if (!interaction.isRepliable()) return;
      const apology = { content: APOLOGY, flags: MessageFlags.Ephemeral, allowedMentions: NO_PINGS } as const;
      await (interaction.deferred || interaction.replied ? interaction.followUp(apology) : interaction.reply(apology)).catch((again: unknown) => {
        log.error(`discord: could not apologise either: ${discordErrorCode(again)}`);
      });
    }
  }

  client.on(Events.InteractionCreate, (interaction) => void handle(interaction));
  client.on(Events.Error, (error) => log.error(`discord: ${error.message}`));
  client.on(Events.Warn, (message) => log.warn(`discord: ${message}`));

  return {
    client,
    async start() {
      // The token is checked at start: a wrong one is one clear error and exit code 1, not a stack trace.
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      try {
        await client.login(config.token);
      } catch (error) {
        await client.destroy().catch(() => undefined);
        throw new StartupError(`Discord refused DISCORD_TOKEN (${discordErrorCode(error)}); check the bot token in .env.`);
      }
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => {
        timer = setTimeout(() => resolve('late'), LOGIN_TIMEOUT_MS);
      });
      const outcome = await Promise.race([ready, late]);
      clearTimeout(timer);
      if (outcome === 'late') {
        await client.destroy().catch(() => undefined);
        throw new StartupError(`Discord accepted the token but did not finish logging in within ${LOGIN_TIMEOUT_MS / 1000} s; check the network and try again.`);
      }
      log.info(`discord: logged in as ${client.user?.tag ?? '?'} in ${client.guilds.cache.size} guild(s)`);
    },
    async stop() {
      await client.destroy();
    },
  };
}
