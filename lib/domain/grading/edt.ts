/**
 * Exact Euclidean distance transform with anisotropic voxel spacing (Felzenszwalb & Huttenlocher,
 * "Distance Transforms of Sampled Functions", Theory of Computing 8, 2012): the lower envelope of
 * parabolas, one separable pass per axis, O(voxels). Distances are between voxel centres, in mm.
 */

/**
 * Squared distance (mm²) from every voxel to the nearest feature voxel (`features[p] ≠ 0`) on an
 * nx × ny × nz grid (i fastest) with `spacing` mm. `Infinity` everywhere when there is no feature.
 * Axes of length 1 contribute nothing (a one-slice grid is 2D).
 *
 * `queryMask` (optional): the caller only reads the result where `queryMask[p] ≠ 0`. The last pass
 * then skips lines holding no query voxel (their values are left partial); a speed-up only.
 */
export function squaredEdt(
  features: Uint8Array,
  dims: readonly [number, number, number],
  spacing: readonly [number, number, number],
  queryMask?: Uint8Array,
): Float64Array {
  const [nx, ny, nz] = dims;
  const n = nx * ny * nz;
  const f = new Float64Array(n);
  const maxLen = Math.max(nx, ny, nz);
  const line = new Float64Array(maxLen);
  const out = new Float64Array(maxLen);
  const v = new Int32Array(maxLen);
  const z = new Float64Array(maxLen + 1);
  const g = new Float64Array(maxLen);

  // Pass 1 (axis i, contiguous): distance along the row to the nearest feature, by two scans.
  const sx2 = spacing[0] * spacing[0];
  const sliceHasFeature = new Uint8Array(nz);
  for (let row = 0; row < ny * nz; row++) {
    const base = row * nx;
    let last = -1;
    for (let i = 0; i < nx; i++) {
      if (features[base + i]) {
        last = i;
        f[base + i] = 0;
      } else f[base + i] = last < 0 ? Infinity : (i - last) * (i - last) * sx2;
    }
    if (last >= 0) sliceHasFeature[(row / ny) | 0] = 1;
    last = -1;
    for (let i = nx - 1; i >= 0; i--) {
      if (features[base + i]) last = i;
      else if (last >= 0) {
        const d = (last - i) * (last - i) * sx2;
        if (d < f[base + i]) f[base + i] = d;
      }
    }
  }

  // Which lines of the last active pass hold a query voxel.
  const lastAxis = nz > 1 ? 2 : ny > 1 ? 1 : 0;
  let wantedLines: Uint8Array | undefined;
  if (queryMask && lastAxis > 0) {
    wantedLines = new Uint8Array(lastAxis === 2 ? nx * ny : nx * nz);
    for (let k = 0, p = 0; k < nz; k++)
      for (let j = 0; j < ny; j++)
        for (let i = 0; i < nx; i++, p++) {
          if (!queryMask[p]) continue;
          wantedLines[lastAxis === 2 ? i + nx * j : i + nx * k] = 1;
        }
  }

  // Pass 2 (axis j): lines at (i, k), stride nx.
  if (ny > 1) {
    const s2 = spacing[1] * spacing[1];
    for (let k = 0; k < nz; k++) {
      if (!sliceHasFeature[k]) continue; // every value of the slice is already Infinity
      for (let i = 0; i < nx; i++) {
        if (lastAxis === 1 && wantedLines && !wantedLines[i + nx * k]) continue;
        const base = i + nx * ny * k;
        let finite = false;
        for (let j = 0; j < ny; j++) {
          const x = f[base + j * nx];
          line[j] = x;
          if (x !== Infinity) finite = true;
        }
        if (!finite) continue; // nothing to propagate: the line stays Infinity
        envelope(line, ny, s2, out, v, z, g);
        for (let j = 0; j < ny; j++) f[base + j * nx] = out[j];
      }
    }
  }

  // Pass 3 (axis k): lines at (i, j), stride nx·ny.
  if (nz > 1) {
    const s2 = spacing[2] * spacing[2];
    const stride = nx * ny;
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++) {
        const base = i + nx * j;
        if (wantedLines && !wantedLines[base]) continue;
        let finite = false;
        for (let k = 0; k < nz; k++) {
          const x = f[base + k * stride];
          line[k] = x;
          if (x !== Infinity) finite = true;
        }
        if (!finite) continue;
        envelope(line, nz, s2, out, v, z, g);
        for (let k = 0; k < nz; k++) f[base + k * stride] = out[k];
      }
    }
  }
  return f;
}

/**
 * 1D squared distance transform of sampled function `f` (length n, samples `s2 = spacing²` apart):
 * out[q] = min_p (s2·(q − p)² + f[p]). Infinite samples are skipped (they never win).
 */
function envelope(
  f: Float64Array,
  n: number,
  s2: number,
  out: Float64Array,
  v: Int32Array,
  z: Float64Array,
  g: Float64Array,
): void {
  // g[q] = f[q] + s2·q²: the parabola rooted at q, written so that intersections are linear.
  let k = -1;
  for (let q = 0; q < n; q++) {
    const fq = f[q];
    if (fq === Infinity) continue;
    const gq = fq + s2 * q * q;
    g[q] = gq;
    if (k < 0) {
      k = 0;
      v[0] = q;
      z[0] = -Infinity;
      z[1] = Infinity;
      continue;
    }
    for (;;) {
      const r = v[k];
      const s = (gq - g[r]) / (2 * s2 * (q - r));
      if (s <= z[k]) {
        k--;
        continue; // z[0] = −∞, so k never drops below 0
      }
      k++;
      v[k] = q;
      z[k] = s;
      z[k + 1] = Infinity;
      break;
    }
  }
  if (k < 0) {
    for (let q = 0; q < n; q++) out[q] = Infinity;
    return;
  }
  k = 0;
  for (let q = 0; q < n; q++) {
    while (z[k + 1] < q) k++;
    const r = v[k];
    const d = q - r;
    out[q] = s2 * d * d + f[r];
  }
}
