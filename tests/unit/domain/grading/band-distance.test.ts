/**
 * The boundary-band search gives the distance transform's numbers bit for bit (the EDT itself is
 * checked against scipy in golden.test.ts), gives up beyond its radius cap, and the selection
 * percentile equals the sort-based definition.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { boundaryMask, percentile, squaredEdt } from "@/lib/domain/grading";
import { bandSquaredDistances } from "@/lib/domain/grading/band-distance";
import { boundaryRows, type VoxelBox } from "@/lib/domain/grading/boundary-rows";
import type { Mask } from "@/lib/domain/geometry/mask";
import { makeMask, readMask, rng } from "./helpers";

/**
 * Union of random balls clipped by the grid (so masks often touch the border); `jitter` > 0 moves
 * every ball by up to that many voxels, as a student's answer near the reference.
 */
function balls(
  dims: [number, number, number],
  sp: [number, number, number],
  seed: number,
  jitter = 0,
): Mask {
  const r = rng(seed);
  const j = rng(seed + 1);
  const wiggle = () => (j() - 0.5) * 2 * jitter;
  const cs = Array.from({ length: 4 }, () => [
    r() * dims[0] + wiggle(),
    r() * dims[1] + wiggle(),
    r() * dims[2] + wiggle(),
    1 + r() * 0.4 * Math.max(...dims) + wiggle() / 2,
  ]);
  return makeMask(dims, sp, (i, j, k) =>
    cs.some(([x, y, z, rad]) => Math.hypot(i - x, j - y, dims[2] > 1 ? k - z : 0) <= rad),
  );
}

const wholeGrid = (m: Mask): VoxelBox => ({
  lo: [0, 0, 0],
  hi: [m.grid.dims[0] - 1, m.grid.dims[1] - 1, m.grid.dims[2] - 1],
});

/** Squared EDT of B's boundary read at A's boundary voxels, in scan order. */
function byEdt(a: Mask, b: Mask): number[] {
  const ba = boundaryMask(a);
  const f = squaredEdt(boundaryMask(b), a.grid.dims, a.grid.spacing, ba);
  return Array.from(ba.keys()).flatMap((p) => (ba[p] ? [f[p]] : []));
}

describe("bandSquaredDistances", () => {
  const grids: [number, number, number][] = [
    [23, 19, 11],
    [40, 33, 1],
    [1, 30, 17],
  ];
  const spacings: [number, number, number][] = [
    [0.7, 1.3, 2.5],
    [0.8, 0.8, 1.5],
    [1, 1, 1],
  ];
  for (const [g, dims] of grids.entries()) {
    for (const [s, sp] of spacings.entries()) {
      it(`equals the distance transform bit for bit on ${dims.join("×")} @ ${sp.join("×")} mm`, () => {
        for (let seed = 1; seed <= 4; seed++) {
          const a = balls(dims, sp, 100 * g + 10 * s + seed);
          const b = balls(dims, sp, 100 * g + 10 * s + seed, 3);
          const box = wholeGrid(a);
          const got = bandSquaredDistances(
            boundaryRows(a.data, dims, box),
            boundaryRows(b.data, dims, box),
            box,
            sp,
          );
          expect(got).not.toBeNull();
          expect(Array.from(got ?? [])).toEqual(byEdt(a, b));
        }
      });
    }
  }

  it("gives up (null) when a boundary voxel is farther than its radius cap", () => {
    const dir = path.resolve(__dirname, "../../../fixtures/golden/grading");
    const a = readMask(path.join(dir, "far-apart-ans.nii.gz"));
    const b = readMask(path.join(dir, "far-apart-ref.nii.gz"));
    const box = wholeGrid(a);
    const far = bandSquaredDistances(
      boundaryRows(a.data, a.grid.dims, box),
      boundaryRows(b.data, a.grid.dims, box),
      box,
      a.grid.spacing,
    );
    expect(far).toBeNull();
  });
});

describe("percentile by selection", () => {
  it("equals the sorted-array definition on random data with ties", () => {
    const r = rng(5);
    for (let trial = 0; trial < 200; trial++) {
      const n = 1 + Math.floor(r() * 300);
      const v = Array.from({ length: n }, () => Math.floor(r() * 20) * 0.37);
      const s = [...v].sort((x, y) => x - y);
      for (const q of [0, 5, 50, 95, 99.9, 100]) {
        const h = ((n - 1) * q) / 100;
        const lo = Math.floor(h);
        const hi = Math.min(n - 1, lo + 1);
        expect(percentile(v, q)).toBe(s[lo] + (h - lo) * (s[hi] - s[lo]));
      }
    }
  });
});
