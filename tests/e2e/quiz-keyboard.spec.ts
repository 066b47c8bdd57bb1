/**
 * Keyboard-only answers on image items (the accessible alternative to pointing and drawing): the
 * drawing layer's cursor moves with the arrow keys (Shift: ten pixels), Space places a point or an
 * outline vertex, Enter closes the outline. Targets come from the AAL label file on disk.
 */
import { expect, test } from "@playwright/test";
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
