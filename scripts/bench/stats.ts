/**
 * Small statistics for benchmark samples. Units are whatever the samples carry (the bench uses ms
 * and bytes); every function ignores non-finite samples (a run that timed out is `NaN`).
 */

function finite(xs: readonly number[]): number[] {
  return xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
}

/** Median of the finite samples (mean of the two middle ones for an even count); NaN when none. */
export function median(xs: readonly number[]): number {
  const s = finite(xs);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Smallest and largest finite sample, or [NaN, NaN]. */
export function range(xs: readonly number[]): [number, number] {
  const s = finite(xs);
  return s.length ? [s[0], s[s.length - 1]] : [NaN, NaN];
}

/**
 * Pairwise ratios a[i] / b[i] (e.g. our time / NiiVue's time, pair by pair). A pair with a missing,
 * non-finite or zero denominator gives NaN.
 */
export function pairRatios(a: readonly number[], b: readonly number[]): number[] {
  const n = Math.min(a.length, b.length);
  const out: number[] = [];
  for (let i = 0; i < n; i++)
    out.push(Number.isFinite(a[i]) && Number.isFinite(b[i]) && b[i] !== 0 ? a[i] / b[i] : NaN);
  return out;
}

/** Summary used in results.json: median, min, max and the raw samples (rounded, see summarize). */
export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
  samples: number[];
}

/** `x` rounded to `decimals` places; NaN stays NaN. */
const round = (x: number, decimals: number) =>
  Number.isFinite(x) ? Math.round(x * 10 ** decimals) / 10 ** decimals : NaN;

/**
 * Median, range and samples of `xs`, rounded to `decimals` places (default 1: right for ms; ratios
 * need 3, or a median ratio of 1.66 would print as 1.70).
 */
export function summarize(xs: readonly number[], decimals = 1): Summary {
  const [min, max] = range(xs);
  const r = (x: number) => round(x, decimals);
  return {
    median: r(median(xs)),
    min: r(min),
    max: r(max),
    n: finite(xs).length,
    samples: xs.map(r),
  };
}
