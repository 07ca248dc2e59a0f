// Lookups in lists sorted by offset (words, tokens, quotes). Binary search keeps every per-cue and per-quote lookup
// logarithmic, so a paragraph of thousands of quotes or words is read in near-linear time.

/** Index of the first item starting at or after `offset`, or -1 when there is none (as `findIndex` would say). */
export function firstFrom(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((items[middle] as { start: number }).start >= offset) high = middle;
    else low = middle + 1;
  }
  return low < items.length ? low : -1;
}

/** The items (sorted, non-overlapping spans) that start inside [start, end). */
export function startingWithin<T extends { start: number }>(items: readonly T[], start: number, end: number): T[] {
  const from = firstFrom(items, start);
  if (from < 0) return [];
  const to = firstFrom(items, end);
  return items.slice(from, to < 0 ? items.length : to);
}

/** The last of sorted, non-overlapping spans that starts at or before `offset`: the only one that can hold it. */
export function lastStartingBy<T extends { start: number }>(spans: readonly T[], offset: number): T | undefined {
  const after = firstFrom(spans, offset + 1);
  return spans[(after < 0 ? spans.length : after) - 1];
}

/** The sorted, non-overlapping spans that overlap [start, end). */
export function overlapping<T extends { start: number; end: number }>(spans: readonly T[], start: number, end: number): T[] {
  const holder = lastStartingBy(spans, start);
  const within = startingWithin(spans, start + 1, end);
  return holder && holder.end > start ? [holder, ...within] : within;
}
