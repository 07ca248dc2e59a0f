// Answer pages → Slack Block Kit. Everything taken from articles or users is escaped (&, <, >), so no
// `<!channel>`, `<!here>` or `<@U…>` can come out of an answer; Block Kit's limits are data, and every message
// is built to stay inside them.
import type { types } from '@slack/bolt';
import type { StatementHit } from '../model.ts';
import { type AnswerPage, citedSources, hasMore } from './pages.ts';
import { capText, fittedSnippet } from './snippet.ts';
import { evidenceUrl } from './fragment.ts';
import { answerHeading, contrastNote, correctionNote, howSaid, outletAndDate, sourceLabel, speakerLine, speakerLines, webUrl, whenSaid } from './wording.ts';

type KnownBlock = types.KnownBlock;

export const SLACK_LIMITS = {
  blocks: 50,
  sectionText: 3000,
  contextText: 3000,
  buttonValue: 2000,
  /** Undocumented: Slack rejects a message whose blocks add up to about 13.2k characters (msg_blocks_too_long). */
  blockChars: 12_000,
  /** Our own budgets per part, chosen so a page of entries stays inside the limits above. */
  entryText: 1_800,
  sourceText: 300,
  sourceLines: 40,
} as const;

export interface SlackMessage {
  /** The notification / screen-reader text; escaped like the blocks. */
  text: string;
  blocks: KnownBlock[];
}

/** Slack's three control characters. With them escaped nothing in the text can become a mention or a link. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function mrkdwn(text: string) {
  return { type: 'mrkdwn' as const, text };
}

/** A URL inside `<url|label>`: the characters that would end the link are percent-encoded. */
function linkTarget(url: string): string {
  return url.replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E');
}

export function slackLink(url: string | null, label: string): string {
  const target = webUrl(url);
  return target ? `<${linkTarget(target)}|${escapeSlack(label)}>` : escapeSlack(label);
}

/** `<link|title> · outlet · date`: the title opens the article at the quoted words. */
function entrySource(hit: StatementHit): string {
  const { source } = hit;
  const title = capText(source.title, SLACK_LIMITS.sourceText);
  const link = evidenceUrl(source.url, hit.text);
  const titled = link ? `<${linkTarget(link)}|${escapeSlack(title)}>` : escapeSlack(title);
  const rest = outletAndDate(source).map((part) => escapeSlack(capText(part, 120)));
  return [titled, ...rest].join(' · ');
}

function entryBlocks(hit: StatementHit, number: number, report: ReportButton | null, speaker: string): KnownBlock[] {
  const head = `*${number}. ${escapeSlack(capText(speaker, 200))}* — ${escapeSlack(whenSaid(hit.saidOn, hit.source.published))}`;
  const how = `_${escapeSlack(capText(howSaid(hit), 120))}:_ `;
  const contrast = contrastNote(hit);
  const correction = correctionNote(hit);
  const warning = `${contrast ? `\n>:warning: ${escapeSlack(capText(contrast, 300))}` : ''}${correction ? `\n>:pencil2: ${escapeSlack(capText(correction, 300))}` : ''}`;
  const budget = SLACK_LIMITS.entryText - head.length - how.length - warning.length - 20;
  const snippet = fittedSnippet(hit.text, hit.highlights, budget, escapeSlack, '*', '*');
  const quoted = snippet.replace(/\n+/g, '\n>');
  const body = `>${how}${hit.kind === 'direct' ? `“${quoted}”` : quoted}${warning}`;
  const also = hit.alsoReportedBy.length > 0 ? ` · also reported by ${hit.alsoReportedBy.length} more` : '';
  const value = report?.value(hit);
  const section: KnownBlock = {
    type: 'section',
    text: mrkdwn(`${head}\n${body}`),
    ...(report && value && value.length <= SLACK_LIMITS.buttonValue
      ? { accessory: { type: 'button', action_id: report.actionId, value, text: { type: 'plain_text', text: 'Wrong?' } } }
      : {}),
  };
  return [section, { type: 'context', elements: [mrkdwn(`${entrySource(hit)}${also}`)] }];
}

/** The "Wrong?" button on each entry: its action and the value that names the statement. */
export interface ReportButton {
  actionId: string;
  value: (hit: StatementHit) => string;
}

export interface MoreButton {
  actionId: string;
  value: string;
}

/** One page of an answer: heading, entries, notes, and a "More" button when pages remain. */
export function slackAnswerPage(page: AnswerPage, more: MoreButton | null, report: ReportButton | null = null): SlackMessage {
  const heading = escapeSlack(capText(answerHeading(page.answer), 250));
  const blocks: KnownBlock[] = [{ type: 'section', text: mrkdwn(`*${heading}*${page.page > 0 ? ` (page ${page.page + 1} of ${page.pages})` : ''}`) }];
  const speakers = speakerLines(page.hits);
  page.hits.forEach((hit, i) => blocks.push(...entryBlocks(hit, page.firstNumber + i, report, speakers[i] ?? hit.speaker.canonical)));
  const footer = [
    ...(page.pages > 1 ? [`Showing ${page.firstNumber}–${page.firstNumber + page.hits.length - 1} of ${page.total}`] : []),
    ...page.answer.notes.map((note) => escapeSlack(capText(note, 500))),
  ];
  if (footer.length > 0) blocks.push({ type: 'context', elements: [mrkdwn(footer.join(' · '))] });
  if (more && hasMore(page)) {
    blocks.push({
      type: 'actions',
      elements: [{ type: 'button', action_id: more.actionId, value: more.value, text: { type: 'plain_text', text: `More (${page.total - page.firstNumber - page.hits.length + 1} left)` } }],
    });
  }
  const first = page.hits[0];
  const summary = first ? `: ${speakerLine(first.speaker.canonical, first.speaker.role)}, ${whenSaid(first.saidOn, first.source.published)}` : '';
  return { text: escapeSlack(capText(`${answerHeading(page.answer)}${summary}`, 500)), blocks };
}

/** The thread reply: `<url|title — outlet, date>` for every article the page cites, then "also reported by". */
export function slackSources(page: AnswerPage): SlackMessage {
  const cited = citedSources(page);
  const line = (c: (typeof cited)[number]) => {
    const link = slackLink(c.source.url, capText(sourceLabel(c.source), SLACK_LIMITS.sourceText));
    return c.also ? `for [${c.numbers.join(', ')}]: ${link}` : `[${c.numbers.join(', ')}] ${link}`;
  };
  const shown = cited.slice(0, SLACK_LIMITS.sourceLines);
  const sections: string[] = [];
  const main = shown.filter((c) => !c.also).map(line);
  const also = shown.filter((c) => c.also).map(line);
  if (main.length > 0) sections.push(`*Sources*\n${main.join('\n')}`);
  if (also.length > 0) sections.push(`*Also reported by*\n${also.join('\n')}`);
  if (cited.length > shown.length) sections.push(`_…and ${cited.length - shown.length} more articles._`);
  const blocks: KnownBlock[] = splitSections(sections).map((text) => ({ type: 'section', text: mrkdwn(text) }));
  return { text: `Sources for ${escapeSlack(capText(answerHeading(page.answer), 200))}`, blocks };
}

/** Section texts at most SLACK_LIMITS.sectionText long, split between lines. */
function splitSections(texts: string[]): string[] {
  const out: string[] = [];
  for (const text of texts) {
    let current = '';
    for (const line of text.split('\n')) {
      if (current && current.length + line.length + 1 > SLACK_LIMITS.sectionText) {
        out.push(current);
        current = '';
      }
      current = current ? `${current}\n${line}` : line.slice(0, SLACK_LIMITS.sectionText);
    }
    if (current) out.push(current);
  }
  return out;
}

/** A short message (usage, nothing matched, an apology), escaped. */
export function slackNotice(text: string): SlackMessage {
  const escaped = escapeSlack(capText(text, SLACK_LIMITS.sectionText));
  return { text: escaped, blocks: [{ type: 'section', text: mrkdwn(escaped) }] };
}

/** Blocks of several messages in one (the response_url fallback, which has no thread). */
export function joinSlackMessages(...messages: SlackMessage[]): SlackMessage {
  const blocks: KnownBlock[] = [];
  for (const [i, message] of messages.entries()) {
    if (i > 0) blocks.push({ type: 'divider' });
    blocks.push(...message.blocks);
  }
  return { text: messages[0]?.text ?? '', blocks: blocks.slice(0, SLACK_LIMITS.blocks) };
}
