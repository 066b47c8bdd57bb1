/**
 * Geometry of DICOM image planes against a grid: LPS mm, voxel centres. Pure functions.
 */
import type { GridSpec } from "../../domain/model";
import { worldToIndex, type Vec3 } from "../../domain/geometry/grid";

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
 * The k index of the grid slice a plane point lies on, when its distance to that slice is at most
 * `tolerance` × slice spacing (default 0.1), else undefined.
 */
export function sliceIndexOf(
  grid: GridSpec,
  p: readonly number[],
  tolerance = 0.1,
): number | undefined {
  const k = worldToIndex(grid, p)[2];
  const r = Math.round(k);
  if (Math.abs(k - r) > tolerance || r < 0 || r >= grid.dims[2]) return undefined;
  return r;
}

/** Whether two unit vectors are parallel and point the same way (angle below ~0.8°). */
export function sameDirection(a: readonly number[], b: readonly number[]): boolean {
  return dot(a, b) > 0.9999;
}
