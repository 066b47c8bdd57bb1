import { describe, expect, it } from "vitest";
import type { GridSpec } from "@/lib/domain/model";
import { resampleNearest } from "@/scripts/build-time/resample";
import { describeGrid, gridsMatch, indexToWorld, worldToIndex } from "@/lib/domain/geometry";

const I3 = [1, 0, 0, 0, 1, 0, 0, 0, 1];
const src = {
  grid: { dims: [2, 2, 1], spacing: [2, 2, 1], origin: [0, 0, 0], direction: I3 } as GridSpec,
  data: new Uint8Array([1, 2, 3, 4]),
};

describe("resampleNearest", () => {
  it("upsamples 2 mm → 1 mm (target centres at −0.5, 0.5, 1.5, 2.5 mm → source 0, 0, 1, 1)", () => {
    const target: GridSpec = {
      dims: [4, 4, 1],
      spacing: [1, 1, 1],
      origin: [-0.5, -0.5, 0],
      direction: I3,
    };
    const r = resampleNearest(src, target);
    expect(Array.from(r.data)).toEqual([1, 1, 2, 2, 1, 1, 2, 2, 3, 3, 4, 4, 3, 3, 4, 4]);
    expect(r.report).toEqual({ outside: 0, lostLabels: [] });
  });

  it("sends half-way ties to the higher index and zeroes voxels outside the source", () => {
    // centres at 0, 1, 2, 3 mm → source index 0, 0.5, 1, 1.5 → 0, 1, 1, 2 (outside)
    const target: GridSpec = {
      dims: [4, 1, 1],
      spacing: [1, 1, 1],
      origin: [0, 0, 0],
      direction: I3,
    };
    const r = resampleNearest(src, target);
    expect(Array.from(r.data)).toEqual([1, 2, 2, 0]);
    expect(r.report.outside).toBe(1);
    expect(r.report.lostLabels).toEqual([3, 4]);
  });

  it("follows world coordinates across flipped axes", () => {
    // target i runs towards −x: centres at x = 2, 0 → source index 1, 0
    const target: GridSpec = {
      dims: [2, 1, 1],
      spacing: [2, 1, 1],
      origin: [2, 0, 0],
      direction: [-1, 0, 0, 0, 1, 0, 0, 0, 1],
    };
    expect(Array.from(resampleNearest(src, target).data)).toEqual([2, 1]);
  });
});

describe("grid-math", () => {
  const g: GridSpec = {
    dims: [181, 217, 181],
    spacing: [1, 1, 1],
    origin: [90, 125, -71],
    direction: [-1, 0, 0, 0, -1, 0, 0, 0, 1],
  };
  it("converts voxel ↔ world (LPS)", () => {
    expect(indexToWorld(g, [90, 125, 71])).toEqual([0, 0, 0]);
    expect(worldToIndex(g, [-10, 5, 2])).toEqual([100, 120, 73]);
  });
  it("compares and describes grids", () => {
    expect(gridsMatch(g, { ...g, origin: [90.001, 125, -71] }, "import")).toBe(true);
    expect(gridsMatch(g, { ...g, origin: [91, 125, -71] }, "import")).toBe(false);
    expect(describeGrid(g)).toBe(
      "181×217×181 voxels, spacing 1×1×1 mm, origin (90, 125, -71) mm LPS, axes −x−y+z",
    );
  });
});
