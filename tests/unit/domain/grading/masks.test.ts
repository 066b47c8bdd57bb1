import { describe, expect, it } from "vitest";
import {
  boundaryMask,
  compareMasks,
  DEFAULT_NSD_TOLERANCE_MM,
  dice,
  percentile,
} from "@/lib/domain/grading";
import { makeMask } from "./helpers";

describe("boundary voxels", () => {
  it("3D: a 3×3×3 cube inside a larger grid has 26 boundary voxels", () => {
    const m = makeMask(
      [5, 5, 5],
      [1, 1, 1],
      (i, j, k) => i >= 1 && i <= 3 && j >= 1 && j <= 3 && k >= 1 && k <= 3,
    );
    expect(boundaryMask(m).reduce((a, b) => a + b, 0)).toBe(26);
  });
  it("outside the grid counts as background (touching borders)", () => {
    const full = makeMask([4, 4, 4], [1, 1, 1], () => true);
    expect(boundaryMask(full).reduce((a, b) => a + b, 0)).toBe(64 - 8);
  });
  it("2D (one slice): the singleton axis creates no boundary", () => {
    const m = makeMask([5, 5, 1], [1, 1, 7], (i, j) => i >= 1 && i <= 3 && j >= 1 && j <= 3);
    const b = boundaryMask(m);
    expect(b.reduce((a, x) => a + x, 0)).toBe(8);
    expect(b[2 + 5 * 2]).toBe(0); // the centre pixel is interior
  });
  it("any singleton axis (n × 1 × m) is treated the same way", () => {
    const m = makeMask([5, 1, 5], [1, 3, 1], (i, _j, k) => i >= 1 && i <= 3 && k >= 1 && k <= 3);
    expect(boundaryMask(m).reduce((a, x) => a + x, 0)).toBe(8);
  });
  it("a single-voxel grid: the voxel is its own boundary", () => {
    expect(Array.from(boundaryMask(makeMask([1, 1, 1], [1, 1, 1], () => true)))).toEqual([1]);
  });
});

describe("percentile (numpy linear)", () => {
  it("interpolates between order statistics", () => {
    expect(percentile([1, 2, 3, 4], 95)).toBeCloseTo(3.85, 12);
    expect(percentile([5], 95)).toBe(5);
    expect(percentile([3, 1, 2], 50)).toBe(2);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("compareMasks: hand-checked cases", () => {
  it("identical masks", () => {
    const a = makeMask([6, 6, 6], [1, 1, 1], (i, j, k) => i > 1 && j > 1 && k > 1 && i < 5);
    const m = compareMasks(a, a);
    expect(m).toMatchObject({
      dice: 1,
      iou: 1,
      hd: 0,
      hd95: 0,
      assd: 0,
      nsd: 1,
      overVoxels: 0,
      underVoxels: 0,
    });
    expect(m.nsdToleranceMm).toBe(DEFAULT_NSD_TOLERANCE_MM);
  });

  it("anisotropic spacing: a one-voxel shift along k costs spacing_k", () => {
    const dims: [number, number, number] = [4, 4, 6];
    const a = makeMask(dims, [0.5, 0.5, 3], (_i, _j, k) => k === 2);
    const b = makeMask(dims, [0.5, 0.5, 3], (_i, _j, k) => k === 3);
    const m = compareMasks(a, b, { nsdToleranceMm: 2.9 });
    expect(m.dice).toBe(0);
    expect(m.hd).toBe(3);
    expect(m.hd95).toBe(3);
    expect(m.assd).toBe(3);
    expect(m.nsd).toBe(0);
    expect(compareMasks(a, b, { nsdToleranceMm: 3 }).nsd).toBe(1); // ≤ τ is inclusive
  });

  it("2D masks: distances are in-plane, slice thickness ignored", () => {
    const a = makeMask([8, 8, 1], [0.5, 2, 10], (i, j) => i === 1 && j === 1);
    const b = makeMask([8, 8, 1], [0.5, 2, 10], (i, j) => i === 4 && j === 5);
    const m = compareMasks(a, b);
    expect(m.hd).toBeCloseTo(Math.hypot(1.5, 8), 12);
  });

  it("empty policy", () => {
    const dims: [number, number, number] = [5, 4, 3];
    const sp: [number, number, number] = [1, 2, 3];
    const empty = makeMask(dims, sp, () => false);
    const one = makeMask(dims, sp, (i, j, k) => i === 2 && j === 2 && k === 1);
    expect(compareMasks(empty, empty)).toMatchObject({
      dice: 1,
      iou: 1,
      hd: 0,
      hd95: 0,
      assd: 0,
      nsd: 1,
    });
    const diag = Math.hypot(4, 6, 6);
    for (const m of [compareMasks(empty, one), compareMasks(one, empty)]) {
      expect(m.dice).toBe(0);
      expect(m.iou).toBe(0);
      expect(m.nsd).toBe(0);
      expect(m.hd).toBeCloseTo(diag, 12);
      expect(m.hd95).toBeCloseTo(diag, 12);
      expect(m.assd).toBeCloseTo(diag, 12);
    }
    expect(compareMasks(one, empty).underVoxels).toBe(1);
    expect(compareMasks(empty, one).overVoxels).toBe(1);
  });

  it("one-voxel masks", () => {
    const a = makeMask([5, 5, 5], [1, 1, 1], (i, j, k) => i === 0 && j === 0 && k === 0);
    const b = makeMask([5, 5, 5], [1, 1, 1], (i, j, k) => i === 3 && j === 4 && k === 0);
    expect(compareMasks(a, b)).toMatchObject({ dice: 0, hd: 5, hd95: 5, assd: 5, nsd: 0 });
  });

  it("over- and under-segmented voxel counts", () => {
    const a = makeMask([6, 1, 1], [1, 1, 1], (i) => i < 3);
    const b = makeMask([6, 1, 1], [1, 1, 1], (i) => i >= 1 && i < 5);
    const m = compareMasks(a, b);
    expect(m).toMatchObject({
      referenceVoxels: 3,
      answerVoxels: 4,
      intersectionVoxels: 2,
      overVoxels: 2,
      underVoxels: 1,
    });
    expect(m.dice).toBeCloseTo(4 / 7, 12);
    expect(m.iou).toBeCloseTo(2 / 5, 12);
  });

  it("refuses masks on different grids and says how", () => {
    const a = makeMask([4, 4, 4], [1, 1, 1], () => true);
    expect(() =>
      compareMasks(
        a,
        makeMask([4, 4, 5], [1, 1, 1], () => true),
      ),
    ).toThrow(/4×4×4 vs 4×4×5/);
    expect(() =>
      compareMasks(
        a,
        makeMask([4, 4, 4], [1, 1, 2], () => true),
      ),
    ).toThrow(/spacing/);
    expect(() => compareMasks(a, a, { nsdToleranceMm: -1 })).toThrow(/tolerance/);
  });

  it("dice() helper", () => {
    const e = makeMask([2, 2, 1], [1, 1, 1], () => false);
    expect(dice(e, e)).toBe(1);
  });
});
