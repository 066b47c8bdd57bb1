/**
 * Grid helpers the viewer needs on top of the domain's index ↔ world transforms
 * (`lib/domain/geometry/grid`, re-exported here): flat offsets and the grid axis a view looks along.
 */
import type { GridSpec } from "@/lib/domain/model";
import type { Vec3 } from "@/lib/domain/geometry/grid";

export { indexToWorld, worldToIndex, worldToVoxel, type Vec3 } from "@/lib/domain/geometry/grid";

/** Flat array offset of voxel (i, j, k): i + di · (j + dj · k). */
export function voxelOffset(grid: GridSpec, ijk: Vec3): number {
  return ijk[0] + grid.dims[0] * (ijk[1] + grid.dims[1] * ijk[2]);
}

/**
 * The grid axis (0 = i, 1 = j, 2 = k) most parallel to a world direction (e.g. a view-plane
 * normal). Ties go to the lower axis.
 */
export function dominantAxis(grid: GridSpec, normal: Vec3): 0 | 1 | 2 {
  let best: 0 | 1 | 2 = 0;
  let bestDot = -1;
  for (const c of [0, 1, 2] as const) {
    const d = grid.direction;
    const dot = Math.abs(d[c] * normal[0] + d[3 + c] * normal[1] + d[6 + c] * normal[2]);
    if (dot > bestDot + 1e-9) {
      best = c;
      bestDot = dot;
    }
  }
  return best;
}
