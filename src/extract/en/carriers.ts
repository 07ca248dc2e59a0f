// Who speaks through something else: the sender of a message ("issued a statement saying …"), the person a recording
// shows ("footage of Clinton asking …"), the subject of the verb whose object a participle hangs on ("Sanders started
// the debate saying …").
import { type SourcePhrase, isTimeWord, sourceBefore } from './sources.ts';
import type { Token } from './tokens.ts';

/**
 * Verbs whose object does what the participle says: "The video shows the officer shouting …", "heard residents
 * saying …", "Obama had black artists writing songs about him": the one seen, heard or had is the speaker.
 */
const OBJECT_ACTS = new Set(['hear', 'see', 'watch', 'show', 'catch', 'feature', 'record', 'film', 'capture', 'find', 'leave', 'quote', 'have', 'get', 'keep', 'send', 'set']);

/**
 * The subject of the verb whose object `phrase` is, when a verb (and its particle) stands right before it, or
 * undefined: no such verb, or no subject found for it (the caller keeps the phrase).
 */
export function objectsSubject(tokens: readonly Token[], objectFirst: number, floor: number, acts = OBJECT_ACTS): SourcePhrase | undefined {
  let verb = objectFirst - 1;
  while (verb > floor && (tokens[verb]?.pos === 'PART' || ['out', 'up', 'off', 'down'].includes(tokens[verb]?.norm ?? ''))) verb--;
  const token = tokens[verb];
  if (verb < floor || !token || !isFreeVerb(token) || /ing$/.test(token.norm) || acts.has(token.lemma)) return undefined;
  return sourceBefore(tokens, verb, floor) ?? undefined;
}

/** Recordings: "footage of Clinton asking, “…”" is Clinton's voice on it. */
const RECORDING_NOUNS = new Set(['footage', 'video', 'videos', 'clip', 'clips', 'recording', 'recordings', 'tape', 'tapes', 'audio']);

/** The person a recording shows speaking: "footage of Hillary Clinton asking …", "a video of the mayor saying …". */
export function recordedSpeaker(tokens: readonly Token[], cue: number, floor: number): SourcePhrase | null {
  let first = cue - 1;
  while (first > floor && ['PROPN', 'NOUN', 'DET', 'ADJ'].includes(tokens[first - 1]?.pos ?? '') && !tokens[first - 1]?.quoted) first--;
  if (first >= cue || tokens[first - 1]?.norm !== 'of' || !RECORDING_NOUNS.has(tokens[first - 2]?.norm ?? '')) return null;
  // The speaker is a name or a noun, not a determiner left alone.
  if (!['PROPN', 'NOUN'].includes(tokens[cue - 1]?.pos ?? '')) return null;
  return { first, last: cue - 1, coreFirst: first, coreLast: cue - 1 };
}

/** Things that carry their sender's words: "issued a statement saying …" is the issuer's. */
const MESSAGE_NOUNS = new Set(
  ['statement', 'email', 'e-mail', 'letter', 'message', 'note', 'memo', 'release', 'tweet', 'post', 'ad', 'advertisement', 'video', 'op-ed', 'column', 'filing'].flatMap((noun) => [noun, `${noun}s`]),
);

/** Where a message went: "sent a letter to the board urging …", "posted a message on Twitter saying …". */
const MESSAGE_TARGETS = new Set(['to', 'on']);

/**
 * The sender of the message just before the participle at `cue` ("issued a statement Friday saying"): the subject of
 * the verb whose object the message is, or null. (Sending a message is not having someone act: "send" counts here.)
 */
export function sendersSubject(tokens: readonly Token[], cue: number, floor: number): SourcePhrase | null {
  let k = cue - 1;
  while (k > floor && (isTimeWord(tokens[k]) || (['early', 'late', 'on', 'last', 'this'].includes(tokens[k]?.norm ?? '') && isTimeWord(tokens[k + 1]))) && !tokens[k]?.quoted) k--;
  // "sent a letter to the NAACP board of directors urging …": where the message went stands between.
  if (!MESSAGE_NOUNS.has(tokens[k]?.norm ?? '')) {
    let target = k;
    while (target > floor && k - target < 8 && !MESSAGE_TARGETS.has(tokens[target]?.norm ?? '') && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADP'].includes(tokens[target]?.pos ?? '') && !tokens[target]?.quoted) target--;
    if (MESSAGE_TARGETS.has(tokens[target]?.norm ?? '') && target < k) k = target - 1;
  }
  if (!MESSAGE_NOUNS.has(tokens[k]?.norm ?? '') || tokens[k]?.quoted) return null;
  // ("a series of tweets": the message's own phrase.)
  while (k > floor && (['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[k - 1]?.pos ?? '') || tokens[k - 1]?.norm === 'of') && !tokens[k - 1]?.quoted) k--;
  return objectsSubject(tokens, k, floor, new Set()) ?? null;
}

export function isFreeVerb(token: Token): boolean {
  return !token.quoted && (token.pos === 'VERB' || token.pos === 'AUX');
}
