// Operator log lines on stderr (stdout stays clean for --json output and the console chat). A service writes
// structured JSON through pino; a person at a terminal reads plain lines. Both pass every message through
// redaction first: no token or secret reaches a log, whoever wrote the message.
import pino from 'pino';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
export type LogFormat = 'json' | 'plain';

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** Plain lines: time, level, message. */
export function createLogger(level: LogLevel, write: (line: string) => void = (line) => process.stderr.write(`${line}\n`), secrets: readonly string[] = []): Logger {
  const redact = redactor(secrets);
  const at = (wanted: Exclude<LogLevel, 'silent'>) => (message: string) => {
    if (ORDER[wanted] >= ORDER[level]) write(`${new Date().toISOString()} ${wanted.toUpperCase()} ${redact(message)}`);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export const silentLogger: Logger = createLogger('silent');

/**
 * The service's log: JSON lines (time, level, component, msg) for log collectors, or plain lines for a person.
 * `write` replaces stderr (tests).
 */
export function createServiceLogger(options: { level: LogLevel; format: LogFormat; secrets: readonly string[]; write?: (line: string) => void }): Logger {
  if (options.format === 'plain') return createLogger(options.level, options.write, options.secrets);
  const redact = redactor(options.secrets);
  const destination = options.write ? { write: (line: string) => options.write?.(line.replace(/\n$/, '')) } : pino.destination({ fd: 2, sync: true });
  const base = pino(
    {
      level: options.level,
      base: { service: 'whosaid' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
  const at = (wanted: Exclude<LogLevel, 'silent'>) => (message: string) => {
    const clean = redact(message);
    // "slack: listening …" → component "slack": one field to filter a collector's view on.
    const component = /^([a-z][\w-]*): /.exec(clean)?.[1];
    base[wanted](component ? { component } : {}, clean);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** Token shapes of Slack (xoxb-, xoxp-, xapp-…) and Discord (three dot-separated base64 parts). */
const TOKEN_SHAPES = [/\bx(?:ox[abposre]|app)-[\w-]{6,}/g, /\b[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,}/g];

/** Replaces the configured secrets and anything shaped like a token with [redacted]. */
export function redactor(secrets: readonly string[]): (text: string) => string {
  // Short values would redact ordinary words; real secrets are long.
  const known = [...new Set(secrets.filter((secret) => secret.length >= 8))].sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const secret of known) out = out.split(secret).join('[redacted]');
    for (const shape of TOKEN_SHAPES) out = out.replace(shape, '[redacted]');
    return out;
  };
}
