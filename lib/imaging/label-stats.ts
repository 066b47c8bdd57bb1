/** Per-structure statistics of a labelmap, computed once after loading (one pass over the voxels). */
import type { VoxelArray } from "../io";

export interface LabelSliceStats {
  /** Largest label value present (0 when empty). */
  maxLabel: number;
  /** Voxel count of `label` on axial slice k: counts[label * nk + k]. */
  counts: Uint32Array;
  /** Number of k slices. */
  nk: number;
}

/**
 * Counts voxels per (label, axial slice k). Labels ≤ 0, non-integer values and values above
 * `labelCap` (default 65535) are ignored.
 */
export function labelSliceStats(
  data: VoxelArray,
  dims: [number, number, number],
  labelCap = 65535,
): LabelSliceStats {
  const nk = dims[2];
  const perSlice = dims[0] * dims[1];
  let maxLabel = 0;
  for (let n = 0; n < data.length; n++) {
    const v = data[n];
    if (v > maxLabel && v <= labelCap && Number.isInteger(v)) maxLabel = v;
  }
  const counts = new Uint32Array((maxLabel + 1) * nk);
  for (let k = 0; k < nk; k++) {
    const base = k * perSlice;
    for (let n = 0; n < perSlice; n++) {
      const v = data[base + n];
      if (v > 0 && v <= maxLabel && Number.isInteger(v)) counts[v * nk + k]++;
    }
  }
  return { maxLabel, counts, nk };
}

/** The axial slice k where `label` has most voxels (lowest k on ties), or null when absent. */
export function largestSlice(stats: LabelSliceStats, label: number): number | null {
  if (label < 1 || label > stats.maxLabel) return null;
  let best = -1;
  let bestCount = 0;
  for (let k = 0; k < stats.nk; k++) {
    const c = stats.counts[label * stats.nk + k];
    if (c > bestCount) {
      bestCount = c;
      best = k;
    }
  }
  return best < 0 ? null : best;
}

/** True when `label` has at least one voxel on axial slice k. */
export function presentOnSlice(stats: LabelSliceStats, label: number, k: number): boolean {
  return (
    label >= 1 &&
    label <= stats.maxLabel &&
    k >= 0 &&
    k < stats.nk &&
    stats.counts[label * stats.nk + k] > 0
  );
}
