/** Brush rasterisation and grading; every expected count is worked out by hand in the comments. */
import { describe, expect, it } from "vitest";
import type { GridSpec } from "@/lib/domain/model";
import { rasteriseBrush, type BrushStroke } from "@/lib/quiz/brush-raster";
import { gradeItem } from "@/lib/quiz/grade-item";
import type { OutlineGrade } from "@/lib/quiz/grade-outline";
import { quizItemSchema, type SpatialItem } from "@/lib/quiz/item-schema";
import { ctxFor } from "./fixture";

/** 5 × 5 × 1, spacing 1 mm, identity: voxel (i, j) has its centre at world (i, j, 0). */
const g5: GridSpec = {
  dims: [5, 5, 1],
  spacing: [1, 1, 1],
  origin: [0, 0, 0],
  direction: [1, 0, 0, 0, 1, 0, 0, 0, 1],
};
const on = (m: { data: Uint8Array }) =>
  [...m.data].flatMap((v, p) => (v ? [[p % 5, Math.floor(p / 5)]] : []));
const dab = (x: number, y: number, r: number, erase = false): BrushStroke => ({
  pathMm: [[x, y, 0]],
  radiusMm: r,
  erase,
});

describe("rasteriseBrush", () => {
  it("a dab of radius 1 covers the centre and its 4 neighbours (distance 1 counts inside)", () => {
    expect(on(rasteriseBrush(g5, 0, [dab(2, 2, 1)]))).toEqual([
      [2, 1],
      [1, 2],
      [2, 2],
      [3, 2],
      [2, 3],
    ]);
  });
  it("radius 1.5 adds the diagonals (√2 ≈ 1.41 ≤ 1.5): 3 × 3 = 9 pixels", () => {
    expect(on(rasteriseBrush(g5, 0, [dab(2, 2, 1.5)]))).toHaveLength(9);
  });
  it("a stroke covers the swept path: (0, 2)→(4, 2) at radius 0.5 is row j = 2 only", () => {
    const s: BrushStroke = {
      pathMm: [
        [0, 2, 0],
        [4, 2, 0],
      ],
      radiusMm: 0.5,
    };
    expect(on(rasteriseBrush(g5, 0, [s]))).toEqual([0, 1, 2, 3, 4].map((i) => [i, 2]));
  });
  it("strokes apply in order: erasing the centre of a 3 × 3 dab leaves 8", () => {
    const m = rasteriseBrush(g5, 0, [dab(2, 2, 1.5), dab(2, 2, 0.4, true)]);
    expect(on(m)).toHaveLength(8);
    expect(m.data[2 + 5 * 2]).toBe(0);
    // Painting after the erase fills it again.
    expect(
      on(rasteriseBrush(g5, 0, [dab(2, 2, 1.5), dab(2, 2, 0.4, true), dab(2, 2, 0.4)])),
    ).toHaveLength(9);
  });
  it("distances are in mm: with 2 mm columns a 1 mm dab covers its own column only", () => {
    const wide: GridSpec = { ...g5, spacing: [2, 1, 1] }; // centre of (i, j) at (2i, j)
    expect(on(rasteriseBrush(wide, 0, [dab(4, 2, 1)]))).toEqual([
      [2, 1],
      [2, 2],
      [2, 3],
    ]);
  });
  it("clips at the grid edge and ignores empty strokes and radius 0", () => {
    // dab at the corner (0, 0), radius 1: (0, 0), (1, 0), (0, 1)
    expect(on(rasteriseBrush(g5, 0, [dab(0, 0, 1)]))).toHaveLength(3);
    expect(on(rasteriseBrush(g5, 0, [{ pathMm: [], radiusMm: 3 }, dab(2, 2, 0)]))).toEqual([]);
    expect(() => rasteriseBrush(g5, 1, [])).toThrow(RangeError);
  });
});

describe("brush answers to outline items (fixture: A = i 2–4, j 2–4 on k = 1)", () => {
  const outline = quizItemSchema.parse({
    id: "t1",
    case: "tcase",
    prompt: "p",
    type: "outline",
    structure: "aa",
    slice: 1,
    passDice: 0.85,
  }) as SpatialItem;
  it("a 3 × 3 dab on A's centre is graded like the matching polygon: Dice 1", () => {
    const r = gradeItem(
      outline,
      { kind: "outline", brush: [{ pathMm: [[3, 3, 2]], radiusMm: 1.5 }], slice: 1 },
      { spatial: ctxFor(outline) },
    ) as OutlineGrade;
    expect(r).toMatchObject({ correct: true, score: 100 });
    expect(r.metrics.answerVoxels).toBe(9);
  });
  it("erasing the middle row: 6 of 9 px → Dice 12/15 = 0.8, fails at 0.85", () => {
    const brush: BrushStroke[] = [
      { pathMm: [[3, 3, 2]], radiusMm: 1.5 },
      {
        pathMm: [
          [1, 3, 2],
          [5, 3, 2],
        ],
        radiusMm: 0.5,
        erase: true,
      },
    ];
    const r = gradeItem(
      outline,
      { kind: "outline", brush, slice: 1 },
      { spatial: ctxFor(outline) },
    ) as OutlineGrade;
    expect(r.metrics.dice).toBeCloseTo(0.8, 12);
    expect(r).toMatchObject({ correct: false, score: 80 });
  });
});
