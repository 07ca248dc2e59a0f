// The "More" button carries everything needed to show the next page — the command, its options and the page —
// so paging survives a restart and needs no server-side state. Its value is untrusted input: parsed with zod.
import { z } from 'zod';
import { SLACK_LIMITS } from '../../render/slack.ts';

export const MORE_ACTION_ID = 'whosaid_more';

const MoreValue = z.object({
  /** Command name. */
  c: z.string().min(1).max(40),
  /** The command's raw options, as the user gave them. */
  o: z.record(z.string(), z.string().max(400)),
  /** The page to show (0-based). */
  p: z.number().int().min(1).max(10_000),
  /** 1 when the answer went through response_url (the bot could not post in the channel). */
  r: z.literal(1).optional(),
});

export type MoreRequest = z.infer<typeof MoreValue>;

/** The button value, or null when it would not fit Slack's limit (the caller then says how to narrow down). */
export function encodeMore(request: MoreRequest): string | null {
  const value = JSON.stringify(request);
  return value.length <= SLACK_LIMITS.buttonValue ? value : null;
}

export function decodeMore(value: string | undefined): MoreRequest | null {
  try {
    const parsed = MoreValue.safeParse(JSON.parse(value ?? ''));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
