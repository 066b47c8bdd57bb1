/**
 * Touch answers (emulated touchscreen: taps via page.touchscreen / locator.tap, one-finger drags via
 * CDP touchStart / touchMove / touchEnd) for every quiz item type, on the real Colin27 and head-CT
 * cases. Targets and reference numbers come from the label and annotation files on disk, never
 * from the UI; the viewer's test hook only maps world mm to screen pixels.
 */
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { indexToWorld } from "../../lib/domain/geometry/grid";
import { rasterisePolygon } from "../../lib/domain/geometry/polygon";
import {
  deepestPoint,
  handDice,
  labelOf,
  maskExtent,
  nasionOnDisk,
  readLabels,
  sliceMask,
  starContour,
  textbookName,
  THALAMUS_OUTLINE,
  type P3,
} from "./helpers/quiz-geometry";
import {
  expectFullMarks,
  expectOutlineDiceAsCli,
  lastGrade,
  openItem,
  openViewerItem,
  toPage,
  touchDrag,
} from "./helpers/quiz-page";

test.use({ hasTouch: true, viewport: { width: 1100, height: 900 } });

const hippo = labelOf("colin27", "aal.json", "hippocampus-left");
const thal = labelOf("colin27", "aal.json", "thalamus-left");
const aal = readLabels(hippo.labelmap);
const nameOf = (id: string): string => textbookName("colin27", id);
const { item: THAL_OUTLINE, k: THAL_K } = THALAMUS_OUTLINE;

test("touch: tapping inside the target structure is correct", async ({ page }) => {
  const K = 60; // largest axial slice of AAL label 37 (numpy argmax of per-slice counts, 407 voxels)
  const target = deepestPoint(aal.grid, sliceMask(aal.grid, aal.data, hippo.label, K), K);
  await openItem(page, "colin27-hippocampus-left-click", K);
  await page.touchscreen.tap(...(await toPage(page, target)));
  await page.getByTestId("quiz-check").tap();
  await expectFullMarks(page);
});

test("touch: a landmark tapped 2 mm off the nasion (3 mm tolerance) is correct", async ({
  page,
}) => {
  const { nasion, k, sliceZ } = nasionOnDisk();
  const aim: P3 = [nasion[0], nasion[1] - 2, sliceZ];
  await openItem(page, "head-ct-nasion-landmark", k);
  await page.touchscreen.tap(...(await toPage(page, aim)));
  await page.getByTestId("quiz-check").tap();
  await expectFullMarks(page);
  const { answer, result } = await lastGrade(page, "head-ct-nasion-landmark");
  const d = Math.hypot(...((answer.pointMm as P3).map((v, n) => v - nasion[n]) as P3));
  expect(d).toBeCloseTo(Math.hypot(2, aim[2] - nasion[2]), 0); // the tap landed where aimed
  expect(result.metrics.distanceMm).toBeCloseTo(d, 6);
  expect(d).toBeLessThanOrEqual(3);
});

test("touch: a box dragged with one finger around the caudate is graded by IoU", async ({
  page,
}) => {
  const caud = labelOf("colin27", "aal.json", "caudate-left");
  const K = 92; // resolved target slice of colin27-caudate-left-box (numpy argmax of per-slice counts)
  const [i0, j0, i1, j1] = maskExtent(aal.grid, sliceMask(aal.grid, aal.data, caud.label, K));
  // Reference box: the voxel extents (centre ± ½ voxel) of the label on the slice, world mm.
  const c0 = indexToWorld(aal.grid, [i0 - 0.5, j0 - 0.5, K]);
  const c1 = indexToWorld(aal.grid, [i1 + 0.5, j1 + 0.5, K]);
  await openItem(page, "colin27-caudate-left-box", K);
  const [a, b] = [await toPage(page, c0), await toPage(page, c1)];
  await touchDrag(page, [a, [(a[0] + b[0]) / 2, a[1]], b], 4);
  // A drag the page swallowed (scroll, pointercancel) leaves no answer and the button disabled.
  await expect(page.getByTestId("quiz-check")).toBeEnabled();
  await page.getByTestId("quiz-check").tap();
  const fb = page.getByTestId("quiz-feedback");
  await expect(fb).toBeVisible();
  const { answer, result } = await lastGrade(page, "colin27-caudate-left-box");
  const box = answer.boxMm as { min: P3; max: P3 };
  const ref = [0, 1].map((n) => [Math.min(c0[n], c1[n]), Math.max(c0[n], c1[n])]);
  const side = (n: number) =>
    Math.max(0, Math.min(box.max[n], ref[n][1]) - Math.max(box.min[n], ref[n][0]));
  const inter = side(0) * side(1);
  const areaOf = (lo: number[], hi: number[]) => (hi[0] - lo[0]) * (hi[1] - lo[1]);
  const union =
    areaOf(box.min, box.max) + areaOf([ref[0][0], ref[1][0]], [ref[0][1], ref[1][1]]) - inter;
  const iou = inter / union;
  expect(iou).toBeGreaterThan(0.8); // the drag really spanned the structure
  expect(result.metrics.iou).toBeCloseTo(iou, 9);
  await expect(fb).toHaveAttribute("data-score", String(Math.round(100 * iou)));
  await expect(fb).toHaveAttribute("data-correct", "true"); // passIou 0.5
});

test("touch: a freehand outline drawn with one finger: the Dice shown equals npm run grade", async ({
  page,
}) => {
  const ref = sliceMask(aal.grid, aal.data, thal.label, THAL_K);
  const contour = starContour(aal.grid, ref, THAL_K);
  await openItem(page, THAL_OUTLINE, THAL_K);
  const pts = await Promise.all(contour.map((p) => toPage(page, p)));
  await touchDrag(page, [...pts, pts[0]], 3); // lifting the finger closes the outline
  await expect(page.getByTestId("quiz-check")).toBeEnabled();
  await page.getByTestId("quiz-check").tap();
  const answer = await expectOutlineDiceAsCli(page, THAL_OUTLINE, aal.grid, THAL_K, ref);
  expect(answer.polygonMm!.length).toBeGreaterThan(20); // a traced path, not a few taps
});

test("touch: a polygon outline by tapping vertices, closed by tapping the first, is graded by Dice", async ({
  page,
}) => {
  const ref = sliceMask(aal.grid, aal.data, thal.label, THAL_K);
  const contour = starContour(aal.grid, ref, THAL_K, 12);
  await openItem(page, THAL_OUTLINE, THAL_K);
  const pts = await Promise.all(contour.map((p) => toPage(page, p)));
  // Only the final tap may land within 8 px of the first vertex (the close rule).
  for (const p of pts.slice(3))
    expect(Math.hypot(p[0] - pts[0][0], p[1] - pts[0][1])).toBeGreaterThan(8);
  for (const p of pts) await page.touchscreen.tap(...p);
  await page.touchscreen.tap(pts[0][0] + 2, pts[0][1] + 1);
  await page.getByTestId("quiz-check").tap();
  const fb = page.getByTestId("quiz-feedback");
  await expect(fb).toBeVisible();
  const { answer, result } = await lastGrade(page, THAL_OUTLINE);
  expect(answer.polygonMm?.length).toBe(12);
  const dice = handDice(ref, rasterisePolygon(aal.grid, THAL_K, answer.polygonMm as P3[]).data);
  expect(dice).toBeGreaterThan(0.7); // 12 vertices on the contour follow the structure
  expect(result.metrics.dice).toBeCloseTo(dice, 9);
  await expect(fb).toHaveAttribute("data-score", String(Math.round(100 * dice)));
  await expect(fb).toHaveAttribute("data-correct", dice >= 0.7 ? "true" : "false");
});

test("touch: picking the highlighted structure's name by tapping is correct, a wrong pick is not", async ({
  page,
}) => {
  const item = "colin27-putamen-left-pick";
  await openViewerItem(page, item);
  await page.getByRole("radio", { name: nameOf("pallidum-left"), exact: true }).tap();
  await page.getByTestId("quiz-check").tap();
  const fb = page.getByTestId("quiz-feedback");
  await expect(fb).toHaveAttribute("data-correct", "false");
  await expect(fb).toHaveAttribute("data-score", "0");
  await page.getByTestId("quiz-retry").tap();
  await page.getByRole("radio", { name: nameOf("putamen-left"), exact: true }).tap();
  await page.getByTestId("quiz-check").tap();
  await expect(fb).toHaveAttribute("data-correct", "true");
  await expect(fb).toHaveAttribute("data-score", "100");
});

test("touch: multiple choice by tapping options", async ({ page }) => {
  const items = JSON.parse(fs.readFileSync("content/quizzes/imaging-basics.json", "utf8")).items;
  type Opt = { text: string; correct?: boolean };
  const byId = (id: string) => items.find((i: { id: string }) => i.id === id) as { options: Opt[] };
  // One correct option: tap it.
  const single = byId("axial-orientation-mcq").options.find((o) => o.correct) as Opt;
  await page.goto("/quiz/axial-orientation-mcq");
  await page.getByRole("radio", { name: single.text }).tap();
  await page.getByTestId("quiz-check").tap();
  const fb = await expectFullMarks(page);
  // Select all that apply (3 correct of 4): two right + one wrong → (2 − 1) / 3 = 33 %.
  const opts = byId("overlap-metrics-mcq").options;
  const right = opts.filter((o) => o.correct).slice(0, 2);
  const wrong = opts.find((o) => !o.correct) as Opt;
  expect(opts.filter((o) => o.correct)).toHaveLength(3);
  await page.goto("/quiz/overlap-metrics-mcq");
  for (const o of [...right, wrong]) await page.getByRole("checkbox", { name: o.text }).tap();
  await page.getByTestId("quiz-check").tap();
  await expect(fb).toHaveAttribute("data-correct", "false");
  await expect(fb).toHaveAttribute("data-score", String(Math.round((100 * (2 - 1)) / 3)));
});
