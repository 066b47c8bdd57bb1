import { describe, expect, it } from "vitest";
import { labelSliceStats, largestSlice, presentOnSlice } from "@/lib/imaging/label-stats";

// 2 × 2 × 3 grid, i fastest. Slice k=0: [1,1,0,2]; k=1: [1,0,0,0]; k=2: [2,2,2,0].
const data = new Uint8Array([1, 1, 0, 2, 1, 0, 0, 0, 2, 2, 2, 0]);
const stats = labelSliceStats(data, [2, 2, 3]);

describe("labelSliceStats / largestSlice", () => {
  it("counts voxels per label and axial slice (hand-counted)", () => {
    expect(stats.maxLabel).toBe(2);
    expect([0, 1, 2].map((k) => stats.counts[1 * 3 + k])).toEqual([2, 1, 0]);
    expect([0, 1, 2].map((k) => stats.counts[2 * 3 + k])).toEqual([1, 0, 3]);
  });
  it("largest slice is where the label has most voxels; absent labels give null", () => {
    expect(largestSlice(stats, 1)).toBe(0);
    expect(largestSlice(stats, 2)).toBe(2);
    expect(largestSlice(stats, 3)).toBeNull();
    expect(largestSlice(stats, 0)).toBeNull();
  });
  it("ties go to the lowest k", () => {
    const s = labelSliceStats(new Uint8Array([5, 5]), [1, 1, 2]);
    expect(largestSlice(s, 5)).toBe(0);
  });
  it("presence per slice", () => {
    expect(presentOnSlice(stats, 1, 1)).toBe(true);
    expect(presentOnSlice(stats, 1, 2)).toBe(false);
    expect(presentOnSlice(stats, 2, 9)).toBe(false);
  });
});
