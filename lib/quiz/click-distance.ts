/**
 * Distances of a click from its target on the slice the student sees. The domain's `gradePoint`
 * measures to the nearest target voxel anywhere in the volume (3D); a student answering on one
 * slice needs the distance within that slice, and, when the target is not on it, how many slices
 * away it is.
 */
import { indexToWorld, worldToIndex } from "../domain/geometry/grid";
import { nearestLabelVoxel } from "../domain/grading/point";
import type { GridSpec } from "../domain/model/primitives";

export interface InPlaneDistance {
  /**
   * mm (in the slice plane) from the click, projected onto slice `k`, to the nearest target voxel
   * centre on that slice; `Infinity` when the slice holds no target voxel.
   */
  distanceMm: number;
  /**
   * Zero-based index of the nearest slice holding the target (`k` itself when it does; the lower
   * index on ties), or null when no slice does.
   */
  nearestSlice: number | null;
}

/**
 * In-plane distance from `pointMm` to the target labels on slice `k` of `labels` (i fastest, on
 * `grid`). Reuses the domain's nearest-voxel scan on a one-slice view of the volume, so distances
 * follow the same voxel-centre rule as `gradePoint`. `k` outside the grid: no target on it.
 */
export function inPlaneDistance(
  grid: GridSpec,
  labels: ArrayLike<number>,
  target: readonly number[],
  pointMm: readonly number[],
  k: number,
): InPlaneDistance {
  const [nx, ny, nz] = grid.dims;
  const n = nx * ny;
  const want = new Set(target);
  const has = (kk: number) => {
    for (let p = kk * n, end = p + n; p < end; p++) if (want.has(labels[p])) return true;
    return false;
  };
  let nearestSlice: number | null = null;
  for (let d = 0; d < nz && nearestSlice === null; d++) {
    if (k - d >= 0 && k - d < nz && has(k - d)) nearestSlice = k - d;
    else if (d > 0 && k + d >= 0 && k + d < nz && has(k + d)) nearestSlice = k + d;
  }
  if (nearestSlice !== k) return { distanceMm: Infinity, nearestSlice };
  const plane: GridSpec = {
    ...grid,
    dims: [nx, ny, 1],
    origin: indexToWorld(grid, [0, 0, k]),
  };
  const slice = Array.prototype.slice.call(labels, k * n, (k + 1) * n) as number[];
  const c = worldToIndex(grid, pointMm);
  const onPlane = indexToWorld(grid, [c[0], c[1], k]);
  const near = nearestLabelVoxel(plane, slice, target, onPlane);
  return { distanceMm: near ? near.distanceMm : Infinity, nearestSlice };
}
