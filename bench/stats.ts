// Percentiles and the median of repeated runs.
export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  count: number;
}

export function percentiles(samples: readonly number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: round(sorted.at(-1) ?? 0), count: sorted.length };
}

export function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : round(((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2);
}

/** Runs `fn` for each input and returns the elapsed milliseconds of each call (what it returns is dropped at once). */
export function time<T>(inputs: readonly T[], fn: (input: T) => unknown): number[] {
  return inputs.map((input) => {
    const started = performance.now();
    fn(input);
    return performance.now() - started;
  });
}

/** Runs `fn` for each input: the elapsed milliseconds of each call, and what each returned. */
export function measure<T, R>(inputs: readonly T[], fn: (input: T) => R): { ms: number[]; values: R[] } {
  const ms: number[] = [];
  const values: R[] = [];
  for (const input of inputs) {
    const started = performance.now();
    values.push(fn(input));
    ms.push(performance.now() - started);
  }
  return { ms, values };
}
