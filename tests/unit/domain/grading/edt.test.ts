import { describe, expect, it } from "vitest";
import { squaredEdt } from "@/lib/domain/grading";
import { rng } from "./helpers";

function brute(
  f: Uint8Array,
  dims: [number, number, number],
  sp: [number, number, number],
): Float64Array {
  const [nx, ny, nz] = dims;
  const feats: number[][] = [];
  for (let k = 0, p = 0; k < nz; k++)
    for (let j = 0; j < ny; j++) for (let i = 0; i < nx; i++, p++) if (f[p]) feats.push([i, j, k]);
  const out = new Float64Array(nx * ny * nz).fill(Infinity);
  for (let k = 0, p = 0; k < nz; k++)
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++, p++)
        for (const [a, b, c] of feats) {
          const d = ((i - a) * sp[0]) ** 2 + ((j - b) * sp[1]) ** 2 + ((k - c) * sp[2]) ** 2;
          if (d < out[p]) out[p] = d;
        }
  return out;
}

describe("squaredEdt equals the brute-force minimum over feature voxels", () => {
  const random = rng(99);
  const shapes: [number, number, number][] = [
    [9, 7, 5],
    [12, 1, 6],
    [15, 11, 1],
    [1, 1, 8],
    [1, 1, 1],
  ];
  for (const dims of shapes) {
    for (const density of [0.005, 0.05, 0.4]) {
      it(`${dims.join("×")} density ${density}`, () => {
        const sp: [number, number, number] = [
          0.3 + random() * 2,
          0.3 + random() * 2,
          0.3 + random() * 3,
        ];
        const n = dims[0] * dims[1] * dims[2];
        const f = new Uint8Array(n);
        for (let p = 0; p < n; p++) f[p] = random() < density ? 1 : 0;
        const e = squaredEdt(f, dims, sp);
        const b = brute(f, dims, sp);
        for (let p = 0; p < n; p++) {
          if (b[p] === Infinity) expect(e[p]).toBe(Infinity);
          else expect(Math.abs(e[p] - b[p])).toBeLessThanOrEqual(1e-9 * Math.max(1, b[p]));
        }
      });
    }
  }

  it("query mask: values are exact where asked", () => {
    const dims: [number, number, number] = [10, 9, 8];
    const n = 720;
    const f = new Uint8Array(n);
    const q = new Uint8Array(n);
    for (let p = 0; p < n; p++) {
      f[p] = random() < 0.03 ? 1 : 0;
      q[p] = random() < 0.1 ? 1 : 0;
    }
    const e = squaredEdt(f, dims, [1, 2, 3], q);
    const b = brute(f, dims, [1, 2, 3]);
    for (let p = 0; p < n; p++) if (q[p]) expect(e[p]).toBeCloseTo(b[p], 9);
  });
});
