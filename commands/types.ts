// A slash command, defined once for every face (console, CLI, Slack, Discord): its options as zod, how to read
// them from chat text, and a handler that returns a plain Answer.
import type { z } from 'zod';
import type { Whosaid } from '../src/core.ts';
import type { Answer } from '../src/model.ts';

/** The entries of an answer to work out: a page's, not the 35,000 of a much-quoted speaker's whole timeline. */
export interface AnswerWindow {
  offset: number;
  limit: number;
}

export interface CommandOption {
  name: string;
  description: string;
  required: boolean;
  /** Suggest speakers as the user types (Discord autocomplete). */
  autocomplete?: boolean;
}

export interface Command<Schema extends z.ZodType = z.ZodType> {
  name: string;
  description: string;
  usage: string;
  options: readonly CommandOption[];
  schema: Schema;
  /** Chat text after the command name ("year of our victory", "Zelensky from:2023-02") → raw options. */
  fromText(text: string): Record<string, string>;
  /** `window`: the entries a chat page shows, for answers long enough to page through (a timeline). */
  run(core: Whosaid, options: z.infer<Schema>, window?: AnswerWindow): Answer;
}
