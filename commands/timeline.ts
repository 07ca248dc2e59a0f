import { z } from 'zod';
import type { Command } from './types.ts';

const schema = z.object({
  topic: z.string(),
  from: z.string().optional(),
  to: z.string().optional(),
});

const RANGE = /(?:^|\s)(from|to):\s*(\S+)/gi;

export const timelineCommand = {
  name: 'timeline',
  description: 'What a person said, or what was said about a topic, in the order it was said',
  usage: '/timeline <person or topic> [from:YYYY[-MM[-DD]]] [to:YYYY[-MM[-DD]]]   e.g. /timeline Zelensky from:2023-02',
  options: [
    { name: 'topic', description: 'A speaker (any spelling) or a topic', required: true, autocomplete: true },
    { name: 'from', description: 'Earliest date: YYYY, YYYY-MM or YYYY-MM-DD', required: false },
    { name: 'to', description: 'Latest date: YYYY, YYYY-MM or YYYY-MM-DD', required: false },
  ],
  schema,
  fromText: (text) => {
    const options: Record<string, string> = {};
    for (const match of text.matchAll(RANGE)) options[(match[1] ?? '').toLowerCase()] = match[2] ?? '';
    options.topic = text.replace(RANGE, ' ').replace(/\s+/g, ' ').trim();
    return options;
  },
  run: (core, options, window) => core.timeline({ query: options.topic, from: options.from, to: options.to, window }),
} satisfies Command<typeof schema>;
