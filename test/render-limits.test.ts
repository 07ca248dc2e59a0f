// Platform limits as data, and messages that keep to them whatever the articles hold: long statements are trimmed
// around the match, between words, and marked with "…".
import { describe, expect, it } from 'vitest';
import type { Source, StatementHit, TimelineAnswer } from '../src/model.ts';
import { DISCORD_LIMITS, discordAnswerPage, discordSources } from '../src/render/discord.ts';
import { answerPage } from '../src/render/pages.ts';
import { SLACK_LIMITS, slackAnswerPage, slackSources } from '../src/render/slack.ts';
import { trimAround } from '../src/render/snippet.ts';

const WORDS = 'the minister said that peace & quiet <must> come before any talk of territory or trade between the parties'.split(' ');
const longText = (words: number) => Array.from({ length: words }, (_, i) => WORDS[i % WORDS.length]).join(' ');

function source(n: number): Source {
  return { title: `Story ${n} ${'with a very long headline '.repeat(20)}`, outlet: `Outlet ${n}`, author: null, url: `https://news.example/${n}?a=1&b=2`, published: { date: '2023-02-24', precision: 'day' }, language: 'en' };
}

function hit(n: number, text: string, match: string): StatementHit {
  const at = text.indexOf(match, Math.floor(text.length / 2));
  return {
    id: `doc${n}#1`,
    doc: `doc${n}`,
    speaker: { name: 'He', canonical: `Speaker ${n}`, aliases: [], role: 'Minister of Everything '.repeat(15), kind: 'person', parents: [] },
    kind: 'direct',
    polarity: 'asserted',
    text,
    start: 0,
    end: text.length,
    cue: 'said',
    saidOn: { date: '2023-02-23', precision: 'day', basis: 'relative' },
    context: text,
    source: source(n),
    score: 1,
    contrast: null,
    highlights: [{ start: at, end: at + match.length }],
    alsoReportedBy: Array.from({ length: 60 }, (_, k) => ({ statement: `other${n}-${k}#1`, doc: `other${n}-${k}`, source: source(1000 * n + k), text })),
  };
}

/** Every mrkdwn/plain text in some blocks, in order. */
function textsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(textsOf);
  if (!value || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if ((record.type === 'mrkdwn' || record.type === 'plain_text') && typeof record.text === 'string') return [record.text];
  return Object.values(record).flatMap(textsOf);
}

const answer: TimelineAnswer = {
  kind: 'timeline',
  query: 'peace',
  speaker: null,
  from: null,
  to: null,
  total: 12,
  offset: 0,
  entries: Array.from({ length: 12 }, (_, i) => hit(i + 1, longText(3000), 'territory')),
  notes: [],
};

describe('GIVEN a statement far longer than a message', () => {
  it('THEN the snippet keeps the match in view, cut between words, with ellipses, and is a verbatim piece', () => {
    const text = longText(3000);
    const at = text.indexOf('territory', 5000);
    const snippet = trimAround(text, [{ start: at, end: at + 9 }], 300);
    expect(snippet.text.length).toBeLessThanOrEqual(300);
    expect(snippet.text.startsWith('…') && snippet.text.endsWith('…')).toBe(true);
    expect(text).toContain(snippet.text.slice(1, -1));
    const inner = snippet.text.slice(1, -1);
    expect(WORDS).toContain(inner.split(' ')[0]);
    expect(WORDS).toContain(inner.split(' ').at(-1));
    const [h] = snippet.highlights;
    expect(snippet.text.slice(h?.start, h?.end)).toBe('territory');
  });

  it('THEN a Slack page stays inside Block Kit limits, with the match in bold and text escaped', () => {
    const page = answerPage(answer, 0);
    const message = slackAnswerPage(page, { actionId: 'whosaid_more', value: '{}' });
    expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    const texts = textsOf(message.blocks);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(JSON.stringify(message.blocks).length).toBeLessThanOrEqual(SLACK_LIMITS.blockChars + 2_000);
    expect(texts.join('').length).toBeLessThanOrEqual(SLACK_LIMITS.blockChars);
    expect(texts[1]).toContain('*territory*');
    expect(texts[1]).toContain('…');
    expect(texts.join('')).toContain('&lt;must&gt;');
    expect(texts.join('')).not.toContain('<must>');
    expect(message.blocks.at(-1)).toMatchObject({ type: 'actions' });

    const sources = slackSources(page);
    expect(sources.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocks);
    for (const text of textsOf(sources.blocks)) expect(text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    expect(JSON.stringify(sources.blocks)).toContain('and 265 more articles');
  });

  it('THEN a Discord page stays inside embed limits, with the match in bold', () => {
    const page = answerPage(answer, 2);
    const message = discordAnswerPage(page);
    expect(message.embeds.length).toBe(2);
    expect(message.content.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    const first = answerPage(answer, 0);
    const full = discordAnswerPage(first);
    expect(full.embeds.length).toBeLessThanOrEqual(DISCORD_LIMITS.embeds);
    let total = 0;
    for (const embed of full.embeds) {
      expect(embed.description?.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.description);
      expect(embed.author?.name.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.author);
      expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(DISCORD_LIMITS.footer);
      total += (embed.description?.length ?? 0) + (embed.author?.name.length ?? 0) + (embed.footer?.text.length ?? 0) + (embed.title?.length ?? 0);
    }
    expect(total).toBeLessThanOrEqual(DISCORD_LIMITS.total);
    expect(full.embeds[0]?.description).toContain('**territory**');
    expect(full.embeds[0]?.description).toContain('…');
    const sources = discordSources(first);
    expect(sources.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    expect(sources).toMatch(/…and \d+ more\.$/);
  });
});
