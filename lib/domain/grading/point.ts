/**
 * Point answers: "click on the structure" and landmarks. World coordinates are LPS mm.
 *
 * Point in structure (pinned): the click hits when the voxel containing the point belongs to the
 * structure; otherwise the distance in mm from the point to the nearest structure voxel centre is
 * reported, and the answer is correct when hit or distance ≤ tolerance. When wrong, the label under
 * the click (if any) names the structure actually clicked.
 */
import type { GridSpec } from "../model/primitives";
import { worldToIndex, worldToVoxel, type Vec3 } from "../geometry/grid";

export interface PointGradeInput {
  grid: GridSpec;
  /** Label volume on `grid` (multi-label map or 0/1 mask), i fastest. */
  labels: ArrayLike<number>;
  /** Label value(s) that make up the asked structure. */
  target: number | readonly number[];
  /** The click, world mm (LPS). On a one-slice grid its k coordinate is ignored (projected). */
  pointMm: readonly number[];
  /** Accepted distance from the structure, mm (default 0: must hit). */
  toleranceMm?: number;
  /** Names of label values, to say which structure was clicked instead. */
  labelNames?: Readonly<Record<number, string>>;
  /** World x (LPS mm) of the mid-sagittal plane for the side check (default: the grid centre's x). */
  midlineXmm?: number;
}

export interface PointGrade {
  correct: boolean;
  /** The voxel containing the point belongs to the structure. */
  hit: boolean;
  /** 0 when hit; else mm to the nearest structure voxel centre (Infinity if the structure is absent). */
  distanceMm: number;
  /** Voxel containing the point, or null when the point is outside the grid. */
  voxel: Vec3 | null;
  /** Nearest structure voxel (the voxel itself when hit), or null if the structure is absent. */
  nearestVoxel: Vec3 | null;
  /** Label value under the click (0 = background), or null outside the grid. */
  clickedLabel: number | null;
  /** Name of the clicked label when it is not the target and `labelNames` knows it. */
  clickedStructure?: string;
  /** Not hit, but the point mirrored across the midline would hit: left/right swapped. */
  sideError: boolean;
}

function isTarget(target: number | readonly number[]): (v: number) => boolean {
  if (typeof target === "number") return (v) => v === target;
  // One label (the usual case): a plain comparison, several times faster than Set.has per voxel.
  if (target.length === 1) {
    const one = target[0];
    return (v) => v === one;
  }
  const s = new Set(target);
  return (v) => s.has(v);
}

/** World x (LPS mm) of the centre of a grid: default mid-sagittal plane for side checks. */
export function gridCentreXmm(grid: GridSpec): number {
  const c = [(grid.dims[0] - 1) / 2, (grid.dims[1] - 1) / 2, (grid.dims[2] - 1) / 2];
  const d = grid.direction;
  return (
    grid.origin[0] +
    d[0] * c[0] * grid.spacing[0] +
    d[1] * c[1] * grid.spacing[1] +
    d[2] * c[2] * grid.spacing[2]
  );
}

/**
 * Nearest voxel (centre) of a label set to a world point, and its distance in mm. Exhaustive scan
 * of the label volume (a few tens of ms for 256³). On a one-slice grid the point is first projected
 * onto the slice. Returns null when no voxel carries the label(s).
 */
export function nearestLabelVoxel(
  grid: GridSpec,
  labels: ArrayLike<number>,
  target: number | readonly number[],
  pointMm: readonly number[],
): { voxel: Vec3; distanceMm: number } | null {
  const [nx, ny, nz] = grid.dims;
  const want = isTarget(target);
  let p = pointMm;
  if (nz === 1) {
    const c = worldToIndex(grid, pointMm);
    p = planeToWorld(grid, c[0], c[1]);
  }
  const d = grid.direction;
  const [sx, sy, sz] = grid.spacing;
  // Columns of M = D·diag(s).
  const m = [
    d[0] * sx,
    d[3] * sx,
    d[6] * sx,
    d[1] * sy,
    d[4] * sy,
    d[7] * sy,
    d[2] * sz,
    d[5] * sz,
    d[8] * sz,
  ];
  const ox = grid.origin[0] - p[0];
  const oy = grid.origin[1] - p[1];
  const oz = grid.origin[2] - p[2];
  let best = Infinity;
  let bi = -1;
  let bj = -1;
  let bk = -1;
  for (let k = 0, q = 0; k < nz; k++) {
    const kx = ox + m[6] * k;
    const ky = oy + m[7] * k;
    const kz = oz + m[8] * k;
    for (let j = 0; j < ny; j++) {
      const jx = kx + m[3] * j;
      const jy = ky + m[4] * j;
      const jz = kz + m[5] * j;
      for (let i = 0; i < nx; i++, q++) {
        if (!want(labels[q])) continue;
        const x = jx + m[0] * i;
        const y = jy + m[1] * i;
        const z = jz + m[2] * i;
        const dd = x * x + y * y + z * z;
        if (dd < best) {
          best = dd;
          bi = i;
          bj = j;
          bk = k;
        }
      }
    }
  }
  return bi < 0 ? null : { voxel: [bi, bj, bk], distanceMm: Math.sqrt(best) };
}

function planeToWorld(grid: GridSpec, ci: number, cj: number): Vec3 {
  const d = grid.direction;
  const a = ci * grid.spacing[0];
  const b = cj * grid.spacing[1];
  return [
    grid.origin[0] + d[0] * a + d[1] * b,
    grid.origin[1] + d[3] * a + d[4] * b,
    grid.origin[2] + d[6] * a + d[7] * b,
  ];
}

/** Grades a click (see file comment). Distances in mm; tolerance inclusive. */
export function gradePoint(input: PointGradeInput): PointGrade {
  const { grid, labels, target, pointMm } = input;
  const tol = input.toleranceMm ?? 0;
  const want = isTarget(target);
  const [nx, ny] = grid.dims;
  const voxel = worldToVoxel(grid, pointMm);
  const at = (v: Vec3) => labels[v[0] + nx * (v[1] + ny * v[2])];
  const clickedLabel = voxel ? at(voxel) : null;
  const hit = clickedLabel !== null && want(clickedLabel);
  if (hit) {
    return {
      correct: true,
      hit,
      distanceMm: 0,
      voxel,
      nearestVoxel: voxel,
      clickedLabel,
      sideError: false,
    };
  }
  const near = nearestLabelVoxel(grid, labels, target, pointMm);
  const distanceMm = near ? near.distanceMm : Infinity;
  const mid = input.midlineXmm ?? gridCentreXmm(grid);
  const mirrored = worldToVoxel(grid, [2 * mid - pointMm[0], pointMm[1], pointMm[2]]);
  const sideError = !!mirrored && want(at(mirrored)) && distanceMm > tol;
  const out: PointGrade = {
    correct: distanceMm <= tol,
    hit: false,
    distanceMm,
    voxel,
    nearestVoxel: near ? near.voxel : null,
    clickedLabel,
    sideError,
  };
  if (clickedLabel && input.labelNames?.[clickedLabel])
    out.clickedStructure = input.labelNames[clickedLabel];
  return out;
}

/** Euclidean distance between two points, in their unit (world mm for landmarks). */
export function landmarkDistanceMm(a: readonly number[], b: readonly number[]): number {
  const dx = a[0] - b[0];
  const dy = a[1] - b[1];
  const dz = (a[2] ?? 0) - (b[2] ?? 0);
  return Math.sqrt(dx * dx + dy * dy + dz * dz);
}
