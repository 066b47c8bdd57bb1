import { describe, expect, it } from "vitest";
import {
  boxIou,
  countVoxels,
  indexBoxToWorld,
  maskBoundingBox,
  maskFromLabels,
  maskFromWorldBox,
  maskWorldBox,
  occupiedSlices,
  placeSlice,
  sliceOf,
  unionBoundingBox,
} from "@/lib/domain/geometry";
import type { GridSpec } from "@/lib/domain/model";
import { makeMask } from "../grading/helpers";

const grid: GridSpec = {
  dims: [6, 5, 4],
  spacing: [1, 2, 3],
  origin: [10, 20, 30],
  direction: [1, 0, 0, 0, 1, 0, 0, 0, 1],
};

describe("masks", () => {
  it("maskFromLabels: one label, a list, or all non-zero", () => {
    const labels = [0, 1, 2, 5, 2, 0];
    const g = {
      dims: [6, 1, 1] as [number, number, number],
      spacing: [1, 1, 1] as [number, number, number],
    };
    expect(Array.from(maskFromLabels(g, labels, 2).data)).toEqual([0, 0, 1, 0, 1, 0]);
    expect(Array.from(maskFromLabels(g, labels, [1, 5]).data)).toEqual([0, 1, 0, 1, 0, 0]);
    expect(Array.from(maskFromLabels(g, labels).data)).toEqual([0, 1, 1, 1, 1, 0]);
    expect(() => maskFromLabels({ ...g, dims: [7, 1, 1] }, labels)).toThrow();
  });

  it("bounding box (inclusive) and its world extent", () => {
    const m = makeMask(
      grid.dims,
      grid.spacing,
      (i, j, k) => i >= 1 && i <= 3 && j === 2 && k >= 1 && k <= 2,
    );
    expect(countVoxels(m)).toBe(6);
    const b = maskBoundingBox(m)!;
    expect(b).toEqual({ min: [1, 2, 1], max: [3, 2, 2] });
    expect(indexBoxToWorld(grid, b)).toEqual({ min: [10.5, 23, 31.5], max: [13.5, 25, 37.5] });
    expect(maskWorldBox(grid, m)).toEqual(indexBoxToWorld(grid, b));
    expect(maskBoundingBox(makeMask(grid.dims, grid.spacing, () => false))).toBeNull();
  });

  it("world box → mask selects voxel centres in [min, max) and back", () => {
    const m = maskFromWorldBox(grid, { min: [10.5, 23, 31.5], max: [13.5, 25, 37.5] });
    expect(maskBoundingBox(m)).toEqual({ min: [1, 2, 1], max: [3, 2, 2] });
    expect(countVoxels(m)).toBe(6);
    // Half-open: a box ending exactly on a centre excludes it.
    expect(countVoxels(maskFromWorldBox(grid, { min: [10, 20, 30], max: [12, 22, 33] }))).toBe(2);
  });

  it("2D world box (min z = max z) selects the slice containing the plane", () => {
    const m = maskFromWorldBox(grid, { min: [10, 20, 36.4], max: [12.5, 24.5, 36.4] });
    expect(occupiedSlices(m)).toEqual([2]);
    expect(countVoxels(m)).toBe(3 * 3);
  });

  it("slices: sliceOf / placeSlice / occupiedSlices", () => {
    const m = makeMask(grid.dims, grid.spacing, (i, j, k) => k === 2 && i === j);
    const s = sliceOf(m, 2);
    expect(s.grid.dims).toEqual([6, 5, 1]);
    expect(countVoxels(s)).toBe(5);
    expect(Array.from(placeSlice(grid, 2, s).data)).toEqual(Array.from(m.data));
    expect(occupiedSlices(m)).toEqual([2]);
    expect(() => sliceOf(m, 4)).toThrow(/outside/);
  });

  it("union bounding box", () => {
    const a = makeMask(grid.dims, grid.spacing, (i, j, k) => i === 0 && j === 1 && k === 3);
    const b = makeMask(grid.dims, grid.spacing, (i, j, k) => i === 4 && j === 0 && k === 1);
    expect(unionBoundingBox([a, b])).toEqual({ min: [0, 0, 1], max: [4, 1, 3] });
  });
});

describe("boxIou (continuous, [min, max), no +1)", () => {
  it("2D and 3D", () => {
    expect(boxIou({ min: [0, 0], max: [2, 2] }, { min: [1, 1], max: [3, 3] })).toBeCloseTo(
      1 / 7,
      12,
    );
    expect(
      boxIou({ min: [0, 0, 0], max: [2, 2, 2] }, { min: [1, 0, 0], max: [3, 2, 2] }),
    ).toBeCloseTo(4 / 12, 12);
    expect(boxIou({ min: [0, 0], max: [1, 1] }, { min: [1, 0], max: [2, 1] })).toBe(0); // touching
    expect(boxIou({ min: [0, 0], max: [1, 1] }, { min: [0, 0], max: [1, 1] })).toBe(1);
  });
  it("2D boxes on a slice (min z = max z) ignore the flat axis", () => {
    expect(
      boxIou({ min: [0, 0, 5], max: [2, 2, 5] }, { min: [1, 1, 5], max: [3, 3, 5] }),
    ).toBeCloseTo(1 / 7, 12);
  });
  it("empty boxes give 0", () => {
    expect(boxIou({ min: [0, 0], max: [0, 0] }, { min: [0, 0], max: [0, 0] })).toBe(0);
    expect(boxIou({ min: [2, 2], max: [1, 1] }, { min: [0, 0], max: [3, 3] })).toBe(0);
  });
});
