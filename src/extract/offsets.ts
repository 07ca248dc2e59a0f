// Lookups in lists sorted by offset (words, tokens, quotes). Binary search keeps every per-cue and per-quote lookup
// logarithmic, so a paragraph of thousands of quotes or words is read in near-linear time.

/** How many items start before `offset`: the one binary search the lookups below are made of. */
function countStartingBefore(items: ReadonlyArray<{ start: number }>, offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((items[middle] as { start: number }).start >= offset) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Index of the first item starting at or after `offset`, or -1 when there is none (as `findIndex` would say). */
export function firstFrom(items: ReadonlyArray<{ start: number }>, offset: number): number {
  const index = countStartingBefore(items, offset);
  return index < items.length ? index : -1;
}

/** The items (sorted, non-overlapping spans) that start inside [start, end). */
export function startingWithin<T extends { start: number }>(items: readonly T[], start: number, end: number): T[] {
  return items.slice(countStartingBefore(items, start), countStartingBefore(items, end));
}

/** The last of sorted, non-overlapping spans that starts at or before `offset`: the only one that can hold it. */
export function lastStartingBy<T extends { start: number }>(spans: readonly T[], offset: number): T | undefined {
  return spans[countStartingBefore(spans, offset + 1) - 1];
}

/** The sorted, non-overlapping spans that overlap [start, end). */
export function overlapping<T extends { start: number; end: number }>(spans: readonly T[], start: number, end: number): T[] {
  const holder = lastStartingBy(spans, start);
  const within = startingWithin(spans, start + 1, end);
  return holder && holder.end > start ? [holder, ...within] : within;
}

/** Whether `span` overlaps any of `spans`, in any order (a statement already found there claims those words). */
export function overlapsAny(spans: ReadonlyArray<{ start: number; end: number }>, span: { start: number; end: number }): boolean {
  return spans.some((other) => span.start < other.end && span.end > other.start);
}
