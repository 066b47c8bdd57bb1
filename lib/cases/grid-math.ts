/**
 * Voxel ↔ world conversions and comparisons on a {@link GridSpec} (world = LPS mm, voxel indices
 * zero-based, a voxel's world position is its centre). Direction columns are assumed orthonormal
 * (true for NIfTI qforms and every grid this project writes); sheared grids are not supported here.
 */
import type { GridSpec } from "../domain/model";

export type Vec3 = [number, number, number];

/** World position (LPS mm) of the centre of voxel (i, j, k); fractional indices interpolate. */
export function voxelToWorld(g: GridSpec, ijk: readonly number[]): Vec3 {
  const d = g.direction;
  const s = [ijk[0] * g.spacing[0], ijk[1] * g.spacing[1], ijk[2] * g.spacing[2]];
  return [0, 1, 2].map(
    (r) => g.origin[r] + d[r * 3] * s[0] + d[r * 3 + 1] * s[1] + d[r * 3 + 2] * s[2],
  ) as Vec3;
}

/** Continuous voxel index of a world point (inverse of {@link voxelToWorld}; not rounded). */
export function worldToVoxel(g: GridSpec, p: readonly number[]): Vec3 {
  const d = g.direction;
  const v = [p[0] - g.origin[0], p[1] - g.origin[1], p[2] - g.origin[2]];
  return [0, 1, 2].map(
    (c) => (d[c] * v[0] + d[3 + c] * v[1] + d[6 + c] * v[2]) / g.spacing[c],
  ) as Vec3;
}

/**
 * Whether two grids describe the same voxels: equal dims, and spacing, origin (mm) and direction
 * cosines equal within `tolMm` (default 0.01 mm; direction within tolMm / 100).
 */
export function gridsMatch(a: GridSpec, b: GridSpec, tolMm = 0.01): boolean {
  const close = (x: readonly number[], y: readonly number[], t: number) =>
    x.every((v, i) => Math.abs(v - y[i]) <= t);
  return (
    a.dims.every((v, i) => v === b.dims[i]) &&
    close(a.spacing, b.spacing, tolMm) &&
    close(a.origin, b.origin, tolMm) &&
    close(a.direction, b.direction, tolMm / 100)
  );
}

/** One-line description for messages: `181×217×181 voxels, spacing 1×1×1 mm, origin (90, 126, -72) mm LPS, axes +x−y+z`. */
export function describeGrid(g: GridSpec): string {
  const r = (v: number) => String(Math.round(v * 1000) / 1000);
  const axes = [0, 1, 2]
    .map((c) => {
      const col = [g.direction[c], g.direction[3 + c], g.direction[6 + c]];
      const m = col.reduce((best, v, i) => (Math.abs(v) > Math.abs(col[best]) ? i : best), 0);
      return `${col[m] >= 0 ? "+" : "−"}${"xyz"[m]}`;
    })
    .join("");
  return `${g.dims.join("×")} voxels, spacing ${g.spacing.map(r).join("×")} mm, origin (${g.origin.map(r).join(", ")}) mm LPS, axes ${axes}`;
}

/** Index into an i-fastest array. */
export function flatIndex(dims: readonly number[], i: number, j: number, k: number): number {
  return i + dims[0] * (j + dims[1] * k);
}
