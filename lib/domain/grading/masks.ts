/**
 * Overlap and surface-distance metrics between a reference mask A and an answer mask B on one grid
 * — the pinned definitions of the grading issue, implemented exactly:
 *
 * - Dice = 2|A∩B| / (|A| + |B|); IoU = |A∩B| / |A∪B|.
 * - Boundary voxel: a foreground voxel with at least one face neighbour that is background or
 *   outside the grid. Face neighbours are taken only along axes with more than one voxel: 6 in 3D,
 *   4 on a one-slice (2D) grid; an axis of length 1 never creates boundary voxels.
 * - d(A→B): for each boundary voxel of A, the Euclidean distance in mm between voxel centres to the
 *   nearest boundary voxel of B (exact distance transform, not all pairs); likewise d(B→A).
 * - HD = max of both maxima. HD95 = max(P95(d(A→B)), P95(d(B→A))), percentiles with linear
 *   interpolation between order statistics (numpy's default).
 * - ASSD = (Σd(A→B) + Σd(B→A)) / (|∂A| + |∂B|).
 * - NSD(τ) = (#{d(A→B) ≤ τ} + #{d(B→A) ≤ τ}) / (|∂A| + |∂B|); "≤ τ" is tested as ≤ τ + 1e-9 mm so
 *   that a distance equal to τ is not lost to rounding.
 * - Empty policy: both empty → Dice = IoU = 1, HD = HD95 = ASSD = 0, NSD = 1. One empty → Dice =
 *   IoU = NSD = 0 and HD = HD95 = ASSD = the grid diagonal in mm (√Σ((n−1)·s)²).
 *
 * All distances are in mm using the grid's spacing (voxel axes are assumed orthogonal, as in every
 * scanner grid; direction cosines do not change distances between voxel centres).
 */
import { gridDiagonalMm, type GridShape } from "../geometry/grid";
import type { Mask } from "../geometry/mask";
import { squaredEdt } from "./edt";

/** NSD tolerance used when none is given, mm (the outline quiz items' default). */
export const DEFAULT_NSD_TOLERANCE_MM = 2;
/** Slack added to τ in the NSD test, mm. */
export const NSD_EPS_MM = 1e-9;

export interface MaskMetrics {
  dice: number;
  iou: number;
  /** Hausdorff distance, mm. */
  hd: number;
  /** 95th-percentile Hausdorff distance, mm. */
  hd95: number;
  /** Average symmetric surface distance, mm. */
  assd: number;
  /** Normalised surface distance (surface Dice) at `nsdToleranceMm`, 0–1. */
  nsd: number;
  nsdToleranceMm: number;
  /** |A|, |B| and |A∩B| in voxels. */
  referenceVoxels: number;
  answerVoxels: number;
  intersectionVoxels: number;
  /** Answer voxels outside the reference (|B \ A|): over-segmentation. */
  overVoxels: number;
  /** Reference voxels the answer missed (|A \ B|): under-segmentation. */
  underVoxels: number;
  /** |∂A| and |∂B|, boundary voxel counts. */
  referenceBoundaryVoxels: number;
  answerBoundaryVoxels: number;
}

export interface CompareOptions {
  /** τ of the NSD in mm (default {@link DEFAULT_NSD_TOLERANCE_MM}). */
  nsdToleranceMm?: number;
}

/** Throws a RangeError naming the difference when two masks are not on the same grid shape. */
export function assertSameShape(a: Mask, b: Mask): void {
  const da = a.grid.dims;
  const db = b.grid.dims;
  if (da[0] !== db[0] || da[1] !== db[1] || da[2] !== db[2]) {
    throw new RangeError(`masks are on different grids: ${da.join("×")} vs ${db.join("×")} voxels`);
  }
  const sa = a.grid.spacing;
  const sb = b.grid.spacing;
  for (let i = 0; i < 3; i++) {
    if (Math.abs(sa[i] - sb[i]) > 1e-4 * Math.max(sa[i], sb[i])) {
      throw new RangeError(`masks have different spacing: ${sa.join("×")} vs ${sb.join("×")} mm`);
    }
  }
  const n = da[0] * da[1] * da[2];
  if (a.data.length !== n || b.data.length !== n) {
    throw new RangeError(
      `mask data length (${a.data.length}, ${b.data.length}) does not match the grid (${n})`,
    );
  }
}

/**
 * Boundary voxels of a mask (see file comment): returns a byte mask, 1 on boundary voxels.
 * A grid with no axis longer than 1 (a single voxel) has no neighbours; its voxel, if foreground,
 * counts as boundary.
 */
export function boundaryMask(mask: Mask): Uint8Array {
  const [nx, ny, nz] = mask.grid.dims;
  const d = mask.data;
  const out = new Uint8Array(d.length);
  const sy = nx;
  const sz = nx * ny;
  const single = nx === 1 && ny === 1 && nz === 1;
  let p = 0;
  for (let k = 0; k < nz; k++) {
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++, p++) {
        if (!d[p]) continue;
        if (
          single ||
          (nx > 1 && (i === 0 || i === nx - 1 || !d[p - 1] || !d[p + 1])) ||
          (ny > 1 && (j === 0 || j === ny - 1 || !d[p - sy] || !d[p + sy])) ||
          (nz > 1 && (k === 0 || k === nz - 1 || !d[p - sz] || !d[p + sz]))
        ) {
          out[p] = 1;
        }
      }
    }
  }
  return out;
}

/**
 * Percentile of `values` with linear interpolation between order statistics (numpy's default
 * "linear" method): h = (n − 1)·q/100, result = x⌊h⌋ + (h − ⌊h⌋)·(x⌊h⌋+1 − x⌊h⌋). Sorts a copy.
 * NaN for an empty array.
 */
export function percentile(values: ArrayLike<number>, q: number): number {
  const n = values.length;
  if (n === 0) return NaN;
  const s = Float64Array.from(values).sort();
  const h = ((n - 1) * q) / 100;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  const t = h - lo;
  return s[lo] + t * (s[hi] - s[lo]);
}

export interface BoundaryDistances {
  /** Linear indices (on the full grid) of the boundary voxels of A and of B. */
  aBoundary: Int32Array;
  bBoundary: Int32Array;
  /** d(A→B)[n]: distance in mm from aBoundary[n] to the nearest boundary voxel of B. */
  aToB: Float64Array;
  bToA: Float64Array;
}

/**
 * Directed boundary-to-boundary distances between two non-empty masks on one grid (mm). Works on
 * the bounding box of A ∪ B (distances are exact: every boundary voxel lies inside it).
 * Throws when either mask is empty (no boundary) — see {@link compareMasks} for the empty policy.
 */
export function boundaryDistances(a: Mask, b: Mask): BoundaryDistances {
  assertSameShape(a, b);
  const [nx, ny, nz] = a.grid.dims;
  // Union bounding box.
  let i0 = nx,
    j0 = ny,
    k0 = nz,
    i1 = -1,
    j1 = -1,
    k1 = -1;
  const da = a.data;
  const db = b.data;
  for (let k = 0, p = 0; k < nz; k++) {
    for (let j = 0; j < ny; j++) {
      let rowHas = false;
      for (let i = 0; i < nx; i++, p++) {
        if (da[p] || db[p]) {
          if (i < i0) i0 = i;
          if (i > i1) i1 = i;
          rowHas = true;
        }
      }
      if (rowHas) {
        if (j < j0) j0 = j;
        if (j > j1) j1 = j;
        if (k < k0) k0 = k;
        if (k > k1) k1 = k;
      }
    }
  }
  if (i1 < 0) throw new RangeError("both masks are empty");
  const cx = i1 - i0 + 1;
  const cy = j1 - j0 + 1;
  const cz = k1 - k0 + 1;
  // Boundaries are computed on the full grid (the border rule depends on the grid, not the crop),
  // then copied into the crop.
  const ba = boundaryMask(a);
  const bb = boundaryMask(b);
  const cropA = new Uint8Array(cx * cy * cz);
  const cropB = new Uint8Array(cx * cy * cz);
  const listA: number[] = [];
  const listB: number[] = [];
  const cropIdxA: number[] = [];
  const cropIdxB: number[] = [];
  for (let k = k0, q = 0; k <= k1; k++) {
    for (let j = j0; j <= j1; j++) {
      let p = i0 + nx * (j + ny * k);
      for (let i = i0; i <= i1; i++, p++, q++) {
        if (ba[p]) {
          cropA[q] = 1;
          listA.push(p);
          cropIdxA.push(q);
        }
        if (bb[p]) {
          cropB[q] = 1;
          listB.push(p);
          cropIdxB.push(q);
        }
      }
    }
  }
  if (listA.length === 0 || listB.length === 0) throw new RangeError("a mask is empty");
  const dims: [number, number, number] = [cx, cy, cz];
  const sp = a.grid.spacing;
  const toB = squaredEdt(cropB, dims, sp, cropA);
  const toA = squaredEdt(cropA, dims, sp, cropB);
  const aToB = new Float64Array(listA.length);
  const bToA = new Float64Array(listB.length);
  for (let n = 0; n < listA.length; n++) aToB[n] = Math.sqrt(toB[cropIdxA[n]]);
  for (let n = 0; n < listB.length; n++) bToA[n] = Math.sqrt(toA[cropIdxB[n]]);
  return { aBoundary: Int32Array.from(listA), bBoundary: Int32Array.from(listB), aToB, bToA };
}

function emptyMetrics(grid: GridShape, tau: number, ra: number, rb: number): MaskMetrics {
  const both = ra === 0 && rb === 0;
  const diag = both ? 0 : gridDiagonalMm(grid);
  return {
    dice: both ? 1 : 0,
    iou: both ? 1 : 0,
    hd: diag,
    hd95: diag,
    assd: diag,
    nsd: both ? 1 : 0,
    nsdToleranceMm: tau,
    referenceVoxels: ra,
    answerVoxels: rb,
    intersectionVoxels: 0,
    overVoxels: rb,
    underVoxels: ra,
    referenceBoundaryVoxels: 0,
    answerBoundaryVoxels: 0,
  };
}

/**
 * Compares an answer mask with a reference mask on the same grid (dims and spacing must match;
 * a RangeError says how they differ). See the file comment for the exact definitions, units (mm)
 * and the empty-mask policy.
 */
export function compareMasks(
  reference: Mask,
  answer: Mask,
  opts: CompareOptions = {},
): MaskMetrics {
  assertSameShape(reference, answer);
  const tau = opts.nsdToleranceMm ?? DEFAULT_NSD_TOLERANCE_MM;
  if (!(tau >= 0)) throw new RangeError(`NSD tolerance must be ≥ 0 mm (got ${tau})`);
  const da = reference.data;
  const db = answer.data;
  let ra = 0;
  let rb = 0;
  let inter = 0;
  for (let p = 0; p < da.length; p++) {
    const x = da[p] !== 0;
    const y = db[p] !== 0;
    if (x) ra++;
    if (y) rb++;
    if (x && y) inter++;
  }
  if (ra === 0 || rb === 0) return emptyMetrics(reference.grid, tau, ra, rb);
  const dice = (2 * inter) / (ra + rb);
  const iou = inter / (ra + rb - inter);
  const { aToB, bToA } = boundaryDistances(reference, answer);
  let maxA = 0;
  let maxB = 0;
  let sum = 0;
  let within = 0;
  const lim = tau + NSD_EPS_MM;
  for (let n = 0; n < aToB.length; n++) {
    const d = aToB[n];
    if (d > maxA) maxA = d;
    sum += d;
    if (d <= lim) within++;
  }
  for (let n = 0; n < bToA.length; n++) {
    const d = bToA[n];
    if (d > maxB) maxB = d;
    sum += d;
    if (d <= lim) within++;
  }
  const count = aToB.length + bToA.length;
  return {
    dice,
    iou,
    hd: Math.max(maxA, maxB),
    hd95: Math.max(percentile(aToB, 95), percentile(bToA, 95)),
    assd: sum / count,
    nsd: within / count,
    nsdToleranceMm: tau,
    referenceVoxels: ra,
    answerVoxels: rb,
    intersectionVoxels: inter,
    overVoxels: rb - inter,
    underVoxels: ra - inter,
    referenceBoundaryVoxels: aToB.length,
    answerBoundaryVoxels: bToA.length,
  };
}

/** Dice of two masks on one grid (1 when both are empty). */
export function dice(a: Mask, b: Mask): number {
  assertSameShape(a, b);
  let ra = 0;
  let rb = 0;
  let inter = 0;
  const da = a.data;
  const db = b.data;
  for (let p = 0; p < da.length; p++) {
    const x = da[p] !== 0;
    const y = db[p] !== 0;
    if (x) ra++;
    if (y) rb++;
    if (x && y) inter++;
  }
  return ra + rb === 0 ? 1 : (2 * inter) / (ra + rb);
}
