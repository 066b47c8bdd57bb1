/**
 * Box and landmark items beside an adjudicated (senior-review) set, through the real context
 * builder and graders, on the synthetic case of ./fixture.ts (1 mm pixels, slice k = 1 at z = 2 mm)
 * with rater2 marked adjudicated. Hand numbers:
 * - Box: adjudicated box = voxel extents of rater2's i 2–4, j 2–3 = x 1.5–4.5, y 1.5–3.5 (6 mm²);
 *   the other rater's (rater1, i 2–4, j 2–4) = x 1.5–4.5, y 1.5–4.5 (9 mm²); its IoU against the
 *   adjudicated box = 6 / 9 = 2/3 = the pass mark (the default would be 0.5).
 * - Landmark: rater1 at (5, 5, 2), the adjudicated point at (6, 7, 2): distance √5 = 2.236 mm →
 *   rounded up to 0.5 mm: tolerance 2.5 mm (the default would be 3 mm).
 */
import { describe, expect, it } from "vitest";
import {
  adjudicatedBoxPass,
  adjudicatedLandmarkTolerance,
} from "@/lib/domain/agreement/box-landmark-spread";
import type { Vec3 } from "@/lib/domain/geometry/grid";
import { annotationSetSchema } from "@/lib/domain/model";
import { gradeItem } from "@/lib/quiz/grade-item";
import { itemSpatialContext } from "@/lib/quiz/item-context";
import { quizItemSchema, type SpatialItem } from "@/lib/quiz/item-schema";
import { grid, labelmaps, sets, structures } from "./fixture";

const item = (x: Record<string, unknown>) =>
  quizItemSchema.parse({ id: "t1", case: "tcase", prompt: "p", ...x }) as SpatialItem;
const adjudicatedSet = annotationSetSchema.parse({
  ...sets[1],
  adjudicated: true,
  annotations: [...sets[1].annotations, { type: "landmark", structure: "lmlm", point: [6, 7, 2] }],
});
const ctx = (it: SpatialItem) =>
  itemSpatialContext(
    it,
    {
      manifest: {
        id: "tcase",
        grid,
        structures,
        annotators: [],
        image: { kind: "nifti" },
      } as never,
      annotationSets: [sets[0], adjudicatedSet],
    },
    1,
    labelmaps,
  )!;
const box = (y1: number) => ({
  kind: "box" as const,
  boxMm: { min: [1.5, 1.5, 2] as Vec3, max: [4.5, y1, 2] as Vec3 },
  slice: 1,
});
const point = (y: number) => ({
  kind: "point" as const,
  pointMm: [6, y, 2] as [number, number, number],
  slice: 1,
});

describe("adjudicated reference: box and landmark spread", () => {
  it("domain: box pass = lowest IoU of a rater against the adjudicated box", () => {
    const adj = { min: [0, 0], max: [2, 2] };
    const r = adjudicatedBoxPass(adj, [
      { min: [0, 0], max: [2, 1] },
      { min: [1, 1], max: [3, 3] },
      null,
    ]);
    // [0,2]x[0,1] inside: 2/4; shifted by (1, 1): 1 / (4 + 4 − 1) = 1/7; no box: 0.
    expect(r.raterIou[0]).toBeCloseTo(0.5, 12);
    expect(r.raterIou[1]).toBeCloseTo(1 / 7, 12);
    expect(r.passIou).toBe(0);
    expect(() => adjudicatedBoxPass(adj, [])).toThrow(/at least one rater/);
  });
  it("domain: landmark tolerance = largest distance, rounded up to 0.5 mm, ≥ one pixel", () => {
    const t = adjudicatedLandmarkTolerance(
      [0, 0, 0],
      [
        [3, 4, 0],
        [1, 0, 0],
      ],
      1,
    );
    expect(t.distancesMm).toEqual([5, 1]); // 3-4-5 triangle; a multiple of 0.5 stays
    expect(t.toleranceMm).toBe(5);
    expect(adjudicatedLandmarkTolerance([0, 0, 0], [[0.2, 0, 0]], 0.8).toleranceMm).toBe(0.8);
  });
  it("box: reference = adjudicated box, pass = the other rater's IoU against it (2/3)", () => {
    const b = item({ type: "box", structure: "aa", slice: 1 });
    const own = gradeItem(b, box(4.5), { spatial: ctx(b) }); // rater1's own box
    expect(own.metrics.iou).toBeCloseTo(2 / 3, 12);
    expect(own.metrics.passIou).toBeCloseTo(2 / 3, 12);
    expect(own.correct).toBe(true);
    expect(own.feedback[0]).toMatch(/adjudicated \(senior-review\) reference box/);
    expect(own.feedback[0]).toMatch(/lowest IoU of another rater's box against it/);
    // y 1.5–5.5 (12 mm²): IoU 6 / 12 = 0.5 — would pass the default 0.5, fails the raters' 2/3.
    const tall = gradeItem(b, box(5.5), { spatial: ctx(b) });
    expect(tall.metrics.iou).toBeCloseTo(0.5, 12);
    expect(tall.correct).toBe(false);
    const fixed = item({ type: "box", structure: "aa", slice: 1, passIou: 0.5 });
    const r = gradeItem(fixed, box(5.5), { spatial: ctx(fixed) });
    expect(r.metrics.passIou).toBe(0.5);
    expect(r.correct).toBe(true);
    expect(r.feedback[0]).toMatch(/the item's pass mark/);
  });
  it("landmark: reference = adjudicated point, tolerance 2.5 mm from the other rater", () => {
    const lm = item({ type: "landmark", structure: "lmlm", slice: 1 });
    const near = gradeItem(lm, point(9.4), { spatial: ctx(lm) }); // 2.4 mm from (6, 7, 2)
    expect(near.metrics.distanceMm).toBeCloseTo(2.4, 12);
    expect(near.metrics.toleranceMm).toBe(2.5);
    expect(near.correct).toBe(true);
    expect(near.feedback[0]).toMatch(/adjudicated \(senior-review\) reference point/);
    expect(near.feedback[1]).toMatch(
      /other rater placed it from the adjudicated point.*\(2\.2 mm\)/,
    );
    // 2.6 mm: within the default 3 mm, beyond the raters' 2.5 mm.
    expect(gradeItem(lm, point(9.6), { spatial: ctx(lm) }).correct).toBe(false);
    const fixed = item({ type: "landmark", structure: "lmlm", slice: 1, toleranceMm: 3 });
    expect(gradeItem(fixed, point(9.6), { spatial: ctx(fixed) }).correct).toBe(true);
  });
});
