/**
 * Quiz items in a real Chromium on the real Colin27 / head-CT cases. Target locations come from the
 * label files on disk (lib/io readNifti), not from the UI; the viewer's test hook only maps world mm
 * to screen pixels.
 */
import fs from "node:fs";
import { expect, test } from "@playwright/test";
import {
  deepestPoint,
  labelOf,
  maskExtent,
  nasionOnDisk,
  readLabels,
  sliceMask,
  starContour,
  textbookName,
  thalamusOutline,
  type P3,
} from "./helpers/quiz-geometry";
import {
  expectFullMarks,
  expectOutlineDiceAsCli,
  keyboardCursor,
  lastGrade,
  openItem,
  openViewerItem,
  toPage,
} from "./helpers/quiz-page";

const aalSet = JSON.parse(fs.readFileSync("content/cases/colin27/annotations/aal.json", "utf8"));

const hippo = labelOf("colin27", "aal.json", "hippocampus-left");
const aal = readLabels(hippo.labelmap);
const HIPPO_SLICE = 60; // largest axial slice of AAL label 37 (numpy: argmax of per-slice counts, 407 voxels)

test.describe("click the structure", () => {
  test("a click inside the target (from the label file) is correct", async ({ page }) => {
    const target = deepestPoint(
      aal.grid,
      sliceMask(aal.grid, aal.data, hippo.label, HIPPO_SLICE),
      HIPPO_SLICE,
    );
    await openItem(page, "colin27-hippocampus-left-click", HIPPO_SLICE);
    await page.mouse.click(...(await toPage(page, target)));
    await page.getByTestId("quiz-check").click();
    await expectFullMarks(page);
  });

  test("a click inside another structure is incorrect and names it", async ({ page }) => {
    // The other AAL label with most voxels on this slice.
    const n = aal.grid.dims[0] * aal.grid.dims[1];
    const counts = new Map<number, number>();
    for (let p = 0; p < n; p++) {
      const v = aal.data[HIPPO_SLICE * n + p];
      if (v && v !== hippo.label) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const other = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const otherId = aalSet.annotations.find((a: { label: number }) => a.label === other).structure;
    const point = deepestPoint(
      aal.grid,
      sliceMask(aal.grid, aal.data, other, HIPPO_SLICE),
      HIPPO_SLICE,
    );
    await openItem(page, "colin27-hippocampus-left-click", HIPPO_SLICE);
    await page.mouse.click(...(await toPage(page, point)));
    await page.getByTestId("quiz-check").click();
    const fb = page.getByTestId("quiz-feedback");
    await expect(fb).toHaveAttribute("data-correct", "false");
    await expect(fb).toContainText(`on the ${textbookName("colin27", otherId)}`);
    await expect(fb).toContainText(/\d+(\.\d)? mm from the left hippocampus/);
  });
});

test("outline following the expert contour: the Dice shown equals npm run grade on the same masks", async ({
  page,
}) => {
  const { item, k: K, ref } = thalamusOutline();
  const contour = starContour(aal.grid, ref, K);
  await openItem(page, item, K);
  const pts = await Promise.all(contour.map((p) => toPage(page, p)));
  // Freehand: press on the first vertex, drag through all of them, release (closes the outline).
  await page.mouse.move(...pts[0]);
  await page.mouse.down();
  for (const p of [...pts.slice(1), pts[0]]) await page.mouse.move(...p, { steps: 3 });
  await page.mouse.up();
  await page.getByTestId("quiz-check").click();
  await expectOutlineDiceAsCli(page, item, aal.grid, K, ref);
});

test("landmark placed 2 mm off with a 3 mm tolerance is correct", async ({ page }) => {
  const { nasion, k, sliceZ } = nasionOnDisk();
  const answer: P3 = [nasion[0] + 2, nasion[1], sliceZ];
  const expected = Math.hypot(2, sliceZ - nasion[2]);
  expect(expected).toBeLessThan(3);
  await openItem(page, "head-ct-nasion-landmark", k);
  await page.mouse.click(...(await toPage(page, answer)));
  await page.getByTestId("quiz-check").click();
  const fb = page.getByTestId("quiz-feedback");
  await expect(fb).toHaveAttribute("data-correct", "true");
  const { result } = await lastGrade(page, "head-ct-nasion-landmark");
  expect(result.metrics.distanceMm).toBeCloseTo(expected, 0); // within 0.5 mm of screen rounding
  await expect(fb).toContainText(/Correct: your point is 2(\.\d)? mm/);
});

test("keyboard: a box drawn with arrow keys and Space around the caudate passes", async ({
  page,
}) => {
  const caud = labelOf("colin27", "aal.json", "caudate-left");
  const K = 92; // resolved target slice of colin27-caudate-left-box (numpy: argmax of the per-slice voxel counts of the label)
  const [i0, j0, i1, j1] = maskExtent(aal.grid, sliceMask(aal.grid, aal.data, caud.label, K));
  const { indexToWorld } = await import("../../lib/domain/geometry/grid");
  await openItem(page, "colin27-caudate-left-box", K);
  const corners = [
    await toPage(page, indexToWorld(aal.grid, [i0 - 0.5, j0 - 0.5, K])),
    await toPage(page, indexToWorld(aal.grid, [i1 + 0.5, j1 + 0.5, K])),
  ];
  const moveTo = await keyboardCursor(page);
  await moveTo(corners[0]);
  await page.keyboard.press("Space");
  await moveTo(corners[1]);
  await page.keyboard.press("Space");
  await page.getByTestId("quiz-check").focus();
  await page.keyboard.press("Enter");
  const fb = page.getByTestId("quiz-feedback");
  await expect(fb).toHaveAttribute("data-correct", "true");
  expect(Number(await fb.getAttribute("data-score"))).toBeGreaterThanOrEqual(80);
});

test("keyboard: typing a name with a typo is accepted", async ({ page }) => {
  await openViewerItem(page, "colin27-hippocampus-left-name");
  await page.getByTestId("quiz-name-input").focus();
  await page.keyboard.type("left hipocampus");
  await page.keyboard.press("Enter");
  const fb = page.getByTestId("quiz-feedback");
  await expect(fb).toHaveAttribute("data-correct", "true");
  await expect(fb).toContainText("typo");
});
