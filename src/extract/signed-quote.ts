// Signed quotes: a paragraph that is one quotation and then its author after a dash, as pull quotes, epigraphs and
// readers' comments are printed: "“I'd rather live there than here.” ― Ana Ruiz" / "“…” — Tom Hale, Dayton". The
// words between the marks are the signer's, word for word; the words inside are not attributions of their own.
import type { Document, Paragraph } from '../model.ts';
import type { Discourse, SpeakerRef } from './discourse.ts';
import { nameMention } from './mentions.ts';
import type { SaidWhen } from './said-when.ts';
import type { RawStatement } from './statements.ts';

/** Lower-case particles inside a name ("Anna de Vries", "Ludwig van der Berg", "Omar bin Laden"). */
const PARTICLE = String.raw`(?:(?:van|von|de|der|den|des|du|da|di|la|le|ter|ten|bin|al|y)\s+)*`;
/** Opening mark, the words, closing mark; a dash; the name (capitalised words); an optional ", where or who". */
const SIGNED = new RegExp(
  String.raw`^\s*["“”](?<words>.+)["”]\s*(?:[—―–]|--?)\s*(?<name>\p{Lu}[\p{L}.'’-]*(?:\s+${PARTICLE}\p{Lu}[\p{L}.'’-]*){0,4})(?:,\s*[^,.;:!?"“”]{1,60})?\.?\s*$`,
  'su',
);

export interface SignedQuote {
  /** What was said, as offsets into the paragraph's text: inside the outer quotation marks. */
  start: number;
  end: number;
  /** The signature's name as printed, and where it starts in the paragraph. */
  name: string;
  nameStart: number;
}

/** The paragraph as a signed quote, or null. */
export function signedQuote(paragraph: string): SignedQuote | null {
  const match = SIGNED.exec(paragraph);
  const words = match?.groups?.words;
  const name = match?.groups?.name?.replace(/\.$/, '');
  if (!match || words === undefined || !name) return null;
  const start = paragraph.indexOf(words);
  let end = start + words.length;
  // "… a criminal.” ― Name": the full stop closing the quote is not part of the words.
  while (end > start && /[\s,]/u.test(paragraph[end - 1] ?? '')) end--;
  if (paragraph[end - 1] === '.' && paragraph[end - 2] !== '.') end--;
  const nameStart = paragraph.lastIndexOf(name);
  return end > start && nameStart > end ? { start, end, name, nameStart } : null;
}

/**
 * A paragraph's words start..end (offsets into the paragraph) as one direct statement of `speaker`, dated as the
 * paragraph dates it: a signed quote, or a transcript turn.
 */
export function wholeParagraphStatement(doc: Document, paragraph: Paragraph, start: number, end: number, cue: string, speaker: SpeakerRef, dates: SaidWhen): RawStatement {
  const text = doc.text.slice(paragraph.start, paragraph.end);
  // The words are a quotation: their own dates talk about other times, for this statement and for the scene alike.
  const [saidOn] = dates.dateUnit(text, { start: 0, end: text.length }, [{ start, end }], [{ start, end, cue, speaker, cueAt: start }]);
  return { doc: doc.id, kind: 'direct', start: paragraph.start + start, end: paragraph.start + end, cue, saidOn: saidOn ?? { ...doc.published, basis: 'published' }, context: text, speaker };
}

/** A signed quote as the signer's statement, or null when the signature names no one the article can resolve. */
export function signedStatement(doc: Document, paragraph: Paragraph, signed: SignedQuote, discourse: Discourse, dates: SaidWhen): RawStatement | null {
  const at = paragraph.start + signed.nameStart;
  const speaker = discourse.resolve(nameMention(signed.name, at), at, paragraph.start);
  return speaker ? wholeParagraphStatement(doc, paragraph, signed.start, signed.end, '—', speaker, dates) : null;
}
