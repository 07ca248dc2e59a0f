// Words of opposite meaning, English and Dutch, written by hand: a question that shares every word with a
// statement but one, where the statement has that word's opposite ("supports" / "opposes"), asks the opposite.
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['support', 'oppose'], ['won', 'lost'], ['rose', 'fell'], ['risen', 'fallen'], ['gained', 'lost'], ['accept', 'reject'], ['agree', 'disagree'], ['approve', 'disapprove'], ['confirm', 'deny'],
  ['increase', 'decrease'], ['rise', 'fall'], ['raise', 'lower'], ['win', 'lose'], ['allow', 'ban'], ['allow', 'forbid'],
  ['legal', 'illegal'], ['true', 'false'], ['right', 'wrong'], ['success', 'failure'], ['succeed', 'fail'],
  ['strong', 'weak'], ['more', 'less'], ['higher', 'lower'], ['open', 'close'], ['start', 'stop'], ['begin', 'end'],
  ['possible', 'impossible'], ['likely', 'unlikely'], ['credible', 'incredible'], ['welcome', 'condemn'],
  ['praise', 'criticise'], ['praise', 'criticize'], ['friend', 'enemy'], ['peace', 'war'], ['always', 'never'],
  ['steun', 'verzet'], ['akkoord', 'oneens'], ['stijgen', 'dalen'], ['winnen', 'verliezen'], ['waar', 'onwaar'],
  ['meer', 'minder'], ['open', 'dicht'], ['vrede', 'oorlog'], ['altijd', 'nooit'], ['mogelijk', 'onmogelijk'],
];

/** The common inflections of a word, English and Dutch: "oppose" → opposes, opposed, opposing. */
function formsOf(word: string): string[] {
  const stem = word.endsWith('e') ? word.slice(0, -1) : word;
  return [word, `${word}s`, `${word}es`, `${word}d`, `${word}ed`, `${stem}ing`, `${word}ing`, `${word}t`, `${word}en`, `${word}n`];
}

/** Every form of every word in a pair → every form of its opposites, so a lookup costs one map access. */
const OPPOSITES = new Map<string, Set<string>>();
for (const [a, b] of PAIRS) {
  for (const [x, y] of [[a, b], [b, a]] as const) {
    for (const form of formsOf(x)) {
      const set = OPPOSITES.get(form) ?? new Set<string>();
      for (const opposite of formsOf(y)) set.add(opposite);
      OPPOSITES.set(form, set);
    }
  }
}

/** Whether two words are opposites, in any of their common forms. */
export function areOpposites(a: string, b: string): boolean {
  return OPPOSITES.get(a)?.has(b) ?? false;
}

/** Whether a word has an opposite in the list at all (most words do not: the common case costs one lookup). */
export function hasOpposite(word: string): boolean {
  return OPPOSITES.has(word);
}

/** Every form of the word's opposites (none for most words). */
export function oppositesOf(word: string): readonly string[] {
  const opposites = OPPOSITES.get(word);
  return opposites ? [...opposites] : [];
}
