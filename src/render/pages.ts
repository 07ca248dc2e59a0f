// An answer split into pages a chat message can hold, and the sources each page cites. Platform-neutral: the
// Slack and Discord renderers lay out the same pages.
import type { Source, StatementHit, TimelineAnswer, WhoSaidAnswer } from '../model.ts';

/** Entries per message: five statements with their snippets stay well inside every platform limit. */
export const PAGE_SIZE = 5;

export type ListAnswer = WhoSaidAnswer | TimelineAnswer;

export interface AnswerPage {
  answer: ListAnswer;
  hits: StatementHit[];
  /** 0-based. */
  page: number;
  pages: number;
  total: number;
  /** The number shown next to the first hit (1-based, continuing across pages). */
  firstNumber: number;
}

export function hitsOf(answer: ListAnswer): StatementHit[] {
  return answer.kind === 'who-said' ? answer.results : answer.entries;
}

/** How many entries the whole answer has: a timeline carries only the window asked for. */
export function totalOf(answer: ListAnswer): number {
  return answer.kind === 'who-said' ? answer.results.length : answer.total;
}

/** The entries a chat page shows, to ask the core for only those (a timeline can have tens of thousands). */
export function pageWindow(page: number, size = PAGE_SIZE): { offset: number; limit: number } {
  return { offset: Math.max(0, Math.trunc(page)) * size, limit: size };
}

/**
 * Page `page` of the answer, clamped to the pages there are. A timeline asked for a window holds the entries from
 * its offset on; a page is read from there.
 */
export function answerPage(answer: ListAnswer, page: number, size = PAGE_SIZE): AnswerPage {
  const held = hitsOf(answer);
  const total = totalOf(answer);
  const offset = answer.kind === 'timeline' ? answer.offset : 0;
  const pages = Math.max(1, Math.ceil(total / size));
  const at = offset > 0 ? Math.floor(offset / size) : Math.min(Math.max(0, Math.trunc(page)), pages - 1);
  const from = at * size - offset;
  return { answer, hits: held.slice(Math.max(0, from), from + size), page: at, pages, total, firstNumber: at * size + 1 };
}

export function hasMore(page: AnswerPage): boolean {
  return page.page + 1 < page.pages;
}

export interface CitedSource {
  /** The entry numbers this article backs: as their own source, or (also) as another report of the same statement. */
  numbers: number[];
  source: Source;
  /** true when the article only reports the same statement ("also reported by"). */
  also: boolean;
}

function sourceKey(source: Source): string {
  return source.url ?? `${source.outlet ?? ''}\u0000${source.title}`;
}

/**
 * Every article the page cites, in order of first citation, each with the entries it is the source of; then the
 * articles that also report an entry's statement, each with the entries it backs. An article can be in both
 * lists, with different numbers: the two roles are never merged into one list of numbers.
 */
export function citedSources(page: AnswerPage): CitedSource[] {
  const collect = (also: boolean) => {
    const cited = new Map<string, CitedSource>();
    page.hits.forEach((hit, i) => {
      const number = page.firstNumber + i;
      for (const source of also ? hit.alsoReportedBy.map((other) => other.source) : [hit.source]) {
        const known = cited.get(sourceKey(source));
        if (!known) cited.set(sourceKey(source), { numbers: [number], source, also });
        else if (!known.numbers.includes(number)) known.numbers.push(number);
      }
    });
    return [...cited.values()];
  };
  return [...collect(false), ...collect(true)];
}
