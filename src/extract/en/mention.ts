// Turns a source phrase (tokens) into a Mention for the discourse to resolve: a pronoun, a name with its title,
// or a description ("a Democratic source", "the Clinton campaign", "officials", "the email").
import { COLLECTIVE_NOUNS, DOCUMENT_NOUNS, ORGANISATION_WORDS, PERSON_NOUNS, ROLE_WORDS, isRoleWord } from '../lexicon.ts';
import { type Mention, type Word, describe } from '../mentions.ts';
import type { SourcePhrase } from './sources.ts';
import type { Token } from './tokens.ts';

const isCapitalised = (token: Token) => /^\p{Lu}/u.test(token.text);
const ARTICLES = new Set(['the', 'a', 'an', 'another', 'one', 'some', 'several', 'many', 'two', 'three', 'both', 'all', 'few', 'other', 'this', 'that', 'these', 'those']);

const SHARE =
  /^(?:(?:about|nearly|almost|roughly|some|over|under|around|approximately|just|(?:more|fewer|less)\s+than)\s+)*(?:[\d.,]+|one|two|three|four|five|six|seven|eight|nine|ten|a|half|a\s+third|a\s+quarter|two-thirds|three-quarters|many|most|some|few|several|all|both|none|each|dozens|hundreds|thousands)\s+(?:percent\s+|per\s+cent\s+|%\s*|majority\s+|third\s+|quarter\s+)?(?:in|of|out\s+of)\s/iu;

/** A capitalised word that is neither a title nor an organisation's word: "Brown" in "Scott Brown of Massachusetts". */
function isPlainName(token: Token): boolean {
  const norm = token.norm.replace(/\.$/, '');
  return isCapitalised(token) && !ROLE_WORDS.has(norm) && !ORGANISATION_WORDS.has(norm);
}

function toWord(token: Token, base: number): Word {
  return { text: token.text, norm: token.norm.replace(/\.$/, '').replace(/'s$/, ''), start: base + token.start, end: base + token.end };
}

function join(tokens: readonly Token[]): string {
  let text = '';
  for (const [index, token] of tokens.entries()) {
    const previous = tokens[index - 1];
    text += previous && token.start > previous.end ? ` ${token.text}` : token.text;
  }
  return text;
}

/** Prepositions after a role that say whom it serves ("a spokesman for the ministry", "head of research at the bank"). */
const ROLE_SERVING = new Set(['of', 'for', 'at', 'to']);

/** The mention the phrase makes; `base` turns paragraph offsets into document offsets. */
export function mentionOf(tokens: readonly Token[], phrase: SourcePhrase, base: number): Mention | null {
  let core = tokens.slice(phrase.coreFirst, phrase.coreLast + 1);
  // "the funding system, which advocates say disadvantages schools": the relative pronoun is the object; the
  // speakers are the advocates.
  if (core.length > 1 && ['which', 'that', 'whom'].includes(core[0]?.norm ?? '')) core = core.slice(1);
  // A parenthesis after a name ("Rep. Jason Chaffetz (R-Utah)") is a note about it.
  const paren = core.findIndex((t) => t.text === '(');
  if (paren > 0) core = core.slice(0, paren);
  // "40 percent of Republicans", "three in 10 voters", "one of the senators": a share of a group spoke, not the
  // group; the speaker is the share, as written (to its comma).
  const comma = core.findIndex((t) => t.norm === ',');
  const share = comma > 0 ? core.slice(0, comma) : core;
  const last = share.at(-1);
  // ("less than half of what researchers say": a question word opens a clause; no share speaks there.)
  if (last && share.length > 2 && SHARE.test(`${join(share)} `) && !share.some((t) => ['what', 'which', 'who', 'how'].includes(t.norm))) return { text: join(share), start: base + (share[0] as Token).start, end: base + last.end, definite: false, name: join(share), role: null, parts: [], kind: 'collective' };
  // "Derek Mitchell, who served …" / "president of the union": the head is before "of" or a comma.
  const cut = core.findIndex((t, i) => i > 0 && (t.norm === ',' || (t.norm === 'of' && isPlainName(core[i - 1] as Token))));
  if (cut > 0) core = core.slice(0, cut);
  const head = core.at(-1);
  if (!head) return null;
  if (core.length === 1 && head.pos === 'PRON') {
    if (['we', 'i', 'you'].includes(head.norm)) return null;
    return describe([toWord(head, base)]);
  }
  const start = base + (core[0] as Token).start;
  const end = base + head.end;
  const text = join(core);
  const headNorm = head.norm.replace(/'s$/, '');
  // ("Sources said", "Scientists warned": a plural of people opening the sentence is capitalised, not a name.)
  const pluralOpener = core.length === 1 && COLLECTIVE_NOUNS.has(headNorm);
  if (!isCapitalised(head) || head.pos === 'NOUN' || pluralOpener) {
    // A description: keep it as written (without its article); a definite one may refer back to someone named.
    const lead = core[0] as Token;
    const definite = ['the', 'this', 'that', 'these', 'those'].includes(lead.norm) || ['his', 'her', 'its', 'their'].includes(lead.norm);
    // ("those close to him", "those surveyed": without "those" the words name no one.)
    const body = ARTICLES.has(lead.norm) && lead.norm !== 'those' ? core.slice(1) : core;
    const name = join(body);
    if (!name) return null;
    const base0 = { text, start, end, definite, name, role: null, parts: [] as Mention[] };
    // "a spokesman for the ministry", "the head of research at the bank": a role that serves a body named in common
    // nouns is one person of it, not the body. (Not "the ministry's spokesman" alone: the head decides there.)
    const firstRole = body.findIndex((t) => isRoleWord(t.norm));
    const serves = firstRole >= 0 && ROLE_SERVING.has(body[firstRole + 1]?.norm ?? '') && !body.some((t) => /^\p{Lu}/u.test(t.text));
    if (serves && !/[^s]s$/.test((body[firstRole] as Token).norm)) return { ...base0, kind: 'role', role: name };
    if (DOCUMENT_NOUNS.has(headNorm)) return { ...base0, kind: 'document' };
    if (ORGANISATION_WORDS.has(headNorm)) return { ...base0, kind: 'organisation' };
    if (COLLECTIVE_NOUNS.has(headNorm) || (/s$/.test(headNorm) && !/ss$/.test(headNorm))) return { ...base0, kind: 'collective' };
    if (PERSON_NOUNS.has(headNorm) || isRoleWord(headNorm)) return { ...base0, kind: 'role', role: name };
    return { ...base0, kind: 'collective' };
  }
  // A name: drop the words before the first capitalised one ("a smiling Clinton", "panel Chairman …").
  const firstCapital = core.findIndex(isCapitalised);
  const named = core.slice(Math.max(0, firstCapital));
  return describe(named.map((t) => toWord(t, base)));
}
