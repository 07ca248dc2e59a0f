// Which question a page button belongs to. A button's custom_id holds at most 100 characters — too few for the
// question itself — so it carries a short key into this store. Entries live as long as Discord lets the
// interaction be edited (15 minutes after the last use), and the store is bounded.
import { randomBytes } from 'node:crypto';

export interface PagedQuestion {
  /** Only this user may page. */
  userId: string;
  command: string;
  options: Record<string, string>;
  /** The sources thread, when one could be made; later pages post their sources there. */
  threadId: string | null;
}

const TTL_MS = 15 * 60 * 1000;
const MAX_ENTRIES = 5_000;
const PREFIX = 'whosaid:page';

export class PageStore {
  private readonly entries = new Map<string, PagedQuestion & { expires: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  remember(question: PagedQuestion): string {
    this.sweep();
    const key = randomBytes(6).toString('base64url');
    this.entries.set(key, { ...question, expires: this.now() + TTL_MS });
    if (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    return key;
  }

  /** The question behind a key, its lifetime renewed; undefined when unknown or expired. */
  recall(key: string): PagedQuestion | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.expires < this.now()) return undefined;
    entry.expires = this.now() + TTL_MS;
    return entry;
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) if (entry.expires < now) this.entries.delete(key);
  }
}

/** `which` tells the Previous and More buttons apart: two buttons of a message may not share a custom_id. */
export function pageButtonId(key: string, page: number, which: 'prev' | 'next'): string {
  return `${PREFIX}:${key}:${page}:${which}`;
}

export function parsePageButtonId(customId: string): { key: string; page: number } | null {
  const match = /^whosaid:page:([\w-]{1,40}):(\d{1,6}):(?:prev|next)$/.exec(customId);
  return match ? { key: match[1] as string, page: Number(match[2]) } : null;
}
