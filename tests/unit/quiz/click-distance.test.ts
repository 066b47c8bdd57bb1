/**
 * Click feedback distances: in-plane on the slice the student sees for single-slice items, 3D (said
 * so) for find-the-slice items. Every expected number is worked out by hand below.
 *
 * Grid 10 × 10 × 3, spacing 1 × 1 × 2 mm, identity direction, origin 0: voxel (i, j, k) has its
 * centre at world (i, j, 2k) mm. Target "T" (label 1): voxel (2, 2, 1) and voxel (8, 8, 2). "O"
 * (label 2): voxel (8, 8, 1).
 */
import { describe, expect, it } from "vitest";
import { annotationSetSchema, structureSchema, type GridSpec } from "@/lib/domain/model";
import { inPlaneDistance } from "@/lib/quiz/click-distance";
import { gradeItem } from "@/lib/quiz/grade-item";
import { quizItemSchema, type SpatialItem } from "@/lib/quiz/item-schema";
import { referenceFor } from "@/lib/quiz/reference-check";
import type { SpatialContext } from "@/lib/quiz/spatial-context";

const grid: GridSpec = {
  dims: [10, 10, 3],
  spacing: [1, 1, 2],
  origin: [0, 0, 0],
  direction: [1, 0, 0, 0, 1, 0, 0, 0, 1],
};
const labels = new Uint8Array(300);
labels[2 + 10 * (2 + 10 * 1)] = 1;
labels[8 + 10 * (8 + 10 * 2)] = 1;
labels[8 + 10 * (8 + 10 * 1)] = 2;
const structures = [
  structureSchema.parse({ id: "tt", name: "Target", color: "#ffffff" }),
  structureSchema.parse({ id: "oo", name: "Other", color: "#ffffff" }),
];
const set = annotationSetSchema.parse({
  id: "set1",
  annotator: "rater1",
  annotations: [
    { type: "segmentation", structure: "tt", labelmap: "/l.nii.gz", label: 1 },
    { type: "segmentation", structure: "oo", labelmap: "/l.nii.gz", label: 2 },
  ],
});
const item = (x: Record<string, unknown>) =>
  quizItemSchema.parse({
    id: "t1",
    case: "tcase",
    prompt: "p",
    type: "click",
    structure: "tt",
    ...x,
  }) as SpatialItem;
function grade(it: SpatialItem, pointMm: [number, number, number], slice: number) {
  const reference = referenceFor(it, { manifest: { structures } as never, annotationSets: [set] })!;
  const ctx: SpatialContext = {
    grid,
    structures,
    reference,
    others: [],
    labelmaps: new Map([["/l.nii.gz", labels]]),
    targetSlice: 1,
    referenceKind: "expert-atlas",
  };
  return gradeItem(it, { kind: "point", pointMm, slice }, { spatial: ctx });
}

describe("inPlaneDistance", () => {
  it("measures within the slice, not to the nearer voxel on the next slice", () => {
    // click (8, 8, 2) on k = 1: target voxel on k = 1 is (2, 2): √(6² + 6²) = 8.485 mm
    const d = inPlaneDistance(grid, labels, [1], [8, 8, 2], 1);
    expect(d.distanceMm).toBeCloseTo(Math.sqrt(72), 9);
    expect(d.nearestSlice).toBe(1);
  });
  it("a slice without the target: Infinity and the nearest slice that has it", () => {
    expect(inPlaneDistance(grid, labels, [1], [5, 5, 0], 0)).toEqual({
      distanceMm: Infinity,
      nearestSlice: 1,
    });
    expect(inPlaneDistance(grid, labels, [3], [5, 5, 0], 0)).toEqual({
      distanceMm: Infinity,
      nearestSlice: null,
    });
  });
});

describe("click feedback distance", () => {
  it("single-slice item: the in-plane distance on the slice seen, one-based slice number", () => {
    const r = grade(item({ slice: 1 }), [8, 8, 2], 1);
    expect(r.correct).toBe(false);
    expect(r.feedback[0]).toBe(
      "Not quite: you clicked on the Other, 8.5 mm from the Target on this slice (slice 2, in-plane distance).",
    );
    expect(r.metrics.distanceMm).toBeCloseTo(Math.sqrt(72), 9);
    expect(r.score).toBe(8); // domain policy: 50 · (1 − 8.485 / 10) = 7.6
  });
  it("single-slice item: a tolerance is measured in-plane too", () => {
    // 3D the click (8, 8, 2) is 2 mm from voxel (8, 8, 2) → world (8, 8, 4); in-plane it is 8.5 mm
    expect(grade(item({ slice: 1, toleranceMm: 2 }), [8, 8, 2], 1).correct).toBe(false);
    // (3, 3, 2): background; in-plane √(1² + 1²) = 1.41 mm from (2, 2) ≤ 2
    const near = grade(item({ slice: 1, toleranceMm: 2 }), [3, 3, 2], 1);
    expect(near.correct).toBe(true);
    expect(near.feedback[0]).toBe(
      "Correct: your click is 1.4 mm from the Target on this slice, within the 2 mm tolerance.",
    );
  });
  it("single-slice item answered on a slice without the target: the slice offset separately", () => {
    // k = 0 has no target; nearest slice with it is k = 1 (shown as 2), (1 − 0) · 2 mm = 2 mm
    const r = grade(item({ slice: 1 }), [5, 5, 0], 0);
    expect(r.correct).toBe(false);
    expect(r.feedback[0]).toBe(
      "Not quite: you clicked on no labelled structure; the Target is not on this slice (slice 1): the nearest slice that shows it is slice 2, 2 mm away.",
    );
    expect(r.score).toBe(0);
  });
  it("find-the-slice item: the 3D distance, said so", () => {
    // nearest target voxel in 3D: (8, 8, 2) at world (8, 8, 4), 2 mm from (8, 8, 2)
    const r = grade(item({ findSlice: true }), [8, 8, 2], 1);
    expect(r.feedback[0]).toBe(
      "Not quite: you clicked on the Other, 2 mm from the nearest part of the Target (3D distance, on any slice).",
    );
    expect(r.metrics.distanceMm).toBeCloseTo(2, 9);
    expect(r.score).toBe(40); // 50 · (1 − 2 / 10)
  });
});
