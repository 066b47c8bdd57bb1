/**
 * Per-label statistics of a labelmap along the axial (k) axis: on which slice each label is
 * largest, and a voxel inside it there. Used to place generated "click" items on the slice where
 * each structure is largest.
 */

export interface LargestSliceStats {
  label: number;
  /** Voxel count of the label in the whole volume. */
  voxels: number;
  /** Zero-based k of the slice with the most voxels of the label (lowest k on ties). */
  largestSlice: number;
  /** Voxel count on that slice. */
  largestSliceVoxels: number;
  /**
   * An (i, j) voxel of the label on the largest slice: the label voxel closest to the label's
   * in-plane centroid on that slice (so it is inside even for C-shaped structures).
   */
  insideVoxel: [number, number];
}

/**
 * Computes {@link LargestSliceStats} for every non-zero label of `data` (i fastest, then j, then k;
 * dims = [ni, nj, nk]). Non-integer values are truncated; label 0 is background.
 */
export function largestSliceStats(
  data: ArrayLike<number>,
  dims: readonly [number, number, number],
): Map<number, LargestSliceStats> {
  const [ni, nj, nk] = dims;
  const perSlice = new Map<number, Uint32Array>();
  for (let k = 0, idx = 0; k < nk; k++) {
    for (let p = 0; p < ni * nj; p++, idx++) {
      const v = Math.trunc(data[idx]);
      if (!v) continue;
      let counts = perSlice.get(v);
      if (!counts) perSlice.set(v, (counts = new Uint32Array(nk)));
      counts[k]++;
    }
  }
  const out = new Map<number, LargestSliceStats>();
  for (const [label, counts] of perSlice) {
    let best = 0;
    let total = 0;
    for (let k = 0; k < nk; k++) {
      total += counts[k];
      if (counts[k] > counts[best]) best = k;
    }
    const base = best * ni * nj;
    let si = 0;
    let sj = 0;
    for (let j = 0; j < nj; j++)
      for (let i = 0; i < ni; i++) {
        if (Math.trunc(data[base + j * ni + i]) !== label) continue;
        si += i;
        sj += j;
      }
    const ci = si / counts[best];
    const cj = sj / counts[best];
    let inside: [number, number] = [0, 0];
    let bestD = Infinity;
    for (let j = 0; j < nj; j++)
      for (let i = 0; i < ni; i++) {
        if (Math.trunc(data[base + j * ni + i]) !== label) continue;
        const d = (i - ci) ** 2 + (j - cj) ** 2;
        if (d < bestD) {
          bestD = d;
          inside = [i, j];
        }
      }
    out.set(label, {
      label,
      voxels: total,
      largestSlice: best,
      largestSliceVoxels: counts[best],
      insideVoxel: inside,
    });
  }
  return out;
}
