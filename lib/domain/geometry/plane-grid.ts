/**
 * Slices in any plane through the axial machinery: a **plane grid** is the case grid with its axes
 * reordered so that the plane's normal axis becomes k, and a **plane volume** is a voxel array
 * rewritten in that order. Every one-slice rule written for axial slices (polygon and brush
 * rasterising, slice masks, in-plane distances, box extents) then applies unchanged to a coronal
 * or sagittal slice, in the same world millimetres: a plane grid maps each voxel to the same world
 * point as the case grid (direction columns and spacings are reordered with the axes).
 *
 * Axis order (the one the viewer's slice bitmaps use, lib/imaging/slice-bitmap `planeAxes`): with
 * the normal axis a fixed, in-plane x runs along the lower remaining grid axis and y along the
 * higher: a = 2 → (i, j, k); a = 1 → (i, k, j); a = 0 → (j, k, i). So the one-slice mask of a
 * plane grid (i' fastest) is exactly the bitmap of that slice. The axial plane of a grid whose k is
 * axial is the grid itself (nothing is copied).
 */
import { planeAxis, type ViewPlane } from "../model/case-view";
import type { GridSpec } from "../model/primitives";

export type Axis = 0 | 1 | 2;

/** Grid axes of the plane grid for normal axis `a`: [in-plane x, in-plane y, normal]. */
export function planeAxisOrder(a: Axis): [Axis, Axis, Axis] {
  return a === 0 ? [1, 2, 0] : a === 1 ? [0, 2, 1] : [0, 1, 2];
}

/** The grid with its axes reordered so that grid axis `a` is the new k (see file comment). */
export function gridAlongAxis(grid: GridSpec, a: Axis): GridSpec {
  if (a === 2) return grid;
  const o = planeAxisOrder(a);
  const d = grid.direction;
  return {
    dims: [grid.dims[o[0]], grid.dims[o[1]], grid.dims[o[2]]],
    spacing: [grid.spacing[o[0]], grid.spacing[o[1]], grid.spacing[o[2]]],
    origin: [...grid.origin],
    direction: [0, 1, 2].flatMap((r) => o.map((c) => d[r * 3 + c])),
  };
}

/** The plane grid of `plane` (its normal axis from the grid's directions, `planeAxis`). */
export function planeGrid(grid: GridSpec, plane: ViewPlane): GridSpec {
  return gridAlongAxis(grid, planeAxis(grid, plane));
}

type NumArray = ArrayLike<number>;
const reordered = new WeakMap<object, Map<Axis, NumArray>>();

/**
 * `data` (voxels of `dims`, i fastest) rewritten for the plane grid of normal axis `a`: value of
 * plane-grid voxel (x, y, n) = data at the case-grid voxel those indices name. Same element type
 * for typed arrays (else Float64Array). Axis 2 returns `data` itself. Cached per array object, so
 * grading many items on one labelmap reorders it once.
 */
export function volumeAlongAxis(data: NumArray, dims: readonly number[], a: Axis): NumArray {
  if (a === 2) return data;
  const hit = reordered.get(data)?.get(a);
  if (hit) return hit;
  const [nx, ny, nz] = dims;
  const n = nx * ny * nz;
  const Ctor = (ArrayBuffer.isView(data) ? data.constructor : Float64Array) as new (
    n: number,
  ) => { [i: number]: number } & NumArray;
  const out = new Ctor(n);
  const stride = [1, nx, nx * ny];
  const o = planeAxisOrder(a);
  const [m0, m1, m2] = [dims[o[0]], dims[o[1]], dims[o[2]]];
  const [s0, s1, s2] = [stride[o[0]], stride[o[1]], stride[o[2]]];
  let p = 0;
  for (let c = 0; c < m2; c++)
    for (let b = 0; b < m1; b++) {
      const base = c * s2 + b * s1;
      for (let x = 0; x < m0; x++) out[p++] = data[base + x * s0];
    }
  const byAxis = reordered.get(data) ?? new Map<Axis, NumArray>();
  byAxis.set(a, out);
  reordered.set(data, byAxis);
  return out;
}

/**
 * The grid's in-plane world axes (0 x, 1 y, 2 z of LPS) of a plane grid: for its i and j axes, the
 * world axis each direction column points along most (first on ties). [0, 1] for an axial slice of
 * an axis-aligned grid.
 */
export function inPlaneWorldAxes(grid: GridSpec): [Axis, Axis] {
  const along = (c: number): Axis => {
    const w = [0, 1, 2].map((r) => Math.abs(grid.direction[r * 3 + c]));
    return w[0] >= w[1] && w[0] >= w[2] ? 0 : w[1] >= w[2] ? 1 : 2;
  };
  return [along(0), along(1)];
}
