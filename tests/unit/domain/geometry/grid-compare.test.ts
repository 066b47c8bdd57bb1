import { describe, expect, it } from "vitest";
import type { GridSpec } from "@/lib/domain/model";
import { compareGrids, dominantAxis, gridsMatch, linearIndex } from "@/lib/domain/geometry";

const ref: GridSpec = {
  dims: [181, 217, 181],
  spacing: [1, 1, 1],
  origin: [90, 126, -72],
  direction: [-1, 0, 0, 0, -1, 0, 0, 0, 1],
};
const display = (file: GridSpec) => compareGrids(file, ref, ["file", "case grid"], "display");

describe("compareGrids, display profile (the viewer's overlay check)", () => {
  it("accepts the same grid and sub-half-voxel origin noise", () => {
    expect(display(ref)).toEqual([]);
    expect(display({ ...ref, origin: [90.4, 126, -72] })).toEqual([]);
  });
  it("names each difference", () => {
    expect(display({ ...ref, dims: [91, 109, 91] })[0]).toBe(
      "dimensions differ: 91 × 109 × 91 (file) vs 181 × 217 × 181 (case grid) voxels",
    );
    expect(display({ ...ref, spacing: [2, 2, 2] })[0]).toMatch(/^voxel spacing differs: 2 × 2 × 2/);
    expect(display({ ...ref, origin: [91, 126, -72] })[0]).toMatch(/^origin differs by 1 mm/);
    expect(display({ ...ref, direction: [1, 0, 0, 0, -1, 0, 0, 0, 1] })[0]).toMatch(
      /^orientation differs/,
    );
  });
});

describe("named profiles", () => {
  it("exact < import < display in what they accept", () => {
    const near = { ...ref, origin: [90.005, 126, -72] as [number, number, number] };
    expect(gridsMatch(near, ref, "exact")).toBe(false); // 5 µm > 1 µm
    expect(gridsMatch(near, ref, "import")).toBe(true); // ≤ 0.01 mm
    const off = { ...ref, origin: [90.3, 126, -72] as [number, number, number] };
    expect(gridsMatch(off, ref, "import")).toBe(false);
    expect(gridsMatch(off, ref, "display")).toBe(true); // < half a 1 mm voxel
  });
});

describe("grid helpers", () => {
  it("linear index is i + nx·(j + ny·k)", () => {
    expect(linearIndex(ref, 2, 3, 4)).toBe(2 + 181 * (3 + 217 * 4));
  });
  it("the axis most parallel to a view normal", () => {
    expect(dominantAxis(ref, [0, 0, 1])).toBe(2);
    expect(dominantAxis(ref, [0, 1, 0])).toBe(1);
    expect(dominantAxis(ref, [-0.9, 0.1, 0.3])).toBe(0);
  });
});
