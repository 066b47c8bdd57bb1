/**
 * Percentile with linear interpolation between order statistics (numpy's default "linear"
 * method), found by selection in O(n) instead of a full sort.
 */

/**
 * Percentile `q` (0–100) of `values`: h = (n − 1)·q/100, result = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋+1 − x⌊h⌋)
 * where x is `values` in ascending order. Works on a copy. NaN for an empty array; values must not
 * be NaN.
 */
export function percentile(values: ArrayLike<number>, q: number): number {
  const n = values.length;
  if (n === 0) return NaN;
  const s = Float64Array.from(values);
  const h = ((n - 1) * q) / 100;
  const lo = Math.floor(h);
  const t = h - lo;
  const xLo = selectInPlace(s, lo);
  let xHi = xLo;
  if (lo + 1 < n) {
    // After selection every element right of lo is ≥ x_lo; the next order statistic is their min.
    xHi = s[lo + 1];
    for (let p = lo + 2; p < n; p++) if (s[p] < xHi) xHi = s[p];
  }
  return xLo + t * (xHi - xLo);
}

/**
 * Rearranges `a` so that a[k] is its k-th smallest value (0-based), everything left of k is ≤ it
 * and everything right of k is ≥ it (Hoare's FIND with a median-of-three pivot); returns a[k].
 */
export function selectInPlace(a: Float64Array, k: number): number {
  let left = 0;
  let right = a.length - 1;
  while (right > left) {
    const x = a[left];
    const y = a[(left + right) >> 1];
    const z = a[right];
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const tmp = a[i];
        a[i++] = a[j];
        a[j--] = tmp;
      }
    }
    // Now a[left..j] ≤ pivot ≤ a[i..right], and every element strictly between j and i is the pivot.
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return a[k];
  }
  return a[k];
}
