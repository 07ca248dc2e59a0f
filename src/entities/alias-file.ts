// corpus/aliases.yaml: the names no rule can know — organisations, places and documents, with what they belong
// to. People need no entry: their name variants are matched automatically.
import { z } from 'zod';
import { parseYamlFile } from '../text/yaml-file.ts';

const EntityEntry = z.object({
  name: z.string().trim().min(1),
  kind: z.enum(['person', 'organisation', 'country', 'document', 'group', 'place']).default('organisation'),
  role: z.string().trim().min(1).optional(),
  parent: z.string().trim().min(1).optional(),
  aliases: z.array(z.string().trim().min(1)).default([]),
});

const AliasFile = z.object({ entities: z.array(EntityEntry).default([]) });

export type AliasEntry = z.infer<typeof EntityEntry>;

/** Returns the entries, or an error message naming the first problem (the caller warns and goes on without them). */
export function parseAliasFile(text: string): { entries: AliasEntry[] } | { error: string } {
  const parsed = parseYamlFile(text, AliasFile);
  return 'error' in parsed ? parsed : { entries: parsed.data.entities };
}
