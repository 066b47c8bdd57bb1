/**
 * Coronal and sagittal items graded on the real Colin27 label files: every number comes from
 * scripts/reference/expected_planes.py (numpy + nibabel; output tests/fixtures/planes/expected.json),
 * or, for the plane grid itself, from hand computation on a 2 × 3 × 4 grid.
 */
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { checkContent } from "@/lib/content/check-content";
import { largestSlices } from "@/lib/content/quiz-slices";
import { indexToWorld, type Vec3 } from "@/lib/domain/geometry/grid";
import { gridAlongAxis, volumeAlongAxis } from "@/lib/domain/geometry/plane-grid";
import type { GridSpec } from "@/lib/domain/model";
import { readNifti } from "@/lib/io/nifti";
import { gradeItem } from "@/lib/quiz/grade-item";
import { itemLabelmapPaths, itemSpatialContext, itemTargetSlice } from "@/lib/quiz/item-context";
import { quizItemSchema, type QuizItem } from "@/lib/quiz/item-schema";
import type { QuizAnswer } from "@/lib/quiz/answer";

const repo = path.resolve(__dirname, "../../..");
const pub = path.join(repo, "public");
const expected = JSON.parse(
  fs.readFileSync(path.join(repo, "tests/fixtures/planes/expected.json"), "utf8"),
);
const colin = checkContent({ root: repo, calibrate: false }).cases.find(
  (c) => c.manifest.id === "colin27",
);

function grade(raw: Record<string, unknown>, answer: QuizAnswer) {
  if (!colin) throw new Error("colin27 missing");
  const item: QuizItem = quizItemSchema.parse({
    id: "plane-t",
    prompt: "x",
    case: "colin27",
    ...raw,
  });
  const k = itemTargetSlice(item, colin, (set, plane) => largestSlices([set], pub, plane));
  const maps = new Map<string, ArrayLike<number>>();
  for (const p of itemLabelmapPaths(item, colin)) {
    const v = readNifti(new Uint8Array(fs.readFileSync(path.join(pub, p))), p);
    if (v.ok) maps.set(p, v.value.data);
  }
  const ctx = itemSpatialContext(item, colin, k, maps);
  return { k, result: gradeItem(item, answer, { spatial: ctx }) };
}

describe("plane grid (hand-computed, dims 2 × 3 × 4)", () => {
  const grid: GridSpec = {
    dims: [2, 3, 4],
    spacing: [1, 2, 3],
    origin: [10, 20, 30],
    direction: [-1, 0, 0, 0, -1, 0, 0, 0, 1],
  };
  const data = Array.from({ length: 24 }, (_, p) => p); // value = i + 2j + 6k
  it("coronal: axes (i, k, j); voxel (x, y, n) holds the value at (i = x, j = n, k = y)", () => {
    const g = gridAlongAxis(grid, 1);
    expect(g.dims).toEqual([2, 4, 3]);
    expect(g.spacing).toEqual([1, 3, 2]);
    const v = volumeAlongAxis(data, grid.dims, 1);
    // (x, y, n) = (1, 3, 2) → (i, j, k) = (1, 2, 3) → 1 + 4 + 18 = 23; index 1 + 2·3 + 8·2 = 23.
    expect(v[1 + 2 * 3 + 8 * 2]).toBe(23);
    // (0, 1, 2) → (0, 2, 1) → 0 + 4 + 6 = 10; index 0 + 2·1 + 8·2 = 18.
    expect(v[18]).toBe(10);
    // Same world point: (1, 3, 2) on the plane grid = (1, 2, 3) on the grid = (9, 16, 39) mm.
    expect(indexToWorld(g, [1, 3, 2])).toEqual([9, 16, 39]);
    expect(indexToWorld(grid, [1, 2, 3])).toEqual([9, 16, 39]);
  });
  it("sagittal: axes (j, k, i); axial is the grid itself", () => {
    const g = gridAlongAxis(grid, 0);
    expect(g.dims).toEqual([3, 4, 2]);
    const v = volumeAlongAxis(data, grid.dims, 0);
    // (x, y, n) = (2, 1, 1) → (i, j, k) = (1, 2, 1) → 1 + 4 + 6 = 11; index 2 + 3·1 + 12·1 = 17.
    expect(v[17]).toBe(11);
    expect(indexToWorld(g, [2, 1, 1])).toEqual(indexToWorld(grid, [1, 2, 1]));
    expect(gridAlongAxis(grid, 2)).toBe(grid);
    expect(volumeAlongAxis(data, grid.dims, 2)).toBe(data);
  });
});

describe("coronal and sagittal items on Colin27 (numpy reference)", () => {
  const hip = expected.hippocampusCoronal;
  const base = { structure: "hippocampus-right", annotationSet: "aal", plane: "coronal" };
  it("a coronal item targets the coronal slice where the structure is largest", () => {
    expect(
      grade({ ...base, type: "click" }, { kind: "point", pointMm: hip.inside, slice: 0 }).k,
    ).toBe(hip.slice);
  });
  it("click: inside passes; 20 voxels lateral is the numpy in-plane distance away", () => {
    const ok = grade(
      { ...base, type: "click" },
      { kind: "point", pointMm: hip.inside, slice: hip.slice },
    ).result;
    expect(ok.correct).toBe(true);
    const miss = grade(
      { ...base, type: "click", toleranceMm: 5 },
      { kind: "point", pointMm: hip.far, slice: hip.slice },
    ).result;
    expect(miss.correct).toBe(false);
    expect(miss.metrics.distanceMm).toBeCloseTo(hip.farDistanceMm, 6);
  });
  it("outline: a rectangle drawn in the coronal plane has the numpy Dice", () => {
    const r = grade(
      { ...base, type: "outline" },
      { kind: "outline", polygonMm: hip.rectangle, slice: hip.slice },
    ).result;
    expect(r.metrics.answerVoxels).toBe(hip.rectanglePixels);
    expect(r.metrics.dice).toBeCloseTo(hip.rectangleDice, 9);
  });
  it("brush: a 6 mm disc on the sagittal slice has the numpy Dice", () => {
    const cc = expected.callosumBodySagittal;
    const r = grade(
      {
        structure: "body-of-corpus-callosum",
        annotationSet: "jhu-white-matter",
        plane: "sagittal",
        type: "outline",
      },
      { kind: "outline", brush: [{ pathMm: [cc.centre], radiusMm: 6 }], slice: cc.slice },
    );
    expect(r.k).toBe(cc.slice);
    expect(r.result.metrics.answerVoxels).toBe(cc.discPixels);
    expect(r.result.metrics.dice).toBeCloseTo(cc.discDice, 9);
  });
  it("box: IoU in world x and z on a coronal slice", () => {
    const ins = expected.insulaCoronalBox;
    const raw = { structure: "insula-right", annotationSet: "aal", plane: "coronal", type: "box" };
    const same = grade(raw, { kind: "box", boxMm: ins.box, slice: ins.slice });
    expect(same.k).toBe(ins.slice);
    expect(same.result.metrics.iou).toBeCloseTo(1, 9);
    const moved: { min: Vec3; max: Vec3 } = {
      min: [ins.box.min[0] + 3, ins.box.min[1], ins.box.min[2]],
      max: [ins.box.max[0] + 3, ins.box.max[1], ins.box.max[2]],
    };
    const r = grade(raw, { kind: "box", boxMm: moved, slice: ins.slice }).result;
    expect(r.metrics.iou).toBeCloseTo(ins.iouMoved3mmX, 9);
  });
});
