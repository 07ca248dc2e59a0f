// Person names across spellings and transliterations: Zelensky = Zelenskyy = Zelenski, Volodymyr = Volodimir.
import { HONORIFICS, ROLE_WORDS } from '../extract/lexicon.ts';
import { fold } from '../text/fold.ts';

const partKeys = new Map<string, string>();

/** A spelling-independent key for one name part (memoised: the same few thousand name parts recur all corpus long). */
export function namePartKey(part: string): string {
  let key = partKeys.get(part);
  if (key === undefined) {
    key = computePartKey(part);
    if (partKeys.size > 200_000) partKeys.clear();
    partKeys.set(part, key);
  }
  return key;
}

function computePartKey(part: string): string {
  return fold(part)
    .replace(/['’]s$/, '')
    .replace(/[^a-z0-9]/g, '')
    .replace(/iy$/, 'y')
    .replace(/yy$/, 'y')
    .replace(/ski$/, 'sky')
    .replace(/kh/g, 'h')
    .replace(/(?<=[a-z])[iy](?=[a-z])/g, 'i');
}

/** "Jr.", "III": a generation, not a family name; "John G. Roberts Jr." is found as "Roberts". */
const GENERATION = /^(?:Jr|Sr|Jnr|Snr)\.?,?$|^(?:II|III|IV)$/;

export function nameParts(name: string): string[] {
  return name.split(/\s+/).filter((part) => /^\p{Lu}/u.test(part) && !GENERATION.test(part));
}

/**
 * The keys a name is filed under. Every name by its last part; a full name also by its first ("Xi" alone can be
 * Xi Jinping), a lone name also as lone, since only a lone name can match a full one by that full name's first part.
 */
function filingKeys(name: string): { last: string; first: string | null; lone: boolean } | null {
  const parts = nameParts(name);
  const first = parts[0];
  const last = parts.at(-1);
  if (first === undefined || last === undefined) return null;
  return { last: namePartKey(last), first: parts.length > 1 ? namePartKey(first) : null, lone: parts.length === 1 };
}

/** Whether two written names can be the same person: same surname key, and first names that do not clash. */
export function sameName(a: string, b: string): boolean {
  const pa = nameParts(a).map(namePartKey);
  const pb = nameParts(b).map(namePartKey);
  if (pa.length === 0 || pb.length === 0) return false;
  if (pa.length === 1 || pb.length === 1) {
    const [single, full] = pa.length === 1 ? [pa, pb] : [pb, pa];
    const key = single[0];
    // "Price" for "Ned Price"; "Xi" for "Xi Jinping", whose family name comes first.
    return full.at(-1) === key || full[0] === key;
  }
  if (pa.at(-1) !== pb.at(-1)) return false;
  return givenNamesAgree(pa.slice(0, -1), pb.slice(0, -1));
}

/**
 * Some given name of one agrees with some given name of the other: "Donald J. Trump" and "Donald Trump", "Local
 * Ann Lee" (a word that crept in) and "Ann Lee"; not "John G. Roberts" and "Jennifer Roberts".
 */
function givenNamesAgree(a: readonly string[], b: readonly string[]): boolean {
  return a.some((x) => b.some((y) => sameGivenName(x, y)));
}

/** The keys of the parts before the family name, titles left out ("President Zelensky" has none). */
function givenKeys(parts: readonly string[]): string[] {
  return parts
    .slice(0, -1)
    .filter((part) => !ROLE_WORDS.has(fold(part).replace(/\.$/, '')) && !HONORIFICS.has(fold(part).replace(/\.$/, '')))
    .map(namePartKey);
}

/**
 * Given names agree when they are one spelling ("Volodymyr"/"Volodimir" share a key), one is the other's initial
 * ("J."), or they open alike ("Aleksandr"/"Alexander"); "Jennifer" and "John" are two people.
 */
function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return a.slice(0, 3) === b.slice(0, 3);
}

/**
 * Whether a name can be the person known by `known` names. Once the person has full names, a full name must agree
 * with one of them or end in one of its lone names ("President Volodymyr Zelensky" ~ "Zelensky"): a lone first
 * name among them ("Michael") must not pull in every other Michael.
 */
export function matchesPerson(known: readonly string[], name: string): boolean {
  const parts = nameParts(name);
  const last = parts.at(-1);
  if (parts.length < 2 || last === undefined) return known.some((written) => sameName(written, name));
  const full = known.filter((written) => nameParts(written).length > 1);
  if (full.length === 0) return known.some((written) => sameName(written, name));
  const surname = namePartKey(last);
  if (full.some((written) => sameName(written, name))) return true;
  // "Ivanka Trump" is not "Donald J. Trump", however often he is "Trump": a full name of this family whose given
  // name (the part before the family name) clashes says the person is someone else.
  const given = givenKeys(parts);
  const clash = given.length > 0 && full.some((written) => {
    const known = nameParts(written);
    const knownGiven = givenKeys(known);
    return namePartKey(known.at(-1) ?? '') === surname && knownGiven.length > 0 && !givenNamesAgree(knownGiven, given);
  });
  return !clash && known.some((written) => nameParts(written).length === 1 && namePartKey(written) === surname);
}

/**
 * Things known by person names (the registry's clusters, the answers' speakers), found by a name through the first
 * and last name-part keys instead of a scan. Among several that match, the first added wins, as a scan in order
 * would find it.
 */
export class PersonNameIndex<T> {
  /** By the key of each name's last part (a lone name's only part). */
  private readonly byLast = new Map<string, Set<T>>();
  /** Full names by the key of their first part. */
  private readonly byFirst = new Map<string, Set<T>>();
  /** Lone names by their key. */
  private readonly byLone = new Map<string, Set<T>>();
  private readonly order = new Map<T, number>();

  add(item: T, name: string): void {
    if (!this.order.has(item)) this.order.set(item, this.order.size);
    const keys = filingKeys(name);
    if (!keys) return;
    file(this.byLast, keys.last, item);
    if (keys.first !== null) file(this.byFirst, keys.first, item);
    if (keys.lone) file(this.byLone, keys.last, item);
  }

  /**
   * Every item whose names can be this person's, first added first. Only items that can pass `matchesPerson` are
   * tried: for a full name, those with a name of its family name or a lone name of its first part; for a lone name,
   * those with a name ending in it or a full name opening with it. (Trying every item that shares any name part made
   * a corpus's speakers cost more per article as the corpus grew: 300,000 statements took 18 s to register.)
   */
  findAll(name: string, namesOf: (item: T) => readonly string[]): T[] {
    const keys = filingKeys(name);
    if (!keys) return [];
    const candidates = new Set<T>(this.byLast.get(keys.last));
    for (const item of (keys.lone ? this.byFirst.get(keys.last) : keys.first !== null ? this.byLone.get(keys.first) : undefined) ?? []) candidates.add(item);
    return [...candidates].sort((a, b) => (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0)).filter((item) => matchesPerson(namesOf(item), name));
  }

  /** The first-added item whose names (`namesOf`) can be this person's (`matchesPerson`), or the one `preferred`. */
  find(name: string, namesOf: (item: T) => readonly string[], preferred?: (item: T) => boolean): T | undefined {
    const matching = this.findAll(name, namesOf);
    // Preferred only when one is: two Clintons named in one article leave a lone "Clinton" to the usual order.
    const favoured = preferred ? matching.filter(preferred) : [];
    return favoured.length === 1 ? favoured[0] : matching[0];
  }
}

function file<T>(index: Map<string, Set<T>>, key: string, item: T): void {
  const items = index.get(key) ?? new Set<T>();
  items.add(item);
  index.set(key, items);
}
