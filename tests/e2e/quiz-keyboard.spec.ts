/**
 * Keyboard-only answers on image items (the accessible alternative to pointing and drawing): the
 * drawing layer's cursor moves with the arrow keys (Shift: ten pixels), Space places a point or an
 * outline vertex, Enter closes the outline. Targets come from the AAL label file and the head-CT
 * landmark file on disk.
 */
import { expect, test, type Page } from "@playwright/test";
import { rasterisePolygon } from "../../lib/domain/geometry/polygon";
import {
  deepestPoint,
  handDice,
  labelOf,
  nasionOnDisk,
  readLabels,
  sliceMask,
  starContour,
  THALAMUS_OUTLINE,
  type P3,
} from "./helpers/quiz-geometry";
import {
  checkWithKeys,
  expectFullMarks,
  keyboardCursor,
  lastGrade,
  openItem,
  placeWithKeys,
} from "./helpers/quiz-page";

const hippo = labelOf("colin27", "aal.json", "hippocampus-left");
const thal = labelOf("colin27", "aal.json", "thalamus-left");
const aal = readLabels(hippo.labelmap);

test("keyboard: a point placed with arrow keys and Space inside the target is correct", async ({
  page,
}) => {
  const K = 60; // largest axial slice of AAL label 37 (numpy argmax of per-slice counts)
  const target = deepestPoint(aal.grid, sliceMask(aal.grid, aal.data, hippo.label, K), K);
  await openItem(page, "colin27-hippocampus-left-click", K);
  await placeWithKeys(page, await keyboardCursor(page), [target]);
  await checkWithKeys(page);
  await expectFullMarks(page);
});

test("keyboard: an outline of vertices placed with Space and closed with Enter is graded by Dice", async ({
  page,
}) => {
  const { item, k: K } = THALAMUS_OUTLINE;
  const ref = sliceMask(aal.grid, aal.data, thal.label, K);
  const contour = starContour(aal.grid, ref, K, 16);
  await openItem(page, item, K);
  await placeWithKeys(page, await keyboardCursor(page), contour);
  await page.keyboard.press("Enter");
  await checkWithKeys(page);
  const fb = page.getByTestId("quiz-feedback");
  await expect(fb).toBeVisible();
  const { answer, result } = await lastGrade(page, item);
  expect(answer.polygonMm?.length).toBe(16);
  // Dice by hand from the two masks: 2|A∩B| / (|A| + |B|).
  const dice = handDice(ref, rasterisePolygon(aal.grid, K, answer.polygonMm as P3[]).data);
  expect(dice).toBeGreaterThan(0.7); // 16 vertices on the contour follow the structure
  expect(result.metrics.dice).toBeCloseTo(dice, 9);
  await expect(fb).toContainText(`(Dice ${dice.toFixed(2)})`);
});

/** Places the nasion landmark with the keyboard `offMm` anterior of the reference; returns d (mm). */
async function placeNasionOff(page: Page, offMm: number) {
  const { nasion, k, sliceZ } = nasionOnDisk();
  await openItem(page, "head-ct-nasion-landmark", k);
  await placeWithKeys(page, await keyboardCursor(page), [[nasion[0], nasion[1] - offMm, sliceZ]]);
  await checkWithKeys(page);
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
  await expectFullMarks(page);
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
