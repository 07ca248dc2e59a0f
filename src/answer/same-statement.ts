// "Also reported by": the same statement in other articles — the same speaker (or its family: a plan, its
// ministry, its country) and nearly the same words, across languages by shared word stems
// ("Dialoog … Oekraïne-crisis" ~ "Dialogue … Ukraine crisis").
import type { Statement } from '../model.ts';
import { foldedWords } from '../text/fold.ts';
import { isStopword } from '../text/stopwords.ts';
import { editDistance } from './match.ts';

const MIN_SHARED_WORDS = 3;
const MIN_SHARE = 0.5;

/**
 * A cache that starts over when full: statements never change once made (an update makes new ones), so their words
 * are worked out once — but not kept for ever. Kept for every statement "also reported by" ever touched, they grew
 * with the bot's uptime toward all 300,000 statements of a large corpus (45 MB after the bench's 3,000 questions);
 * a snapshot's words are read again cheaply.
 */
class StartingOver<K, V> {
  private readonly entries = new Map<K, V>();
  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  set(key: K, value: V): void {
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(key, value);
  }
}

/** Statements whose words are kept at once: far more than one question's candidates and their families' reports. */
const KEPT_STATEMENTS = 50_000;
const wordsOf = new StartingOver<Statement, string[]>(KEPT_STATEMENTS);

/** A text's words that can make two reports the same statement: no stop words, none under three letters. */
function wordsOfText(text: string): string[] {
  return [...new Set(foldedWords(text).filter((word) => word.length > 2 && !isStopword(word)))];
}

export function contentWords(statement: Statement): string[] {
  let words = wordsOf.get(statement);
  if (!words) {
    words = wordsOfText(statement.text);
    wordsOf.set(statement, words);
  }
  return words;
}

/** Words worked out before (stored in the snapshot), so a much-quoted speaker's first question does not tokenize 20,000 statements. */
export function knowContentWords(statement: Statement, words: string[]): void {
  if (!wordsOf.has(statement)) wordsOf.set(statement, words);
}

/** Words two statements must share to be the same one, by how many content words each has. */
function wordsNeeded(wordsA: number, wordsB: number): number {
  return Math.max(MIN_SHARED_WORDS, Math.ceil(MIN_SHARE * Math.min(wordsA, wordsB)));
}

/**
 * Two words are the same word when they share a key: the word itself, or its first five letters (a plural, a
 * cognate: "dialoog" ~ "dialogue").
 */
function keyOf(word: string): string {
  return word.length >= 5 ? word.slice(0, 5) : word;
}

/** Long words two edits apart: a cognate spelt differently ("oekraine" ~ "ukraine"), or chance ("hiring", "filing"). */
function nearlySpelled(a: string, b: string): boolean {
  return a.length >= 6 && b.length >= 6 && editDistance(a, b, 2) <= 2;
}

const keysOf = new StartingOver<Statement, Set<string>>(KEPT_STATEMENTS);

function keySetOf(statement: Statement): Set<string> {
  let keys = keysOf.get(statement);
  if (!keys) {
    keys = new Set(contentWords(statement).map(keyOf));
    keysOf.set(statement, keys);
  }
  return keys;
}

/** A statement's word keys, each once, in the order of its words. */
export function wordKeysOf(words: readonly string[]): string[] {
  const keys: string[] = [];
  for (const word of words) {
    const key = keyOf(word);
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

/**
 * Word keys as numbers, shared by a corpus's families: a snapshot stores each statement's keys as these numbers, so
 * indexing a family of 27,000 statements reads numbers instead of decoding and cutting up their words.
 */
export class WordKeyNumbers {
  private readonly numbers = new Map<string, number>();

  /** `known`: the keys a snapshot numbered, in order. */
  constructor(known: readonly string[] = []) {
    known.forEach((key, number) => this.numbers.set(key, number));
  }

  /** The key's number, a new one for a key never seen. */
  numberOf(key: string): number {
    let number = this.numbers.get(key);
    if (number === undefined) {
      number = this.numbers.size;
      this.numbers.set(key, number);
    }
    return number;
  }

  find(key: string): number | undefined {
    return this.numbers.get(key);
  }
}

/** A statement's word keys as numbered when stored, and how many content words it has. */
export interface StoredKeys {
  keys: ArrayLike<number>;
  words: number;
}

/**
 * One speaker family's statements by word key, to find the reports that can be the same statement without
 * comparing every pair: a much-quoted speaker has tens of thousands of statements, and "also reported by" is
 * asked for one of them at a time.
 */
export class FamilyWords {
  /** The statements by number; a key's list holds numbers, so counting shared keys needs no Map per question. */
  private readonly members: Statement[] = [];
  /** Each member's number of content words, by number (what `wordsNeeded` reads for every candidate). */
  private readonly wordCounts: number[] = [];
  /**
   * The members made with the family, by key: one sorted run of member numbers, each key's stretch of it found
   * through its place among the keys. (Sorting number pairs once is a third of the time of pushing onto a list per
   * key, and leaves one array instead of thousands: a family of 30,000 statements has 450,000 entries.)
   */
  private readonly placeOfKey = new Map<number, number>();
  private readonly keyStarts: Uint32Array;
  private readonly sortedMembers: Uint32Array;
  /** Members added later, by key. */
  private readonly added = new Map<number, number[]>();
  /** Shared keys per member, for the statement being looked up; reset after each lookup (only the touched ones). */
  private counts = new Uint16Array(0);
  private live = 0;
  private gone = 0;

  /** `storedKeys`: a statement's keys when a snapshot numbered them (by `keyNumbers`), to skip working them out. */
  constructor(
    statements: Iterable<Statement>,
    private readonly keyNumbers: WordKeyNumbers,
    storedKeys: (statement: Statement) => StoredKeys | undefined = () => undefined,
  ) {
    const keysOf: Array<ArrayLike<number>> = [];
    let entries = 0;
    for (const statement of statements) {
      const keys = this.join(statement, storedKeys(statement));
      keysOf.push(keys);
      entries += keys.length;
    }
    const { placeOfKey, keyStarts, sortedMembers } = byKey(keysOf, entries);
    this.placeOfKey = placeOfKey;
    this.keyStarts = keyStarts;
    this.sortedMembers = sortedMembers;
  }

  add(statement: Statement, stored?: StoredKeys): void {
    const number = this.members.length;
    const keys = this.join(statement, stored);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as number;
      const list = this.added.get(key);
      if (list) list.push(number);
      else this.added.set(key, [number]);
    }
  }

  /** Makes the statement a member; its key numbers. */
  private join(statement: Statement, stored: StoredKeys | undefined): ArrayLike<number> {
    this.live++;
    this.members.push(statement);
    if (stored) {
      this.wordCounts.push(stored.words);
      return stored.keys;
    }
    const words = contentWords(statement);
    this.wordCounts.push(words.length);
    return wordKeysOf(words).map((key) => this.keyNumbers.numberOf(key));
  }

  /**
   * Notes a statement gone from the family; its entries stay until the lists are made anew, and candidates are
   * checked against the family. False once most entries are gone, when making them anew is cheaper than skipping.
   */
  forget(): boolean {
    this.live--;
    this.gone++;
    return this.gone <= this.live;
  }

  /**
   * The family's statements that share enough of the statement's word keys to be the same statement: all but one
   * of the words `sameStatement` needs (that one may be a long word spelt apart). Exactly the statements it can accept.
   */
  candidates(statement: Statement, into: Set<Statement>, inFamily: (other: Statement) => boolean): void {
    if (this.counts.length < this.members.length) this.counts = new Uint16Array(this.members.length * 2);
    const { counts, members, wordCounts, sortedMembers, keyStarts } = this;
    const touched: number[] = [];
    const count = (number: number) => {
      if (counts[number] === 0) touched.push(number);
      counts[number] = (counts[number] as number) + 1;
    };
    for (const key of keySetOf(statement)) {
      const keyNumber = this.keyNumbers.find(key);
      if (keyNumber === undefined) continue;
      const place = this.placeOfKey.get(keyNumber);
      if (place !== undefined) for (let i = keyStarts[place] as number; i < (keyStarts[place + 1] as number); i++) count(sortedMembers[i] as number);
      for (const number of this.added.get(keyNumber) ?? []) count(number);
    }
    const words = contentWords(statement).length;
    for (const number of touched) {
      const other = members[number] as Statement;
      if ((counts[number] as number) >= wordsNeeded(words, wordCounts[number] as number) - 1 && inFamily(other)) into.add(other);
      counts[number] = 0;
    }
  }
}

/** Room for this many members of one family in a key-and-member number. */
const MEMBER_SPAN = 2 ** 22;

/**
 * Members (by number) grouped by key, in member order within a key. A large family is counted out (one pass to
 * count each key, one to place each member: no comparisons); a small one, whose keys are few among many numbers,
 * is sorted as key-and-member numbers.
 */
function byKey(keysOf: ReadonlyArray<ArrayLike<number>>, entries: number): { placeOfKey: Map<number, number>; keyStarts: Uint32Array; sortedMembers: Uint32Array } {
  let maxKey = 0;
  for (const keys of keysOf) for (let i = 0; i < keys.length; i++) if ((keys[i] as number) > maxKey) maxKey = keys[i] as number;
  const placeOfKey = new Map<number, number>();
  const sortedMembers = new Uint32Array(entries);
  const starts: number[] = [];
  if (entries * 8 >= maxKey) {
    const next = new Uint32Array(maxKey + 1);
    for (const keys of keysOf) for (let i = 0; i < keys.length; i++) next[keys[i] as number] = (next[keys[i] as number] as number) + 1;
    let at = 0;
    for (let key = 0; key <= maxKey; key++) {
      const count = next[key] as number;
      if (count === 0) continue;
      placeOfKey.set(key, starts.push(at) - 1);
      next[key] = at;
      at += count;
    }
    keysOf.forEach((keys, member) => {
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i] as number;
        const place = next[key] as number;
        sortedMembers[place] = member;
        next[key] = place + 1;
      }
    });
  } else {
    // Key and member in one number (members < 2^22, keys < 2^30: exact in a double), sorted by key, then member.
    const pairs = new Float64Array(entries);
    let at = 0;
    keysOf.forEach((keys, member) => {
      for (let i = 0; i < keys.length; i++) pairs[at++] = (keys[i] as number) * MEMBER_SPAN + member;
    });
    pairs.sort();
    let previous = -1;
    for (let i = 0; i < entries; i++) {
      const pair = pairs[i] as number;
      const key = Math.floor(pair / MEMBER_SPAN);
      sortedMembers[i] = pair - key * MEMBER_SPAN;
      if (key !== previous) {
        placeOfKey.set(key, starts.push(i) - 1);
        previous = key;
      }
    }
  }
  starts.push(entries);
  return { placeOfKey, keyStarts: Uint32Array.from(starts), sortedMembers };
}

const families = new WeakMap<Statement['speaker'], ReadonlySet<string>>();

/** The speaker and what it belongs to; one set per speaker object (statements read back from a snapshot share theirs). */
export function family(statement: Statement): ReadonlySet<string> {
  let names = families.get(statement.speaker);
  if (!names) {
    names = new Set([statement.speaker.canonical, ...statement.speaker.parents]);
    families.set(statement.speaker, names);
  }
  return names;
}

export function sameStatement(a: Statement, b: Statement): boolean {
  if (a.doc === b.doc) return false;
  const familyA = family(a);
  if (![...family(b)].some((name) => familyA.has(name))) return false;
  const wordsA = contentWords(a);
  const wordsB = contentWords(b);
  const needed = wordsNeeded(wordsA.length, wordsB.length);
  // Words sharing a key make the match; one long word spelt apart may make up the last one ("oekraine" ~
  // "ukraine"). More than one is chance: English is full of long words two letters apart (hiring, filing).
  const keysB = keySetOf(b);
  let shared = 0;
  const unmatched: string[] = [];
  for (const word of wordsA) {
    if (keysB.has(keyOf(word))) shared++;
    else if (word.length >= 6) unmatched.push(word);
  }
  if (shared >= needed) return true;
  if (shared < needed - 1) return false;
  return unmatched.some((word) => wordsB.some((other) => nearlySpelled(word, other)));
}
