// What a chat user waits for: the answer and its first page ready to render ("also reported by" included, which
// the core works out only for the entries shown).
import type { Whosaid } from '../src/core.ts';
import type { Answer } from '../src/model.ts';
import { PAGE_SIZE, hitsOf, pageWindow, totalOf } from '../src/render/pages.ts';

/** Renders nothing, but reads what a page shows; returns how many entries the answer has. */
function firstPage(answer: Answer): number {
  if (answer.kind === 'usage') return 0;
  const hits = hitsOf(answer);
  for (const hit of hits.slice(0, PAGE_SIZE)) void hit.alsoReportedBy.length;
  return totalOf(answer);
}

export const askWhoSaid = (core: Whosaid) => (phrase: string) => firstPage(core.whoSaid(phrase));
export const askTimeline = (core: Whosaid) => (query: string) => firstPage(core.timeline({ query, window: pageWindow(0) }));
