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
import { bandSquaredDistances } from "./band-distance";
import { boundaryRows, wordView, type BoundaryRows } from "./boundary-rows";
import { squaredEdt } from "./edt";
import { percentile } from "./percentile";

export { percentile } from "./percentile";

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
  const d = mask.grid.dims;
  return boundaryIn(mask.data, d, [d[0] > 1, d[1] > 1, d[2] > 1]);
}

/**
 * Boundary of `data` on an nx × ny × nz block where neighbours outside the block are background
 * and only axes flagged `active` have neighbours (the active axes are those of the full grid, so a
 * block cut out of a larger grid behaves like the grid itself as long as it holds all foreground).
 */
function boundaryIn(
  data: Uint8Array,
  dims: readonly number[],
  active: readonly boolean[],
): Uint8Array {
  const [nx, ny, nz] = dims;
  const out = new Uint8Array(data.length);
  const sy = nx;
  const sz = nx * ny;
  const [ax, ay, az] = active;
  const none = !ax && !ay && !az;
  let p = 0;
  for (let k = 0; k < nz; k++) {
    const kEdge = az && (k === 0 || k === nz - 1);
    for (let j = 0; j < ny; j++) {
      const jEdge = ay && (j === 0 || j === ny - 1);
      for (let i = 0; i < nx; i++, p++) {
        if (!data[p]) continue;
        if (
          none ||
          kEdge ||
          jEdge ||
          (ax && (i === 0 || i === nx - 1 || !data[p - 1] || !data[p + 1])) ||
          (ay && (!data[p - sy] || !data[p + sy])) ||
          (az && (!data[p - sz] || !data[p + sz]))
        ) {
          out[p] = 1;
        }
      }
    }
  }
  return out;
}

interface Scan {
  ra: number;
  rb: number;
  inter: number;
  /** Inclusive bounding box of A ∪ B (min > max when both are empty). */
  lo: [number, number, number];
  hi: [number, number, number];
}

/** Counts and union bounding box in one pass. */
function scan(a: Uint8Array, b: Uint8Array, dims: readonly number[]): Scan {
  const [nx, ny, nz] = dims;
  let ra = 0;
  let rb = 0;
  let inter = 0;
  const lo: [number, number, number] = [nx, ny, nz];
  const hi: [number, number, number] = [-1, -1, -1];
  const wa = wordView(a);
  const wb = wordView(b);
  const skip = wa !== null && wb !== null;
  for (let k = 0, p = 0; k < nz; k++) {
    for (let j = 0; j < ny; j++) {
      let first = -1;
      let last = -1;
      for (let i = 0; i < nx; i++, p++) {
        if (skip && (p & 3) === 0 && i + 3 < nx && (wa[p >> 2] | wb[p >> 2]) === 0) {
          i += 3; // with the loop's i++, p++: skip the four background voxels p .. p + 3
          p += 3;
          continue;
        }
        const x = a[p] !== 0 ? 1 : 0;
        const y = b[p] !== 0 ? 1 : 0;
        if (x | y) {
          ra += x;
          rb += y;
          inter += x & y;
          if (first < 0) first = i;
          last = i;
        }
      }
      if (first >= 0) {
        if (first < lo[0]) lo[0] = first;
        if (last > hi[0]) hi[0] = last;
        if (j < lo[1]) lo[1] = j;
        if (j > hi[1]) hi[1] = j;
        if (k < lo[2]) lo[2] = k;
        if (k > hi[2]) hi[2] = k;
      }
    }
  }
  return { ra, rb, inter, lo, hi };
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
  const sc = scan(a.data, b.data, a.grid.dims);
  if (sc.ra === 0 || sc.rb === 0) throw new RangeError("a mask is empty");
  return distancesIn(a, b, sc);
}

/**
 * Distances on the boundary band when both boundaries lie close together (band-distance.ts), else
 * by the distance transform on the box; both give the same numbers.
 */
function distancesIn(a: Mask, b: Mask, sc: Scan): BoundaryDistances {
  const dims = a.grid.dims;
  const sp = a.grid.spacing;
  const ra = boundaryRows(a.data, dims, sc);
  const rb = boundaryRows(b.data, dims, sc);
  const toB = bandSquaredDistances(ra, rb, sc, sp);
  const toA = toB && bandSquaredDistances(rb, ra, sc, sp);
  if (!toB || !toA) return distancesByEdt(a, b, sc);
  return {
    aBoundary: gridIndices(ra, dims, sc),
    bBoundary: gridIndices(rb, dims, sc),
    aToB: sqrtInPlace(toB),
    bToA: sqrtInPlace(toA),
  };
}

function sqrtInPlace(a: Float64Array): Float64Array {
  for (let n = 0; n < a.length; n++) a[n] = Math.sqrt(a[n]);
  return a;
}

/** Linear grid indices of the voxels of a row list, in list order. */
function gridIndices(rows: BoundaryRows, dims: readonly number[], sc: Scan): Int32Array {
  const [nx, ny] = dims;
  const cy = sc.hi[1] - sc.lo[1] + 1;
  const out = new Int32Array(rows.count);
  for (let r = 0; r + 1 < rows.rowStart.length; r++) {
    const base = nx * (sc.lo[1] + (r % cy) + ny * (sc.lo[2] + ((r / cy) | 0)));
    for (let q = rows.rowStart[r]; q < rows.rowStart[r + 1]; q++) out[q] = base + rows.xs[q];
  }
  return out;
}

/** Distances by the exact distance transform on the union bounding box (any configuration). */
function distancesByEdt(a: Mask, b: Mask, sc: Scan): BoundaryDistances {
  const [nx, ny] = a.grid.dims;
  const dimsFull = a.grid.dims;
  const { lo, hi } = sc;
  const cx = hi[0] - lo[0] + 1;
  const cy = hi[1] - lo[1] + 1;
  const cz = hi[2] - lo[2] + 1;
  // Copy the union bounding box: every foreground voxel of both masks lies inside it, so boundaries
  // and distances computed on the crop equal those on the full grid.
  const cropA = new Uint8Array(cx * cy * cz);
  const cropB = new Uint8Array(cx * cy * cz);
  for (let k = 0, q = 0; k < cz; k++) {
    for (let j = 0; j < cy; j++, q += cx) {
      const p = lo[0] + nx * (lo[1] + j + ny * (lo[2] + k));
      cropA.set(a.data.subarray(p, p + cx), q);
      cropB.set(b.data.subarray(p, p + cx), q);
    }
  }
  const dims: [number, number, number] = [cx, cy, cz];
  const active = [dimsFull[0] > 1, dimsFull[1] > 1, dimsFull[2] > 1];
  const ba = boundaryIn(cropA, dims, active);
  const bb = boundaryIn(cropB, dims, active);
  let na = 0;
  let nb = 0;
  for (let q = 0; q < ba.length; q++) {
    na += ba[q];
    nb += bb[q];
  }
  const sp = a.grid.spacing;
  const toB = squaredEdt(bb, dims, sp, ba);
  const toA = squaredEdt(ba, dims, sp, bb);
  const aBoundary = new Int32Array(na);
  const bBoundary = new Int32Array(nb);
  const aToB = new Float64Array(na);
  const bToA = new Float64Array(nb);
  let ia = 0;
  let ib = 0;
  for (let k = 0, q = 0; k < cz; k++) {
    for (let j = 0; j < cy; j++) {
      const row = lo[0] + nx * (lo[1] + j + ny * (lo[2] + k));
      for (let i = 0; i < cx; i++, q++) {
        if (ba[q]) {
          aBoundary[ia] = row + i;
          aToB[ia++] = Math.sqrt(toB[q]);
        }
        if (bb[q]) {
          bBoundary[ib] = row + i;
          bToA[ib++] = Math.sqrt(toA[q]);
        }
      }
    }
  }
  return { aBoundary, bBoundary, aToB, bToA };
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
  const sc = scan(reference.data, answer.data, reference.grid.dims);
  const { ra, rb, inter } = sc;
  if (ra === 0 || rb === 0) return emptyMetrics(reference.grid, tau, ra, rb);
  const dice = (2 * inter) / (ra + rb);
  const iou = inter / (ra + rb - inter);
  const { aToB, bToA } = distancesIn(reference, answer, sc);
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
