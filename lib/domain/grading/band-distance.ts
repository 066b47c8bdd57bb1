/**
 * Exact nearest-boundary distances for surfaces that lie close to each other (the usual case when a
 * student's outline is graded against a reference): for each query voxel, the rows (j, k) of the
 * feature list are visited in increasing row distance, and the search stops once the next row is
 * farther than the best distance found. Work grows with the query count times the rows within the
 * distance, not with the volume of the box, so it beats a full distance transform when the two
 * boundaries are within a few voxels of each other. Beyond a radius cap or a work budget it gives
 * up (returns null) and the caller falls back to the distance transform.
 *
 * Numbers are those of the separable transform in edt.ts, bit for bit: a squared distance is
 * evaluated as sz²·dk² + (sy²·dj² + di²·sx²), the order in which its three passes add, and rounding
 * is monotonic, so the minimum over candidates equals the transform's nested minima.
 */
import type { BoundaryRows, VoxelBox } from "./boundary-rows";

/** Rows searched around a query: up to this many voxels of the coarser of axes j and k. */
const CAP_VOXELS = 24;
/** Row visits allowed per box voxel before giving up (a distance transform costs a few passes). */
const VISITS_PER_VOXEL = 2;

interface Offsets {
  dj: Int32Array;
  dk: Int32Array;
  /** sz²·dk² + sy²·dj², ascending. */
  d2: Float64Array;
  /** Every row with d2 ≤ capD2 that fits in the box is in the table. */
  capD2: number;
}

function rowOffsets(box: VoxelBox, spacing: readonly [number, number, number]): Offsets {
  const cy = box.hi[1] - box.lo[1] + 1;
  const cz = box.hi[2] - box.lo[2] + 1;
  const [, sy, sz] = spacing;
  const sy2 = sy * sy;
  const sz2 = sz * sz;
  const capMm = CAP_VOXELS * Math.max(cy > 1 ? sy : 0, cz > 1 ? sz : 0);
  const capD2 = capMm * capMm;
  const jMax = cy > 1 ? Math.min(cy - 1, Math.floor(capMm / sy)) : 0;
  const kMax = cz > 1 ? Math.min(cz - 1, Math.floor(capMm / sz)) : 0;
  const all: [number, number, number][] = [];
  for (let dk = -kMax; dk <= kMax; dk++) {
    for (let dj = -jMax; dj <= jMax; dj++) {
      const d2 = sz2 * dk * dk + sy2 * dj * dj;
      if (d2 <= capD2) all.push([d2, dj, dk]);
    }
  }
  all.sort((x, y) => x[0] - y[0]);
  return {
    dj: Int32Array.from(all, (e) => e[1]),
    dk: Int32Array.from(all, (e) => e[2]),
    d2: Float64Array.from(all, (e) => e[0]),
    // The table is complete up to capD2, or up to everything when it holds every row of the box.
    capD2: jMax === cy - 1 && kMax === cz - 1 ? Infinity : capD2,
  };
}

/** Squared distance (in voxels along i) from i0 to the nearest of xs[from..to), sorted ascending. */
function nearestInRow(xs: Int32Array, from: number, to: number, i0: number): number {
  let a = from;
  let b = to;
  while (a < b) {
    const m = (a + b) >> 1;
    if (xs[m] < i0) a = m + 1;
    else b = m;
  }
  let best = Infinity;
  if (a < to) best = xs[a] - i0;
  if (a > from) {
    const d = i0 - xs[a - 1];
    if (d < best) best = d;
  }
  return best * best;
}

/**
 * Squared distances (mm²) from each voxel of `queries` (in its list order) to the nearest voxel of
 * `features`, both listed on the rows of `box`, with `spacing` mm. `features` must not be empty.
 * Returns null when some query has no feature within the radius cap or the work budget is spent;
 * the caller then uses the full distance transform.
 */
export function bandSquaredDistances(
  queries: BoundaryRows,
  features: BoundaryRows,
  box: VoxelBox,
  spacing: readonly [number, number, number],
): Float64Array | null {
  const cy = box.hi[1] - box.lo[1] + 1;
  const cz = box.hi[2] - box.lo[2] + 1;
  const cx = box.hi[0] - box.lo[0] + 1;
  const off = rowOffsets(box, spacing);
  const sx2 = spacing[0] * spacing[0];
  const sy2 = spacing[1] * spacing[1];
  const sz2 = spacing[2] * spacing[2];
  const { rowStart, xs } = features;
  const out = new Float64Array(queries.count);
  let budget = VISITS_PER_VOXEL * cx * cy * cz + 4096;
  let n = 0;
  for (let r = 0; r < cy * cz; r++) {
    const j0 = r % cy;
    const k0 = (r / cy) | 0;
    for (let q = queries.rowStart[r]; q < queries.rowStart[r + 1]; q++) {
      const i0 = queries.xs[q];
      let best = Infinity;
      let t = 0;
      for (; t < off.d2.length && off.d2[t] <= best; t++) {
        const dj = off.dj[t];
        const dk = off.dk[t];
        const j = j0 + dj;
        const k = k0 + dk;
        if (j < 0 || j >= cy || k < 0 || k >= cz) continue;
        const row = j + cy * k;
        const from = rowStart[row];
        const to = rowStart[row + 1];
        if (from === to) continue;
        const d = sz2 * dk * dk + (sy2 * dj * dj + nearestInRow(xs, from, to, i0) * sx2);
        if (d < best) best = d;
      }
      budget -= t;
      if (best > off.capD2 || budget < 0) return null;
      out[n++] = best;
    }
  }
  return out;
}
