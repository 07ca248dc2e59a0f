// corpus/aliases.yaml: the names no rule can know — organisations, places and documents, with what they belong
// to. People need no entry: their name variants are matched automatically.
import type * as Yaml from 'yaml';
import { lazyRequire } from '../text/lazy-require.ts';
import { z } from 'zod';

// Parsing YAML is extraction's job; a restart from a snapshot does not load the parser.
const yamlParser = lazyRequire<typeof Yaml>('yaml');

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
  let data: unknown;
  try {
    data = yamlParser().parse(text) ?? {};
  } catch (error) {
    return { error: `invalid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
  const parsed = AliasFile.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: `${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}` };
  }
  return { entries: parsed.data.entities };
}
