/**
 * Binary masks on a grid, and mask ↔ bounding box conversions.
 *
 * A {@link Mask} is `data[i + nx·(j + ny·k)]` ∈ {0, 1} (any non-zero byte counts as foreground)
 * on a grid of `dims` voxels with `spacing` mm. A full {@link GridSpec} may be passed as `grid`.
 */
import type { GridSpec } from "../model/primitives";
import { indexToWorld, worldToIndex, type GridShape, type Vec3 } from "./grid";

export interface Mask {
  grid: GridShape;
  /** 1 (any non-zero) = foreground, 0 = background; i fastest, length nx·ny·nz. */
  data: Uint8Array;
}

/** Inclusive voxel-index bounds: min ≤ (i, j, k) ≤ max. */
export interface IndexBox {
  min: Vec3;
  max: Vec3;
}

/** An axis-aligned world box (LPS mm), half-open: [min, max) per axis. */
export interface WorldBox {
  min: Vec3;
  max: Vec3;
}

/**
 * Mask of the voxels of a label volume equal to `label` (a number or a list of numbers), or of all
 * non-zero voxels when `label` is omitted.
 */
export function maskFromLabels(
  grid: GridShape,
  labels: ArrayLike<number>,
  label?: number | readonly number[],
): Mask {
  const n = grid.dims[0] * grid.dims[1] * grid.dims[2];
  if (labels.length < n)
    throw new RangeError(`label data has ${labels.length} values, the grid needs ${n}`);
  const data = new Uint8Array(n);
  if (label === undefined) {
    for (let i = 0; i < n; i++) data[i] = labels[i] !== 0 ? 1 : 0;
  } else if (typeof label === "number") {
    for (let i = 0; i < n; i++) data[i] = labels[i] === label ? 1 : 0;
  } else {
    const set = new Set(label);
    for (let i = 0; i < n; i++) data[i] = set.has(labels[i]) ? 1 : 0;
  }
  return { grid: { dims: [...grid.dims], spacing: [...grid.spacing] }, data };
}

/** Number of foreground voxels. */
export function countVoxels(mask: Pick<Mask, "data">): number {
  let c = 0;
  const d = mask.data;
  for (let i = 0; i < d.length; i++) if (d[i]) c++;
  return c;
}

/** Tight bounding box (inclusive voxel indices) of the foreground, or `null` for an empty mask. */
export function maskBoundingBox(mask: Mask): IndexBox | null {
  const [nx, ny, nz] = mask.grid.dims;
  const d = mask.data;
  const min: Vec3 = [nx, ny, nz];
  const max: Vec3 = [-1, -1, -1];
  let p = 0;
  for (let k = 0; k < nz; k++) {
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++, p++) {
        if (!d[p]) continue;
        if (i < min[0]) min[0] = i;
        if (i > max[0]) max[0] = i;
        if (j < min[1]) min[1] = j;
        if (j > max[1]) max[1] = j;
        if (k < min[2]) min[2] = k;
        if (k > max[2]) max[2] = k;
      }
    }
  }
  return max[0] < 0 ? null : { min, max };
}

/** Bounding box of the union of several masks on one grid (inclusive indices), or `null`. */
export function unionBoundingBox(masks: readonly Mask[]): IndexBox | null {
  let box: IndexBox | null = null;
  for (const m of masks) {
    const b = maskBoundingBox(m);
    if (!b) continue;
    if (!box) box = { min: [...b.min], max: [...b.max] };
    else
      for (let a = 0; a < 3; a++) {
        box.min[a] = Math.min(box.min[a], b.min[a]);
        box.max[a] = Math.max(box.max[a], b.max[a]);
      }
  }
  return box;
}

/**
 * World (LPS mm) axis-aligned box covering the voxels of an index box: the extents of the voxels,
 * not their centres (each voxel reaches ± half a voxel from its centre), so a one-voxel box has
 * the size of one voxel. On an oblique grid this is the world box around all eight corners. On a
 * 2D grid (nz = 1) min[2] = max[2] = the slice's z (a 2D box as the annotation model writes it).
 */
export function indexBoxToWorld(grid: GridSpec, box: IndexBox): WorldBox {
  const min: Vec3 = [Infinity, Infinity, Infinity];
  const max: Vec3 = [-Infinity, -Infinity, -Infinity];
  const flat = grid.dims[2] === 1;
  for (const ci of [box.min[0] - 0.5, box.max[0] + 0.5])
    for (const cj of [box.min[1] - 0.5, box.max[1] + 0.5])
      for (const ck of flat ? [box.min[2]] : [box.min[2] - 0.5, box.max[2] + 0.5]) {
        const w = indexToWorld(grid, [ci, cj, ck]);
        for (let a = 0; a < 3; a++) {
          min[a] = Math.min(min[a], w[a]);
          max[a] = Math.max(max[a], w[a]);
        }
      }
  return { min, max };
}

/** World box of a mask's foreground ({@link indexBoxToWorld} of its bounding box), or `null`. */
export function maskWorldBox(grid: GridSpec, mask: Mask): WorldBox | null {
  const b = maskBoundingBox(mask);
  return b ? indexBoxToWorld(grid, b) : null;
}

/**
 * Mask of the voxels whose **centre** lies in a world box, half-open [min, max) per axis. An axis
 * with min = max (a 2D box on one slice) selects the voxels whose extent along that world axis
 * contains the plane: |centre − min| < half the voxel's world extent on that axis (for an axis-
 * aligned grid, the one slice containing the plane).
 */
export function maskFromWorldBox(grid: GridSpec, box: WorldBox): Mask {
  const [nx, ny, nz] = grid.dims;
  const data = new Uint8Array(nx * ny * nz);
  const d = grid.direction;
  const half = [0, 1, 2].map(
    (a) =>
      0.5 *
      (Math.abs(d[a * 3]) * grid.spacing[0] +
        Math.abs(d[a * 3 + 1]) * grid.spacing[1] +
        Math.abs(d[a * 3 + 2]) * grid.spacing[2]),
  );
  const inside = (w: Vec3) => {
    for (let a = 0; a < 3; a++) {
      if (box.min[a] === box.max[a]) {
        if (!(Math.abs(w[a] - box.min[a]) < half[a] || (grid.dims[2] === 1 && a === 2)))
          return false;
      } else if (!(w[a] >= box.min[a] && w[a] < box.max[a])) return false;
    }
    return true;
  };
  // Restrict the scan to the index range of the box's corners.
  const lo = [Infinity, Infinity, Infinity];
  const hi = [-Infinity, -Infinity, -Infinity];
  for (const x of [box.min[0], box.max[0]])
    for (const y of [box.min[1], box.max[1]])
      for (const z of [box.min[2] - half[2], box.max[2] + half[2]]) {
        const c = worldToIndex(grid, [x, y, z]);
        for (let a = 0; a < 3; a++) {
          lo[a] = Math.min(lo[a], c[a]);
          hi[a] = Math.max(hi[a], c[a]);
        }
      }
  const r = [0, 1, 2].map((a) => [
    Math.max(0, Math.floor(lo[a]) - 1),
    Math.min(grid.dims[a] - 1, Math.ceil(hi[a]) + 1),
  ]);
  for (let k = r[2][0]; k <= r[2][1]; k++)
    for (let j = r[1][0]; j <= r[1][1]; j++)
      for (let i = r[0][0]; i <= r[0][1]; i++) {
        if (inside(indexToWorld(grid, [i, j, k]))) data[i + nx * (j + ny * k)] = 1;
      }
  return { grid: { dims: [nx, ny, nz], spacing: [...grid.spacing] }, data };
}

/** Slice k of a mask as a one-slice (2D) mask: dims nx × ny × 1, same spacing. */
export function sliceOf(mask: Mask, k: number): Mask {
  const [nx, ny, nz] = mask.grid.dims;
  if (!Number.isInteger(k) || k < 0 || k >= nz)
    throw new RangeError(`slice ${k} is outside the grid (0…${nz - 1})`);
  const n = nx * ny;
  return {
    grid: { dims: [nx, ny, 1], spacing: [...mask.grid.spacing] },
    data: mask.data.slice(k * n, (k + 1) * n),
  };
}

/** A full-grid mask that is empty except slice `k`, copied from a one-slice mask. */
export function placeSlice(grid: GridShape, k: number, slice: Mask): Mask {
  const [nx, ny, nz] = grid.dims;
  if (slice.grid.dims[0] !== nx || slice.grid.dims[1] !== ny)
    throw new RangeError("slice size differs from the grid");
  if (!Number.isInteger(k) || k < 0 || k >= nz)
    throw new RangeError(`slice ${k} is outside the grid (0…${nz - 1})`);
  const data = new Uint8Array(nx * ny * nz);
  data.set(slice.data.subarray(0, nx * ny), k * nx * ny);
  return { grid: { dims: [nx, ny, nz], spacing: [...grid.spacing] }, data };
}

/** The k indices of slices holding at least one foreground voxel, ascending. */
export function occupiedSlices(mask: Mask): number[] {
  const [nx, ny, nz] = mask.grid.dims;
  const n = nx * ny;
  const out: number[] = [];
  for (let k = 0; k < nz; k++) {
    const s = mask.data.subarray(k * n, (k + 1) * n);
    if (s.some((v) => v !== 0)) out.push(k);
  }
  return out;
}
