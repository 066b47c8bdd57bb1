/**
 * Index ↔ world transforms on a {@link GridSpec}.
 *
 * Conventions (see lib/domain/model/primitives.ts): world = patient LPS in mm; index (i, j, k) is
 * zero-based and a voxel's index is its centre, so voxel (i, j, k) covers the continuous indices
 * [i − ½, i + ½) × [j − ½, j + ½) × [k − ½, k + ½).
 * world = origin + D · diag(spacing) · index, D = direction (row-major, columns = axes).
 */
import type { GridSpec } from "../model/primitives";

export type Vec3 = [number, number, number];

/** The part of a grid the metrics need: voxel counts and voxel size in mm. */
export type GridShape = Pick<GridSpec, "dims" | "spacing">;

/** Number of voxels nx·ny·nz. */
export function voxelCount(grid: Pick<GridSpec, "dims">): number {
  return grid.dims[0] * grid.dims[1] * grid.dims[2];
}

/** Linear offset of voxel (i, j, k) in i-fastest order (the order of NIfTI data and masks). */
export function linearIndex(grid: Pick<GridSpec, "dims">, i: number, j: number, k: number): number {
  return i + grid.dims[0] * (j + grid.dims[1] * k);
}

/** Whether integer voxel (i, j, k) lies inside the grid. */
export function inGrid(grid: Pick<GridSpec, "dims">, i: number, j: number, k: number): boolean {
  return i >= 0 && j >= 0 && k >= 0 && i < grid.dims[0] && j < grid.dims[1] && k < grid.dims[2];
}

/**
 * World position (LPS mm) of continuous index (i, j, k); integer indices give voxel centres.
 */
export function indexToWorld(grid: GridSpec, index: readonly number[]): Vec3 {
  const d = grid.direction;
  const a = index[0] * grid.spacing[0];
  const b = index[1] * grid.spacing[1];
  const c = (index[2] ?? 0) * grid.spacing[2];
  return [
    grid.origin[0] + d[0] * a + d[1] * b + d[2] * c,
    grid.origin[1] + d[3] * a + d[4] * b + d[5] * c,
    grid.origin[2] + d[6] * a + d[7] * b + d[8] * c,
  ];
}

/** Inverse of a row-major 3×3 matrix; throws on a singular matrix. */
export function invert3(m: readonly number[]): number[] {
  const [a, b, c, d, e, f, g, h, i] = m;
  const A = e * i - f * h;
  const B = -(d * i - f * g);
  const C = d * h - e * g;
  const det = a * A + b * B + c * C;
  if (!Number.isFinite(det) || Math.abs(det) < 1e-12) throw new Error("singular direction matrix");
  return [
    A / det,
    -(b * i - c * h) / det,
    (b * f - c * e) / det,
    B / det,
    (a * i - c * g) / det,
    -(a * f - c * d) / det,
    C / det,
    -(a * h - b * g) / det,
    (a * e - b * d) / det,
  ];
}

/**
 * Continuous index of a world point (LPS mm): the inverse of {@link indexToWorld}. Works for
 * non-orthogonal (sheared) directions too.
 */
export function worldToIndex(grid: GridSpec, p: readonly number[]): Vec3 {
  const inv = invert3(grid.direction);
  const x = p[0] - grid.origin[0];
  const y = p[1] - grid.origin[1];
  const z = p[2] - grid.origin[2];
  return [
    (inv[0] * x + inv[1] * y + inv[2] * z) / grid.spacing[0],
    (inv[3] * x + inv[4] * y + inv[5] * z) / grid.spacing[1],
    (inv[6] * x + inv[7] * y + inv[8] * z) / grid.spacing[2],
  ];
}

/**
 * The voxel containing a world point: each continuous index rounded half up (a point exactly on
 * the face between two voxels belongs to the one with the larger index). `null` when outside the
 * grid. 2D grids (nz = 1): the k coordinate is ignored (the point is projected onto the slice).
 */
export function worldToVoxel(grid: GridSpec, p: readonly number[]): Vec3 | null {
  const c = worldToIndex(grid, p);
  const v: Vec3 = [Math.floor(c[0] + 0.5), Math.floor(c[1] + 0.5), Math.floor(c[2] + 0.5)];
  for (let a = 0; a < 3; a++) if (grid.dims[a] === 1) v[a] = 0;
  return inGrid(grid, v[0], v[1], v[2]) ? v : null;
}

/**
 * Length in mm of the grid's diagonal between the centres of its first and last voxels:
 * √Σ((nₐ − 1)·sₐ)². A 2D grid (nz = 1) gives the in-plane diagonal. Used as the distance of an
 * empty mask (grading empty policy).
 */
export function gridDiagonalMm(grid: GridShape): number {
  let s = 0;
  for (let a = 0; a < 3; a++) {
    const l = (grid.dims[a] - 1) * grid.spacing[a];
    s += l * l;
  }
  return Math.sqrt(s);
}

/**
 * Axes along which the grid has more than one voxel. Metrics treat an axis of length 1 as absent
 * (a one-slice grid is 2D): it creates no boundary and adds nothing to distances.
 */
export function activeAxes(grid: Pick<GridSpec, "dims">): number[] {
  return [0, 1, 2].filter((a) => grid.dims[a] > 1);
}

/**
 * The grid axis (0 = i, 1 = j, 2 = k) most parallel to a world direction (e.g. a view-plane
 * normal). Ties go to the lower axis.
 */
export function dominantAxis(
  grid: Pick<GridSpec, "direction">,
  normal: readonly number[],
): 0 | 1 | 2 {
  let best: 0 | 1 | 2 = 0;
  let bestDot = -1;
  const d = grid.direction;
  for (const c of [0, 1, 2] as const) {
    const dot = Math.abs(d[c] * normal[0] + d[3 + c] * normal[1] + d[6 + c] * normal[2]);
    if (dot > bestDot + 1e-9) {
      best = c;
      bestDot = dot;
    }
  }
  return best;
}

/** World bounding box (mm) of the voxel centres of a grid. */
export function worldBounds(g: GridSpec): { min: Vec3; max: Vec3 } {
  const min: Vec3 = [Infinity, Infinity, Infinity];
  const max: Vec3 = [-Infinity, -Infinity, -Infinity];
  for (const c of [0, 1].flatMap((a) => [0, 1].flatMap((b) => [0, 1].map((d) => [a, b, d])))) {
    const p = indexToWorld(g, [
      c[0] * (g.dims[0] - 1),
      c[1] * (g.dims[1] - 1),
      c[2] * (g.dims[2] - 1),
    ]);
    for (let r = 0; r < 3; r++) {
      min[r] = Math.min(min[r], p[r]);
      max[r] = Math.max(max[r], p[r]);
    }
  }
  return { min, max };
}
