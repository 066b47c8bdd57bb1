/**
 * World (LPS mm) <-> voxel index conversions on a case's reference grid (`GridSpec`). Voxel indices
 * are zero-based and a voxel's world position is its centre, so index 0.4 rounds to voxel 0.
 */
import type { GridSpec } from "@/lib/domain/model";

export type Vec3 = [number, number, number];

/** World position (LPS mm) of a continuous voxel index (i, j, k). */
export function indexToWorld(grid: GridSpec, ijk: Vec3): Vec3 {
  const d = grid.direction;
  const s = [ijk[0] * grid.spacing[0], ijk[1] * grid.spacing[1], ijk[2] * grid.spacing[2]];
  return [0, 1, 2].map((r) => grid.origin[r] + d[r * 3] * s[0] + d[r * 3 + 1] * s[1] + d[r * 3 + 2] * s[2]) as Vec3;
}

/** Continuous voxel index (i, j, k) of a world point; throws if the direction matrix is singular. */
export function worldToIndex(grid: GridSpec, p: Vec3): Vec3 {
  const [a, b, c, d, e, f, g, h, i] = grid.direction;
  const det = a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g);
  if (Math.abs(det) < 1e-9) throw new Error("grid direction matrix is singular");
  const inv = [
    (e * i - f * h) / det, (c * h - b * i) / det, (b * f - c * e) / det,
    (f * g - d * i) / det, (a * i - c * g) / det, (c * d - a * f) / det,
    (d * h - e * g) / det, (b * g - a * h) / det, (a * e - b * d) / det,
  ];
  const v = [p[0] - grid.origin[0], p[1] - grid.origin[1], p[2] - grid.origin[2]];
  return [0, 1, 2].map(
    (r) => (inv[r * 3] * v[0] + inv[r * 3 + 1] * v[1] + inv[r * 3 + 2] * v[2]) / grid.spacing[r],
  ) as Vec3;
}

/** Nearest voxel index of a world point, or null when it lies outside the grid. */
export function worldToVoxel(grid: GridSpec, p: Vec3): Vec3 | null {
  const ijk = worldToIndex(grid, p).map((x) => Math.round(x)) as Vec3;
  for (let n = 0; n < 3; n++) if (ijk[n] < 0 || ijk[n] >= grid.dims[n]) return null;
  return ijk;
}

/** Flat array offset of voxel (i, j, k): i + di * (j + dj * k). */
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
