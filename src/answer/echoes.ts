// One statement, reported twice in the same article: a tweet quoted in full and then again in part ("…, saying
// 2023 can be the “year of our victory”"). The partial report is an echo of the fuller one; answers show the
// fuller one once instead of three entries that say the same thing.
import type { Statement } from '../model.ts';
import { fold } from '../text/fold.ts';

const QUOTED = /[“"‘]([^“”"‘’]{3,}?)[”"’]/g;
/** A quoted fragment shorter than this ("said", a single name) is too common to tie two statements together. */
const MIN_QUOTED_WORDS = 2;

const comparable = (text: string) => fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The speaker's own words in a statement: all of a direct quote, the quoted fragments of a partial one. */
function ownWords(statement: Statement): string[] {
  if (statement.kind === 'direct') return [comparable(statement.text)];
  if (!mayEcho(statement)) return [];
  return [...statement.text.matchAll(QUOTED)].map((match) => comparable(match[1] ?? '')).filter((words) => words.split(' ').length >= MIN_QUOTED_WORDS);
}

/** Within one article: statement id → the id of the fuller statement by the same speaker that holds all its own words. */
export function echoesIn(statements: readonly Statement[]): Map<string, string> {
  const echoes = new Map<string, string>();
  // Worked out once per statement: a direct quote's words are both what it says and what it may hold.
  const own = statements.map((statement) => ({ statement, parts: ownWords(statement) }));
  const fuller = own.filter(({ statement }) => statement.kind === 'direct').map(({ statement, parts }) => ({ statement, words: ` ${parts[0] ?? ''} ` }));
  if (fuller.length === 0) return echoes;
  for (const { statement, parts } of own) {
    if (parts.length === 0) continue;
    const holder = fuller.find(
      (other) =>
        other.statement.id !== statement.id &&
        other.statement.speaker.canonical === statement.speaker.canonical &&
        other.statement.text.length > statement.text.length &&
        parts.every((part) => other.words.includes(` ${part} `)),
    );
    if (holder) echoes.set(statement.id, holder.statement.id);
  }
  return echoes;
}

/** Whether the statement can be an echo at all: only a speaker's own words can be, and reported speech has none. */
export function mayEcho(statement: Statement): boolean {
  return statement.kind !== 'indirect';
}
