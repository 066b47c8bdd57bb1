/**
 * Geometry of DICOM image planes against a grid: LPS mm, voxel centres. Pure functions.
 */
import type { GridSpec } from "../../domain/model";

export type Vec3 = [number, number, number];

export const dot = (a: readonly number[], b: readonly number[]) =>
  a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: readonly number[], b: readonly number[]): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];

/** Column `c` (unit world vector of index axis c) of a grid's direction matrix. */
export function axis(grid: GridSpec, c: number): Vec3 {
  return [grid.direction[c], grid.direction[3 + c], grid.direction[6 + c]];
}

/**
 * Continuous voxel index (i, j, k) of world point `p` (mm) on `grid`: voxel centres are at
 * integers. Assumes orthogonal directions (which DICOM stacks and NIfTI grids here have).
 */
export function worldToIndex(grid: GridSpec, p: readonly number[]): Vec3 {
  const d: Vec3 = [p[0] - grid.origin[0], p[1] - grid.origin[1], p[2] - grid.origin[2]];
  return [0, 1, 2].map((c) => dot(d, axis(grid, c)) / grid.spacing[c]) as Vec3;
}

/** World position (mm) of continuous voxel index (i, j, k) on `grid`. */
export function indexToWorld(grid: GridSpec, ijk: readonly number[]): Vec3 {
  const out: Vec3 = [grid.origin[0], grid.origin[1], grid.origin[2]];
  for (let c = 0; c < 3; c++) {
    const a = axis(grid, c);
    for (let r = 0; r < 3; r++) out[r] += a[r] * grid.spacing[c] * ijk[c];
  }
  return out;
}

/**
 * The k index of the grid slice a plane point lies on, when its distance to that slice is at most
 * `tolerance` × slice spacing (default 0.1), else undefined.
 */
export function sliceOf(grid: GridSpec, p: readonly number[], tolerance = 0.1): number | undefined {
  const k = worldToIndex(grid, p)[2];
  const r = Math.round(k);
  if (Math.abs(k - r) > tolerance || r < 0 || r >= grid.dims[2]) return undefined;
  return r;
}

/** Whether two unit vectors are parallel and point the same way (angle below ~0.8°). */
export function sameDirection(a: readonly number[], b: readonly number[]): boolean {
  return dot(a, b) > 0.9999;
}
