/**
 * Inter-rater agreement between binary masks of one structure on one grid.
 *
 * - Pairwise Dice over the whole grid (Dice ignores true negatives, so the region does not matter).
 * - Cohen's κ (two raters) and Fleiss' κ (two or more raters) are computed **inside the bounding
 *   box of the union of all raters' foreground** (inclusive voxel indices), not over the whole
 *   grid: κ counts agreement on background, and an arbitrarily large empty field of view would
 *   push κ towards the observed-agreement ceiling. When there is no foreground at all, or every
 *   rater agrees on every voxel of the box, κ = 1 (perfect agreement) by convention.
 * - Majority vote: a voxel is foreground when strictly more than half of the raters say so
 *   (ties, possible with an even number of raters, go to background unless `tie: "foreground"`).
 */
import { unionBoundingBox, type IndexBox, type Mask } from "../geometry/mask";
import { assertSameShape, dice } from "../grading/masks";

function checkAll(masks: readonly Mask[], min: number): void {
  if (masks.length < min)
    throw new RangeError(`at least ${min} masks are needed (got ${masks.length})`);
  for (let r = 1; r < masks.length; r++) assertSameShape(masks[0], masks[r]);
}

/** Symmetric matrix of Dice between every pair of raters (1 on the diagonal; 1 for two empties). */
export function pairwiseDice(masks: readonly Mask[]): number[][] {
  checkAll(masks, 1);
  const n = masks.length;
  const m = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++) {
      const d = dice(masks[a], masks[b]);
      m[a][b] = d;
      m[b][a] = d;
    }
  return m;
}

/** Mean of the off-diagonal entries of a pairwise matrix (NaN for fewer than 2 raters). */
export function meanPairwise(matrix: readonly (readonly number[])[]): number {
  let s = 0;
  let c = 0;
  for (let a = 0; a < matrix.length; a++)
    for (let b = a + 1; b < matrix.length; b++) {
      s += matrix[a][b];
      c++;
    }
  return c ? s / c : NaN;
}

/**
 * Histogram over the voxels of `box`: counts[c] = number of voxels where exactly c raters mark
 * foreground (c = 0…raters).
 */
export function raterCountHistogram(masks: readonly Mask[], box: IndexBox): number[] {
  const [nx, ny] = masks[0].grid.dims;
  const counts = new Array<number>(masks.length + 1).fill(0);
  const datas = masks.map((m) => m.data);
  for (let k = box.min[2]; k <= box.max[2]; k++)
    for (let j = box.min[1]; j <= box.max[1]; j++) {
      const row = nx * (j + ny * k);
      for (let i = box.min[0]; i <= box.max[0]; i++) {
        let c = 0;
        for (const d of datas) if (d[row + i]) c++;
        counts[c]++;
      }
    }
  return counts;
}

export interface KappaResult {
  kappa: number;
  /** Observed agreement P̄ and chance agreement Pₑ. */
  observed: number;
  expected: number;
  /** Voxels in the region (the union bounding box), and the box itself (null if no foreground). */
  voxels: number;
  region: IndexBox | null;
}

/**
 * Fleiss' κ for binary masks of ≥ 2 raters, inside the union bounding box (see file comment).
 * With N voxels, n raters and c_v raters saying foreground at voxel v:
 * P_v = (c_v² + (n − c_v)² − n) / (n(n − 1)), P̄ = mean P_v, p₁ = Σc_v / (N n), p₀ = 1 − p₁,
 * Pₑ = p₀² + p₁², κ = (P̄ − Pₑ) / (1 − Pₑ).
 */
export function fleissKappa(masks: readonly Mask[]): KappaResult {
  checkAll(masks, 2);
  const n = masks.length;
  const region = unionBoundingBox(masks);
  if (!region) return { kappa: 1, observed: 1, expected: 1, voxels: 0, region: null };
  const h = raterCountHistogram(masks, region);
  let N = 0;
  let sumP = 0;
  let ones = 0;
  for (let c = 0; c <= n; c++) {
    N += h[c];
    sumP += (h[c] * (c * c + (n - c) * (n - c) - n)) / (n * (n - 1));
    ones += h[c] * c;
  }
  const observed = sumP / N;
  const p1 = ones / (N * n);
  const expected = p1 * p1 + (1 - p1) * (1 - p1);
  const kappa = observed === 1 ? 1 : (observed - expected) / (1 - expected);
  return { kappa, observed, expected, voxels: N, region };
}

/**
 * Cohen's κ between two binary masks, inside the bounding box of their union (see file comment):
 * κ = (pₒ − pₑ) / (1 − pₑ), pₒ = fraction of voxels where they agree, pₑ = pA·pB + (1 − pA)(1 − pB)
 * with pA, pB the raters' foreground fractions in the box.
 */
export function cohenKappa(a: Mask, b: Mask): KappaResult {
  checkAll([a, b], 2);
  const region = unionBoundingBox([a, b]);
  if (!region) return { kappa: 1, observed: 1, expected: 1, voxels: 0, region: null };
  const [nx, ny] = a.grid.dims;
  let N = 0;
  let agree = 0;
  let na = 0;
  let nb = 0;
  for (let k = region.min[2]; k <= region.max[2]; k++)
    for (let j = region.min[1]; j <= region.max[1]; j++) {
      const row = nx * (j + ny * k);
      for (let i = region.min[0]; i <= region.max[0]; i++) {
        const x = a.data[row + i] !== 0;
        const y = b.data[row + i] !== 0;
        N++;
        if (x) na++;
        if (y) nb++;
        if (x === y) agree++;
      }
    }
  const observed = agree / N;
  const pa = na / N;
  const pb = nb / N;
  const expected = pa * pb + (1 - pa) * (1 - pb);
  const kappa = observed === 1 ? 1 : (observed - expected) / (1 - expected);
  return { kappa, observed, expected, voxels: N, region };
}

/** Majority-vote consensus (see file comment). */
export function majorityVote(
  masks: readonly Mask[],
  opts: { tie?: "background" | "foreground" } = {},
): Mask {
  checkAll(masks, 1);
  const n = masks.length;
  const len = masks[0].data.length;
  const out = new Uint8Array(len);
  const datas = masks.map((m) => m.data);
  const tieFg = opts.tie === "foreground";
  for (let p = 0; p < len; p++) {
    let c = 0;
    for (const d of datas) if (d[p]) c++;
    if (2 * c > n || (tieFg && 2 * c === n && c > 0)) out[p] = 1;
  }
  return {
    grid: { dims: [...masks[0].grid.dims], spacing: [...masks[0].grid.spacing] },
    data: out,
  };
}
