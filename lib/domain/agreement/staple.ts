/**
 * Binary STAPLE (Warfield, Zou & Wells, "Simultaneous Truth and Performance Level Estimation",
 * IEEE TMI 23(7), 2004): expectation–maximisation of each rater's sensitivity p_j and specificity
 * q_j, and of the probability W_v that voxel v is truly foreground.
 *
 * Choices (documented, configurable):
 * - Region: the voxels inside the bounding box of the union of all raters' foreground (as for κ);
 *   voxels outside are background with W = 0 and do not enter the estimates. Including a large empty
 *   field of view would only push every specificity towards 1.
 * - Prior: a fixed global prior γ = P(T = 1) = the raters' mean foreground fraction in the region
 *   (Warfield 2004, §II-C), unless `prior` is given.
 * - Initialisation: p_j = q_j = 0.99 (`initialSensitivity` / `initialSpecificity`).
 * - E-step: W_v = γ·Π_j p_j^D (1−p_j)^(1−D) / (that + (1−γ)·Π_j q_j^(1−D) (1−q_j)^D).
 *   M-step: p_j = Σ_v W_v D_jv / Σ_v W_v, q_j = Σ_v (1−W_v)(1−D_jv) / Σ_v (1−W_v).
 *   Parameters are kept in [1e−12, 1 − 1e−12] to avoid 0/0.
 * - Convergence: stop when no p_j or q_j changes by more than `tolerance` (default 1e−8) between
 *   iterations, or after `maxIterations` (default 200); a final E-step makes W match the returned
 *   parameters. Consensus = W ≥ `threshold` (default 0.5).
 *
 * Voxels are grouped by their decision pattern (which raters said foreground), so each iteration
 * costs O(distinct patterns · raters), not O(voxels). Up to 30 raters.
 */
import { unionBoundingBox, type Mask } from "../geometry/mask";
import { assertSameShape } from "../grading/masks";

export interface StapleOptions {
  prior?: number;
  initialSensitivity?: number;
  initialSpecificity?: number;
  tolerance?: number;
  maxIterations?: number;
  threshold?: number;
  /** `union-bbox` (default) or the whole grid. */
  region?: "union-bbox" | "grid";
}

export interface StapleResult {
  /** W ≥ threshold, on the raters' grid. */
  consensus: Mask;
  /** W per voxel (0 outside the region). */
  probability: Float32Array;
  sensitivity: number[];
  specificity: number[];
  prior: number;
  iterations: number;
  converged: boolean;
  /** Foreground voxels of the consensus. */
  voxels: number;
}

const EPS = 1e-12;
const clamp = (x: number) => (x < EPS ? EPS : x > 1 - EPS ? 1 - EPS : x);

export function staple(masks: readonly Mask[], opts: StapleOptions = {}): StapleResult {
  const R = masks.length;
  if (R < 1) throw new RangeError("at least one mask is needed");
  if (R > 30) throw new RangeError("STAPLE supports at most 30 raters");
  for (let r = 1; r < R; r++) assertSameShape(masks[0], masks[r]);
  const grid = masks[0].grid;
  const [nx, ny, nz] = grid.dims;
  const len = nx * ny * nz;
  const datas = masks.map((m) => m.data);
  const box =
    opts.region === "grid"
      ? { min: [0, 0, 0], max: [nx - 1, ny - 1, nz - 1] }
      : unionBoundingBox(masks);
  const probability = new Float32Array(len);
  const consensusData = new Uint8Array(len);
  const threshold = opts.threshold ?? 0.5;
  const out = (
    p: number[],
    q: number[],
    prior: number,
    iterations: number,
    converged: boolean,
    voxels: number,
  ): StapleResult => ({
    consensus: { grid: { dims: [nx, ny, nz], spacing: [...grid.spacing] }, data: consensusData },
    probability,
    sensitivity: p,
    specificity: q,
    prior,
    iterations,
    converged,
    voxels,
  });
  if (!box) return out(new Array(R).fill(1), new Array(R).fill(1), 0, 0, true, 0);

  // Decision pattern of every voxel in the region, and how many voxels have each pattern.
  const codes = new Uint32Array(len);
  const counts = new Map<number, number>();
  let N = 0;
  let fgDecisions = 0;
  for (let k = box.min[2]; k <= box.max[2]; k++)
    for (let j = box.min[1]; j <= box.max[1]; j++) {
      const row = nx * (j + ny * k);
      for (let i = box.min[0]; i <= box.max[0]; i++) {
        const p = row + i;
        let c = 0;
        for (let r = 0; r < R; r++)
          if (datas[r][p]) {
            c |= 1 << r;
            fgDecisions++;
          }
        codes[p] = c >>> 0;
        counts.set(c >>> 0, (counts.get(c >>> 0) ?? 0) + 1);
        N++;
      }
    }
  const patterns = [...counts.keys()];
  const weights = patterns.map((c) => counts.get(c)!);
  const prior = opts.prior ?? fgDecisions / (N * R);
  const gamma = clamp(prior);
  let p = new Array<number>(R).fill(opts.initialSensitivity ?? 0.99);
  let q = new Array<number>(R).fill(opts.initialSpecificity ?? 0.99);
  const tol = opts.tolerance ?? 1e-8;
  const maxIt = opts.maxIterations ?? 200;
  const W = new Float64Array(patterns.length);

  const eStep = () => {
    for (let u = 0; u < patterns.length; u++) {
      const c = patterns[u];
      let a = gamma;
      let b = 1 - gamma;
      for (let r = 0; r < R; r++) {
        if ((c >>> r) & 1) {
          a *= p[r];
          b *= 1 - q[r];
        } else {
          a *= 1 - p[r];
          b *= q[r];
        }
      }
      W[u] = a / (a + b);
    }
  };

  let iterations = 0;
  let converged = false;
  while (iterations < maxIt) {
    eStep();
    iterations++;
    const np = new Array<number>(R).fill(0);
    const nq = new Array<number>(R).fill(0);
    let sw = 0;
    let s1w = 0;
    for (let u = 0; u < patterns.length; u++) {
      const w = W[u] * weights[u];
      const v = (1 - W[u]) * weights[u];
      sw += w;
      s1w += v;
      const c = patterns[u];
      for (let r = 0; r < R; r++) {
        if ((c >>> r) & 1) np[r] += w;
        else nq[r] += v;
      }
    }
    let change = 0;
    for (let r = 0; r < R; r++) {
      np[r] = clamp(sw > 0 ? np[r] / sw : p[r]);
      nq[r] = clamp(s1w > 0 ? nq[r] / s1w : q[r]);
      change = Math.max(change, Math.abs(np[r] - p[r]), Math.abs(nq[r] - q[r]));
    }
    p = np;
    q = nq;
    if (change <= tol) {
      converged = true;
      break;
    }
  }
  eStep();
  const wOf = new Map<number, number>();
  patterns.forEach((c, u) => wOf.set(c, W[u]));
  let voxels = 0;
  for (let k = box.min[2]; k <= box.max[2]; k++)
    for (let j = box.min[1]; j <= box.max[1]; j++) {
      const row = nx * (j + ny * k);
      for (let i = box.min[0]; i <= box.max[0]; i++) {
        const w = wOf.get(codes[row + i])!;
        probability[row + i] = w;
        if (w >= threshold) {
          consensusData[row + i] = 1;
          voxels++;
        }
      }
    }
  return out(p, q, prior, iterations, converged, voxels);
}
