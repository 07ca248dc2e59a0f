// Bolt's own log lines go to the operator log, at the operator's level.
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../log.ts';

export function boltLogger(log: Logger): BoltLogger {
  const join = (parts: unknown[]) => `slack: ${parts.map((part) => (part instanceof Error ? part.message : typeof part === 'string' ? part : JSON.stringify(part))).join(' ')}`;
  let level = LogLevel.INFO;
  return {
    debug: (...parts) => log.debug(join(parts)),
    info: (...parts) => log.info(join(parts)),
    warn: (...parts) => log.warn(join(parts)),
    error: (...parts) => log.error(join(parts)),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}
