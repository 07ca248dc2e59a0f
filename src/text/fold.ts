// Normalisation shared by extraction, entity matching and search, so that "Zelenskyy’s", "ZELENSKYY'S" and
// "Zelenskyy's" compare equal everywhere.

const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case, no diacritics, typographic apostrophes made plain. */
export function fold(text: string): string {
  // Most words are plain ASCII, where Unicode normalisation changes nothing: skip it (a tenth of ingest time).
  if (!NON_ASCII.test(text)) return text.replace(/`/g, "'").toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}

export interface Token {
  text: string;
  /** Folded, with a possessive 's removed. */
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

const POSSESSIVE = /'s$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Plain ASCII text folds letter for letter, so it is folded once and each word's form is a slice of it.
  const folded = NON_ASCII.test(text) ? null : fold(text);
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    const form = folded === null ? fold(match[0]) : folded.slice(start, end);
    const norm = form.endsWith("'s") ? form.replace(POSSESSIVE, '') : form;
    tokens.push({ text: match[0], norm, start, end });
  }
  return tokens;
}

/**
 * The words of a text as `tokenize` spells their norms, without offsets: folded as one text, possessive 's dropped.
 * For comparing many texts word by word, where Token objects would only cost.
 */
export function foldedWords(text: string): string[] {
  return Array.from(fold(text).matchAll(WORD), ([word]) => (word.endsWith("'s") ? word.replace(POSSESSIVE, '') : word));
}

export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Folded, punctuation-free form for comparing names and titles. */
export function normalizeName(text: string): string {
  return tokenize(text)
    .map((token) => token.norm)
    .join(' ');
}
