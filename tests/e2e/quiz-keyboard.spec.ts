/**
 * Keyboard-only answers on image items (the accessible alternative to pointing and drawing): the
 * drawing layer's cursor moves with the arrow keys (Shift: ten pixels), Space places a point or an
 * outline vertex, Enter closes the outline. Targets come from the AAL label file and the head-CT
 * landmark file on disk.
 */
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { rasterisePolygon } from "../../lib/domain/geometry/polygon";
import {
  deepestPoint,
  labelOf,
  readLabels,
  sliceMask,
  starContour,
  type P3,
} from "./helpers/quiz-geometry";
import { keyboardCursor, lastGrade, openItem, toPage } from "./helpers/quiz-page";

const hippo = labelOf("colin27", "aal.json", "hippocampus-left");
const thal = labelOf("colin27", "aal.json", "thalamus-left");
const aal = readLabels(hippo.labelmap);

test("keyboard: a point placed with arrow keys and Space inside the target is correct", async ({
  page,
}) => {
  const K = 60; // largest axial slice of AAL label 37 (numpy argmax of per-slice counts)
  const target = deepestPoint(aal.grid, sliceMask(aal.grid, aal.data, hippo.label, K), K);
  await openItem(page, "colin27-hippocampus-left-click", K);
  const moveTo = await keyboardCursor(page);
  await moveTo(await toPage(page, target));
  await page.keyboard.press("Space");
  await page.getByTestId("quiz-check").focus();
  await page.keyboard.press("Enter");
  const fb = page.getByTestId("quiz-feedback");
  await expect(fb).toHaveAttribute("data-correct", "true");
  await expect(fb).toHaveAttribute("data-score", "100");
});

test("keyboard: an outline of vertices placed with Space and closed with Enter is graded by Dice", async ({
  page,
}) => {
  const K = 78; // largest axial slice of AAL label 77 (numpy argmax, 543 voxels)
  const ref = sliceMask(aal.grid, aal.data, thal.label, K);
  const contour = starContour(aal.grid, ref, K, 16);
  await openItem(page, "colin27-thalamus-left-outline", K);
  const moveTo = await keyboardCursor(page);
  for (const p of contour) {
    await moveTo(await toPage(page, p));
    await page.keyboard.press("Space");
  }
  await page.keyboard.press("Enter");
  await page.getByTestId("quiz-check").focus();
  await page.keyboard.press("Enter");
  const fb = page.getByTestId("quiz-feedback");
  await expect(fb).toBeVisible();
  const { answer, result } = await lastGrade(page, "colin27-thalamus-left-outline");
  expect(answer.polygonMm?.length).toBe(16);
  // Dice by hand from the two masks: 2|A∩B| / (|A| + |B|).
  const ans = rasterisePolygon(aal.grid, K, answer.polygonMm as P3[]).data;
  let a = 0;
  let b = 0;
  let both = 0;
  ref.forEach((v, p) => {
    a += v ? 1 : 0;
    b += ans[p] ? 1 : 0;
    both += v && ans[p] ? 1 : 0;
  });
  const dice = (2 * both) / (a + b);
  expect(dice).toBeGreaterThan(0.7); // 16 vertices on the contour follow the structure
  expect(result.metrics.dice).toBeCloseTo(dice, 9);
  await expect(fb).toContainText(`(Dice ${dice.toFixed(2)})`);
});

/** The nasion of the head-CT (world mm, from the annotation file) and the axial slice holding it. */
function nasionOnDisk(): { nasion: P3; k: number; sliceZ: number } {
  const set = JSON.parse(
    fs.readFileSync("content/cases/head-ct/annotations/landmarks-illustrative.json", "utf8"),
  );
  const nasion: P3 = set.annotations.find(
    (a: { structure: string }) => a.structure === "nasion",
  ).point;
  const grid = JSON.parse(fs.readFileSync("content/cases/head-ct/case.json", "utf8")).grid;
  const k = Math.round((nasion[2] - grid.origin[2]) / grid.spacing[2]);
  return { nasion, k, sliceZ: grid.origin[2] + k * grid.spacing[2] };
}

/** Places the nasion landmark with the keyboard `offMm` anterior of the reference; returns d (mm). */
async function placeNasionOff(page: Page, offMm: number) {
  const { nasion, k, sliceZ } = nasionOnDisk();
  await openItem(page, "head-ct-nasion-landmark", k);
  const moveTo = await keyboardCursor(page);
  await moveTo(await toPage(page, [nasion[0], nasion[1] - offMm, sliceZ]));
  await page.keyboard.press("Space");
  await page.getByTestId("quiz-check").focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("quiz-feedback")).toBeVisible();
  const { answer, result } = await lastGrade(page, "head-ct-nasion-landmark");
  // 3D distance by hand from the placed point to the reference on disk.
  const d = Math.hypot(...((answer.pointMm as P3).map((v, n) => v - nasion[n]) as P3));
  expect(answer.slice).toBe(k);
  expect(d).toBeCloseTo(Math.hypot(offMm, sliceZ - nasion[2]), 0); // cursor landed where aimed
  expect(result.metrics.distanceMm).toBeCloseTo(d, 6);
  return d;
}

test("keyboard: a landmark placed with arrow keys and Space 2 mm off the nasion (3 mm tolerance) is correct", async ({
  page,
}) => {
  const d = await placeNasionOff(page, 2);
  expect(d).toBeLessThanOrEqual(3);
  const fb = page.getByTestId("quiz-feedback");
  await expect(fb).toHaveAttribute("data-correct", "true");
  await expect(fb).toHaveAttribute("data-score", "100");
});

test("keyboard: a landmark placed 6 mm off the nasion is a miss with partial credit", async ({
  page,
}) => {
  const d = await placeNasionOff(page, 6);
  // Documented partial credit: 50 at the 3 mm tolerance falling to 0 at 3 + 10 mm.
  const expected = Math.round(50 * Math.max(0, 1 - (d - 3) / 10));
  expect(expected).toBeGreaterThan(25);
  const fb = page.getByTestId("quiz-feedback");
  await expect(fb).toHaveAttribute("data-correct", "false");
  await expect(fb).toHaveAttribute("data-score", String(expected));
});
