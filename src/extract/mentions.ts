// Reads the phrase that names a speaker next to a cue — "US State Department spokesman Ned Price", "the proposal",
// "het Chinese ministerie van Buitenlandse Zaken", "he" — and splits it into name, role and a kind guess.
import { fold } from '../text/fold.ts';
import { isDemonym } from '../entities/demonyms.ts';
import { genderOfGivenName } from './given-names.ts';
import {
  COLLECTIVE_NOUNS,
  DETERMINERS,
  DOCUMENT_NOUNS,
  HONORIFICS,
  LINKING_WORDS,
  ORGANISATION_WORDS,
  PERSON_PRONOUNS,
  PHRASE_INNER_WORDS,
  RELATIVE_PRONOUNS,
  ROLE_WORDS,
  isRoleWord,
  SENTENCE_OPENERS,
  THING_PRONOUNS,
} from './lexicon.ts';

export interface Word {
  text: string;
  norm: string;
  start: number;
  end: number;
}

/** Titles Dutch writes in lower case before a name ("dhr. Jansen", "prof. de Wit"). */
const LOWER_CASE_TITLE = 'dhr|mevr|drs|ir|prof|dr|mr';

// A lower-case title and its period are one word.
const WORD = new RegExp(`(?:${LOWER_CASE_TITLE})\\.(?=\\s+\\p{Lu})|(?:\\p{Lu}\\.){2,}|[\\p{L}\\p{N}]+(?:[-’'][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]`, 'gu');

/** "dhr.", "prof.": a title before a name, as Dutch writes it; the person is the name that follows. */
const LOWER_CASE_TITLES = new RegExp(`^(?:${LOWER_CASE_TITLE})\\.$`);

/** Words and single punctuation marks, with offsets into the given text. */
export function words(text: string, offset = 0): Word[] {
  return [...text.matchAll(WORD)].map((match) => ({
    text: match[0],
    norm: fold(match[0]).replace(/['’]s$/, '').replace(LOWER_CASE_TITLES, (title) => title.slice(0, -1)),
    start: offset + match.index,
    end: offset + match.index + match[0].length,
  }));
}

export type MentionKind = 'person-pronoun' | 'thing-pronoun' | 'relative' | 'document' | 'collective' | 'organisation' | 'name' | 'role';

export interface Mention {
  text: string;
  start: number;
  end: number;
  kind: MentionKind;
  definite: boolean;
  /** The name without determiner, role or honorific ("Ned Price", "Chinese plan", "Mao Ning"). */
  name: string;
  role: string | null;
  /** For "China and Belarus": the coordinated parts. */
  parts: Mention[];
}

/** A name found as written at `start` ("PENCE", "Putin"), read as `name` ("Pence"), with nothing else known. */
export function nameMention(written: string, start: number, name = written): Mention {
  return { text: written, start, end: start + written.length, kind: 'name', definite: false, name, role: null, parts: [] };
}

const isCapitalised = (word: Word) => /^\p{Lu}/u.test(word.text) || /^\d+-\p{L}/u.test(word.text);
const isWord = (word: Word) => /^[\p{L}\p{N}]/u.test(word.text);

/**
 * "de advocaat van de verdachte", "de directeur van het museum": the noun a role serves, after "van" and an article,
 * belongs to the phrase whatever the noun (the lexicons cannot list every one).
 */
function servedByRole(list: readonly Word[], at: number): boolean {
  const [role, preposition, article, word] = [list[at - 3], list[at - 2], list[at - 1], list[at]];
  return word !== undefined && isWord(word) && !isCapitalised(word) && role !== undefined && isRoleWord(role.norm) && ['van', 'voor', 'bij', 'of', 'for'].includes(preposition?.norm ?? '') && DETERMINERS.has(article?.norm ?? '');
}

function phraseWordAllowed(word: Word): boolean {
  if (!isWord(word)) return false;
  if (isCapitalised(word)) return true;
  const norm = word.norm;
  if (LOWER_CASE_TITLES.test(word.text)) return true;
  return (
    PHRASE_INNER_WORDS.has(norm) ||
    DETERMINERS.has(norm) ||
    ROLE_WORDS.has(norm) ||
    ORGANISATION_WORDS.has(norm) ||
    DOCUMENT_NOUNS.has(norm) ||
    COLLECTIVE_NOUNS.has(norm)
  );
}

/** The speaker phrase ending just before index `end` of `list`, skipping linking words ("has also said"). */
export function speakerBefore(list: Word[], end: number): Mention | null {
  let i = end - 1;
  while (i >= 0 && LINKING_WORDS.has(list[i]?.norm ?? '') && !isCapitalised(list[i] as Word)) i--;
  while (i >= 0 && /ly$/.test(list[i]?.norm ?? '') && !isCapitalised(list[i] as Word)) i--;
  const last = list[i];
  if (!last) return null;
  if (PERSON_PRONOUNS.has(last.norm) || THING_PRONOUNS.has(last.norm) || RELATIVE_PRONOUNS.has(last.norm)) {
    return describe([last]);
  }
  let first = i + 1;
  while (first - 1 >= 0 && (phraseWordAllowed(list[first - 1] as Word) || servedByRole(list, first - 1))) first--;
  let phrase = list.slice(first, i + 1);
  // "Minister Keijzer (BBB) van Volkshuisvesting zegt": a party's bracket between a name and its department is read
  // past, and the name before it is the speaker's (the department alone is not).
  if (['van', 'of'].includes(phrase[0]?.norm ?? '') && list[first - 1]?.text === ')') {
    const open = list.findLastIndex((w, k) => k < first - 1 && k >= first - 5 && w.text === '(');
    if (open > 0 && isCapitalised(list[open - 1] as Word)) {
      let start = open;
      while (start - 1 >= 0 && phraseWordAllowed(list[start - 1] as Word)) start--;
      phrase = [...list.slice(start, open), ...phrase];
    }
  }
  return describe(trimPhrase(coordinatedNamesOnly(phrase, 'last')));
}

/** The speaker phrase starting at index `start`: "aldus het Chinese ministerie …", "said Mr Price". */
export function speakerAfter(list: Word[], start: number): Mention | null {
  let i = start;
  while (i < list.length && LINKING_WORDS.has(list[i]?.norm ?? '') && !isCapitalised(list[i] as Word)) i++;
  const head = list[i];
  if (!head) return null;
  let last = i;
  while (last < list.length && phraseWordAllowed(list[last] as Word)) {
    // "vertelde de minister de Kamer dat …": a determiner after a common noun opens the next phrase (the addressee),
    // unless a preposition joins them ("de minister van de Kamer"); a name's particles follow a capital ("Jan de Vries").
    const word = list[last] as Word;
    const previous = list[last - 1];
    if (last > i && DETERMINERS.has(word.norm) && previous && !isCapitalised(previous) && !PHRASE_INNER_WORDS.has(previous.norm) && !DETERMINERS.has(previous.norm)) break;
    last++;
  }
  // "het" alone is a pronoun; "het Chinese ministerie" is a determiner and a name.
  if (last - i <= 1 && (PERSON_PRONOUNS.has(head.norm) || THING_PRONOUNS.has(head.norm))) return describe([head]);
  return describe(trimPhrase(coordinatedNamesOnly(list.slice(i, last), 'first')));
}

/**
 * "the Chinese plan and G7 Nations": only names coordinate ("China and Belarus"). When the words before an "and"
 * are not a name, keep the part of the phrase next to the cue: the last part before it, the first part after it.
 */
function coordinatedNamesOnly(phrase: Word[], keep: 'first' | 'last'): Word[] {
  const isAnd = (w: Word) => w.norm === 'and' || w.norm === 'en';
  const and = keep === 'last' ? phrase.findLastIndex(isAnd) : phrase.findIndex(isAnd);
  if (and <= 0 || isCapitalised(phrase[and - 1] as Word)) return phrase;
  return keep === 'last' ? phrase.slice(and + 1) : phrase.slice(0, and);
}

/** Prepositions after a role naming whom it serves: "a spokesman for Smith", "woordvoerder van het ministerie". */
const SERVING = new Set(['van', 'of', 'for', 'to', 'voor', 'namens', 'aan', 'at', 'bij']);
const EDGE_WORDS = new Set(['of', 'and', 'en', 'van', 'for', 'both']);

/** Drops connectors at either edge ("and", "of") and a trailing determiner. */
function trimPhrase(phrase: Word[]): Word[] {
  let from = 0;
  let to = phrase.length;
  while (from < to && EDGE_WORDS.has(phrase[from]?.norm ?? '')) from++;
  while (to > from && (EDGE_WORDS.has(phrase[to - 1]?.norm ?? '') || DETERMINERS.has(phrase[to - 1]?.norm ?? ''))) to--;
  return phrase.slice(from, to);
}

function join(list: Word[]): string {
  let text = '';
  for (const [index, word] of list.entries()) {
    const previous = list[index - 1];
    text += previous && word.start > previous.end ? ` ${word.text}` : word.text;
  }
  return text;
}

/** Dutch surname particles as written at the start of a name ("De Vries"; "Piet de Vries" writes them small). */
const SURNAME_PARTICLES = new Set(['De', 'Den', 'Van', 'Ter', 'Ten', 'Te']);

/** Prepositions that place a role ("Democrats on Capitol Hill", "officials in Beijing"). */
const PLACE_PREPOSITIONS = new Set(['on', 'in', 'at', 'from', 'across', 'inside', 'within', 'op', 'uit']);

export function describe(phrase: Word[]): Mention | null {
  const first = phrase[0];
  const last = phrase.at(-1);
  if (!first || !last) return null;
  const base = { text: join(phrase), start: first.start, end: last.end, parts: [] as Mention[] };
  if (phrase.length === 1) {
    if (PERSON_PRONOUNS.has(first.norm)) return { ...base, kind: 'person-pronoun', definite: true, name: first.text, role: null };
    if (THING_PRONOUNS.has(first.norm)) return { ...base, kind: 'thing-pronoun', definite: true, name: first.text, role: null };
    if (RELATIVE_PRONOUNS.has(first.norm)) return { ...base, kind: 'relative', definite: true, name: first.text, role: null };
  }
  // "één van de demonstranten", "one of the protesters": a share of a group speaks, as written (as the English
  // reader keeps "one of the senators").
  if (['een', 'one'].includes(first.norm) && ['van', 'of'].includes(phrase[1]?.norm ?? '') && phrase.length > 2) {
    return { ...base, kind: 'collective', definite: false, name: join(phrase), role: null };
  }
  let body = phrase;
  while (body[0] && body.length > 0 && SENTENCE_OPENERS.has(body[0].norm) && /^\p{Lu}/u.test(body[0].text)) body = body.slice(1);
  if (!body[0]) return null;
  const lead = body[0];
  const definite = DETERMINERS.has(lead.norm) && lead.norm !== 'a' && lead.norm !== 'an' && lead.norm !== 'een';
  // "De Vries", "De Jong", "Van Dijk": a capitalised particle before a surname is part of it, not an article.
  // ("De Amerikanen", "De Duitsers": a people in the plural is a group after its article.)
  const second = body[1]?.text ?? '';
  const people = isDemonym(second) || /(?:en|ers)$/u.test(second);
  // ("De NOS", "De VVD": before an acronym "De" is the article; a surname is not written in capitals.)
  const acronym = /^\p{Lu}{2,}$/u.test(body[1]?.text ?? '');
  const surname = body.length === 2 && SURNAME_PARTICLES.has(body[0]?.text ?? '') && isCapitalised(body[1] as Word) && !acronym && !people && !ORGANISATION_WORDS.has(body[1]?.norm ?? '') && !isRoleWord(body[1]?.norm ?? '');
  while (!surname && body[0] && (DETERMINERS.has(body[0].norm) || LOWER_CASE_TITLES.test(body[0].text))) body = body.slice(1);
  if (body.length === 0) return null;
  if (!body.some(isCapitalised) && !body.some((w) => DOCUMENT_NOUNS.has(w.norm) || COLLECTIVE_NOUNS.has(w.norm) || ORGANISATION_WORDS.has(w.norm) || ROLE_WORDS.has(w.norm))) {
    return null;
  }

  // "China and Belarus": a joint statement of two named parties.
  const and = body.findIndex((w) => w.norm === 'and' || w.norm === 'en');
  if (and > 0 && and < body.length - 1 && isCapitalised(body[and + 1] as Word) && !body.some((w) => ORGANISATION_WORDS.has(w.norm))) {
    const left = describe(body.slice(0, and));
    const right = describe(body.slice(and + 1));
    if (left && right) return { ...base, kind: 'name', definite, name: join(body), role: null, parts: [left, right] };
  }

  // "woordvoerder Anna de Boer van de gemeente", "Jo Hart of the council": a name's affiliation after it is not
  // part of the name. ("Jan van der Berg" and "van de Berg" keep theirs: a capital follows the particles.)
  // ("Minister Keijzer van Volkshuisvesting", "staatssecretaris Nobel van Sociale Zaken": a department's name, in
  // capitals, after the person's is the affiliation too.)
  const department = (i: number) => body.slice(i + 1).length > 0 && body.slice(i + 1).every(isCapitalised) && body.slice(i + 1).some((w) => ORGANISATION_WORDS.has(w.norm));
  const affiliation = body.findIndex((w, i) => i > 0 && (w.norm === 'van' || w.norm === 'of') && isCapitalised(body[i - 1] as Word) && ((['de', 'het', 'the'].includes(body[i + 1]?.norm ?? '') && body[i + 2] !== undefined && !isCapitalised(body[i + 2] as Word)) || (department(i) && !isRoleWord((body[i - 1] as Word).norm) && !ORGANISATION_WORDS.has((body[i - 1] as Word).norm))));
  if (affiliation > 0 && body.slice(0, affiliation).some((w) => isRoleWord(w.norm))) body = body.slice(0, affiliation);
  const head = body.at(-1) as Word;
  if (DOCUMENT_NOUNS.has(head.norm) && !isCapitalised(head)) return { ...base, kind: 'document', definite, name: join(body), role: null };
  if (COLLECTIVE_NOUNS.has(head.norm) && !isCapitalised(head)) return { ...base, kind: 'collective', definite, name: join(body), role: null };

  // A title followed by a name ("US State Department spokesman Ned Price", "minister van Buitenlandse Zaken
  // Antony Blinken"): the name is what follows the last role or organisation word.
  let roleEnd = -1;
  let hasRole = false;
  for (const [index, word] of body.entries()) {
    if (isNameParticle(body, index)) continue;
    if (isRoleWord(word.norm) || ORGANISATION_WORDS.has(word.norm) || !isCapitalised(word)) roleEnd = index;
    if (isRoleWord(word.norm)) hasRole = true;
  }
  const afterRole = body.slice(roleEnd + 1);
  // "woordvoerder van het Ministerie van Defensie", "a spokesman for Smith", "an aide to Ruiz": a name after a preposition is whom the
  // role serves, not who speaks.
  // ("an aide to Mayor Ana Ruiz": the preposition may stand before the title of the one served; in "minister van
  // Buitenlandse Zaken Antony Blinken" a ministry's name follows it, and the name after that is the minister's.)
  const serving = body.findIndex((w, i) => i > 0 && i < roleEnd && SERVING.has(w.norm) && isRoleWord((body[i - 1] as Word).norm) && body.slice(i + 1, roleEnd + 1).some((x) => isRoleWord(x.norm)));
  if (hasRole && roleEnd >= 0 && afterRole.length > 0 && (SERVING.has(body[roleEnd]?.norm ?? '') || serving > 0)) {
    // "Secretary of State John F. Kerry": a known given name inside starts the person's name after the department.
    const given = afterRole.findIndex((word, i) => i > 0 && genderOfGivenName(word.text) !== null && afterRole.length - i >= 2);
    if (given > 0) {
      const role = body.slice(0, roleEnd + 1 + given).filter((w) => !HONORIFICS.has(w.norm));
      return { ...base, kind: 'name', definite, name: join(afterRole.slice(given)), role: join(role) };
    }
    return { ...base, kind: 'role', definite, name: join(body), role: join(body) };
  }
  // "Democrats on Capitol Hill", "a senator from Ohio": after a preposition of place the capitals say where the
  // speakers are, not who; a plural role is a group.
  // ("a lawmaker in the Philippines": an article may stand between the preposition and the place.)
  const placeAt = DETERMINERS.has(body[roleEnd]?.norm ?? '') ? roleEnd - 1 : roleEnd;
  if (hasRole && placeAt > 0 && afterRole.length > 0 && PLACE_PREPOSITIONS.has(body[placeAt]?.norm ?? '') && isRoleWord(body[placeAt - 1]?.norm ?? '')) {
    const plural = /[^s]s$/.test(body[placeAt - 1]?.norm ?? '');
    return { ...base, kind: plural ? 'collective' : 'role', definite, name: join(body), role: plural ? null : join(body) };
  }
  if (hasRole && roleEnd >= 0 && afterRole.length > 0) {
    const role = body.slice(0, roleEnd + 1).filter((w) => !HONORIFICS.has(w.norm));
    return { ...base, kind: 'name', definite, name: join(afterRole), role: role.length > 0 ? join(role) : null };
  }
  // A role alone is a person; so is a role that serves a body named in common nouns ("woordvoerder van de gemeente",
  // "a spokesman for the ministry"): one person of it, not the body.
  const firstRole = body.findIndex((w) => isRoleWord(w.norm));
  const servesBody = firstRole >= 0 && SERVING.has(body[firstRole + 1]?.norm ?? '') && !body.some(isCapitalised) && !/[^s]s$/.test(body[firstRole]?.norm ?? '');
  if (hasRole && roleEnd === body.length - 1 && (!body.some((w) => ORGANISATION_WORDS.has(w.norm)) || servesBody)) {
    return { ...base, kind: 'role', definite, name: join(body), role: join(body) };
  }
  if (body.some((w) => ORGANISATION_WORDS.has(w.norm))) return { ...base, kind: 'organisation', definite, name: join(body), role: null };

  // "China’s Xi": the possessor is context, the name is what follows.
  const possessive = body.findIndex((w) => /['’]s$/.test(w.text));
  const name = possessive >= 0 && possessive < body.length - 1 ? body.slice(possessive + 1) : body;
  return { ...base, kind: 'name', definite, name: join(name), role: null };
}

/** "de" in "Anna de Boer", "van der" in "Jan van der Berg": lower-case words inside a person's name, not a role. */
const NAME_PARTICLES = new Set(['van', 'de', 'der', 'den', 'ter', 'ten', 'von', "'t"]);

function isNameParticle(body: readonly Word[], index: number): boolean {
  if (!NAME_PARTICLES.has(body[index]?.norm ?? '')) return false;
  let before = index - 1;
  while (before >= 0 && NAME_PARTICLES.has(body[before]?.norm ?? '')) before--;
  let after = index + 1;
  while (after < body.length && NAME_PARTICLES.has(body[after]?.norm ?? '')) after++;
  const first = body[before];
  const next = body[after];
  return first !== undefined && next !== undefined && isCapitalised(first) && isCapitalised(next) && !ROLE_WORDS.has(first.norm) && !ORGANISATION_WORDS.has(first.norm);
}
