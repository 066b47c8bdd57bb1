import { describe, expect, it } from "vitest";
import {
  errorMap,
  ERROR_CODES,
  gradeAgainstExperts,
  mirrorMaskX,
  outlineThresholdFromExperts,
  scoreBox,
  scoreDistance,
  scoreOutline,
  scorePoint,
  sideError,
  sliceErrorMm,
  sliceErrorToStructureMm,
  compareMasks,
  DEFAULT_PASS_DICE,
} from "@/lib/domain/grading";
import type { GridSpec } from "@/lib/domain/model";
import { makeMask } from "./helpers";

const grid: GridSpec = {
  dims: [20, 8, 6],
  spacing: [1, 1, 2.5],
  origin: [-9.5, 0, 0],
  direction: [1, 0, 0, 0, 1, 0, 0, 0, 1],
};
const left = makeMask(
  grid.dims,
  grid.spacing,
  (i, j, k) => i >= 13 && i <= 16 && j >= 2 && j <= 5 && k >= 2 && k <= 3,
);
const right = makeMask(
  grid.dims,
  grid.spacing,
  (i, j, k) => i >= 3 && i <= 6 && j >= 2 && j <= 5 && k >= 2 && k <= 3,
);

describe("feedback", () => {
  it("error map codes and counts", () => {
    const a = makeMask([4, 1, 1], [1, 1, 1], (i) => i < 2);
    const b = makeMask([4, 1, 1], [1, 1, 1], (i) => i >= 1 && i < 3);
    const e = errorMap(a, b);
    expect(Array.from(e.data)).toEqual([
      ERROR_CODES.under,
      ERROR_CODES.agree,
      ERROR_CODES.over,
      ERROR_CODES.none,
    ]);
    expect(e).toMatchObject({ agree: 1, over: 1, under: 1 });
  });

  it("slice error in mm", () => {
    expect(sliceErrorMm(grid, 5, 2)).toBe(7.5);
    expect(sliceErrorMm({ dims: [4, 4, 1], spacing: [1, 1, 3] }, 0, 0)).toBe(0);
    expect(sliceErrorToStructureMm(left, 5)).toBe(5);
    expect(sliceErrorToStructureMm(left, 3)).toBe(0);
    expect(
      sliceErrorToStructureMm(
        makeMask(grid.dims, grid.spacing, () => false),
        0,
      ),
    ).toBe(Infinity);
  });

  it("mirror across the midline and side error", () => {
    expect(Array.from(mirrorMaskX(grid, left, 0).data)).toEqual(Array.from(right.data));
    expect(sideError(grid, left, right, { midlineXmm: 0 })).toMatchObject({
      swapped: true,
      dice: 0,
      diceOtherSide: 1,
    });
    expect(sideError(grid, left, left, { midlineXmm: 0 }).swapped).toBe(false);
    expect(sideError(grid, left, right, { counterpart: right }).swapped).toBe(true);
    expect(
      sideError(
        grid,
        left,
        makeMask(grid.dims, grid.spacing, () => false),
      ).swapped,
    ).toBe(false);
  });
});

describe("grade policy", () => {
  it("distance answers: 100 when within tolerance, half credit falling to 0 after", () => {
    expect(scoreDistance(1, 2)).toEqual({ score: 100, passed: true });
    expect(scoreDistance(2, 2)).toEqual({ score: 100, passed: true });
    expect(scoreDistance(7, 2)).toEqual({ score: 25, passed: false });
    expect(scoreDistance(12, 2)).toEqual({ score: 0, passed: false });
    expect(scoreDistance(Infinity, 2)).toEqual({ score: 0, passed: false });
    expect(scorePoint({ correct: true, distanceMm: 0 } as never, 0)).toEqual({
      score: 100,
      passed: true,
    });
  });

  it("box: 100 × IoU, pass at the item's IoU", () => {
    expect(scoreBox(0.55, 0.5)).toEqual({ score: 55, passed: true });
    expect(scoreBox(0.49, 0.5)).toEqual({ score: 49, passed: false });
  });

  it("outline threshold from the item, from the experts' spread, or the default", () => {
    const e1 = makeMask(
      grid.dims,
      grid.spacing,
      (i, j, k) => i >= 4 && i <= 12 && j >= 1 && j <= 6 && k >= 1 && k <= 4,
    );
    const e2 = makeMask(
      grid.dims,
      grid.spacing,
      (i, j, k) => i >= 5 && i <= 12 && j >= 1 && j <= 6 && k >= 1 && k <= 4,
    );
    const e3 = makeMask(
      grid.dims,
      grid.spacing,
      (i, j, k) => i >= 4 && i <= 13 && j >= 1 && j <= 5 && k >= 1 && k <= 4,
    );
    expect(outlineThresholdFromExperts([e1, e2], { passDice: 0.8 })).toMatchObject({
      metric: "dice",
      min: 0.8,
      source: "item threshold",
    });
    expect(outlineThresholdFromExperts([e1])).toMatchObject({
      metric: "dice",
      min: DEFAULT_PASS_DICE,
    });
    const t = outlineThresholdFromExperts([e1, e2, e3]);
    const lowest = Math.min(
      compareMasks(e1, e2).dice,
      compareMasks(e1, e3).dice,
      compareMasks(e2, e3).dice,
    );
    expect(t).toMatchObject({ metric: "dice", min: lowest });
    const n = outlineThresholdFromExperts([e1, e2, e3], { rule: "nsd-at-median-hd95" });
    expect(n.metric).toBe("nsd");
    if (n.metric === "nsd") {
      const hd95s = [
        compareMasks(e1, e2).hd95,
        compareMasks(e1, e3).hd95,
        compareMasks(e2, e3).hd95,
      ].sort((a, b) => a - b);
      expect(n.toleranceMm).toBe(hd95s[1]);
      expect(n.min).toBeGreaterThan(0);
    }
  });

  it("gradeAgainstExperts keeps the best-matching expert and scores 100 × metric", () => {
    const e1 = makeMask(
      grid.dims,
      grid.spacing,
      (i, j, k) => i >= 4 && i <= 12 && j >= 1 && j <= 6 && k === 2,
    );
    const e2 = makeMask(
      grid.dims,
      grid.spacing,
      (i, j, k) => i >= 6 && i <= 14 && j >= 1 && j <= 6 && k === 2,
    );
    const ans = makeMask(
      grid.dims,
      grid.spacing,
      (i, j, k) => i >= 6 && i <= 13 && j >= 1 && j <= 6 && k === 2,
    );
    const g = gradeAgainstExperts([e1, e2], ans, {
      metric: "dice",
      min: 0.7,
      source: "item threshold",
    });
    expect(g.expert).toBe(1);
    expect(g.score).toBe(Math.round(100 * g.metrics.dice));
    expect(g.passed).toBe(true);
    expect(g.perExpert).toHaveLength(2);
    expect(() =>
      scoreOutline(g.metrics, { metric: "nsd", min: 0.5, toleranceMm: 7, source: "x" }),
    ).toThrow(/τ/);
    expect(() => gradeAgainstExperts([], ans, { metric: "dice", min: 0.7, source: "x" })).toThrow();
  });
});
