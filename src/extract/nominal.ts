// Attributions made by a noun rather than a verb: "Putin's statement that …", "a claim by Ms. Berg that …". The
// noun names the act of saying; the possessive or the "by"/"from" phrase names who said it; the "that" clause is
// what was said. Both readers (English and Dutch) use these patterns.
import { NOMINAL_CUES } from './lexicon.ts';

/** "Putin's statement that …" and "an accusation from Zelenskyy that …". */
export const NOMINAL_PATTERNS = [
  new RegExp(`(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*)['’]s\\s+(${NOMINAL_CUES})\\s+that\\s`, 'gu'),
  new RegExp(`\\b(?:${NOMINAL_CUES})\\s+(?:from|by|van)\\s+(\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*)\\s+(?:that|dat)\\s`, 'gu'),
];

export interface NominalCue {
  /** The name that says it, without the possessive ("Putin"). */
  name: string;
  nameStart: number;
  /** The attributing phrase, as answers show it ("Putin's statement"). */
  cue: string;
  cueStart: number;
  /** Where what was said begins. */
  contentStart: number;
}

/** Every nominal attribution in text[start, end), offsets in `text`. */
export function nominalCues(text: string, start: number, end: number): NominalCue[] {
  const found: NominalCue[] = [];
  const unitText = text.slice(start, end);
  for (const pattern of NOMINAL_PATTERNS) {
    for (const match of unitText.matchAll(pattern)) {
      const name = match[1] ?? '';
      if (!name) continue;
      const cueStart = start + match.index;
      // The "that" opens what was said; the cue is the noun and who said it ("Putin's statement").
      const that = match[0].search(/(?:that|dat)\s$/u);
      found.push({ name, nameStart: cueStart + match[0].indexOf(name), cue: match[0].slice(0, that).trim(), cueStart, contentStart: cueStart + that });
    }
  }
  return found;
}
