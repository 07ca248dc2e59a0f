// Who "he", "it", "the ministry" and "the proposal" are: the state of one article as it is read in order.
import type { EntityKind } from '../model.ts';
import { fold } from '../text/fold.ts';
import { COMPANY_WORDS, DOCUMENT_NOUNS, PREPOSITIONS, isRoleWord } from './lexicon.ts';
import { isDemonym } from '../entities/demonyms.ts';
import { genderOfGivenName } from './given-names.ts';
import { isKnownOrganisation } from './organisations.ts';
import { isGovernmentPlace } from './places.ts';
import { type Mention, type Word, speakerAfter, speakerBefore, words } from './mentions.ts';

/** A speaker as the article names it, before it is matched to a canonical entity. */
export interface SpeakerRef {
  /** As written at the cue ("he", "the proposal"). */
  written: string;
  /** What to canonicalise ("Ned Price", "China's foreign ministry's proposal"). */
  name: string;
  role: string | null;
  kind: EntityKind;
  parts: SpeakerRef[];
  /** The issuer of a document ("China's foreign ministry"), the account of a post. */
  issuer?: string;
  handle?: string;
}

/** What the extractor knows of corpus-level names before canonicalisation: the alias file's kinds. */
export type KindLookup = (name: string) => EntityKind | undefined;

const ISSUE_VERBS = /\b(issued|published|released|presented|proposed|unveiled|drafted|adopted|put forward|sent|presenteert|publiceerde|presenteerde|stuurde)\b/giu;

/** English pronouns that say a gender (Dutch "zij"/"ze" are also "they", so they say none). */
const PRONOUN_GENDER: Record<string, 'm' | 'f'> = { he: 'm', him: 'm', his: 'm', hij: 'm', she: 'f', her: 'f', hers: 'f' };
const MALE_TITLES = /(?:^|\s)(?:Mr|Sir|Lord|King|Prince|Dhr|De heer)\.?(?:\s|$)/;
const FEMALE_TITLES = /(?:^|\s)(?:Mrs|Ms|Miss|Madam|Dame|Lady|Queen|Princess|Mevr|Mevrouw)\.?(?:\s|$)/;

/**
 * Roles only written for women: "an ICE spokeswoman", "his mother". (News writes "spokesman", "chairman" and even
 * "congressman" for women too: "Trump spokesman Hope Hicks … she said".)
 */
const FEMALE_ROLES = /\b(?:\p{L}+woman|actress|widow|mother|daughter|wife|sister)\b/iu;

/** A person's gender where the article's words say it (a title or a role), or their given name does; else unknown. */
function genderOf(ref: SpeakerRef): 'm' | 'f' | null {
  const words = `${ref.written} ${ref.role ?? ''}`;
  if (FEMALE_TITLES.test(words)) return 'f';
  if (MALE_TITLES.test(words)) return 'm';
  if (FEMALE_ROLES.test(words)) return 'f';
  const parts = ref.name.split(/\s+/);
  // A given name comes before a family name: a one-word name is a family name ("Clinton") and says nothing.
  return parts.length > 1 ? genderOfGivenName(parts[0] ?? '') : null;
}

/** A person's family name, folded: the last word of their name. */
export function familyKey(ref: SpeakerRef): string {
  return fold(ref.name.split(/\s+/).at(-1) ?? '');
}

export class Discourse {
  private lastThing: SpeakerRef | null = null;
  /** The last plural subject (see `pluralSubject`), until an organisation or a thing speaks after it. */
  private lastPlural: SpeakerRef | null = null;
  private readonly speakers: SpeakerRef[] = [];
  /** The last few people who spoke or were a sentence's subject, most recent last. */
  private readonly people: SpeakerRef[] = [];
  /** Folded names of `speakers`, in the same order. */
  private readonly speakerNames: string[] = [];
  /** The genders of the people of each family name so far ("clinton" → f after "Hillary Clinton said"). */
  private readonly familyGenders = new Map<string, Set<'m' | 'f' | 'unknown'>>();
  private issues: Issue[] | null = null;
  /** Every title and role the story has given the people of each family name ("christie" → "New Jersey Gov."). */
  private readonly familyRoles = new Map<string, string>();
  /** The people named in full of each family name ("ebeling" → Betsy Ebeling, Tom Ebeling). */
  private readonly familyPeople = new Map<string, SpeakerRef[]>();

  constructor(
    private readonly text: string,
    private readonly kindOf: KindLookup,
  ) {}

  /** Records who just spoke, for later pronouns and continuation paragraphs. */
  spoke(ref: SpeakerRef): void {
    this.speakers.push(ref);
    this.speakerNames.push(fold(ref.name));
    if (ref.kind === 'person') this.rememberPerson(ref);
    else {
      this.lastThing = ref;
      this.lastPlural = null;
    }
  }

  /**
   * Records people or a group named in the plural as a sentence's subject ("Senators Hale and Lee sent a letter",
   * "Critics of the plan met"): a "they" in the next sentences most likely means them.
   */
  pluralSubject(ref: SpeakerRef): void {
    this.lastPlural = ref;
  }

  /** Records a person named as a sentence's subject: "he" in the next sentence most likely means them. */
  mentioned(ref: SpeakerRef): void {
    if (ref.kind === 'person') this.rememberPerson(ref);
  }

  private rememberPerson(ref: SpeakerRef): void {
    const gender = genderOf(ref);
    const family = familyKey(ref);
    // ("Marcel Lazar … his wife, Gabriela Lazar": a full name of unknown gender leaves the family's gender unknown;
    // a family name alone says nothing either way.)
    const fullName = /\s/.test(ref.name.trim());
    if (family && (gender || fullName)) this.familyGenders.set(family, (this.familyGenders.get(family) ?? new Set()).add(gender ?? 'unknown'));
    if (family) this.familyRoles.set(family, `${this.familyRoles.get(family) ?? ''} ${ref.written} ${ref.role ?? ''}`.slice(-400));
    if (family && fullName) {
      const people = this.familyPeople.get(family) ?? [];
      if (!people.some((person) => fold(person.name) === fold(ref.name))) this.familyPeople.set(family, [...people, ref]);
    }
    this.people.push(ref);
    if (this.people.length > 8) this.people.shift();
  }

  /**
   * "He"/"she": the most recent person it can be. A title says who it cannot be ("Mr. Smith met Mrs. Jones. She
   * said …" is Jones); a person of unknown gender can be either. None fits: no speaker, rather than a wrong one.
   */
  private personFor(pronoun: string): SpeakerRef | null {
    for (let i = this.people.length - 1; i >= 0; i--) {
      const ref = this.people[i] as SpeakerRef;
      if (this.canBe(pronoun, ref)) return ref;
    }
    return null;
  }

  /** Whether "he"/"she" can stand for this person: a gender known from a title or a name must agree. */
  canBe(pronoun: string, ref: SpeakerRef): boolean {
    const wanted = PRONOUN_GENDER[pronoun.toLowerCase()];
    if (!wanted) return true;
    const gender = genderOf(ref) ?? this.familyGender(ref);
    return !gender || gender === wanted;
  }

  /**
   * "Betsy Ebeling and her husband, Tom Ebeling … Ebeling reminisced … she said": a family name alone that a "he" or
   * "she" stands for is the one person of that family, named in full, whom the pronoun can be.
   */
  private namedInFull(person: SpeakerRef, pronoun: string): SpeakerRef {
    if (/\s/.test(person.name.trim()) || !PRONOUN_GENDER[pronoun.toLowerCase()]) return person;
    const family = this.familyPeople.get(familyKey(person)) ?? [];
    if (family.length < 2) return person;
    const fits = family.filter((member) => genderOf(member) === PRONOUN_GENDER[pronoun.toLowerCase()]);
    return fits.length === 1 && family.every((member) => genderOf(member) !== null) ? (fits[0] as SpeakerRef) : person;
  }

  /**
   * "Hillary Clinton … Clinton": a family name standing alone has the gender of the article's people of that name,
   * when they all have the same one.
   */
  private familyGender(ref: SpeakerRef): 'm' | 'f' | null {
    // "Ivanka Trump" has a given name of her own, known or not: the family's other people say nothing of her.
    if (/\s/.test(ref.name.trim())) return null;
    const family = familyKey(ref);
    const genders = family ? this.familyGenders.get(family) : undefined;
    const only = genders?.size === 1 ? [...genders][0] : undefined;
    return only === 'm' || only === 'f' ? only : null;
  }

  /** Turns a mention into a reference; `at` is where the mention stands, `sentenceStart` where its sentence begins. */
  resolve(mention: Mention, at: number, sentenceStart: number): SpeakerRef | null {
    switch (mention.kind) {
      case 'person-pronoun': {
        const person = this.personFor(mention.text);
        const named = person ? this.namedInFull(person, mention.text) : null;
        return named ? { ...named, written: mention.text } : null;
      }
      case 'thing-pronoun': {
        const inSentence = this.subjectBefore(sentenceStart, at);
        const issued = inSentence ? null : this.documentJustIssued(mention.text, at, sentenceStart);
        if (issued) return issued;
        const plural = mention.text.toLowerCase() === 'they' ? this.lastPlural : null;
        const antecedent = inSentence ?? plural ?? this.lastThing;
        return antecedent ? { ...antecedent, written: mention.text } : null;
      }
      case 'relative':
        return null;
      case 'document':
        return this.resolveDocument(mention, at);
      case 'collective':
        return { written: mention.text, name: mention.name, role: null, kind: this.kindOf(mention.name) ?? 'group', parts: [] };
      case 'organisation':
        return this.resolveOrganisation(mention);
      case 'role': {
        // "Democrats said", "Aides said": a role in the plural is a group of people.
        const group = isGroupPlural(mention.name.split(/\s+/).at(-1) ?? '');
        const holder = group ? null : this.holderOf(mention);
        if (holder) return { ...holder, written: mention.text };
        return { written: mention.text, name: mention.name, role: mention.role, kind: group ? 'group' : 'person', parts: [] };
      }
      case 'name': {
        const parts = mention.parts.map((part) => this.resolve(part, at, sentenceStart)).filter((ref): ref is SpeakerRef => ref !== null);
        // ("The Post sent its reporter": a name after "the" is a paper, a body or a place; people's names take none.)
        const titledThing = mention.role === null && /^the\s+\p{Lu}/iu.test(mention.text) && !isGroupPlural(mention.name.split(/\s+/).at(-1) ?? '');
        // ("Rep. Steve Israel … Israel said": a place's or an organisation's name is the story's person of that family name.)
        const placeFamily = namesABody(mention.name) && this.familyPeople.has(fold(mention.name));
        const kind = this.kindOf(mention.name) ?? (parts.length > 1 ? 'group' : titledThing ? 'organisation' : placeFamily ? 'person' : guessNameKind(mention.name));
        return { written: mention.text, name: mention.name, role: mention.role, kind, parts: parts.length > 1 ? parts : [] };
      }
    }
  }

  /**
   * "New Jersey Gov. Chris Christie blasted her … The governor added:": "the" and a role alone is the one person of the
   * last few who holds it, by a title ("Gov.", "Sen.") or role the story gave anyone of their family name. None or
   * two: no one.
   */
  private holderOf(mention: Mention): SpeakerRef | null {
    const role = /^(?:the|de|het)\s+(\p{L}+)$/iu.exec(mention.text.trim())?.[1]?.toLowerCase();
    if (!role) return null;
    const title = ROLE_TITLES[role];
    if (!title) return null;
    const holders = new Map<string, SpeakerRef>();
    for (const person of this.people) {
      // (Only someone the story names: "a senior official" holds no title a later "the official" could mean.)
      if (!NAMED_PERSON.test(person.name) || isRoleWord(fold(person.name.split(/\s+/).at(-1) ?? ''))) continue;
      const family = familyKey(person);
      if (!title.test(this.familyRoles.get(family) ?? '')) continue;
      // (Of a family's people, the one the title was written for: "Judge Emmet Sullivan", not "Jake Sullivan".)
      const own = title.test(`${person.written} ${person.role ?? ''}`);
      if (own || !holders.has(family)) holders.set(family, person);
    }
    return holders.size === 1 ? ([...holders.values()][0] ?? null) : null;
  }

  /**
   * "The city sent a letter Thursday. It says …": "it" opening the sentence after one that issued a document is the
   * document, not its sender.
   */
  private documentJustIssued(pronoun: string, at: number, sentenceStart: number): SpeakerRef | null {
    if (!['it', 'het'].includes(pronoun.toLowerCase()) || at !== sentenceStart) return null;
    this.issues ??= this.findIssues();
    const issue = this.issues.findLast((candidate) => candidate.end <= at);
    if (!issue || issue.byFrom !== undefined) return null;
    const between = this.text.slice(issue.end, at);
    if ((between.match(/[.!?]\s/g) ?? []).length !== 1) return null;
    const noun = documentNounAt(this.text.slice(issue.end, issue.end + 60));
    if (!noun) return null;
    // ("The city sent a letter": a sender the mention reader does not take for a speaker leaves the letter unowned.)
    const issuer = issue.issuer && issue.issuer.kind !== 'relative' && !issue.issuer.kind.endsWith('pronoun') ? issue.issuer.name : null;
    const base = { written: pronoun, role: null, kind: 'document' as const, parts: [] };
    return issuer ? { ...base, name: `${issuer}'s ${noun.norm}`, issuer } : { ...base, name: noun.norm };
  }

  /** "While China has not been openly critical of Moscow, it has said": the subject earlier in the sentence. */
  private subjectBefore(sentenceStart: number, at: number): SpeakerRef | null {
    const list = words(this.text.slice(sentenceStart, at), sentenceStart);
    for (let i = list.length - 1; i >= 0; i--) {
      const word = list[i];
      if (!word || !/^\p{Lu}/u.test(word.text) || i === 0) continue;
      if (PREPOSITIONS.has(list[i - 1]?.norm ?? '')) continue;
      const kind = this.kindOf(word.text);
      if (kind && kind !== 'person') return { written: word.text, name: word.text, role: null, kind, parts: [] };
    }
    return null;
  }

  /** "Het ministerie": the last speaker whose name has the same head word. */
  private resolveOrganisation(mention: Mention): SpeakerRef {
    const head = fold(mention.name.split(/\s+/).at(-1) ?? '');
    const named = /\p{Lu}/u.test(mention.name);
    if (mention.definite && !named) {
      // (Only a body: "een woordvoerder van de gemeente" is a person, and "de gemeente" later is not that person.)
      const index = this.speakerNames.findLastIndex((name, k) => name.includes(head) && this.speakers[k]?.kind !== 'person');
      const earlier = this.speakers[index];
      if (earlier) return { ...earlier, written: mention.text };
    }
    return { written: mention.text, name: mention.name, role: null, kind: this.kindOf(mention.name) ?? 'organisation', parts: [] };
  }

  /** "the proposal": a document whose name the alias file knows, or the last one the article said someone issued. */
  private resolveDocument(mention: Mention, at: number): SpeakerRef {
    const base = { written: mention.text, role: null, parts: [] };
    const known = this.kindOf(mention.name);
    if (known) return { ...base, name: mention.name, kind: known };
    const head = fold(mention.name.split(/\s+/).at(-1) ?? '');
    const issuer = this.issuerBefore(at);
    if (issuer) return { ...base, name: `${issuer}'s ${head}`, kind: 'document', issuer };
    return { ...base, name: mention.name, kind: 'document' };
  }

  /** The nearest "X issued a … plan", "plan issued … by X" or "X's … plan" before `at` (same sentence included). */
  private issuerBefore(at: number): string | null {
    // The article's issuing phrases are found once; each document mention then looks back through them.
    this.issues ??= this.findIssues();
    for (let i = this.issues.length - 1; i >= 0; i--) {
      const issue = this.issues[i] as Issue;
      if (issue.end > at) continue;
      const mention = issue.issuer ?? (issue.byFrom !== undefined ? speakerAfter(words(this.text.slice(issue.byFrom, Math.min(issue.byFrom + 80, at)), issue.byFrom), 0) : null);
      if (mention && mention.kind !== 'document' && !mention.kind.endsWith('pronoun') && mention.kind !== 'relative') return mention.name;
    }
    return null;
  }

  /** Every issuing phrase of the article, in text order; an issuer read after the verb is left for the lookup. */
  private findIssues(): Issue[] {
    const text = this.text;
    const found: Issue[] = [];
    for (const match of text.matchAll(ISSUE_VERBS)) {
      const end = match.index + match[0].length;
      const rest = text.slice(end, end + 60);
      const sentenceStart = Math.max(text.lastIndexOf('. ', match.index), text.lastIndexOf('\n', match.index)) + 1;
      const clause = words(text.slice(sentenceStart, match.index), sentenceStart);
      if (documentNounAt(rest)) {
        // "China issued a 12-point proposal", "G7 Nations — which includes … – issued a statement"
        const dash = text.slice(sentenceStart, match.index).search(/\s[—–]\s/);
        const subjectEnd = dash >= 0 ? words(text.slice(sentenceStart, sentenceStart + dash), sentenceStart).length : clause.length;
        found.push({ at: match.index, end, issuer: speakerBefore(clause, subjectEnd) });
      }
      const by = /^\s[^.]{0,60}?\bby\s/u.exec(rest);
      const documentBefore = clause.at(-1);
      if (by && documentBefore && DOCUMENT_NOUNS.has(documentBefore.norm)) {
        // "The 12-point plan issued on Friday morning by China's foreign ministry"
        found.push({ at: match.index, end: end + by[0].length, issuer: null, byFrom: end + by[0].length });
      }
    }
    for (const match of text.matchAll(/(\p{Lu}[\p{L}\p{N}-]*)['’]s\s+(?:[\p{L}\p{N}-]+\s+){0,3}?(plan|proposal|document|paper|initiative)\b/gu)) {
      const issuer: Mention = { text: match[1] ?? '', start: match.index, end: match.index, kind: 'name', definite: false, name: match[1] ?? '', role: null, parts: [] };
      found.push({ at: match.index, end: match.index + match[0].length, issuer });
    }
    // Nearest first when read backwards; at one position the subject reading comes before the "by" reading.
    return found.map((issue, order) => ({ issue, order })).sort((a, b) => a.issue.at - b.issue.at || b.order - a.order).map(({ issue }) => issue);
  }
}

/** "X issued a plan" (issuer known) or "plan issued … by X" (issuer read from `byFrom`). */
interface Issue {
  at: number;
  end: number;
  issuer: Mention | null;
  byFrom?: number;
}

/** The document noun among the first words after an issuing verb ("a 12-point proposal", "a cease-and-desist letter"). */
function documentNounAt(text: string): Word | undefined {
  return words(text).slice(0, 5).find((word) => DOCUMENT_NOUNS.has(word.norm));
}

/** A person's name as written: capitalised words, with the particles of Dutch and other names ("Hugo de Jonge"). */
const NAMED_PERSON = /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:van|von|de|der|den|ter|ten|da|di|du|la|le|bin|al)\s+)*\p{Lu}[\p{L}.'’-]*)*$/u;

/** Titles written before a name for a role a story later names alone ("Sen. Ann Lee" … "the senator"). */
const ROLE_TITLES: Record<string, RegExp> = {
  governor: /\b(?:Gov\.|Governor)(?=\s|$)/u,
  senator: /\b(?:Sen\.|Senator)(?=\s|$)/u,
  congressman: /\b(?:Rep\.|Representative|Congressman)(?=\s|$)/u,
  congresswoman: /\b(?:Rep\.|Representative|Congresswoman)(?=\s|$)/u,
  representative: /\b(?:Rep\.|Representative|Congressman|Congresswoman)(?=\s|$)/u,
  general: /(?<!(?:Attorney|Surgeon|Secretary|Inspector|Solicitor)[\s-])\b(?:Gen\.|General)(?=\s|$)/u,
  president: /(?<!Vice[\s-])\bPresident(?=\s|$)/u,
  mayor: /\bMayor(?=\s|$)/u,
  judge: /\bJudge(?=\s|$)/u,
  justice: /\bJustice(?=\s+\p{Lu}\p{Ll})(?!\s+Department)/u,
  secretary: /\bSecretary(?=\s|$)/u,
  minister: /\bMinister(?=\s|$)|\bminister(?=\s+\p{Lu})/u,
  chancellor: /\bChancellor(?=\s|$)/u,
  speaker: /\bSpeaker(?=\s|$)/u,
  // Dutch writes titles before a name in lower case: "minister De Jonge", "premier Rutte", "burgemeester Halsema".
  premier: /\b[Pp]remier(?=\s+\p{Lu})/u,
  burgemeester: /\b[Bb]urgemeester(?=\s+\p{Lu})/u,
  staatssecretaris: /\b[Ss]taatssecretaris(?=\s+\p{Lu})/u,
  wethouder: /\b[Ww]ethouder(?=\s+\p{Lu})/u,
};

/** Members of a party or a current of opinion, in the plural a group: "Democrats", "Conservatives", "Liberalen". */
const MEMBERS = new Set(['conservative', 'liberal', 'progressive', 'libertarian', 'independent', 'moderate', 'socialist', 'evangelical', 'liberalen', 'socialisten']);

/**
 * A capitalised plural of a role, a party's member or a nationality names a group, not a person: "Democrats" is
 * not "Senate Democrats" shortened as "Price" is "Ned Price", nor are "Aides" or "Americans" anyone's family name.
 */
function isGroupPlural(word: string): boolean {
  const norm = fold(word);
  if (!/[^s]s$/.test(norm)) return false;
  const single = norm.slice(0, -1);
  return isRoleWord(norm) || MEMBERS.has(single) || MEMBERS.has(norm) || isDemonym(word.slice(0, -1));
}

/** A country, capital or seat of government, or an organisation news names in one word ("Beijing", "Nato"). */
function namesABody(name: string): boolean {
  return isGovernmentPlace(name) || isKnownOrganisation(name);
}

/** A name the alias file does not know: an acronym or a company name is an organisation, a plural of people a group, anything else a person. */
export function guessNameKind(name: string): EntityKind {
  if (/^[\p{Lu}\d]{2,}$/u.test(name)) return 'organisation';
  // "Beijing said …", "Downing Street said …": a place speaking is its government, never a later "he"; "Hamas said",
  // "Nato said": an organisation named in one word.
  if (namesABody(name)) return 'organisation';
  // "response to Trump", "beef with Fox News": a common noun before a preposition heads a description of a thing;
  // the name after the preposition is whom it concerns. Not a person a later "she" can mean.
  const list = words(name);
  const preposition = list.findIndex((word, i) => i > 0 && PREPOSITIONS.has(word.text));
  if (preposition > 0 && list.slice(0, preposition).every((word) => /^\p{Ll}/u.test(word.text))) return 'unknown';
  if (list.some((word) => COMPANY_WORDS.has(word.norm))) return 'organisation';
  const last = name.split(/\s+/).at(-1) ?? '';
  if (isGroupPlural(last)) return 'group';
  return 'person';
}
