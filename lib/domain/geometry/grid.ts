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

/** Tolerances used by {@link compareGrids}. */
export interface GridTolerance {
  /** Relative tolerance on spacing (default 1e-4). */
  spacingRel?: number;
  /** Absolute tolerance on origin, mm (default 1e-3). */
  originMm?: number;
  /** Absolute tolerance on each direction cosine (default 1e-4). */
  direction?: number;
}

const fmt = (v: readonly number[], digits = 4) => v.map((x) => +x.toFixed(digits)).join(" × ");

/**
 * Differences between two grids, in words (empty when they match within tolerance). `names` label
 * the two grids in the messages (e.g. the file names).
 */
export function compareGrids(
  a: Partial<GridSpec> & Pick<GridSpec, "dims">,
  b: Partial<GridSpec> & Pick<GridSpec, "dims">,
  names: [string, string] = ["first", "second"],
  tol: GridTolerance = {},
): string[] {
  const out: string[] = [];
  const [na, nb] = names;
  if (a.dims.some((d, i) => d !== b.dims[i])) {
    out.push(
      `dimensions differ: ${a.dims.join(" × ")} (${na}) vs ${b.dims.join(" × ")} (${nb}) voxels`,
    );
  }
  const rel = tol.spacingRel ?? 1e-4;
  if (a.spacing && b.spacing) {
    const bad = a.spacing.some(
      (s, i) => Math.abs(s - b.spacing![i]) > rel * Math.max(s, b.spacing![i]),
    );
    if (bad)
      out.push(
        `voxel spacing differs: ${fmt(a.spacing)} mm (${na}) vs ${fmt(b.spacing)} mm (${nb})`,
      );
  }
  if (a.origin && b.origin) {
    const d = Math.hypot(
      a.origin[0] - b.origin[0],
      a.origin[1] - b.origin[1],
      a.origin[2] - b.origin[2],
    );
    if (d > (tol.originMm ?? 1e-3)) {
      out.push(
        `origin differs by ${+d.toFixed(4)} mm: (${fmt(a.origin, 3)}) (${na}) vs (${fmt(b.origin, 3)}) (${nb})`,
      );
    }
  }
  if (a.direction && b.direction) {
    const m = Math.max(...a.direction.map((x, i) => Math.abs(x - b.direction![i])));
    if (m > (tol.direction ?? 1e-4)) {
      out.push(
        `orientation differs (largest direction-cosine difference ${+m.toFixed(4)}): [${fmt(a.direction, 3)}] (${na}) vs [${fmt(b.direction, 3)}] (${nb})`,
      );
    }
  }
  return out;
}
