// The keeper's YAML files (aliases.yaml, corrections.yaml): parsed, then checked by a zod schema; a problem is one
// message naming the first thing wrong, never an exception (the caller warns and goes on without the file).
import type * as Yaml from 'yaml';
import type { z } from 'zod';
import { lazyRequire } from './lazy-require.ts';

// Parsing YAML is extraction's job; a restart from a snapshot does not load the parser.
const yamlParser = lazyRequire<typeof Yaml>('yaml');

export function parseYamlFile<Schema extends z.ZodType>(text: string, schema: Schema): { data: z.output<Schema> } | { error: string } {
  let data: unknown;
  try {
    data = yamlParser().parse(text) ?? {};
  } catch (error) {
    return { error: `invalid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { error: `${issue?.path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}` };
  }
  return { data: parsed.data };
}
