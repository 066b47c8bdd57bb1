import { describe, expect, it } from "vitest";
import type { GridSpec } from "@/lib/domain/model";
import { gridMismatch } from "@/lib/imaging/grid-check";
import { dominantAxis, voxelOffset } from "@/lib/imaging/grid-math";

const ref: GridSpec = {
  dims: [181, 217, 181],
  spacing: [1, 1, 1],
  origin: [90, 126, -72],
  direction: [-1, 0, 0, 0, -1, 0, 0, 0, 1],
};

describe("gridMismatch", () => {
  it("accepts the same grid and sub-half-voxel origin noise", () => {
    expect(gridMismatch(ref, ref)).toBeNull();
    expect(gridMismatch({ ...ref, origin: [90.4, 126, -72] }, ref)).toBeNull();
  });
  it("names the first difference", () => {
    expect(gridMismatch({ ...ref, dims: [91, 109, 91] }, ref)).toBe(
      "dims 91×109×91 differ from the case grid 181×217×181",
    );
    expect(gridMismatch({ ...ref, spacing: [2, 2, 2] }, ref)).toMatch(/^voxel size 2×2×2 mm/);
    expect(gridMismatch({ ...ref, origin: [91, 126, -72] }, ref)).toMatch(
      /^origin \(91\.0, 126\.0, -72\.0\) mm/,
    );
    expect(gridMismatch({ ...ref, direction: [1, 0, 0, 0, -1, 0, 0, 0, 1] }, ref)).toBe(
      "orientation differs from the case grid",
    );
  });
});

describe("grid-math", () => {
  it("flat offset is i + nx·(j + ny·k)", () => {
    expect(voxelOffset(ref, [2, 3, 4])).toBe(2 + 181 * (3 + 217 * 4));
  });
  it("the axis most parallel to a view normal", () => {
    expect(dominantAxis(ref, [0, 0, 1])).toBe(2);
    expect(dominantAxis(ref, [0, 1, 0])).toBe(1);
    expect(dominantAxis(ref, [-0.9, 0.1, 0.3])).toBe(0);
  });
});
