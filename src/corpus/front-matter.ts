// YAML front matter of a corpus file, validated field by field: a bad field costs a warning and its default,
// never the article.
import type * as Yaml from 'yaml';
import { lazyRequire } from '../text/lazy-require.ts';
import { z } from 'zod';
import type { Language, PartialDate } from '../model.ts';
import { parsePartialDate } from '../text/dates.ts';

// Parsing YAML is extraction's job; a restart from a snapshot does not load the parser.
const yamlParser = lazyRequire<typeof Yaml>('yaml');

export interface FrontMatter {
  title: string | null;
  outlet: string | null;
  author: string | null;
  url: string | null;
  published: PartialDate | null;
  language: Language | null;
}

export class FrontMatterError extends Error {
  override readonly name = 'FrontMatterError';
}

const optionalText = z
  .union([z.string(), z.number()])
  .transform((value) => String(value).trim())
  .nullish()
  .transform((value) => (value ? value : null));

const FIELDS = {
  title: optionalText,
  outlet: optionalText,
  author: optionalText,
  url: z.url({ protocol: /^https?$/ }).nullish().transform((value) => value ?? null),
  published: z
    .union([z.string(), z.date()])
    .nullish()
    .transform((value, ctx) => {
      if (value === null || value === undefined) return null;
      const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
      const parsed = parsePartialDate(text);
      if (!parsed) ctx.addIssue({ code: 'custom', message: `"${text}" is not YYYY-MM-DD or YYYY-MM` });
      return parsed;
    }),
  language: z
    .string()
    .transform((value) => value.trim().toLowerCase().slice(0, 2))
    .pipe(z.enum(['en', 'nl']))
    .nullish()
    .transform((value) => value ?? null),
} as const;

const EMPTY: FrontMatter = { title: null, outlet: null, author: null, url: null, published: null, language: null };

/** Splits "---\nyaml\n---\nbody". A file without front matter is all body. */
export function splitFrontMatter(source: string): { yaml: string | null; body: string } {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return { yaml: null, body: source };
  return { yaml: match[1] ?? '', body: source.slice(match[0].length) };
}

/** Throws FrontMatterError when the YAML itself is broken; returns warnings for fields it had to default. */
export function parseFrontMatter(yaml: string): { meta: FrontMatter; warnings: string[] } {
  let data: unknown;
  try {
    data = yamlParser().parse(yaml);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new FrontMatterError(`invalid YAML front matter: ${reason}`);
  }
  if (data === null || data === undefined) return { meta: { ...EMPTY }, warnings: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new FrontMatterError('front matter is not a YAML mapping of fields');
  }
  return checkMetadata(data as Record<string, unknown>, 'front matter');
}

/**
 * Article metadata by one set of rules, wherever it came from (front matter, an HTML page's meta tags): real
 * calendar dates, web links only. A field that fails is dropped with a warning; the rest stands.
 */
export function checkMetadata(record: Record<string, unknown>, from: string): { meta: FrontMatter; warnings: string[] } {
  const meta: FrontMatter = { ...EMPTY };
  const warnings: string[] = [];
  for (const key of Object.keys(FIELDS) as Array<keyof typeof FIELDS>) {
    const result = FIELDS[key].safeParse(record[key]);
    if (result.success) {
      (meta as unknown as Record<string, unknown>)[key] = result.data;
    } else {
      warnings.push(`${from} "${key}" ignored: ${result.error.issues[0]?.message ?? 'invalid'}`);
    }
  }
  return { meta, warnings };
}
