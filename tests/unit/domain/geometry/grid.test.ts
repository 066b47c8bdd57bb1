import { describe, expect, it } from "vitest";
import {
  activeAxes,
  compareGrids,
  gridDiagonalMm,
  indexToWorld,
  invert3,
  linearIndex,
  worldToIndex,
  worldToVoxel,
} from "@/lib/domain/geometry";
import type { GridSpec } from "@/lib/domain/model";

const axial: GridSpec = {
  dims: [10, 8, 5],
  spacing: [0.5, 0.75, 2],
  origin: [100, -50, 20],
  direction: [1, 0, 0, 0, 1, 0, 0, 0, 1],
};
const c = Math.cos(0.4);
const s = Math.sin(0.4);
const oblique: GridSpec = {
  dims: [6, 7, 4],
  spacing: [1.1, 0.9, 3],
  origin: [-5, 2, 40],
  direction: [c, 0, s, 0, 1, 0, -s, 0, c],
};
const sheared: GridSpec = {
  dims: [3, 3, 3],
  spacing: [1, 1, 1],
  origin: [0, 0, 0],
  direction: [1, 0.3, 0, 0, 0.953939, 0, 0, 0, 1],
};

describe("index ↔ world (LPS mm)", () => {
  it("maps voxel centres with origin, spacing and direction", () => {
    expect(indexToWorld(axial, [0, 0, 0])).toEqual([100, -50, 20]);
    expect(indexToWorld(axial, [2, 4, 1])).toEqual([101, -47, 22]);
    const w = indexToWorld(oblique, [1, 0, 0]);
    expect(w[0]).toBeCloseTo(-5 + 1.1 * c, 12);
    expect(w[2]).toBeCloseTo(40 - 1.1 * s, 12);
  });

  it("worldToIndex inverts indexToWorld, also for sheared grids", () => {
    for (const g of [axial, oblique, sheared]) {
      for (const idx of [
        [0, 0, 0],
        [1.25, 2.5, 0.75],
        [-3, 10, 2],
      ]) {
        const back = worldToIndex(g, indexToWorld(g, idx));
        for (let a = 0; a < 3; a++) expect(back[a]).toBeCloseTo(idx[a], 10);
      }
    }
  });

  it("worldToVoxel rounds half up and returns null outside", () => {
    expect(worldToVoxel(axial, indexToWorld(axial, [2.49, 3.5, 1]))).toEqual([2, 4, 1]);
    expect(worldToVoxel(axial, indexToWorld(axial, [-0.5, 0, 0]))).toEqual([0, 0, 0]);
    expect(worldToVoxel(axial, indexToWorld(axial, [-0.51, 0, 0]))).toBeNull();
    expect(worldToVoxel(axial, indexToWorld(axial, [9.49, 7.49, 4.49]))).toEqual([9, 7, 4]);
    expect(worldToVoxel(axial, indexToWorld(axial, [9.5, 0, 0]))).toBeNull();
  });

  it("worldToVoxel ignores k on a one-slice grid", () => {
    const flat: GridSpec = { ...axial, dims: [10, 8, 1] };
    expect(worldToVoxel(flat, [101, -47, 500])).toEqual([2, 4, 0]);
  });

  it("invert3 rejects singular matrices", () => {
    expect(() => invert3([1, 0, 0, 0, 0, 0, 0, 0, 1])).toThrow(/singular/);
  });

  it("linear index is i-fastest", () => {
    expect(linearIndex(axial, 1, 2, 3)).toBe(1 + 10 * (2 + 8 * 3));
  });
});

describe("grid diagonal and active axes", () => {
  it("is √Σ((n−1)·s)² and ignores singleton axes", () => {
    expect(gridDiagonalMm({ dims: [10, 8, 5], spacing: [0.5, 0.75, 2] })).toBeCloseTo(
      Math.hypot(4.5, 5.25, 8),
      12,
    );
    expect(gridDiagonalMm({ dims: [10, 8, 1], spacing: [0.5, 0.75, 99] })).toBeCloseTo(
      Math.hypot(4.5, 5.25),
      12,
    );
    expect(gridDiagonalMm({ dims: [1, 1, 1], spacing: [1, 1, 1] })).toBe(0);
    expect(activeAxes({ dims: [10, 1, 5] })).toEqual([0, 2]);
  });
});

describe("compareGrids", () => {
  it("says how grids differ", () => {
    expect(compareGrids(axial, axial)).toEqual([]);
    const d = compareGrids(
      axial,
      { ...axial, dims: [10, 8, 6], spacing: [0.5, 0.75, 2.5], origin: [100, -50, 21] },
      ["a.nii", "b.nii"],
    );
    expect(d.join("\n")).toMatch(/dimensions differ: 10 × 8 × 5 \(a.nii\) vs 10 × 8 × 6 \(b.nii\)/);
    expect(d.join("\n")).toMatch(/spacing differs/);
    expect(d.join("\n")).toMatch(/origin differs by 1 mm/);
    expect(
      compareGrids(
        axial,
        oblique.direction ? { ...axial, direction: oblique.direction } : axial,
      )[0],
    ).toMatch(/orientation differs/);
  });
});
