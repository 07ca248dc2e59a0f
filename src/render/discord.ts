// Answer pages → Discord messages: one embed per entry (speaker as author, date and snippet as description, source
// as footer), the sources as masked links for the thread. Markdown from articles and users is escaped and mention
// syntax defused (the adapter also sends `allowed_mentions: { parse: [] }`); embed limits are data.
import { type APIEmbed, escapeMarkdown } from 'discord.js';
import type { StatementHit } from '../model.ts';
import { type AnswerPage, citedSources } from './pages.ts';
import { capText, fittedSnippet } from './snippet.ts';
import { evidenceUrl } from './fragment.ts';
import { answerHeading, contrastNote, correctionNote, howSaid, outletAndDate, sourceLabel, speakerLines, webUrl, whenSaid } from './wording.ts';

export const DISCORD_LIMITS = {
  content: 2000,
  embeds: 10,
  title: 256,
  description: 4096,
  fields: 25,
  footer: 2048,
  author: 256,
  /** All embeds of one message together. */
  total: 6000,
  threadName: 100,
  choices: 25,
  choiceText: 100,
  /** Our own budgets per entry: five entries stay under `total`. */
  entryDescription: 640,
  entryAuthor: 150,
  entryFooter: 200,
  entryTitle: 180,
} as const;

const BLURPLE = 0x5865f2;
/** A hit that says the opposite of the question stands out. */
const AMBER = 0xf0b232;

/** `@everyone`, `@here` and `<@…>`/`<@&…>`/`<#…>` mentions broken with a zero-width space. */
function defuseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, '@\u200b$1').replace(/<([@#][!&]?)(\d+)>/g, '<\u200b$1$2>');
}

/** Markdown escaped and mentions defused: for content and descriptions. */
export function escapeDiscord(text: string): string {
  return defuseMentions(escapeMarkdown(text, { maskedLink: true }));
}

/** Text Discord shows as typed (author names, footers): no Markdown there, but mentions still defused. */
function plain(text: string, max: number): string {
  return defuseMentions(capText(text, max));
}

/** One entry: the speaker as author, the article's title linking to the quoted words, the snippet, the source. */
function entryEmbed(hit: StatementHit, number: number, speaker: string): APIEmbed {
  const when = `*${whenSaid(hit.saidOn, hit.source.published)}* · ${escapeDiscord(capText(howSaid(hit), 120))}`;
  const contrast = contrastNote(hit);
  const correction = correctionNote(hit);
  const warning = `${contrast ? `\n⚠️ ${escapeDiscord(capText(contrast, 300))}` : ''}${correction ? `\n✏️ ${escapeDiscord(capText(correction, 300))}` : ''}`;
  const budget = DISCORD_LIMITS.entryDescription - when.length - warning.length - 10;
  const snippet = fittedSnippet(hit.text, hit.highlights, budget, escapeDiscord, '**', '**');
  const also = hit.alsoReportedBy.length > 0 ? ` · also reported by ${hit.alsoReportedBy.length} more` : '';
  const url = evidenceUrl(hit.source.url, hit.text);
  const footer = outletAndDate(hit.source).join(' · ');
  return {
    color: contrast ? AMBER : BLURPLE,
    author: { name: plain(`${number}. ${speaker}`, DISCORD_LIMITS.entryAuthor) },
    title: plain(hit.source.title, DISCORD_LIMITS.entryTitle),
    ...(url ? { url } : {}),
    description: `${when}\n${hit.kind === 'direct' ? `“${snippet}”` : snippet}${warning}`,
    footer: { text: plain(`${capText(footer, DISCORD_LIMITS.entryFooter - also.length)}${also}`, DISCORD_LIMITS.entryFooter) },
  };
}

export interface DiscordPage {
  content: string;
  embeds: APIEmbed[];
}

/** One page: the heading (and where we are in a long answer) as content, one embed per entry. */
export function discordAnswerPage(page: AnswerPage): DiscordPage {
  const position = page.pages > 1 ? ` — ${page.firstNumber}–${page.firstNumber + page.hits.length - 1} of ${page.total}` : '';
  const notes = page.answer.notes.map((note) => `\n-# ${escapeDiscord(capText(note, 300))}`).join('');
  const content = `**${escapeDiscord(capText(answerHeading(page.answer), 300))}**${position}${notes}`;
  const speakers = speakerLines(page.hits);
  return { content: capText(content, DISCORD_LIMITS.content), embeds: page.hits.map((hit, i) => entryEmbed(hit, page.firstNumber + i, speakers[i] ?? hit.speaker.canonical)) };
}

/** Sources for the thread: masked links with `<>` around the URL, so Discord shows no preview cards. */
export function discordSources(page: AnswerPage): string {
  const cited = citedSources(page);
  const line = (c: (typeof cited)[number]) => {
    const label = escapeDiscord(capText(sourceLabel(c.source), 180)).replace(/[[\]]/g, '');
    const url = webUrl(c.source.url);
    const link = url ? `[${label}](<${url.replace(/[<>()\s]/g, encodeURIComponent)}>)` : label;
    return c.also ? `for [${c.numbers.join(', ')}]: ${link}` : `[${c.numbers.join(', ')}] ${link}`;
  };
  const main = cited.filter((c) => !c.also).map(line);
  const also = cited.filter((c) => c.also).map(line);
  const lines = ['**Sources**', ...main, ...(also.length > 0 ? ['**Also reported by**', ...also] : [])];
  let out = '';
  for (const [i, text] of lines.entries()) {
    const rest = `\n…and ${lines.length - i} more.`;
    if (out.length + text.length + 1 + rest.length > DISCORD_LIMITS.content) return `${out}${rest}`;
    out = out ? `${out}\n${text}` : text;
  }
  return out;
}

export function threadName(page: AnswerPage): string {
  return capText(`Sources: ${answerHeading(page.answer)}`, DISCORD_LIMITS.threadName);
}
