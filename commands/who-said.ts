import { z } from 'zod';
import type { Command } from './types.ts';

const schema = z.object({ phrase: z.string() });

export const whoSaidCommand = {
  name: 'who-said',
  description: 'Who said a phrase, when they said it, and where it was reported',
  usage: '/who-said <phrase>   e.g. /who-said year of our victory',
  options: [{ name: 'phrase', description: 'Words that were said (typos are fine)', required: true }],
  schema,
  fromText: (text) => ({ phrase: text }),
  run: (core, options) => core.whoSaid(options.phrase),
} satisfies Command<typeof schema>;
