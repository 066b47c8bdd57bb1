/**
 * Agreement: a structure segmented by two annotators (fixture case re-using the Colin27 files:
 * precentral gyrus = AAL labels 1+2 vs Harvard-Oxford label 7) shows their Dice, computed here
 * independently from the label files, and a consensus layer that changes the picture.
 */
import { expect, test } from "@playwright/test";
import { readLabelFile } from "./helpers/viewer-labels";
import { diffMask, shot } from "./helpers/viewer-pixels";

test("two annotators of one structure: Dice shown and consensus layer drawn", async ({ page }) => {
  const a = readLabelFile("/cases/colin27/aal.nii.gz").data;
  const b = readLabelFile("/cases/colin27/harvard-oxford.nii.gz").data;
  let na = 0;
  let nb = 0;
  let both = 0;
  for (let p = 0; p < a.length; p++) {
    const inA = a[p] === 1 || a[p] === 2;
    const inB = b[p] === 7;
    if (inA) na++;
    if (inB) nb++;
    if (inA && inB) both++;
  }
  const expected = (2 * both) / (na + nb);

  await page.goto("/dev/viewer/agreement-demo");
  const viewer = page.getByTestId("case-viewer");
  await expect(viewer).toHaveAttribute("data-state", "ready", { timeout: 60_000 });
  await page.getByText("Agreement between annotators").click();
  const dice = page.getByTestId("dice");
  await expect(dice).toHaveText(`AAL vs Harvard-Oxford: Dice ${expected.toFixed(2)}`, {
    timeout: 60_000,
  });

  await expect(viewer).toHaveAttribute("data-overlay-state", "ready");
  await page.getByTestId("viewport-area").focus();
  await page.keyboard.press("PageUp");
  await page.keyboard.press("PageUp");
  await page.waitForTimeout(300);
  const vp = page.getByTestId("main-viewport");
  const before = await shot(vp);
  await page.getByRole("checkbox", { name: /Show consensus/ }).check();
  await page.waitForTimeout(500);
  const after = await shot(vp);
  // The consensus of the precentral gyrus lies at the top of the brain: some pixels must change.
  expect(diffMask(before, after, 8).reduce((s, v) => s + v, 0)).toBeGreaterThan(50);
});
