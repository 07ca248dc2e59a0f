// Splits a paragraph into units: sentences, with a quote that runs over several sentences kept in one unit so
// that the quote and the words that attribute it are read together.
import type { Language } from '../model.ts';
import { lastStartingBy } from './offsets.ts';
import type { QuoteSpan } from './quotes.ts';

export interface Unit {
  start: number;
  end: number;
}

const segmenters = new Map<Language, Intl.Segmenter>();

function segmenter(language: Language): Intl.Segmenter {
  let found = segmenters.get(language);
  if (!found) {
    found = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, found);
  }
  return found;
}

/**
 * ICU's sentence iterator slows down more than linearly with the length of the text (100 KB: 0.1 s, 200 KB: 8 s),
 * so it reads a window at a time. Every sentence but the window's last is final; the last is read again at the
 * start of the next window, where it is whole. A window with one "sentence" (no boundary in 4 KB) is cut at its
 * last space.
 */
const WINDOW = 4096;

/** Sentence spans of text, trailing space excluded. */
export function sentenceSpans(text: string, language: Language): Unit[] {
  const sentences: Unit[] = [];
  let from = 0;
  while (from < text.length) {
    const window = text.slice(from, from + WINDOW);
    let segments: Array<{ segment: string; index: number }> = [...segmenter(language).segment(window)];
    let next = from + window.length;
    const last = segments.at(-1);
    if (next < text.length && last && last.index > 0) {
      segments = segments.slice(0, -1);
      next = from + last.index;
    } else if (next < text.length) {
      const cut = window.lastIndexOf(' ') + 1 || window.length;
      segments = [{ segment: window.slice(0, cut), index: 0 }];
      next = from + cut;
    }
    for (const { segment, index } of segments) {
      const trimmed = segment.trimEnd();
      if (trimmed) sentences.push({ start: from + index, end: from + index + trimmed.length });
    }
    from = next;
  }
  return sentences;
}

/**
 * A "sentence" that starts in lower case or with a comma, semicolon or closing bracket continues the one before: the
 * splitter took an abbreviation's period for an end ("U.S. officials", "Rep. Lee (D-Ore.), a member …").
 */
const CONTINUES_SENTENCE = /^[\p{Ll},;:)\]]/u;

/**
 * A title written before a name never ends a sentence: "…, Mr. Obama said" is one sentence even where the
 * segmenter stops at "Mr." (English and Dutch titles; "Jr." and "St." can end one, so they are not here).
 */
const TITLE_AT_END = /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Cmdr|Adm|Prof|Rev|Hon|Pres|Dhr|Mevr|Drs|Ir)\.$/i;

/** A sentence cannot end inside brackets: "Rep. Hale (R-S.C.) said" is one sentence, whatever the periods say. */
function opensBracket(sentence: string): boolean {
  let depth = 0;
  for (const char of sentence) {
    if (char === '(') depth++;
    else if (char === ')' && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * Whether the sentence starting at `start` belongs to the one before (`previous`): a quote runs from one into the
 * other, or the splitter ended it too soon. Both readers merge their sentences by this one rule.
 */
export function continuesSentence(text: string, previous: Unit, start: number, quotes: readonly QuoteSpan[]): boolean {
  // Quotes do not overlap: only the last one opening before this sentence can run into it.
  const open = lastStartingBy(quotes, start - 1);
  if (open !== undefined && open.end > start && open.start < previous.end) return true;
  // ICU ends a sentence after `,”` too rarely and after `aren't."` correctly; a sentence that starts in
  // lower case continues the one before it (an abbreviation the segmenter did not know).
  if (ASKED_THEN_NAMED.test(text.slice(previous.start, previous.end)) && NAME_THEN_CUE.test(text.slice(start, start + 80))) return true;
  if (STATED_THEN_NAMED.test(text.slice(previous.start, previous.end)) && ONLY_NAME_AND_CUE.test(text.slice(start, start + 80))) return true;
  return CONTINUES_SENTENCE.test(text.slice(start, start + 1)) || opensBracket(text.slice(previous.start, previous.end)) || TITLE_AT_END.test(text.slice(Math.max(previous.start, previous.end - 8), previous.end));
}

/**
 * "“Who do they think they are?” Tom Hale said.": a quote closing on its question or exclamation mark does not end
 * the sentence when a name and a verb of saying follow (the segmenter splits there; in lower case it already holds).
 */
const ASKED_THEN_NAMED = /[?!][”"’']{1,2}\s*$/u;
/**
 * "“I hope you find the emails.” Trump said.": a full stop inside the closing mark where news writes a comma. When
 * the next sentence is only a name, a verb of saying and a few words of when or where, it attributes that quote.
 */
const STATED_THEN_NAMED = /\.[”"’']{1,2}\s*$/u;
const NAME_THEN_CUE_WORDS = String.raw`(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}(?:said|says|asked|asks|replied|replies|added|adds|responded|answered|shouted|yelled|wondered|demanded|insisted|exclaimed|quipped|joked|wrote|tweeted|told|zei|zegt|vroeg|vraagt|antwoordde|riep)\b`;
/** What may follow the verb in such a sentence: when or where ("on Friday", "in a statement", "later"). */
const FRAME_OPENER = String.raw`(?:on|in|at|during|later|afterward|afterwards|then|again|yesterday|today|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;
const ONLY_NAME_AND_CUE = new RegExp(`^${NAME_THEN_CUE_WORDS}(?:\\s+${FRAME_OPENER}(?:\\s+[\\p{L}\\d]+){0,3})?\\.(?:\\s|$)`, 'u');
const NAME_THEN_CUE = new RegExp(`^${NAME_THEN_CUE_WORDS}`, 'u');

/**
 * A dateline opening a story's paragraph: the place in capitals, perhaps its state or a date and the agency, then a
 * dash ("WASHINGTON (Reuters) - ", "TALLAHASSEE — ", "ST. LOUIS, Mo. – ", "DEN HAAG - "). It says where the story was
 * filed; it is part of no one's words.
 */
const DATELINE = /^\p{Lu}{2}[\p{Lu}.'’-]*(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,3}(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\d{1,2})?)?(?:\s+\([^()]{1,40}\))?\s*(?:--?|[—–―])\s+(?=["“‘'\p{Lu}])/u;

/** How many characters of a paragraph's text a dateline takes (0: none). */
export function datelineLength(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0;
}

/** Sentence boundaries (offsets into text), merged wherever a quote spans a boundary. */
export function units(text: string, quotes: readonly QuoteSpan[], language: Language): Unit[] {
  const merged: Unit[] = [];
  const dateline = datelineLength(text);
  for (const sentence of sentenceSpans(text, language)) {
    const previous = merged.at(-1);
    if (previous && continuesSentence(text, previous, sentence.start, quotes)) previous.end = sentence.end;
    else merged.push({ ...sentence });
  }
  const first = merged[0];
  if (first && dateline > 0 && first.start === 0 && first.end > dateline) first.start = dateline;
  return merged;
}
