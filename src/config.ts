// The environment, read once and validated: everything else gets a typed Config.
import { z } from 'zod';

const EnvSchema = z.object({
  WHOSAID_CORPUS: z.string().trim().min(1).default('corpus'),
  WHOSAID_DATA: z.string().trim().min(1).default('.whosaid'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
});

export interface Config {
  corpusDir: string;
  dataDir: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Pure: the same environment always gives the same Config or the same error. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = EnvSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConfigError(`whosaid: ${issue?.path.join('.') ?? 'environment'}: ${issue?.message ?? 'invalid'}. See .env.example.`);
  }
  return { corpusDir: parsed.data.WHOSAID_CORPUS, dataDir: parsed.data.WHOSAID_DATA, logLevel: parsed.data.LOG_LEVEL };
}
